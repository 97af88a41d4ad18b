// Reading a view snapshot from a URL of the viewer's own site, so that a saved view can be shared as a link.
import { SnapshotError } from './snapshot-head';

/** The snapshot address a page URL names in its `snapshot` query parameter, or null. */
export function snapshotAddress(search: string): string | null {
  const value = new URLSearchParams(search).get('snapshot');
  return value ? value : null;
}

/** The absolute URL of the snapshot at `address` (relative to the page); throws unless it is of this site. */
export function snapshotUrl(address: string): URL {
  const url = new URL(address, window.location.href);
  if (url.origin !== window.location.origin)
    throw new SnapshotError(`A snapshot is opened from this site only, not from ${url.origin}.`);
  return url;
}

/**
 * Asks for the snapshot at `url` (on the page's thread or in a worker); throws SnapshotError, naming it by
 * `address`, when it cannot be fetched or is not there.
 */
export async function requestSnapshot(url: string | URL, address: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    throw new SnapshotError(`The snapshot ${address} could not be fetched.`);
  }
  if (!response.ok) throw new SnapshotError(`The snapshot ${address} answered ${response.status}.`);
  return response;
}

/** Parses the bytes of the snapshot file named `address`; throws SnapshotError when they are not JSON. */
export function parseSnapshotBytes(bytes: ArrayBuffer, address: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new SnapshotError(`The snapshot ${address} is not a JSON file.`);
  }
}

/** Fetches and parses the snapshot at `address` (relative to the page, same origin only). */
export async function fetchSnapshot(address: string): Promise<unknown> {
  const response = await requestSnapshot(snapshotUrl(address), address);
  return parseSnapshotBytes(await response.arrayBuffer(), address);
}

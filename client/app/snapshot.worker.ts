// Fetches and parses a snapshot off the page's thread, and sends back its preview (typed arrays, transferred)
// and the file's bytes (transferred, parsed again by the page once the preview is drawn).
import { SnapshotError } from '../state/snapshot-head';
import { previewBuffers, previewOf } from './snapshot-preview';
import type { SnapshotRequest, SnapshotResponse } from './snapshot-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SnapshotRequest>) => void) | null;
  postMessage(message: SnapshotResponse, transfer?: Transferable[]): void;
};

async function load({ url, address }: SnapshotRequest): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    throw new SnapshotError(`The snapshot ${address} could not be fetched.`);
  }
  if (!response.ok) throw new SnapshotError(`The snapshot ${address} answered ${response.status}.`);
  const length = Number(response.headers.get('content-length') ?? NaN);
  scope.postMessage({ kind: 'size', bytes: Number.isFinite(length) ? length : null });
  const bytes = await response.arrayBuffer();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new SnapshotError(`The snapshot ${address} is not a JSON file.`);
  }
  const preview = previewOf(json);
  scope.postMessage({ kind: 'loaded', preview, bytes }, [bytes, ...(preview ? previewBuffers(preview) : [])]);
}

scope.onmessage = (event) => {
  load(event.data).catch((error: unknown) => {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
};

// A snapshot ready to open: its preview (what it drew, compact) now, the whole parsed file when asked for.
import { SnapshotError } from '../state/snapshot';
import { fetchSnapshot, parseSnapshotBytes, snapshotUrl } from '../state/snapshot-url';
import { previewOf, type SnapshotPreview } from './snapshot-preview';
import type { SnapshotRequest, SnapshotResponse } from './snapshot-protocol';

/** A loaded snapshot: `read` parses (once) and returns the whole file. */
export interface SnapshotFile {
  preview: SnapshotPreview | null;
  read(): unknown;
}

/** A snapshot already parsed on this thread (a file the user picked). */
export function parsedSnapshot(json: unknown): SnapshotFile {
  return { preview: previewOf(json), read: () => json };
}

function fromBytes(preview: SnapshotPreview | null, bytes: ArrayBuffer, address: string): SnapshotFile {
  let json: unknown;
  let parsed = false;
  return {
    preview,
    read: () => {
      if (!parsed) {
        json = parseSnapshotBytes(bytes, address);
        parsed = true;
      }
      return json;
    },
  };
}

/**
 * Loads the snapshot at `address` (same origin only): fetched and parsed in a worker, so that the download and
 * the parse do not hold up this thread (which meanwhile builds the page and sigma); on this thread if the worker
 * cannot start.
 */
export function loadSnapshot(
  address: string,
  onSize: (bytes: number | null) => void = () => undefined,
): Promise<SnapshotFile> {
  const onThisThread = async () => {
    onSize(null);
    return parsedSnapshot(await fetchSnapshot(address));
  };
  let url: URL;
  try {
    url = snapshotUrl(address);
  } catch (error) {
    return Promise.reject(error);
  }
  let worker: Worker;
  try {
    worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onThisThread();
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<SnapshotResponse>) => {
      if (data.kind === 'size') {
        onSize(data.bytes);
        return;
      }
      worker.terminate();
      if (data.kind === 'failed') reject(new SnapshotError(data.message));
      else resolve(fromBytes(data.preview, data.bytes, address));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onThisThread().then(resolve, reject);
    };
    const request: SnapshotRequest = { url: url.href, address };
    worker.postMessage(request);
  });
}

// Fetches and parses a snapshot off the page's thread, and sends back its preview (typed arrays, transferred)
// and the file's bytes (transferred, parsed again by the page once the preview is drawn).
import { parseSnapshotBytes, requestSnapshot } from '../state/snapshot-url';
import { previewBuffers, previewOf } from './snapshot-preview';
import type { SnapshotRequest, SnapshotResponse } from './snapshot-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SnapshotRequest>) => void) | null;
  postMessage(message: SnapshotResponse, transfer?: Transferable[]): void;
};

async function load({ url, address }: SnapshotRequest): Promise<void> {
  const response = await requestSnapshot(url, address);
  const length = Number(response.headers.get('content-length') ?? NaN);
  scope.postMessage({ kind: 'size', bytes: Number.isFinite(length) ? length : null });
  const bytes = await response.arrayBuffer();
  const preview = previewOf(parseSnapshotBytes(bytes, address));
  scope.postMessage({ kind: 'loaded', preview, bytes }, [bytes, ...(preview ? previewBuffers(preview) : [])]);
}

scope.onmessage = (event) => {
  load(event.data).catch((error: unknown) => {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
};

// Messages between the page and the snapshot worker.
import type { SnapshotPreview } from './snapshot-preview';

/** Load the snapshot at `url` (absolute); `address` is how the page names it in messages. */
export interface SnapshotRequest {
  url: string;
  address: string;
}

export type SnapshotResponse =
  | { kind: 'loaded'; preview: SnapshotPreview | null; bytes: ArrayBuffer }
  | { kind: 'failed'; message: string };

// Messages between the page and the snapshot worker.
import type { SnapshotPreview } from './snapshot-preview';

/** Load the snapshot at `url` (absolute); `address` is how the page names it in messages. */
export interface SnapshotRequest {
  url: string;
  address: string;
}

export type SnapshotResponse =
  /** The file's size as its headers announce it (null when they do not), sent before its body is read. */
  | { kind: 'size'; bytes: number | null }
  | { kind: 'loaded'; preview: SnapshotPreview | null; bytes: ArrayBuffer }
  | { kind: 'failed'; message: string };

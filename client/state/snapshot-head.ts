// The head of a view snapshot: its format, version and camera, checked without reading its elements (and
// without the graph library, so that the snapshot worker stays small).
import type { SerializedGraph } from '../api/types';

export const SNAPSHOT_FORMAT = 'actorgraph-view';
export const SNAPSHOT_VERSION = 1;

/** Sigma's camera state. */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** A snapshot that cannot be read; the message says what is wrong with it. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** Throws the SnapshotError of a file that is not a snapshot, saying why. */
export function notASnapshot(message: string): never {
  throw new SnapshotError(`This file is not an actorgraph view snapshot: ${message}`);
}

function camera(value: unknown): CameraState | null {
  const raw = (value ?? {}) as Record<string, unknown>;
  const numbers = ['x', 'y', 'ratio', 'angle'].map((key) => raw[key]);
  if (!numbers.every((item) => typeof item === 'number' && Number.isFinite(item))) return null;
  const [x, y, ratio, angle] = numbers as number[];
  return ratio! > 0 ? { x: x!, y: y!, ratio: ratio!, angle: angle! } : null;
}

/** What a snapshot says about itself, checked without reading (or copying) its elements. */
export interface SnapshotHead {
  graph: SerializedGraph;
  view: Record<string, unknown>;
  camera: CameraState | null;
}

/**
 * Checks that `json` is a snapshot of a supported version with element arrays, and returns its camera; throws
 * SnapshotError otherwise. Cheap at any size: the elements themselves are checked by `readSnapshot`.
 */
export function snapshotHead(json: unknown): SnapshotHead {
  const graph = json as Partial<SerializedGraph> | null;
  if (!graph || typeof graph !== 'object') notASnapshot('expected a JSON object');
  const view = (graph.attributes?.view ?? null) as Record<string, unknown> | null;
  if (!view || view.format !== SNAPSHOT_FORMAT)
    notASnapshot(`attributes.view.format must be "${SNAPSHOT_FORMAT}"`);
  if (view.version !== SNAPSHOT_VERSION) notASnapshot(`version ${String(view.version)} is not supported`);
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
    notASnapshot('expected "nodes" and "edges" arrays');
  return { graph: graph as SerializedGraph, view, camera: camera(view.camera) };
}

// The JSON snapshot of a view: a graphology serialized graph (loaded actors and claims with positions and colours)
// whose graph attributes hold the view state and camera, so loading it restores the exact view.
import type { SerializedGraph } from '../api/types';
import { serializeData } from '../graph/data-graph';
import type { DataGraph, Point, RenderedGraph } from '../graph/graph-types';
import { sanitizeViewState } from './sanitize';
import {
  notASnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  snapshotHead,
  type CameraState,
} from './snapshot-head';
import type { ViewState } from './view-state';

export {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  SnapshotError,
  snapshotHead,
  type CameraState,
  type SnapshotHead,
} from './snapshot-head';

/** A snapshot read back: the data graph, layout, state and camera. */
export interface RestoredView {
  data: SerializedGraph;
  positions: Map<string, Point>;
  state: ViewState;
  camera: CameraState | null;
}

const VISUAL_KEYS = ['x', 'y', 'size', 'color', 'hidden'] as const;

/** Builds the snapshot: every loaded element, with `hidden: true` on those the filters hide. */
export function buildSnapshot(input: {
  data: DataGraph;
  rendered: RenderedGraph;
  positions: ReadonlyMap<string, Point>;
  state: ViewState;
  camera: CameraState;
  savedAt?: string;
}): SerializedGraph {
  const base = serializeData(input.data);
  const { rendered } = input;
  const nodes = base.nodes.map((node) => {
    const point = input.positions.get(node.key) ?? { x: 0, y: 0 };
    const shown = rendered.hasNode(node.key);
    const visual = shown
      ? {
          size: rendered.getNodeAttribute(node.key, 'size'),
          color: rendered.getNodeAttribute(node.key, 'color'),
        }
      : { hidden: true };
    return { key: node.key, attributes: { ...node.attributes, x: point.x, y: point.y, ...visual } };
  });
  const edges = base.edges.map((edge) => {
    const visual = rendered.hasEdge(edge.key)
      ? { color: rendered.getEdgeAttribute(edge.key, 'color') }
      : { hidden: true };
    return { ...edge, attributes: { ...edge.attributes, ...visual } };
  });
  const view = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    state: input.state,
    camera: input.camera,
  };
  return { ...base, attributes: { savedAt: input.savedAt ?? new Date().toISOString(), view }, nodes, edges };
}

function strip<T extends Record<string, unknown>>(attributes: T): T {
  const copy: Record<string, unknown> = { ...attributes };
  for (const key of VISUAL_KEYS) delete copy[key];
  return copy as T;
}

/** Reads a parsed snapshot back; throws SnapshotError naming the first problem. */
export function readSnapshot(json: unknown): RestoredView {
  const { graph, view, camera: restoredCamera } = snapshotHead(json);
  const positions = new Map<string, Point>();
  const nodes = graph.nodes.map((node, index) => {
    if (!node || typeof node.key !== 'string' || !node.attributes)
      notASnapshot(`nodes[${index}] has no key or attributes`);
    const { x, y } = node.attributes as { x?: unknown; y?: unknown };
    if (typeof x === 'number' && typeof y === 'number') positions.set(node.key, { x, y });
    return { key: node.key, attributes: strip(node.attributes) };
  });
  const edges = graph.edges.map((edge, index) => {
    if (
      !edge ||
      typeof edge.key !== 'string' ||
      typeof edge.source !== 'string' ||
      typeof edge.target !== 'string'
    )
      notASnapshot(`edges[${index}] needs key, source and target`);
    return {
      key: edge.key,
      source: edge.source,
      target: edge.target,
      attributes: strip(edge.attributes ?? {}),
    };
  });
  const data: SerializedGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes,
    edges: edges as SerializedGraph['edges'],
  };
  return { data, positions, state: sanitizeViewState(view.state), camera: restoredCamera };
}

// A snapshot stores what was drawn (positions, sizes, colours): drawn at once from the file, the view appears
// before the data graph, the filters' pipeline and the panels are built from it. The preview is a compact copy
// of only what sigma draws (numbers in typed arrays, repeated strings once), so that the file can be parsed in a
// worker and the preview handed over cheaply, while the page's own thread prepares sigma.
import { VIEWER_SETTINGS } from '../config';
import { edgeSize } from '../graph/visuals';
import type { RenderedGraph } from '../graph/graph-types';
import { snapshotHead, type CameraState } from '../state/snapshot-head';

/** The drawn elements of a snapshot, column by column. */
export interface SnapshotPreview {
  nodes: {
    keys: string[];
    labels: string[];
    kinds: string[];
    x: Float64Array;
    y: Float64Array;
    size: Float64Array;
    colors: string[];
  };
  edges: {
    keys: string[];
    /** Indices into `nodes.keys`. */
    source: Int32Array;
    target: Int32Array;
    /** Indices into `looks`: the few distinct relation, label, certainty and colour combinations. */
    look: Uint16Array;
  };
  looks: { relation: string; label: string; certainty: string; color: string }[];
  /** The extent of every stored position, hidden actors' too: the frame the restored view keeps. */
  extent: { x: [number, number]; y: [number, number] } | null;
  camera: CameraState | null;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The preview of a parsed snapshot, or null when the file stores no visuals; throws SnapshotError when it is not
 * a snapshot. Elements it cannot draw are skipped: `readSnapshot` reads (and refuses) the whole file afterwards.
 */
export function previewOf(json: unknown): SnapshotPreview | null {
  const { graph, camera } = snapshotHead(json);
  const first = graph.nodes[0]?.attributes;
  if (!first || !isNumber(first.size) || typeof first.color !== 'string') return null;
  const count = graph.nodes.length;
  const nodes = {
    keys: [] as string[],
    labels: [] as string[],
    kinds: [] as string[],
    x: new Float64Array(count),
    y: new Float64Array(count),
    size: new Float64Array(count),
    colors: [] as string[],
  };
  const index = new Map<string, number>();
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const node of graph.nodes) {
    const actor = node?.attributes;
    if (!actor || typeof node.key !== 'string' || !isNumber(actor.x) || !isNumber(actor.y)) continue;
    const { x, y } = actor;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    if (actor.hidden === true || index.has(node.key)) continue;
    const at = nodes.keys.length;
    index.set(node.key, at);
    nodes.keys.push(node.key);
    nodes.labels.push(String(actor.label ?? ''));
    nodes.kinds.push(String(actor.kind ?? ''));
    nodes.x[at] = x;
    nodes.y[at] = y;
    nodes.size[at] = isNumber(actor.size) ? actor.size : VIEWER_SETTINGS.nodeSize.min;
    nodes.colors.push(typeof actor.color === 'string' ? actor.color : VIEWER_SETTINGS.unknownColour);
  }
  const edgeCount = graph.edges.length;
  const edges = {
    keys: [] as string[],
    source: new Int32Array(edgeCount),
    target: new Int32Array(edgeCount),
    look: new Uint16Array(edgeCount),
  };
  const looks: SnapshotPreview['looks'] = [];
  const lookIndex = new Map<string, number>();
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    if (!edge || typeof edge.key !== 'string' || seen.has(edge.key)) continue;
    const claim = edge.attributes ?? {};
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (claim.hidden === true || source === undefined || target === undefined) continue;
    const look = {
      relation: String(claim.type),
      label: String(claim.label ?? ''),
      certainty: String(claim.certainty),
      color: typeof claim.color === 'string' ? claim.color : VIEWER_SETTINGS.unknownColour,
    };
    const name = `${look.relation}\u0000${look.label}\u0000${look.certainty}\u0000${look.color}`;
    let lookAt = lookIndex.get(name);
    if (lookAt === undefined) {
      // More distinct looks than a Uint16 holds is no real snapshot; such edges wait for the full reading.
      if (looks.length >= 0xffff) continue;
      lookAt = looks.push(look) - 1;
      lookIndex.set(name, lookAt);
    }
    const at = edges.keys.length;
    seen.add(edge.key);
    edges.keys.push(edge.key);
    edges.source[at] = source;
    edges.target[at] = target;
    edges.look[at] = lookAt;
  }
  const extent = Number.isFinite(minX)
    ? { x: [minX, maxX] as [number, number], y: [minY, maxY] as [number, number] }
    : null;
  return {
    nodes: {
      ...nodes,
      x: nodes.x.slice(0, nodes.keys.length),
      y: nodes.y.slice(0, nodes.keys.length),
      size: nodes.size.slice(0, nodes.keys.length),
    },
    edges: {
      keys: edges.keys,
      source: edges.source.slice(0, edges.keys.length),
      target: edges.target.slice(0, edges.keys.length),
      look: edges.look.slice(0, edges.keys.length),
    },
    looks,
    extent,
    camera,
  };
}

/** The buffers of a preview, to transfer it from a worker without copying them. */
export function previewBuffers(preview: SnapshotPreview): ArrayBuffer[] {
  const { nodes, edges } = preview;
  return [nodes.x, nodes.y, nodes.size, edges.source, edges.target, edges.look].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/**
 * Fills the empty `rendered` graph with the preview's elements, as the snapshot drew them (parallel claims
 * straight and every claim an arrow until the pipeline curves them and draws symmetric ones without heads).
 */
export function fillPreview(rendered: RenderedGraph, preview: SnapshotPreview): void {
  const { nodes, edges } = preview;
  const keys = nodes.keys;
  for (let i = 0; i < keys.length; i += 1) {
    rendered.addNode(keys[i]!, {
      label: nodes.labels[i]!,
      kind: nodes.kinds[i]!,
      x: nodes.x[i]!,
      y: nodes.y[i]!,
      size: nodes.size[i]!,
      color: nodes.colors[i]!,
      metric: 0,
    });
  }
  const looks = preview.looks.map((look) => ({ ...look, size: edgeSize(look.certainty) }));
  for (let i = 0; i < edges.keys.length; i += 1) {
    const look = looks[edges.look[i]!]!;
    rendered.addEdgeWithKey(edges.keys[i]!, keys[edges.source[i]!]!, keys[edges.target[i]!]!, {
      relation: look.relation,
      label: look.label,
      certainty: look.certainty,
      origin: 'curated',
      directed: true,
      color: look.color,
      size: look.size,
      type: 'arrow',
      curvature: 0,
    });
  }
}

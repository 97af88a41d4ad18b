// What to emphasise: the selection's neighbourhood, a claim's two actors, or paths; everything else is dimmed. And
// which bundles of parallel claims are open (drawn claim by claim) rather than closed (one edge with a count).
import { VIEWER_SETTINGS } from '../config';
import type { RenderedEdge, RenderedGraph, RenderedNode } from '../graph/graph-types';
import type { FoundPath } from '../api/types';
import type { Selection } from '../state/view-state';

/** The emphasised elements; `primary` are drawn as selected. */
export interface Highlight {
  primary: Set<string>;
  nodes: Set<string>;
  edges: Set<string>;
  /** Edges coloured as a path rather than by relation. */
  pathEdges: Set<string>;
  /** Bundles drawn open because the highlight holds some of their edges (filled by highlightOf). */
  bundles?: Set<string>;
}

/** What the reducers read besides the element itself. */
export interface HighlightState {
  highlight: Highlight | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  /** True when the camera is zoomed in far enough to open every bundle. */
  zoomedIn?: boolean;
}

function actorHighlight(graph: RenderedGraph, id: string): Highlight {
  const nodes = new Set([id, ...graph.neighbors(id)]);
  const edges = new Set(graph.edges(id));
  return { primary: new Set([id]), nodes, edges, pathEdges: new Set() };
}

function claimHighlight(graph: RenderedGraph, id: string): Highlight {
  const [source, target] = graph.extremities(id);
  // graphology lists the edges between two nodes in both directions.
  const edges = new Set(graph.edges(source, target));
  return {
    primary: new Set([source, target]),
    nodes: new Set([source, target]),
    edges,
    pathEdges: new Set([id]),
  };
}

function pathsHighlight(graph: RenderedGraph, paths: readonly FoundPath[], ends: string[]): Highlight {
  const nodes = new Set(paths.flatMap((path) => path.actors).filter((node) => graph.hasNode(node)));
  const edges = new Set(paths.flatMap((path) => path.claims).filter((edge) => graph.hasEdge(edge)));
  return { primary: new Set(ends.filter((node) => graph.hasNode(node))), nodes, edges, pathEdges: edges };
}

/** Every claim between two actors, both ways (a bundle). */
function betweenHighlight(graph: RenderedGraph, a: string, b: string): Highlight | null {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
  const ends = new Set([a, b]);
  return { primary: ends, nodes: new Set(ends), edges: new Set(graph.edges(a, b)), pathEdges: new Set() };
}

/** The bundles some of whose edges `highlight` holds. */
function openBundles(graph: RenderedGraph, highlight: Highlight): Set<string> {
  const bundles = new Set<string>();
  for (const edge of highlight.edges) {
    const bundle = graph.getEdgeAttribute(edge, 'bundle');
    if (bundle) bundles.add(bundle.key);
  }
  return bundles;
}

/** A set of claims (a source's, the corroborated ones) and their actors. */
function claimsHighlight(graph: RenderedGraph, claims: ReadonlySet<string>): Highlight | null {
  const edges = new Set([...claims].filter((edge) => graph.hasEdge(edge)));
  if (edges.size === 0) return null;
  const nodes = new Set([...edges].flatMap((edge) => graph.extremities(edge)));
  return { primary: new Set(), nodes, edges, pathEdges: new Set() };
}

/**
 * The highlight of a selection in the rendered graph, or null when nothing (visible) is selected. `claims`: the
 * claims a source or events selection stands for.
 */
export function highlightOf(
  graph: RenderedGraph,
  selection: Selection,
  paths: readonly FoundPath[] = [],
  claims: ReadonlySet<string> = new Set(),
): Highlight | null {
  const highlight = selectionHighlight(graph, selection, paths, claims);
  if (highlight) highlight.bundles = openBundles(graph, highlight);
  return highlight;
}

function selectionHighlight(
  graph: RenderedGraph,
  selection: Selection,
  paths: readonly FoundPath[],
  claims: ReadonlySet<string>,
): Highlight | null {
  if (selection.kind === 'between') return betweenHighlight(graph, selection.a, selection.b);
  if (selection.kind === 'source' || selection.kind === 'events') return claimsHighlight(graph, claims);
  if (selection.kind === 'actor' && graph.hasNode(selection.id)) return actorHighlight(graph, selection.id);
  if (selection.kind === 'claim' && graph.hasEdge(selection.id)) return claimHighlight(graph, selection.id);
  if (selection.kind === 'paths' && paths.length > 0)
    return pathsHighlight(graph, paths, [selection.from, selection.to]);
  return null;
}

type Patch = Record<string, unknown>;

// The common cases are shared constants: reducing 100,000 elements then allocates nothing.
// Every drawn node is offered a label: labels.ts then places those that fit without overlapping.
const PLAIN_NODE: Patch = Object.freeze({ forceLabel: true, zIndex: 1 });
const HOVERED_NODE: Patch = Object.freeze({ forceLabel: true, zIndex: 2 });
const PLAIN_EDGE: Patch = Object.freeze({ label: '', zIndex: 1 });
const DIMMED_NODE: Patch = Object.freeze({ color: VIEWER_SETTINGS.dimNodeColour, label: '', zIndex: 0 });
const DIMMED_EDGE: Patch = Object.freeze({
  color: VIEWER_SETTINGS.dimEdgeColour,
  size: 0.6,
  label: '',
  zIndex: 0,
});

/** What the highlight changes in a node's display data (only the changed keys). */
export function nodePatch(node: string, state: HighlightState): Patch {
  const { highlight, hoveredNode } = state;
  if (highlight && !highlight.nodes.has(node) && node !== hoveredNode) return DIMMED_NODE;
  if (highlight?.primary.has(node)) return { highlighted: true, forceLabel: true, zIndex: 2 };
  if (highlight) return { forceLabel: true, zIndex: 1 };
  return node === hoveredNode ? HOVERED_NODE : PLAIN_NODE;
}

const HIDDEN_EDGE: Patch = Object.freeze({ hidden: true });

/** True when `bundle` is drawn claim by claim: zoomed in, or the highlight holds some of its claims. */
export function bundleOpen(bundle: string, state: HighlightState): boolean {
  return state.zoomedIn === true || (state.highlight?.bundles?.has(bundle) ?? false);
}

/** A closed bundle: its lead edge drawn straight, with the bundle's width, colour and label; the others hidden. */
function closedBundlePatch(edge: string, bundle: NonNullable<RenderedEdge['bundle']>, state: HighlightState) {
  if (!bundle.lead) return HIDDEN_EDGE;
  const drawn = { type: 'line', curvature: 0, color: bundle.colour, size: bundle.size, label: '' };
  if (edge === state.hoveredEdge) return { ...drawn, label: bundle.label, forceLabel: true, zIndex: 3 };
  if (state.highlight) return { ...drawn, ...DIMMED_EDGE, size: Math.min(bundle.size, 2) };
  return { ...drawn, zIndex: 1 };
}

/** What the highlight changes in an edge's display data: labels only on hovered or highlighted edges. */
export function edgePatch(edge: string, attributes: RenderedEdge, state: HighlightState): Patch {
  const { highlight, hoveredEdge } = state;
  const { bundle } = attributes;
  if (bundle && !bundleOpen(bundle.key, state)) return closedBundlePatch(edge, bundle, state);
  if (edge === hoveredEdge) return { forceLabel: true, size: attributes.size + 1.5, zIndex: 3 };
  if (!highlight) return PLAIN_EDGE;
  if (!highlight.edges.has(edge)) return DIMMED_EDGE;
  const colour =
    highlight.pathEdges.has(edge) && highlight.pathEdges.size > 1
      ? VIEWER_SETTINGS.pathColour
      : attributes.color;
  return { color: colour, forceLabel: true, size: attributes.size + 1, zIndex: 2 };
}

/** Sigma's node display data for a node under the current highlight. */
export function reduceNode(
  node: string,
  attributes: RenderedNode,
  state: HighlightState,
): Partial<RenderedNode> & Record<string, unknown> {
  return { ...attributes, ...nodePatch(node, state) };
}

/** Sigma's edge display data: dimmed outside the highlight. */
export function reduceEdge(
  edge: string,
  attributes: RenderedEdge,
  state: HighlightState,
): Partial<RenderedEdge> & Record<string, unknown> {
  return { ...attributes, ...edgePatch(edge, attributes, state) };
}

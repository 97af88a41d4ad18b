// What to emphasise: the selection's neighbourhood, a claim's two actors, or paths; everything else is dimmed.
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
}

/** What the reducers read besides the element itself. */
export interface HighlightState {
  highlight: Highlight | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
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

/** The highlight of a selection in the rendered graph, or null when nothing (visible) is selected. */
export function highlightOf(
  graph: RenderedGraph,
  selection: Selection,
  paths: readonly FoundPath[] = [],
): Highlight | null {
  if (selection.kind === 'actor' && graph.hasNode(selection.id)) return actorHighlight(graph, selection.id);
  if (selection.kind === 'claim' && graph.hasEdge(selection.id)) return claimHighlight(graph, selection.id);
  if (selection.kind === 'paths' && paths.length > 0)
    return pathsHighlight(graph, paths, [selection.from, selection.to]);
  return null;
}

/** Sigma's node display data for a node under the current highlight. */
export function reduceNode(
  node: string,
  attributes: RenderedNode,
  state: HighlightState,
): Partial<RenderedNode> & Record<string, unknown> {
  const { highlight, hoveredNode } = state;
  if (highlight && !highlight.nodes.has(node) && node !== hoveredNode)
    return { ...attributes, color: VIEWER_SETTINGS.dimNodeColour, label: '', zIndex: 0 };
  if (highlight?.primary.has(node)) return { ...attributes, highlighted: true, forceLabel: true, zIndex: 2 };
  if (highlight) return { ...attributes, forceLabel: true, zIndex: 1 };
  return { ...attributes, zIndex: node === hoveredNode ? 2 : 1 };
}

/** Sigma's edge display data: labels only on hovered or highlighted edges, dimmed outside the highlight. */
export function reduceEdge(
  edge: string,
  attributes: RenderedEdge,
  state: HighlightState,
): Partial<RenderedEdge> & Record<string, unknown> {
  const { highlight, hoveredEdge } = state;
  if (edge === hoveredEdge)
    return { ...attributes, forceLabel: true, size: attributes.size + 1.5, zIndex: 3 };
  if (!highlight) return { ...attributes, label: '', zIndex: 1 };
  if (!highlight.edges.has(edge))
    return { ...attributes, color: VIEWER_SETTINGS.dimEdgeColour, size: 0.6, label: '', zIndex: 0 };
  const colour =
    highlight.pathEdges.has(edge) && highlight.pathEdges.size > 1
      ? VIEWER_SETTINGS.pathColour
      : attributes.color;
  return { ...attributes, color: colour, forceLabel: true, size: attributes.size + 1, zIndex: 2 };
}

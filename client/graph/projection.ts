// The simple undirected graph behind metrics, communities and layout: one weighted edge per linked pair.
import { UndirectedGraph } from 'graphology';
import type { DataGraph } from './graph-types';

/** Attributes of a projected edge: how many claims link the pair. */
export interface PairWeight {
  weight: number;
}

/** Collapses parallel claims and directions into one edge per pair, weighted by the number of claims. */
export function simpleProjection(graph: DataGraph): UndirectedGraph<Record<string, never>, PairWeight> {
  const projection = new UndirectedGraph<Record<string, never>, PairWeight>();
  const nodes = [...graph.nodes()].sort();
  for (const node of nodes) projection.addNode(node, {});
  const edges = graph
    .mapEdges((key, _attributes, source, target) => ({ key, source, target }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const { source, target } of edges) {
    if (source === target) continue;
    const existing = projection.edge(source, target);
    if (existing === undefined) projection.addEdge(source, target, { weight: 1 });
    else projection.updateEdgeAttribute(existing, 'weight', (weight) => (weight ?? 0) + 1);
  }
  return projection;
}

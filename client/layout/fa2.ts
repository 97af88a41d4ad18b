// ForceAtlas2 on a layout request: the same input always gives the same positions (no randomness, fixed iterations).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

/** Runs ForceAtlas2 synchronously; used inside the worker (and as a fallback when workers are unavailable). */
export function runForceAtlas2(request: LayoutRequest): LayoutResponse {
  const graph = new Graph({ type: 'undirected' });
  for (const node of request.nodes) graph.addNode(node.key, { x: node.x, y: node.y });
  for (const edge of request.edges) {
    if (edge.source !== edge.target && !graph.hasEdge(edge.source, edge.target))
      graph.addEdge(edge.source, edge.target, { weight: Math.log2(1 + edge.weight) });
  }
  if (graph.order > 1) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      gravity: 0.4,
      scalingRatio: 30,
      strongGravityMode: true,
      outboundAttractionDistribution: true,
      barnesHutOptimize: graph.order > 400,
    };
    forceAtlas2.assign(graph, { iterations: request.iterations, settings, getEdgeWeight: 'weight' });
  }
  const positions: LayoutResponse['positions'] = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: attributes.x as number, y: attributes.y as number };
  });
  return { id: request.id, positions };
}

// Node importance for sizing: degree (claims), betweenness or PageRank, and the mapping of values to sizes.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { SizeBy } from '../state/view-state';
import type { DataGraph } from './graph-types';
import { simpleProjection } from './projection';

/** The chosen metric for every node of `graph`. */
export function nodeMetric(graph: DataGraph, by: SizeBy): Map<string, number> {
  if (by === 'degree') return new Map(graph.mapNodes((node) => [node, graph.degreeWithoutSelfLoops(node)]));
  const projection = simpleProjection(graph);
  if (projection.size === 0) return new Map(graph.mapNodes((node) => [node, 0]));
  const values =
    by === 'betweenness'
      ? betweennessCentrality(projection, { normalized: true, getEdgeWeight: null })
      : pagerankOrUniform(projection);
  return new Map(Object.entries(values));
}

function pagerankOrUniform(projection: ReturnType<typeof simpleProjection>): Record<string, number> {
  try {
    return pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 200 });
  } catch {
    const uniform = 1 / Math.max(1, projection.order);
    return Object.fromEntries(projection.mapNodes((node) => [node, uniform]));
  }
}

/** Maps metric values to sizes between `min` and `max` (square-root scale: area follows the value). */
export function sizesFrom(
  metric: ReadonlyMap<string, number>,
  range: { min: number; max: number },
): Map<string, number> {
  const values = [...metric.values()];
  const low = Math.min(...values, Infinity);
  const high = Math.max(...values, -Infinity);
  const sizes = new Map<string, number>();
  for (const [node, value] of metric) {
    const share = high > low ? Math.sqrt((value - low) / (high - low)) : 0.35;
    sizes.set(node, Math.round((range.min + share * (range.max - range.min)) * 100) / 100);
  }
  return sizes;
}

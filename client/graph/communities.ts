// Louvain communities over the visible graph, seeded so that the same graph always gets the same colours.
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../util/hash';
import type { DataGraph } from './graph-types';
import { simpleProjection } from './projection';

/**
 * Community of each node, numbered 0.. by decreasing community size (ties: by the smallest member id), so
 * community 0 is the largest and palettes stay stable.
 */
export function detectCommunities(graph: DataGraph, seed = 7): Map<string, number> {
  const projection = simpleProjection(graph);
  const raw =
    projection.size > 0
      ? louvain(projection, { getEdgeWeight: 'weight', rng: seededRandom(seed) })
      : Object.fromEntries(projection.mapNodes((node, _attributes) => [node, 0]));
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(raw)) {
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  }
  const ordered = [...members.values()]
    .map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const result = new Map<string, number>();
  ordered.forEach((list, index) => list.forEach((node) => result.set(node, index)));
  return result;
}

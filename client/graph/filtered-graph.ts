// data -> filtered: the loaded actors and claims that pass the filters, without actors the filters left alone.
import type { ViewFilters } from '../state/view-state';
import { actorVisible, claimVisible, isFiltering } from './filters';
import { createDataGraph, type DataGraph } from './graph-types';

/**
 * The subgraph of `data` that passes `filters`. While a filter is active, an actor left without any visible
 * claim is hidden too (unless it is in `keep`, e.g. the selected actor, or had no claim loaded at all).
 * Without an active filter, that is `data` itself (not a copy: callers only read it).
 */
export function filterGraph(
  data: DataGraph,
  filters: ViewFilters,
  keep: ReadonlySet<string> = new Set(),
): DataGraph {
  if (!isFiltering(filters)) return data;
  const filtered = createDataGraph();
  data.forEachNode((node, attributes) => {
    if (actorVisible(attributes, filters)) filtered.addNode(node, attributes);
  });
  data.forEachEdge((edge, attributes, source, target) => {
    if (!filtered.hasNode(source) || !filtered.hasNode(target)) return;
    if (claimVisible(attributes, filters)) filtered.addEdgeWithKey(edge, source, target, attributes);
  });
  const lonely = filtered.filterNodes(
    (node) => filtered.degree(node) === 0 && data.degree(node) > 0 && !keep.has(node),
  );
  for (const node of lonely) filtered.dropNode(node);
  return filtered;
}

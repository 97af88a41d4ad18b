// data -> filtered: the loaded actors and claims that pass the filters, without actors the filters left alone.
import type { ViewFilters } from '../state/view-state';
import { actorVisible, claimVisible, isFiltering } from './filters';
import { createDataGraph, type DataGraph } from './graph-types';

/** How the filtered graph treats actors. */
export interface FilterOptions {
  /** Actors that stay whatever the filters (the selection, the ends of found paths). */
  keep?: ReadonlySet<string>;
  /** Drop actors without any loaded claim (unless kept). */
  hideIsolated?: boolean;
}

/** The actors of `data` without any loaded claim, other than those in `keep`. */
export function isolatedActors(data: DataGraph, keep: ReadonlySet<string> = new Set()): string[] {
  return data.filterNodes((node) => data.degree(node) === 0 && !keep.has(node));
}

/**
 * The subgraph of `data` that passes `filters`. While a filter is active, an actor left without any visible
 * claim is hidden too (unless kept); an actor without any loaded claim at all is hidden when `hideIsolated`.
 * When nothing is hidden, that is `data` itself (not a copy: callers only read it).
 */
export function filterGraph(
  data: DataGraph,
  filters: ViewFilters,
  { keep = new Set(), hideIsolated = false }: FilterOptions = {},
): DataGraph {
  const isolated = new Set(hideIsolated ? isolatedActors(data, keep) : []);
  if (!isFiltering(filters) && isolated.size === 0) return data;
  const filtered = createDataGraph();
  data.forEachNode((node, attributes) => {
    if (!isolated.has(node) && actorVisible(attributes, filters)) filtered.addNode(node, attributes);
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

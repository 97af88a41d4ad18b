// data -> filtered: the loaded actors and claims that pass the filters, without actors the filters left alone.
import type { ViewFilters } from '../state/view-state';
import { actorVisible, claimVisible, isFiltering } from './filters';
import { createDataGraph, type DataGraph } from './graph-types';

/**
 * The actors and claims of `data` that pass `filters`, lonely actors included. Without an active filter, that is
 * `data` itself (not a copy: callers only read it).
 */
export function passingGraph(data: DataGraph, filters: ViewFilters): DataGraph {
  if (!isFiltering(filters)) return data;
  const passing = createDataGraph();
  data.forEachNode((node, attributes) => {
    if (actorVisible(attributes, filters)) passing.addNode(node, attributes);
  });
  data.forEachEdge((edge, attributes, source, target) => {
    if (!passing.hasNode(source) || !passing.hasNode(target)) return;
    if (claimVisible(attributes, filters)) passing.addEdgeWithKey(edge, source, target, attributes);
  });
  return passing;
}

/** The actors of `passing` the filters left without any visible claim (they had claims loaded). */
export function lonelyActors(passing: DataGraph, data: DataGraph): string[] {
  if (passing === data) return [];
  return passing.filterNodes((node) => passing.degree(node) === 0 && data.degree(node) > 0);
}

/** `passing` without its `lonely` actors, but those in `keep`; `passing` itself when none goes (never changed). */
export function withoutLonely(
  passing: DataGraph,
  lonely: readonly string[],
  keep: ReadonlySet<string>,
): DataGraph {
  const dropped = lonely.filter((node) => !keep.has(node));
  if (dropped.length === 0) return passing;
  const shown = passing.copy();
  for (const node of dropped) shown.dropNode(node);
  return shown;
}

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
  const passing = passingGraph(data, filters);
  return withoutLonely(passing, lonelyActors(passing, data), keep);
}

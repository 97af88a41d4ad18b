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

/**
 * The actors of `passing` without any visible claim: those the filters left alone (they had claims loaded) and,
 * when `hideIsolated`, those without any loaded claim at all.
 */
export function lonelyActors(passing: DataGraph, data: DataGraph, hideIsolated = false): string[] {
  if (passing === data && !hideIsolated) return [];
  return passing.filterNodes((node) => passing.degree(node) === 0 && (hideIsolated || data.degree(node) > 0));
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
 * claim is hidden too (unless kept); an actor without any loaded claim at all is hidden when `hideIsolated`.
 * When nothing is hidden, that is `data` itself (not a copy: callers only read it).
 */
export function filterGraph(
  data: DataGraph,
  filters: ViewFilters,
  { keep = new Set(), hideIsolated = false }: FilterOptions = {},
): DataGraph {
  const passing = passingGraph(data, filters);
  return withoutLonely(passing, lonelyActors(passing, data, hideIsolated), keep);
}

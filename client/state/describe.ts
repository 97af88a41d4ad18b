// The view in words, for the PNG caption, the export titles and the panels.
import { monthLabel } from '../graph/dates';
import type { Scope, ViewFilters } from './view-state';

/** "The whole graph", "Neighbourhood of Kim Jong-un (depth 2)", "Console query". */
export function describeScope(scope: Scope, name: (id: string) => string): string {
  if (scope.kind === 'focus') return `Neighbourhood of ${name(scope.center)} (depth ${scope.depth})`;
  if (scope.kind === 'query') return 'Result of a console query';
  return 'The whole graph';
}

/** One line per active filter; empty when nothing is filtered. */
export function describeFilters(filters: ViewFilters): string[] {
  const lines: string[] = [];
  const hidden = (what: string, list: readonly string[]) => {
    if (list.length > 0) lines.push(`Hidden ${what}: ${list.join(', ').toLowerCase().replace(/_/g, ' ')}`);
  };
  hidden('relations', filters.hiddenTypes);
  hidden('origins', filters.hiddenOrigins);
  hidden('kinds', filters.hiddenKinds);
  hidden('certainty', filters.hiddenCertainties);
  if (filters.hiddenSources.length > 0) lines.push(`Hidden sources: ${filters.hiddenSources.length}`);
  if (filters.time) lines.push(`From ${monthLabel(filters.time.from)} to ${monthLabel(filters.time.to)}`);
  if (!filters.includeUndated) lines.push('Undated claims hidden');
  return lines;
}

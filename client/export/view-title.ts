// The title of an exported view in words: what is selected (or loaded), then the period and relations shown.
import { monthLabel } from '../graph/dates';
import { describeScope } from '../state/describe';
import type { MonthRange, Scope, Selection, ViewFilters } from '../state/view-state';

/** What the title is made of; `claimEnds` gives a claim's two actors when the claim is loaded. */
export interface TitleInput {
  scope: Scope;
  selection: Selection;
  filters: ViewFilters;
  /** Every relation type of the vocabulary, to tell which ones the filters leave. */
  relationTypes: readonly string[];
  name: (id: string) => string;
  claimEnds?: (id: string) => [string, string] | null;
}

/** "2018", "2018–2019", "May 2018", "Feb 2018 – Jun 2018". */
export function describePeriod(range: MonthRange): string {
  const [fromYear, fromMonth] = [range.from.slice(0, 4), range.from.slice(5)];
  const [toYear, toMonth] = [range.to.slice(0, 4), range.to.slice(5)];
  if (fromMonth === '01' && toMonth === '12') return fromYear === toYear ? fromYear : `${fromYear}–${toYear}`;
  if (range.from === range.to) return monthLabel(range.from);
  return `${monthLabel(range.from)} – ${monthLabel(range.to)}`;
}

function subject(input: TitleInput): string {
  const { selection, name } = input;
  if (selection.kind === 'actor') return `Neighbourhood of ${name(selection.id)}`;
  if (selection.kind === 'paths') return `Paths from ${name(selection.from)} to ${name(selection.to)}`;
  if (selection.kind === 'between') return `Claims between ${name(selection.a)} and ${name(selection.b)}`;
  if (selection.kind === 'claim') {
    const ends = input.claimEnds?.(selection.id);
    return ends ? `Claim between ${name(ends[0])} and ${name(ends[1])}` : 'One claim';
  }
  return describeScope(input.scope, name);
}

/** At most this many shown relation types are named; more are counted. */
const NAMED_TYPES = 3;

/** "Neighbourhood of Kim Jong-un, 2018, MEETS": the selection, the period, and the relations when some are hidden. */
export function viewTitle(input: TitleInput): string {
  const { filters, relationTypes } = input;
  const parts = [subject(input)];
  if (filters.time) parts.push(describePeriod(filters.time));
  if (filters.hiddenTypes.length > 0) {
    const shown = relationTypes.filter((type) => !filters.hiddenTypes.includes(type));
    if (shown.length === 0) parts.push('no relation');
    else if (shown.length <= NAMED_TYPES) parts.push(shown.join(', '));
    else parts.push(`${shown.length} of ${relationTypes.length} relations`);
  }
  return parts.join(', ');
}

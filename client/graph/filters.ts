// The client-side filters: which claims and actors of the loaded data pass the analyst's current choices.
import type { ActorAttributes, ClaimAttributes } from '../api/types';
import type { ViewFilters } from '../state/view-state';
import { dateSpan } from './dates';

/** True when any filter hides something. */
export function isFiltering(filters: ViewFilters): boolean {
  return (
    filters.hiddenTypes.length > 0 ||
    filters.hiddenOrigins.length > 0 ||
    filters.hiddenKinds.length > 0 ||
    filters.hiddenCertainties.length > 0 ||
    filters.hiddenSources.length > 0 ||
    filters.time !== null ||
    !filters.includeUndated
  );
}

/** True when the claim's dates fall in the time filter (undated claims follow `includeUndated`). */
export function claimInTime(claim: Pick<ClaimAttributes, 'date' | 'dateEnd'>, filters: ViewFilters): boolean {
  const span = dateSpan(claim.date, claim.dateEnd);
  if (!span) return filters.includeUndated;
  if (!filters.time) return true;
  return span.last >= `${filters.time.from}-01` && span.first <= `${filters.time.to}-31`;
}

/** A claim's origin; claims served before origins existed are curated. */
export function originOf(claim: Pick<ClaimAttributes, 'origin'>): string {
  return typeof claim.origin === 'string' ? claim.origin : 'curated';
}

/** True when the claim passes the type, origin, certainty and source filters (and time unless ignored). */
export function claimVisible(
  claim: ClaimAttributes,
  filters: ViewFilters,
  options: { ignoreTime?: boolean } = {},
): boolean {
  if (filters.hiddenTypes.includes(claim.type)) return false;
  if (filters.hiddenOrigins.length > 0 && filters.hiddenOrigins.includes(originOf(claim))) return false;
  if (filters.hiddenCertainties.includes(claim.certainty)) return false;
  if (filters.hiddenSources.includes(claim.sourceId)) return false;
  return options.ignoreTime ? true : claimInTime(claim, filters);
}

/** True when the actor's kind is shown. */
export function actorVisible(actor: ActorAttributes, filters: ViewFilters): boolean {
  return !filters.hiddenKinds.includes(actor.kind);
}

/** Adds or removes one value of a hidden-list, returning a new list. */
export function toggleHidden(list: readonly string[], value: string, visible: boolean): string[] {
  const without = list.filter((item) => item !== value);
  return visible ? without : [...without, value];
}

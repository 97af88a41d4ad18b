// Which claims a graph request keeps: by type, time, source and certainty.

export interface ClaimFilter {
  types: string[];
  /** First and last day (YYYY-MM-DD) a claim's dates must overlap, or null for no bound. */
  from: string | null;
  to: string | null;
  sources: string[];
  certainty: string[];
}

export const NO_FILTER: ClaimFilter = Object.freeze({
  types: [],
  from: null,
  to: null,
  sources: [],
  certainty: [],
});

/** True when the filter narrows anything. */
export function isFiltering(filter: ClaimFilter): boolean {
  return (
    filter.types.length + filter.sources.length + filter.certainty.length > 0 ||
    filter.from !== null ||
    filter.to !== null
  );
}

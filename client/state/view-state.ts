// What the analyst is looking at: scope, expansions, selection, filters and display options, with their defaults.

/** How node sizes are computed. */
export const SIZE_BY = ['degree', 'betweenness', 'pagerank'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

/** How nodes are coloured. */
export const COLOUR_BY = ['kind', 'community'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** How claim edges are coloured: by relation type, or by the side of their event (non-events in greys). */
export const EDGE_COLOUR_BY = ['type', 'side'] as const;
export type EdgeColourBy = (typeof EDGE_COLOUR_BY)[number];

/** Depths the server allows for neighbourhoods. */
export const DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof DEPTHS)[number];

/** What was loaded from the server: the whole graph, one actor's neighbourhood, or a console query's graph. */
export type Scope =
  { kind: 'all' } | { kind: 'focus'; center: string; depth: Depth } | { kind: 'query'; query: string };

/** One "load the neighbours of" step; undone in reverse order. */
export interface Expansion {
  center: string;
  depth: Depth;
}

/** What the details panel shows and the graph highlights. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'actor'; id: string }
  | { kind: 'claim'; id: string }
  /** Every claim between two actors, both ways (a bundle of parallel claims); `a` < `b`. */
  | { kind: 'between'; a: string; b: string }
  | { kind: 'paths'; from: string; to: string; maxDepth?: number }
  /** A source article; `paragraph` (headline = 1) and `claim` show one claim's evidence in the text. */
  | { kind: 'source'; id: string; paragraph?: number; claim?: string }
  /** The events two or more sources state (corroboration). */
  | { kind: 'events' };

/** A closed range of months, `YYYY-MM`. */
export interface MonthRange {
  from: string;
  to: string;
}

/**
 * Client-side filters: what is hidden (so that new types and sources show by default) and the time range. A
 * family or a side is shown or hidden through the types it holds; origins are hidden on their own.
 */
export interface ViewFilters {
  hiddenTypes: string[];
  hiddenOrigins: string[];
  hiddenKinds: string[];
  hiddenCertainties: string[];
  hiddenSources: string[];
  time: MonthRange | null;
  includeUndated: boolean;
}

/** The whole state a link or a snapshot restores. */
export interface ViewState {
  scope: Scope;
  expansions: Expansion[];
  selection: Selection;
  filters: ViewFilters;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  edgeColourBy: EdgeColourBy;
  /** Depth used by expand and focus. */
  depth: Depth;
  /** Whether actors without any loaded claim are drawn (hidden by default: they float as unexplained dots). */
  showIsolated: boolean;
}

export const DEFAULT_FILTERS: Readonly<ViewFilters> = Object.freeze({
  hiddenTypes: [],
  hiddenOrigins: [],
  hiddenKinds: [],
  hiddenCertainties: [],
  hiddenSources: [],
  time: null,
  includeUndated: true,
});

/** A fresh default state (new arrays each time). */
export function defaultViewState(): ViewState {
  return {
    scope: { kind: 'all' },
    expansions: [],
    selection: { kind: 'none' },
    filters: {
      ...DEFAULT_FILTERS,
      hiddenTypes: [],
      hiddenOrigins: [],
      hiddenKinds: [],
      hiddenCertainties: [],
      hiddenSources: [],
    },
    sizeBy: 'degree',
    colourBy: 'kind',
    edgeColourBy: 'type',
    depth: 1,
    showIsolated: false,
  };
}

/** Narrows an unknown value to one of a closed list. */
export function oneOf<T extends string | number>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** True when two selections name the same thing. */
export function sameSelection(a: Selection, b: Selection): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

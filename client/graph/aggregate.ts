// Aggregated views: when to ask for one edge per actor pair and type, and how such an edge is drawn and counted.
import type { ClaimAttributes, PairAttributes, SerializedGraph } from '../api/types';
import type { DataGraph } from './graph-types';

/** How the loaded view's edges are shaped: one per claim, or one per ordered pair and relation type. */
export type EdgeMode = 'claims' | 'pairs';

/** What the user asked for: the automatic choice, or claim-level edges. */
export type EdgePreference = 'auto' | 'claims';

/** A whole number named `name` in the page's address query (`?name=N`), else `fallback`. */
export function addressNumber(search: string, name: string, fallback: number): number {
  const value = new URLSearchParams(search).get(name);
  if (value === null || !/^\d+$/.test(value)) return fallback;
  return Number(value);
}

/** The aggregation threshold: `?aggregateAbove=N` in the page's address when it names a whole number, else `fallback`. */
export function aggregateThreshold(search: string, fallback: number): number {
  return addressNumber(search, 'aggregateAbove', fallback);
}

/**
 * How a view of `claims` claims is drawn: aggregated above `threshold`, unless the user asked for claims and the
 * view holds no more than `claimLevelMax` of them.
 */
export function chooseMode(
  claims: number,
  preference: EdgePreference,
  limits: { threshold: number; claimLevelMax: number },
): EdgeMode {
  if (claims <= limits.threshold) return 'claims';
  return preference === 'claims' && claims <= limits.claimLevelMax ? 'claims' : 'pairs';
}

/** The number of claims a served aggregated graph stands for (its `claims` attribute, else the sum of its edges). */
export function servedClaims(served: SerializedGraph): number {
  const total = served.attributes.claims;
  if (typeof total === 'number') return total;
  return served.edges.reduce(
    (sum, edge) => sum + Number((edge.attributes as { claims?: unknown }).claims ?? 1),
    0,
  );
}

/** An aggregated edge as the data graph holds it: a claim-shaped record (so filters apply) with its counts. */
export type PairClaim = ClaimAttributes & {
  aggregate: true;
  claims: number;
  origins: string[];
  sources: number;
};

/** True when a data-graph edge stands for many claims. */
export function isPairClaim(claim: ClaimAttributes): claim is PairClaim {
  return claim.aggregate === true;
}

/**
 * A served aggregated edge made claim-shaped: its dates span the first to the last claim, its origin is the
 * single origin of its claims (`curated` only when all are), `mixed` otherwise; no certainty, source or quote.
 */
export function pairAsClaim(pair: PairAttributes): PairClaim {
  const origins = [...pair.origins].sort();
  const origin = origins.length === 1 ? (origins[0] as string) : 'mixed';
  return {
    ...pair,
    type: pair.type,
    label: pair.label,
    date: pair.dateFirst,
    dateEnd: pair.dateLast,
    sourceId: '',
    summary: '',
    certainty: 'aggregate',
    assertedBy: null,
    paragraph: null,
    quote: null,
    origin,
    aggregate: true,
    claims: pair.claims,
    origins,
    sources: pair.sources,
  };
}

/** A served aggregated graph with its edges made claim-shaped (see pairAsClaim). */
export function claimShaped(served: SerializedGraph): SerializedGraph {
  return {
    ...served,
    edges: served.edges.map((edge) => ({
      ...edge,
      attributes:
        edge.attributes.aggregate === true
          ? pairAsClaim(edge.attributes as unknown as PairAttributes)
          : edge.attributes,
    })),
  };
}

/** Width of an aggregated edge of `claims` claims when the view's largest counts `most`: logarithmic. */
export function pairEdgeSize(claims: number, most: number, range: { min: number; max: number }): number {
  if (most <= 1 || claims <= 1) return range.min;
  const share = Math.log(claims) / Math.log(most);
  return range.min + (range.max - range.min) * Math.min(1, share);
}

/** An aggregated edge's label: its relation and how many claims it stands for. */
export function pairLabel(label: string, claims: number): string {
  return `${label} ×${claims.toLocaleString('en')}`;
}

/** How many claims the edges of `graph` stand for, and how many edges there are. */
export function countClaims(graph: DataGraph): { claims: number; links: number; aggregated: boolean } {
  let claims = 0;
  let aggregated = false;
  graph.forEachEdge((_edge, claim) => {
    if (isPairClaim(claim)) {
      aggregated = true;
      claims += claim.claims;
    } else claims += 1;
  });
  return { claims, links: graph.size, aggregated };
}

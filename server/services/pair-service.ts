// Dense relations between two actors: the claims of a pair one page at a time, and their dyad over time.
import type { ClaimPage, Dyad, DyadPeriod } from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import { notFound } from '../errors';
import type { ClaimFilter } from '../model/claim-filter';
import { isRelationType, relationDefinition } from '../model/relations';
import { claimEdge, type ActorRow, type ClaimRow } from './graph-mapper';

/** The row of pairs/claims-between.cypher: how many claims match, and one page of them. */
interface ClaimPageRow {
  total: number;
  claims: ClaimRow[];
}

/** A row of pairs/dyad-periods.cypher: the claims of one month (null: undated), type and origin. */
interface DyadPeriodRow {
  period: string | null;
  type: string;
  origin: string;
  claims: number;
}

const queries = {
  claimsBetween: defineQuery('pairs/claims-between', [
    'source',
    'target',
    'bothWays',
    'period',
    'offset',
    'limit',
    'types',
    'from',
    'to',
    'sources',
    'certainty',
  ]).returning<ClaimPageRow>(),
  dyadPeriods: defineQuery('pairs/dyad-periods', [
    'a',
    'b',
    'types',
    'sources',
    'certainty',
  ]).returning<DyadPeriodRow>(),
  actorsById: defineQuery('graph/actors-by-id', ['ids']).returning<ActorRow>(),
};

const QUERY_TIMEOUT_MS = 15_000;

/** Which claims of a pair to list. */
export interface PairSelection {
  source: string;
  target: string;
  /** Also the claims from target to source. */
  bothWays: boolean;
  /** Only the claims a dyad counts in this period (YYYY-MM, or YYYY for year-dated claims). */
  period: string | null;
  filter: ClaimFilter;
  offset: number;
  limit: number;
}

/** The side and family a relation type is drawn with in a dyad. */
function sideOf(type: string): { side: string | null; family: string } {
  if (!isRelationType(type)) return { side: null, family: 'unknown' };
  const definition = relationDefinition(type);
  return { side: definition.event?.side ?? null, family: definition.family };
}

export class PairService {
  constructor(private readonly db: Database) {}

  private async namesOf(ids: string[]): Promise<Map<string, string>> {
    const { rows } = await this.db.read(queries.actorsById, { ids });
    const names = new Map(rows.map((row) => [row.key, String(row.properties.name)]));
    const missing = ids.find((id) => !names.has(id));
    if (missing !== undefined) throw notFound(`No actor with id "${missing}"`);
    return names;
  }

  /** One page of the claims from `source` to `target` (and back, with `bothWays`), earliest first. */
  async claimsBetween(selection: PairSelection): Promise<ClaimPage> {
    await this.namesOf([selection.source, selection.target]);
    const { filter } = selection;
    const { rows } = await this.db.read(
      queries.claimsBetween,
      {
        source: selection.source,
        target: selection.target,
        bothWays: selection.bothWays,
        period: selection.period,
        offset: selection.offset,
        limit: selection.limit,
        types: filter.types,
        from: filter.from,
        to: filter.to,
        sources: filter.sources,
        certainty: filter.certainty,
      },
      { timeoutMs: QUERY_TIMEOUT_MS },
    );
    const row = rows[0] ?? { total: 0, claims: [] };
    const claims = row.claims.map((claim) => {
      const edge = claimEdge(claim);
      return { ...edge.attributes, id: edge.key, source: edge.source, target: edge.target };
    });
    return { claims, total: row.total, offset: selection.offset, limit: selection.limit };
  }

  /** The claims between two actors, both ways, counted per month (or year, for year-dated claims). */
  async dyad(a: string, b: string, filter: ClaimFilter): Promise<Dyad> {
    const names = await this.namesOf([a, b]);
    const { rows } = await this.db.read(
      queries.dyadPeriods,
      { a, b, types: filter.types, sources: filter.sources, certainty: filter.certainty },
      { timeoutMs: QUERY_TIMEOUT_MS },
    );
    const periods = new Map<string, DyadPeriod>();
    const undated: DyadPeriod['counts'] = [];
    let total = 0;
    for (const row of rows) {
      const { type, period } = row;
      const count = { type, ...sideOf(type), origin: row.origin, claims: row.claims };
      total += count.claims;
      if (period === null) {
        undated.push(count);
        continue;
      }
      const entry = periods.get(period) ?? { period, counts: [] };
      entry.counts.push(count);
      periods.set(period, entry);
    }
    return {
      actors: [
        { id: a, name: names.get(a) ?? a },
        { id: b, name: names.get(b) ?? b },
      ],
      periods: [...periods.values()].sort((x, y) => (x.period < y.period ? -1 : 1)),
      undated,
      total,
    };
  }
}

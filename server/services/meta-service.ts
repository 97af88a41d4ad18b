// What the viewer needs to know first: the vocabulary, kinds, sources, date range and counts.
import type { Meta, RelationInfo } from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import {
  ACTOR_KIND_COLOURS,
  ACTOR_KIND_DESCRIPTIONS,
  ACTOR_KINDS,
  CERTAINTIES,
  CERTAINTY_DESCRIPTIONS,
  CHECKED_ORIGINS,
  CLAIM_ORIGIN_DESCRIPTIONS,
  CLAIM_ORIGINS,
} from '../model/actors';
import { goldsteinOf } from '../model/cameo';
import {
  EVENT_SIDES,
  QUAD_CLASS,
  RELATION_FAMILIES,
  RELATION_FAMILY_DESCRIPTIONS,
} from '../model/event-coding';
import { SIDE_COLOURS, SIDE_DESCRIPTIONS, SIDELESS_COLOURS } from '../model/relation-colours';
import { RELATIONS } from '../model/relations';
import { CorpusCache } from './corpus-cache';
import { sourceSummary, type SourceRow } from './source-summary';

/** The row of meta/counts.cypher: what the database holds, and the span of its claims' dates. */
interface CountsRow {
  actors: number;
  sources: number;
  claims: number;
  earliest: string | null;
  latest: string | null;
}

/** A row of meta/claim-counts-by-type.cypher and meta/claim-counts-by-origin.cypher. */
type ClaimCountRow<K extends string> = Record<K, string> & { claims: number };

/** The row of meta/server-version.cypher. */
interface ServerVersionRow {
  name: string;
  version: string;
  edition: string;
}

const queries = {
  sources: defineQuery('meta/sources', []).returning<SourceRow>(),
  listedSources: defineQuery('meta/listed-sources', ['limit']).returning<SourceRow>(),
  sourceTotal: defineQuery('meta/source-total', []).returning<{ total: number }>(),
  counts: defineQuery('meta/counts', []).returning<CountsRow>(),
  claimCountsByType: defineQuery('meta/claim-counts-by-type', []).returning<ClaimCountRow<'type'>>(),
  claimCountsByOrigin: defineQuery('meta/claim-counts-by-origin', []).returning<ClaimCountRow<'origin'>>(),
  serverVersion: defineQuery('meta/server-version', []).returning<ServerVersionRow>(),
};

/**
 * At most this many sources in /api/meta: an import gives hundreds of thousands, which GET /api/sources pages and
 * searches instead.
 */
export const META_SOURCE_LIMIT = 500;

export interface MetaOptions {
  /** At most this many sources in the metadata (META_SOURCE_LIMIT unless given; tests lower it). */
  sourceLimit?: number;
}

const NO_COUNTS: CountsRow = { actors: 0, sources: 0, claims: 0, earliest: null, latest: null };

/** One relation type with its family, event coding and, for CAMEO-coded events, its Goldstein weights. */
function relationInfo(relation: (typeof RELATIONS)[number]): RelationInfo {
  const goldstein = goldsteinOf(relation.type);
  return { ...relation, ...(goldstein ? { goldstein } : {}) };
}

/** The static part: defined in code, the same for every database. */
export function vocabulary() {
  return {
    relations: RELATIONS.map(relationInfo),
    actorKinds: ACTOR_KINDS.map((kind) => ({
      kind,
      colour: ACTOR_KIND_COLOURS[kind],
      description: ACTOR_KIND_DESCRIPTIONS[kind],
    })),
    certainties: CERTAINTIES.map((certainty) => ({
      certainty,
      description: CERTAINTY_DESCRIPTIONS[certainty],
    })),
    families: RELATION_FAMILIES.map((family) => ({
      family,
      description: RELATION_FAMILY_DESCRIPTIONS[family],
      ...(family === 'event' ? {} : { sideColour: SIDELESS_COLOURS[family] }),
    })),
    sides: EVENT_SIDES.map((side) => ({
      side,
      quadClass: QUAD_CLASS[side],
      description: SIDE_DESCRIPTIONS[side],
      colour: SIDE_COLOURS[side],
    })),
    origins: CLAIM_ORIGINS.map((origin) => ({
      origin,
      description: CLAIM_ORIGIN_DESCRIPTIONS[origin],
      checked: CHECKED_ORIGINS.includes(origin),
    })),
  };
}

export class MetaService {
  /** The metadata, kept until an ingestion gives the corpus a new version. */
  private readonly cached: CorpusCache<Meta>;

  private readonly sourceLimit: number;

  constructor(
    private readonly db: Database,
    options: MetaOptions = {},
  ) {
    this.sourceLimit = options.sourceLimit ?? META_SOURCE_LIMIT;
    this.cached = new CorpusCache(db, () => this.computeMeta());
  }

  /**
   * The vocabulary plus the database's sources, claim date range and counts. Counting scans every claim, so the
   * result is kept until an ingestion gives the corpus a new version (every write goes through ingestion).
   */
  meta(): Promise<Meta> {
    return this.cached.get();
  }

  private async computeMeta(): Promise<Meta> {
    const [listed, counts, byType, byOrigin] = await Promise.all([
      this.listedSources(),
      this.db.read(queries.counts, {}),
      this.db.read(queries.claimCountsByType, {}),
      this.db.read(queries.claimCountsByOrigin, {}),
    ]);
    const totals = counts.rows[0] ?? NO_COUNTS;
    return {
      ...vocabulary(),
      sources: listed.sources,
      sourcesTruncated: listed.truncated,
      dateRange: { earliest: totals.earliest ?? null, latest: totals.latest ?? null },
      counts: {
        actors: totals.actors ?? 0,
        sources: totals.sources ?? 0,
        claims: totals.claims ?? 0,
        claimsByType: Object.fromEntries(byType.rows.map((row) => [row.type, row.claims])),
        claimsByOrigin: Object.fromEntries(byOrigin.rows.map((row) => [row.origin, row.claims])),
      },
    };
  }

  /** Every source while there are at most `sourceLimit`; else that many of them (see meta/listed-sources.cypher). */
  private async listedSources(): Promise<{ sources: Meta['sources']; truncated: boolean }> {
    const { rows } = await this.db.read(queries.sourceTotal, {});
    const truncated = (rows[0]?.total ?? 0) > this.sourceLimit;
    const listed = truncated
      ? await this.db.read(queries.listedSources, { limit: this.sourceLimit })
      : await this.db.read(queries.sources, {});
    return { sources: listed.rows.map(sourceSummary), truncated };
  }

  /** Neo4j's name, version and edition; throws when the database does not answer. */
  async serverVersion(): Promise<ServerVersionRow> {
    const { rows } = await this.db.read(queries.serverVersion, {}, { timeoutMs: 5000 });
    const [version] = rows;
    if (!version) throw new Error('Neo4j listed no component in dbms.components()');
    return version;
  }
}

// What the viewer needs to know first: the vocabulary, kinds, sources, date range and counts.
import type { Meta, SourceSummary } from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import {
  ACTOR_KIND_COLOURS,
  ACTOR_KIND_DESCRIPTIONS,
  ACTOR_KINDS,
  CERTAINTIES,
  CERTAINTY_DESCRIPTIONS,
} from '../model/actors';
import { RELATIONS } from '../model/relations';

const queries = {
  sources: defineQuery('meta/sources', []),
  counts: defineQuery('meta/counts', []),
  claimCountsByType: defineQuery('meta/claim-counts-by-type', []),
  serverVersion: defineQuery('meta/server-version', []),
};

/** The static part: defined in code, the same for every database. */
export function vocabulary() {
  return {
    relations: RELATIONS.map((relation) => ({ ...relation })),
    actorKinds: ACTOR_KINDS.map((kind) => ({
      kind,
      colour: ACTOR_KIND_COLOURS[kind],
      description: ACTOR_KIND_DESCRIPTIONS[kind],
    })),
    certainties: CERTAINTIES.map((certainty) => ({
      certainty,
      description: CERTAINTY_DESCRIPTIONS[certainty],
    })),
  };
}

export class MetaService {
  constructor(private readonly db: Database) {}

  /** The vocabulary plus the database's sources, claim date range and counts. */
  async meta(): Promise<Meta> {
    const [sources, counts, byType] = await Promise.all([
      this.db.read(queries.sources, {}),
      this.db.read(queries.counts, {}),
      this.db.read(queries.claimCountsByType, {}),
    ]);
    const totals = counts.rows[0] ?? {};
    return {
      ...vocabulary(),
      sources: sources.rows.map((row): SourceSummary => ({
        id: row.id as string,
        title: row.title as string,
        publisher: row.publisher as string,
        published: (row.published as string | null) ?? null,
        authors: (row.authors as string[] | null) ?? [],
        ...(row.url ? { url: row.url as string } : {}),
      })),
      dateRange: {
        earliest: (totals.earliest as string | undefined) ?? null,
        latest: (totals.latest as string | undefined) ?? null,
      },
      counts: {
        actors: (totals.actors as number | undefined) ?? 0,
        sources: (totals.sources as number | undefined) ?? 0,
        claims: (totals.claims as number | undefined) ?? 0,
        claimsByType: Object.fromEntries(
          byType.rows.map((row) => [row.type as string, row.claims as number]),
        ),
      },
    };
  }

  /** Neo4j's name, version and edition; throws when the database does not answer. */
  async serverVersion(): Promise<{ name: string; version: string; edition: string }> {
    const { rows } = await this.db.read(queries.serverVersion, {}, { timeoutMs: 5000 });
    return rows[0] as { name: string; version: string; edition: string };
  }
}

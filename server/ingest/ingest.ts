// Ingestion: validate the whole corpus, apply the schema, then make Neo4j mirror the files in batched writes.
import type { Database } from '../db/database';
import { applyMigrations } from '../db/migrations';
import { defineQuery } from '../db/query-registry';
import { graphRows, type ClaimRow } from './graph-rows';
import { planIngest, type IngestPlan, type StoredClaim, type StoredNode } from './plan';
import { readCorpus } from './read-corpus';

const queries = {
  readActorHashes: defineQuery('ingest/read-actor-hashes', []),
  readSourceHashes: defineQuery('ingest/read-source-hashes', []),
  readClaimHashes: defineQuery('ingest/read-claim-hashes', []),
  upsertActors: defineQuery('ingest/upsert-actors', ['rows']),
  upsertSources: defineQuery('ingest/upsert-sources', ['rows']),
  deleteClaims: defineQuery('ingest/delete-claims', ['rows']),
  createClaims: defineQuery('ingest/create-claims', ['rows']),
  deleteActors: defineQuery('ingest/delete-actors', ['ids']),
  deleteSources: defineQuery('ingest/delete-sources', ['ids']),
};

export interface IngestOptions {
  /** Rows per write transaction. */
  batchSize?: number;
  /** Told of progress: a phase name and how many of its rows are written. */
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface ChangeCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export interface IngestReport {
  migrationsApplied: string[];
  actors: ChangeCounts;
  sources: ChangeCounts;
  claims: ChangeCounts;
  /** Milliseconds spent validating, reading Neo4j's state, and writing. */
  timings: { validate: number; readState: number; write: number };
}

async function inBatches<T>(
  items: readonly T[],
  phase: string,
  options: Required<IngestOptions>,
  write: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += options.batchSize) {
    await write(items.slice(start, start + options.batchSize));
    options.onProgress(phase, Math.min(start + options.batchSize, items.length), items.length);
  }
}

async function readStoredState(db: Database) {
  const [actors, sources, claims] = await Promise.all([
    db.read(queries.readActorHashes, {}),
    db.read(queries.readSourceHashes, {}),
    db.read(queries.readClaimHashes, {}),
  ]);
  return {
    actors: actors.rows as unknown as StoredNode[],
    sources: sources.rows as unknown as StoredNode[],
    claims: claims.rows as unknown as StoredClaim[],
  };
}

const claimToCreate = (row: ClaimRow) => ({
  type: row.type,
  from: row.from,
  to: row.to,
  properties: row.properties,
});

/** Writes a plan: nodes first, then claims, then what is gone (claims go before the actors they link). */
async function writePlan(db: Database, plan: IngestPlan, options: Required<IngestOptions>): Promise<void> {
  const upsertRows = (changes: IngestPlan['actors']) =>
    [...changes.added, ...changes.updated].map((row) => row.properties);
  await inBatches(upsertRows(plan.sources), 'sources', options, (rows) =>
    db.write(queries.upsertSources, { rows }),
  );
  await inBatches(upsertRows(plan.actors), 'actors', options, (rows) =>
    db.write(queries.upsertActors, { rows }),
  );
  const deletions = plan.claims.deletions.map(({ id, from, to }) => ({ id, from, to }));
  await inBatches(deletions, 'claims removed', options, (rows) => db.write(queries.deleteClaims, { rows }));
  const creations = [...plan.claims.added, ...plan.claims.updated].map(claimToCreate);
  await inBatches(creations, 'claims', options, (rows) => db.write(queries.createClaims, { rows }));
  await inBatches(plan.actors.removed, 'actors removed', options, (ids) =>
    db.write(queries.deleteActors, { ids }),
  );
  await inBatches(plan.sources.removed, 'sources removed', options, (ids) =>
    db.write(queries.deleteSources, { ids }),
  );
}

function counts(
  changes: { added: unknown[]; updated: unknown[]; unchanged: number },
  removed: number,
): ChangeCounts {
  return {
    added: changes.added.length,
    updated: changes.updated.length,
    removed,
    unchanged: changes.unchanged,
  };
}

/**
 * Validates `dataDir` completely (throwing CorpusValidationError before anything is written), then makes the
 * database mirror it. Re-running converges: unchanged rows are skipped, changed ones replaced, missing ones removed.
 */
export async function ingest(
  db: Database,
  dataDir: string,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const settings: Required<IngestOptions> = { batchSize: 5000, onProgress: () => {}, ...options };
  const started = Date.now();
  const corpus = await readCorpus(dataDir);
  const rows = graphRows(corpus);
  const validated = Date.now();
  const migrationsApplied = await applyMigrations(db);
  const plan = planIngest(rows, await readStoredState(db));
  const stateRead = Date.now();
  await writePlan(db, plan, settings);
  return {
    migrationsApplied,
    actors: counts(plan.actors, plan.actors.removed.length),
    sources: counts(plan.sources, plan.sources.removed.length),
    claims: counts(plan.claims, plan.claims.removed),
    timings: {
      validate: validated - started,
      readState: stateRead - validated,
      write: Date.now() - stateRead,
    },
  };
}

// Ingestion: validate the whole corpus, apply the schema, then make Neo4j mirror the files in batched writes.
// Source files stored from the same content are not read again; claims are written by two writers at once.
import { randomUUID } from 'node:crypto';
import { DEFAULT_DATA_FILE_LIMITS, type DataFileLimits } from '../config/config';
import type { Database } from '../db/database';
import { applyMigrations } from '../db/migrations';
import { defineQuery } from '../db/query-registry';
import { actorRow, claimRow, claimToCreate, sharedTexts, sourceRow } from './graph-rows';
import { knownFiles } from './known-files';
import { ClaimPlanner, planIngest, type IngestPlan, type StoredState } from './plan';
import { readStoredState } from './stored-state';
import { CorpusReader, type ReadCorpus } from './read-corpus';

const queries = {
  upsertActors: defineQuery('ingest/upsert-actors', ['rows']),
  upsertSources: defineQuery('ingest/upsert-sources', ['rows']),
  deleteClaims: defineQuery('ingest/delete-claims', ['rows']),
  createClaims: defineQuery('ingest/create-claims', ['rows']),
  deleteActors: defineQuery('ingest/delete-actors', ['ids']),
  deleteSources: defineQuery('ingest/delete-sources', ['ids']),
  forgetFileHashes: defineQuery('ingest/forget-file-hashes', ['ids']),
  recordFileHashes: defineQuery('ingest/record-file-hashes', ['rows']),
  stampCorpusVersion: defineQuery('ingest/stamp-corpus-version', ['version']),
};

/** Gives the corpus a new version, so that what readers cached from it (the metadata's counts) is computed again. */
function stampCorpusVersion(db: Database): Promise<unknown> {
  return db.write(queries.stampCorpusVersion, { version: randomUUID() });
}

export interface IngestOptions {
  /** Rows per write transaction. */
  batchSize?: number;
  /** Write transactions creating claims at once (Neo4j takes each on its own thread). */
  claimWriters?: number;
  /** Told of progress: a phase name and how many of its rows are written. */
  onProgress?: (phase: string, done: number, total: number) => void;
  /** How large data files and their fields may be (the configuration's `dataFiles`). */
  limits?: DataFileLimits;
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
  /** Source files (and import collections) read, and those left unread because they were stored from the same content. */
  files: { read: number; unread: number };
  /** Milliseconds spent validating, reading Neo4j's state (and comparing), and writing. */
  timings: { validate: number; readState: number; write: number };
}

/** Writes `items` in batches, `writers` transactions at a time; stops taking batches once one fails. */
async function inBatches<T>(
  items: readonly T[],
  phase: string,
  options: Required<IngestOptions>,
  write: (batch: T[]) => Promise<unknown>,
  writers = 1,
): Promise<void> {
  let next = 0;
  let done = 0;
  let failed = false;
  const writer = async () => {
    while (!failed && next < items.length) {
      const start = next;
      next += options.batchSize;
      const batch = items.slice(start, start + options.batchSize);
      try {
        await write(batch);
        done += batch.length;
        options.onProgress(phase, done, items.length);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Every writer settles before a failure is passed on: when ingest rejects, no transaction is still in flight.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.max(1, writers) }, writer));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Source files whose content hash must be recorded or forgotten around the writes. */
interface FileHashChanges {
  /** Sources whose stored file hash no longer vouches for what is about to be written. */
  forget: string[];
  /** Every source read whose stored file hash differs (or was cleared by rewriting the source). */
  record: Array<{ id: string; fileHash: string }>;
}

function fileHashChanges(corpus: ReadCorpus, stored: StoredState, plan: IngestPlan): FileHashChanges {
  const storedHash = new Map(stored.sources.map((source) => [source.id, source.fileHash]));
  const rewritten = new Set([...plan.sources.added, ...plan.sources.updated].map((row) => row.id));
  const changes: FileHashChanges = { forget: [], record: [] };
  for (const [id, fileHash] of corpus.fileHashes) {
    if (corpus.unread.has(id)) continue;
    const before = storedHash.get(id);
    if (before && before !== fileHash) changes.forget.push(id);
    if (before !== fileHash || rewritten.has(id)) changes.record.push({ id, fileHash });
  }
  return changes;
}

/**
 * Writes a plan: nodes first, then claims, then what is gone (claims go before the actors they link). A source
 * gets its file hash back only once all of it is written, so an interrupted run leaves it to be read again.
 */
async function writePlan(
  db: Database,
  plan: IngestPlan,
  fileHashes: FileHashChanges,
  options: Required<IngestOptions>,
): Promise<void> {
  await inBatches(fileHashes.forget, 'file hashes', options, (ids) =>
    db.write(queries.forgetFileHashes, { ids }),
  );
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
  const creations = [...plan.claims.added, ...plan.claims.updated];
  await inBatches(
    creations,
    'claims',
    options,
    (rows) => db.write(queries.createClaims, { rows: rows.map(claimToCreate) }),
    options.claimWriters,
  );
  await inBatches(plan.actors.removed, 'actors removed', options, (ids) =>
    db.write(queries.deleteActors, { ids }),
  );
  await inBatches(plan.sources.removed, 'sources removed', options, (ids) =>
    db.write(queries.deleteSources, { ids }),
  );
  await inBatches(fileHashes.record, 'file hashes recorded', options, (rows) =>
    db.write(queries.recordFileHashes, { rows }),
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

interface Prepared {
  migrationsApplied: string[];
  plan: IngestPlan;
  fileHashes: FileHashChanges;
  files: IngestReport['files'];
  timings: Omit<IngestReport['timings'], 'write'>;
}

/**
 * Reads and checks the files and what Neo4j holds, and plans the writes. Only the plan outlives this function:
 * the stored state and the rows of unchanged claims are let go before the writes start.
 */
async function prepare(db: Database, dataDir: string, limits: DataFileLimits): Promise<Prepared> {
  const started = Date.now();
  const reader = await CorpusReader.open(dataDir, { limits });
  const actorsRead = Date.now();
  const stored = await readStoredState(db);
  const stateRead = Date.now();
  const claims = new ClaimPlanner(stored.claims);
  const share = sharedTexts();
  const known = reader.actors ? knownFiles(stored, reader.actors, claims.copies) : undefined;
  const corpus = await reader.readSources({
    knownClaimIds: known?.knownClaimIds,
    knownCollection: known?.knownCollection,
    // Each file's claims become rows at once, and only those to write are kept.
    onClaims: (fileClaims) => {
      for (const claim of fileClaims) claims.add(claimRow(claim, share));
    },
  });
  const validated = Date.now();
  // The schema too is written only once every file has passed.
  const migrationsApplied = await applyMigrations(db);
  const plan = planIngest(
    {
      actors: corpus.actors.map(actorRow),
      sources: corpus.sources.map(sourceRow),
      unreadSources: corpus.unread,
    },
    stored,
    claims,
  );
  return {
    migrationsApplied,
    plan,
    fileHashes: fileHashChanges(corpus, stored, plan),
    files: corpus.files,
    timings: {
      validate: actorsRead - started + (validated - stateRead),
      readState: stateRead - actorsRead + (Date.now() - validated),
    },
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
  const settings: Required<IngestOptions> = {
    batchSize: options.batchSize ?? 5000,
    claimWriters: options.claimWriters ?? 2,
    onProgress: options.onProgress ?? (() => {}),
    limits: options.limits ?? DEFAULT_DATA_FILE_LIMITS,
  };
  const { migrationsApplied, plan, fileHashes, files, timings } = await prepare(db, dataDir, settings.limits);
  const writeStarted = Date.now();
  const changes = [plan.actors, plan.sources].some(
    (nodes) => nodes.added.length + nodes.updated.length + nodes.removed.length > 0,
  );
  const claimChanges = plan.claims.added.length + plan.claims.updated.length + plan.claims.deletions.length;
  // Stamped before the writes too: a reader caching during an interrupted write is not left with stale counts.
  if (changes || claimChanges > 0) await stampCorpusVersion(db);
  await writePlan(db, plan, fileHashes, settings);
  await stampCorpusVersion(db);
  return {
    migrationsApplied,
    actors: counts(plan.actors, plan.actors.removed.length),
    sources: counts(plan.sources, plan.sources.removed.length),
    claims: counts(plan.claims, plan.claims.removed),
    files,
    timings: { ...timings, write: Date.now() - writeStarted },
  };
}

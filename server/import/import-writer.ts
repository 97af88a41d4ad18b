// Writes imported claims into an import folder (actors.yaml + sources/<collection>.yaml, each file a collection
// of sources with their claims), knowing no format. Claims are spooled to disk in buckets by collection while the
// rows stream by, then each bucket is grouped into collection files, merged with the files already there, checked
// against the data schemas and staged; only when every file passed are they moved into place (each file by
// rename), so a failed import writes nothing.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { z } from 'zod';
import { CorpusValidationError, type DataIssue } from '../ingest/data-issue';
import {
  actorsFileSchema,
  sourceCollectionFileSchema,
  type ActorRecord,
  type ClaimRecord,
  type SourceRecord,
  type SourceCollectionFile,
} from '../ingest/file-schemas';
import { ACTORS_FILE, SOURCES_FOLDER, parseDataFile } from '../ingest/read-corpus';
import { placeIssues } from '../ingest/yaml-file';
import { readDataFileText, readSpoolLines } from './import-files';
import { renderActorsFile, renderSourceCollection } from './render-data-files';

/** Spool files the claims are spread over, so that one bucket at a time is held in memory when files are made. */
const BUCKETS = 64;
/** Characters of spooled lines a bucket gathers before they go to its file in one write. */
const SPOOL_CHUNK = 64 * 1024;

const COLLECTION_SCHEMA_PATH = '../../schema/sources.schema.json';
const ACTORS_SCHEMA_PATH = '../schema/actors.schema.json';
const COMMENT =
  'Written by `npm run import`: imported from coded event data; a new import merges into this file.';

/** What a commit wrote. */
export interface WriteResult {
  sourcesCreated: number;
  sourcesExtended: number;
  actorsAdded: number;
}

/** FNV-1a: a small, stable hash that spreads collections over the buckets. */
function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

/** The earlier of two partial dates (null when neither is known). */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

/** Throws the schema's complaints about a record the import made, placed in `file`. */
function checkRecord<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CorpusValidationError(
    result.error.issues.map((issue) => ({ file, path: issue.path.join('.'), message: issue.message })),
  );
}

/** Reads a data file the import merges with (it passed ingestion's checks when the import started). */
async function readExisting<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const text = await readDataFileText(file);
  if (text === undefined) return undefined;
  const issues: DataIssue[] = [];
  const parsed = parseDataFile(file, text, schema, issues);
  if (!parsed) throw new CorpusValidationError(await placeIssues(issues, (name) => readFile(name, 'utf8')));
  return parsed.data;
}

export class ImportWriter {
  private readonly spools: WriteStream[];
  /** Lines of each bucket not yet handed to its spool (one write per chunk, not per claim). */
  private readonly pending: string[][] = Array.from({ length: BUCKETS }, () => []);
  private readonly pendingChars: number[] = new Array<number>(BUCKETS).fill(0);
  private readonly spooledSources = new Set<string>();
  private readonly staged: string[] = [];

  private constructor(
    private readonly intoDir: string,
    private readonly stagingDir: string,
  ) {
    this.spools = Array.from({ length: BUCKETS }, (_, index) =>
      createWriteStream(path.join(stagingDir, `claims-${index}.jsonl`)),
    );
  }

  /**
   * Opens a writer into `intoDir`; its staging folder is a dot folder of `dataDir` (ingestion never reads it, and
   * a rename from it stays on the same file system).
   */
  static async open(dataDir: string, intoDir: string): Promise<ImportWriter> {
    const stagingDir = await mkdtemp(path.join(dataDir, '.import-'));
    await mkdir(path.join(stagingDir, SOURCES_FOLDER));
    return new ImportWriter(intoDir, stagingDir);
  }

  /**
   * Adds one claim of `source` (the source as the row gives it; files already there keep theirs) to the file of
   * `collection` (the caller keeps each source in one collection).
   */
  async add(collection: string, source: SourceRecord, claim: ClaimRecord): Promise<void> {
    // A source is spooled with its first claim only: its claims all go to one bucket, read back in order.
    const first = !this.spooledSources.has(source.id);
    if (first) this.spooledSources.add(source.id);
    const line = JSON.stringify([collection, claim, first ? source : source.id]);
    const bucket = bucketOf(collection);
    const lines = this.pending[bucket] as string[];
    lines.push(line);
    this.pendingChars[bucket] = (this.pendingChars[bucket] as number) + line.length;
    if ((this.pendingChars[bucket] as number) < SPOOL_CHUNK) return;
    this.pending[bucket] = [];
    this.pendingChars[bucket] = 0;
    const spool = this.spools[bucket] as WriteStream;
    if (!spool.write(`${lines.join('\n')}\n`)) await once(spool, 'drain');
  }

  private async closeSpools(): Promise<void> {
    this.spools.forEach((spool, bucket) => {
      const lines = this.pending[bucket] as string[];
      if (lines.length > 0 && !spool.closed) spool.write(`${lines.join('\n')}\n`);
      this.pending[bucket] = [];
    });
    await Promise.all(
      this.spools.map((spool) => (spool.closed ? undefined : new Promise((done) => spool.end(done)))),
    );
  }

  /** Groups, merges, checks and stages the files of one bucket. */
  private async stageBucket(index: number, result: WriteResult): Promise<void> {
    const collections = new Map<string, Map<string, { source: SourceRecord; claims: ClaimRecord[] }>>();
    for await (const line of readSpoolLines(path.join(this.stagingDir, `claims-${index}.jsonl`))) {
      const [name, claim, source] = JSON.parse(line) as [string, ClaimRecord, SourceRecord | string];
      let groups = collections.get(name);
      if (!groups) collections.set(name, (groups = new Map()));
      if (typeof source !== 'string') groups.set(source.id, { source, claims: [claim] });
      else if (groups.has(source)) groups.get(source)?.claims.push(claim);
      else throw new Error(`spooled claim ${claim.id} of source ${source} before its source`);
    }
    for (const [name, groups] of collections) await this.stageCollection(name, groups, result);
  }

  /** Merges the new claims of one collection into its file (if there is one), checks and stages it. */
  private async stageCollection(
    name: string,
    groups: Map<string, { source: SourceRecord; claims: ClaimRecord[] }>,
    result: WriteResult,
  ): Promise<void> {
    const file = path.join(this.intoDir, SOURCES_FOLDER, `${name}.yaml`);
    const existing = await readExisting<SourceCollectionFile>(file, sourceCollectionFileSchema);
    const entries: SourceCollectionFile['sources'] = [];
    let changed = false;
    for (const entry of existing?.sources ?? []) {
      const group = groups.get(entry.source.id);
      groups.delete(entry.source.id);
      const known = new Set(entry.claims.map((claim) => claim.id));
      const added = group?.claims.filter((claim) => !known.has(claim.id)) ?? [];
      if (!group || added.length === 0) {
        entries.push(entry);
        continue;
      }
      const published = earlier(entry.source.published, group.source.published);
      entries.push({ source: { ...entry.source, published }, claims: [...entry.claims, ...added] });
      result.sourcesExtended += 1;
      changed = true;
    }
    for (const group of groups.values()) {
      entries.push(group);
      result.sourcesCreated += 1;
      changed = true;
    }
    if (!changed) return;
    const checked = checkRecord(sourceCollectionFileSchema, { sources: entries }, file);
    const text = renderSourceCollection(checked.sources, COLLECTION_SCHEMA_PATH, COMMENT);
    await writeFile(path.join(this.stagingDir, SOURCES_FOLDER, `${name}.yaml`), text);
    this.staged.push(name);
  }

  /**
   * Makes and checks every file, then moves them into place: the actor registry first (an extra actor breaks
   * nothing, a missing one would), then the collections. `newActors` join the folder's actors.yaml; `onBucket`
   * hears how many buckets of collections are made.
   */
  async commit(
    newActors: readonly ActorRecord[],
    onBucket?: (done: number, total: number) => void,
  ): Promise<WriteResult> {
    const result: WriteResult = { sourcesCreated: 0, sourcesExtended: 0, actorsAdded: newActors.length };
    try {
      await this.closeSpools();
      for (let index = 0; index < BUCKETS; index += 1) {
        await this.stageBucket(index, result);
        onBucket?.(index + 1, BUCKETS);
      }
      const actorsFile = path.join(this.intoDir, ACTORS_FILE);
      if (newActors.length > 0) {
        const existing = (await readExisting(actorsFile, actorsFileSchema))?.actors ?? [];
        const checked = checkRecord(actorsFileSchema, { actors: [...existing, ...newActors] }, actorsFile);
        const text = renderActorsFile(checked.actors, ACTORS_SCHEMA_PATH, COMMENT);
        await writeFile(path.join(this.stagingDir, ACTORS_FILE), text);
      }
      if (this.staged.length === 0 && newActors.length === 0) return result;
      await mkdir(path.join(this.intoDir, SOURCES_FOLDER), { recursive: true });
      if (newActors.length > 0) await rename(path.join(this.stagingDir, ACTORS_FILE), actorsFile);
      for (const collection of this.staged.sort()) {
        const name = `${collection}.yaml`;
        await rename(
          path.join(this.stagingDir, SOURCES_FOLDER, name),
          path.join(this.intoDir, SOURCES_FOLDER, name),
        );
      }
      return result;
    } finally {
      await this.abort();
    }
  }

  /** Drops the staging folder and everything spooled: nothing reaches the import folder. */
  async abort(): Promise<void> {
    await this.closeSpools();
    await rm(this.stagingDir, { recursive: true, force: true });
  }
}

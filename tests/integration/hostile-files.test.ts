// Hostile and broken data files are refused before anything is written: by `--check` in bounded memory, with
// no stack trace, and by a real ingestion that leaves Neo4j exactly as it was.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../server/db/database';
import { CorpusValidationError, type DataIssue } from '../../server/ingest/data-issue';
import { ingest } from '../../server/ingest/ingest';
import { copyCorpus, type CorpusCopy } from '../support/corpus-copy';
import { HOSTILE_FILES, type HostileFile } from '../support/hostile-files';
import { runIngest } from '../support/run-ingest';
import { dumpGraph, emptyDatabase, openTestDatabase } from '../support/test-neo4j';

/** Far below what expanding an alias bomb or reading a 2 GiB file would take. */
const MAX_HEAP_MIB = 200;

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

beforeEach(async () => {
  await emptyDatabase(db);
});

afterAll(async () => {
  await db.close();
});

/** Applies a row's change to a copy of the small corpus, with a fresh folder outside it. */
async function makeHostile(corpus: CorpusCopy, row: HostileFile): Promise<void> {
  await row.change(corpus, await mkdtemp(path.join(os.tmpdir(), 'actorgraph-outside-')));
}

function expectIssue(issues: readonly DataIssue[], dir: string, row: HostileFile): void {
  const issue = issues.find((candidate) => row.message.test(`${candidate.path}: ${candidate.message}`));
  expect(issue).toMatchObject({ file: path.join(dir, row.file) });
  if (row.line !== undefined) expect(issue?.line).toBe(row.line);
}

describe('hostile data files', () => {
  it.each(HOSTILE_FILES)(
    'when the data folder has $name, then --check refuses it naming the file, in bounded memory',
    async (row) => {
      const corpus = await copyCorpus('small');
      await makeHostile(corpus, row);
      const run = await runIngest(['--check', corpus.dir], { maxHeapMiB: MAX_HEAP_MIB });
      const place = `${path.join(corpus.dir, row.file)}${row.line === undefined ? '' : `:${row.line}:`}`;
      const named = run.stderr.split('\n').some((line) => line.startsWith(place) && row.message.test(line));
      if (!named)
        throw new Error(`no line starts ${place} and says ${row.message}:\n${run.stderr.slice(0, 3000)}`);
      expect(run.stderr).toContain('Nothing was written.');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.code).toBe(1);
    },
  );

  it.each(HOSTILE_FILES)(
    'when the data folder has $name, then ingestion refuses it and Neo4j stays as it was',
    async (row) => {
      const corpus = await copyCorpus('small');
      await ingest(db, corpus.dir);
      const before = await dumpGraph(db);
      await makeHostile(corpus, row);
      const failure = await ingest(db, corpus.dir).then(
        () => new Error('the hostile corpus was ingested'),
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(CorpusValidationError);
      expectIssue((failure as CorpusValidationError).issues, corpus.dir, row);
      expect(await dumpGraph(db)).toEqual(before);
    },
  );
});

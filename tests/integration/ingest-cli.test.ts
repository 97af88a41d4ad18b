// `npm run ingest` as a user or a script runs it: its own process, the test Neo4j, the --json report.
import type { Database } from '../../server/db/database';
import { copyCorpus } from '../support/corpus-copy';
import { runIngest } from '../support/run-ingest';
import { emptyDatabase, openTestDatabase } from '../support/test-neo4j';

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

describe('npm run ingest', () => {
  it('when run with --json twice, then stdout is the report and the second run reads no file', async () => {
    const corpus = await copyCorpus('small');
    const first = await runIngest(['--json', corpus.dir]);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      claims: { added: 4, updated: 0, removed: 0, unchanged: 0 },
      files: { read: 2, unread: 0 },
    });
    expect(report.peakMemoryBytes).toBeGreaterThan(10 * 1024 * 1024);
    const second = JSON.parse((await runIngest(['--json', corpus.dir])).stdout) as Record<string, unknown>;
    expect(second).toMatchObject({
      claims: { added: 0, updated: 0, removed: 0, unchanged: 4 },
      files: { read: 0, unread: 2 },
    });
  });

  it('when the data is invalid, then it exits non-zero, names the place and writes nothing', async () => {
    const corpus = await copyCorpus('small');
    await corpus.edit('sources/gazette-2020-01-02-summit.yaml', 'to: southland', 'to: nowhere');
    const run = await runIngest([corpus.dir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(
      /gazette-2020-01-02-summit\.yaml:\d+:\d+ claims\[1\]\.to: unknown actor "nowhere": expected an id from actors\.yaml/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Not even the schema's migration records: the files are checked before anything is written.
    const { rows } = await db.run('MATCH (n) RETURN count(n) AS nodes', {}, 'READ');
    expect(rows[0]?.nodes).toBe(0);
  });

  it('when given an unknown flag, then it says how to use it', async () => {
    const run = await runIngest(['--fast']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unexpected --fast\s+usage: npm run ingest -- \[--check\] \[--json\]/);
  });
});

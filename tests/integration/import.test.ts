// `npm run import` end to end: both samples into a copy of the curated data, duplicates, byte-stable files,
// merging the next day's file, bad rows, and then ingestion of the result into the real test Neo4j.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { load } from 'js-yaml';
import type { Database } from '../../server/db/database';
import { gdeltFormat } from '../../server/import/gdelt';
import { icewsFormat } from '../../server/import/icews';
import { importEvents } from '../../server/import/import-events';
import type { EventFormat } from '../../server/import/coded-event';
import { CorpusValidationError } from '../../server/ingest/data-issue';
import type { SourceCollectionFile, SourceFile } from '../../server/ingest/file-schemas';
import { ingest } from '../../server/ingest/ingest';
import { readCorpus } from '../../server/ingest/read-corpus';
import { MetaService } from '../../server/services/meta-service';
import { emptyDatabase, openTestDatabase } from '../support/test-neo4j';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'tests', 'fixtures', 'event-data');
const ICEWS = path.join(SAMPLES, 'icews-events-2018-06-01.tab');
const GDELT = path.join(SAMPLES, 'gdelt-1.0-events-20160728-sample.tsv');

/** A fresh copy of the curated data folder (Mike Pompeo, North Korea, ...) to import into. */
async function dataCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-import-'));
  await cp(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
  return path.join(dir, 'data');
}

async function run(
  format: EventFormat,
  files: string[],
  dataDir: string,
  options: { skipInvalid?: boolean } = {},
) {
  return importEvents({
    format,
    files,
    dataDir,
    intoDir: path.join(dataDir, 'imported'),
    skipInvalid: options.skipInvalid ?? false,
  });
}

/** Every file under `dir` with the hash of its bytes, by path relative to `dir`. */
async function folderHashes(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, file)] = createHash('sha1')
      .update(await readFile(file))
      .digest('hex');
  }
  return hashes;
}

/** One source of an import folder's collection file `collection` (e.g. icews-2018-06-01), with its claims. */
async function sourceFile(dataDir: string, collection: string, id: string): Promise<SourceFile> {
  const file = path.join(dataDir, 'imported', 'sources', `${collection}.yaml`);
  const { sources } = load(await readFile(file, 'utf8')) as SourceCollectionFile;
  const entry = sources.find(({ source }) => source.id === id);
  if (!entry) throw new Error(`${file} holds no source ${id}`);
  return entry;
}

/** A temporary event file of these lines. */
async function eventFile(name: string, lines: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-events-'));
  const file = path.join(dir, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

async function icewsLines(): Promise<{ header: string; rows: string[] }> {
  const [header = '', ...rows] = (await readFile(ICEWS, 'utf8')).split('\n').filter((line) => line !== '');
  return { header, rows };
}

describe('importing event data', () => {
  it('when the ICEWS sample is imported, then its events land between the right actors with their story', async () => {
    const dataDir = await dataCopy();
    const report = await run(icewsFormat, [ICEWS], dataDir);
    expect(report).toMatchObject({
      rowsRead: 2359,
      eventsImported: 2316,
      alreadyInCorpus: 0,
      duplicatesMerged: { sameEventId: 0, sameEvent: 43 },
      skipped: { rows: 0 },
      sources: { created: 1148, extended: 0 },
    });
    expect(report.eventsImported + report.duplicatesMerged.sameEvent).toBe(report.rowsRead);
    // One file per day of ICEWS stories, each story a source of it with its events as claims.
    expect(Object.keys(await folderHashes(path.join(dataDir, 'imported')))).toEqual([
      'actors.yaml',
      path.join('sources', 'icews-2018-06-01.yaml'),
    ]);
    const { source, claims } = await sourceFile(dataDir, 'icews-2018-06-01', 'icews-story-47400387');
    expect(source).toMatchObject({
      title: 'ICEWS story 47400387 (Yonhap English News)',
      publisher: 'Yonhap English News',
      origin: 'icews',
    });
    expect(claims.find((claim) => claim.id === 'icews-32891175')).toMatchObject({
      type: 'NEGOTIATES_WITH',
      from: 'kim-yong-chol',
      to: 'mike-pompeo',
      date: '2018-06-01',
      certainty: 'claim',
      assertedBy: 'icews',
      origin: 'icews',
      provenance: { eventId: '32891175', sentence: 2, cameo: '046', cameoLabel: 'Engage in negotiation' },
    });
    const corpus = await readCorpus(dataDir);
    expect(corpus.actors.find((actor) => actor.id === 'kim-yong-chol')).toMatchObject({
      name: 'Kim Yong-chol',
      kind: 'person',
      country: 'PRK',
    });
    expect(corpus.actors.filter((actor) => actor.id === 'mike-pompeo')).toHaveLength(1);
    expect(corpus.claims.filter((claim) => claim.origin === 'icews')).toHaveLength(2316);
  });

  it('when the GDELT sample is imported, plain or zipped, then both give the same files', async () => {
    const plain = await dataCopy();
    const report = await run(gdeltFormat, [GDELT], plain);
    expect(report).toMatchObject({
      rowsRead: 710,
      eventsImported: 470,
      leftOut: { 'one actor only': 239, 'same actor at both ends': 1 },
      skipped: { rows: 0 },
    });
    const files = Object.keys(await folderHashes(path.join(plain, 'imported', 'sources')));
    expect(files).toContain('gdelt-1982-01-02.yaml');
    expect(files.filter((name) => /^gdelt-2016-07-28-[a-z0-9-]+\.yaml$/.test(name)).length).toBeGreaterThan(
      10,
    );
    const backfile = await sourceFile(plain, 'gdelt-1982-01-02', 'gdelt-events-of-1982-01-02');
    expect(backfile.claims.length).toBeGreaterThan(0);
    expect(backfile.claims.every((claim) => claim.origin === 'gdelt' && claim.date === '1982-01-02')).toBe(
      true,
    );

    const zipped = await dataCopy();
    const zip = path.join(path.dirname(zipped), '20160728.export.CSV.zip');
    await writeFile(zip, zipSync({ '20160728.export.CSV': await readFile(GDELT) }));
    await run(gdeltFormat, [zip], zipped);
    expect(await folderHashes(path.join(zipped, 'imported'))).toEqual(
      await folderHashes(path.join(plain, 'imported')),
    );
  });

  it('when the same file is imported twice, or into two folders, then the files are the same byte for byte', async () => {
    const first = await dataCopy();
    await run(icewsFormat, [ICEWS], first);
    const written = await folderHashes(path.join(first, 'imported'));
    const again = await run(icewsFormat, [ICEWS], first);
    expect(again).toMatchObject({ eventsImported: 0, alreadyInCorpus: 2359, actors: { created: 0 } });
    expect(again.sources).toEqual({ created: 0, extended: 0 });
    expect(await folderHashes(path.join(first, 'imported'))).toEqual(written);
    const second = await dataCopy();
    await run(icewsFormat, [ICEWS], second);
    expect(await folderHashes(path.join(second, 'imported'))).toEqual(written);
  });

  it("when the next day's file is imported, then it adds to the folder as one import of both would", async () => {
    const { header, rows } = await icewsLines();
    const day1 = await eventFile('day1.tab', [header, ...rows.slice(0, 1200)]);
    const day2 = await eventFile('day2.tab', [header, ...rows.slice(1200)]);
    const stepwise = await dataCopy();
    await run(icewsFormat, [day1], stepwise);
    const next = await run(icewsFormat, [day2], stepwise);
    expect(next.sources.extended).toBeGreaterThan(0);
    const together = await dataCopy();
    await run(icewsFormat, [day1, day2], together);
    expect(await folderHashes(path.join(stepwise, 'imported'))).toEqual(
      await folderHashes(path.join(together, 'imported')),
    );
  });

  it('when an event id or an event repeats, then it is imported once and the merge is counted', async () => {
    const { header, rows } = await icewsLines();
    const pompeo = rows.find((row) => row.startsWith('32891175\t')) ?? '';
    const sameEventOtherId = pompeo.replace(/^32891175\t/, '99999999\t');
    const file = await eventFile('repeats.tab', [header, pompeo, pompeo, sameEventOtherId]);
    const dataDir = await dataCopy();
    const report = await run(icewsFormat, [file], dataDir);
    expect(report).toMatchObject({
      rowsRead: 3,
      eventsImported: 1,
      duplicatesMerged: { sameEventId: 1, sameEvent: 1 },
    });
    const { claims } = await sourceFile(dataDir, 'icews-2018-06-01', 'icews-story-47400387');
    expect(claims.map((claim) => claim.id)).toEqual(['icews-32891175']);
  });
});

describe('importing bad event data', () => {
  const replaceField = (index: number, value: string) => (row: string) => {
    const fields = row.split('\t');
    fields[index] = value;
    return fields.join('\t');
  };
  const BAD_ROWS: Array<{ name: string; bad: (row: string) => string; message: RegExp }> = [
    {
      name: 'a column too few',
      bad: (row) => row.replace(/\t[^\t]*$/, ''),
      message: /found 19 columns: expected 20/,
    },
    {
      name: 'a bad date',
      bad: replaceField(1, '2018-13-01'),
      message: /Event Date: found "2018-13-01", not a real date/,
    },
    {
      name: 'an unknown CAMEO code',
      bad: replaceField(6, '2222'),
      message: /CAMEO Code: found "2222": expected a CAMEO/,
    },
    {
      name: 'an empty actor',
      bad: replaceField(8, ''),
      message: /Target Name: found nothing: expected the target/,
    },
  ];

  it.each(BAD_ROWS)(
    'when a row has $name, then the import names file and line, and writes nothing',
    async (bad) => {
      const { header, rows } = await icewsLines();
      const file = await eventFile('bad.tab', [header, rows[0] ?? '', bad.bad(rows[1] ?? ''), rows[2] ?? '']);
      const dataDir = await dataCopy();
      const before = await folderHashes(dataDir);
      const failure = await run(icewsFormat, [file], dataDir).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CorpusValidationError);
      const issues = (failure as CorpusValidationError).issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ file, line: 3 });
      expect((failure as Error).message).toMatch(bad.message);
      expect(await folderHashes(dataDir)).toEqual(before);
    },
  );

  it('when bad rows are skipped, then the rest is imported and the skipped rows are listed with why', async () => {
    const { header, rows } = await icewsLines();
    const lines = [
      header,
      rows[0] ?? '',
      ...BAD_ROWS.map((row, index) => row.bad(rows[index + 1] ?? '')),
      rows[9] ?? '',
    ];
    const file = await eventFile('some-bad.tab', lines);
    const report = await run(icewsFormat, [file], await dataCopy(), { skipInvalid: true });
    expect(report).toMatchObject({ rowsRead: 6, eventsImported: 2 });
    expect(report.skipped).toMatchObject({
      rows: 4,
      byReason: { 'wrong number of columns': 1, 'bad date': 1, 'unknown CAMEO code': 1, 'empty actor': 1 },
    });
    expect(report.skipped.listed.map((issue) => issue.line)).toEqual([3, 4, 5, 6]);
  });

  const NOT_EVENT_DATA: Array<{
    name: string;
    format: EventFormat;
    file: () => Promise<string>;
    message: RegExp;
  }> = [
    {
      name: 'a YAML data file given as ICEWS',
      format: icewsFormat,
      file: async () => path.join(ROOT, 'data', 'actors.yaml'),
      message: /not an ICEWS event file: expected a header row/,
    },
    {
      name: 'the ICEWS sample given as GDELT',
      format: gdeltFormat,
      file: async () => ICEWS,
      message: /not a GDELT event file/,
    },
    {
      name: 'an image',
      format: gdeltFormat,
      file: async () => path.join(ROOT, 'docs', 'viewer.png'),
      message: /is not valid UTF-8 at byte \d+ \(byte 0x[0-9a-f]{2}\).*not an event file/,
    },
    {
      name: 'the ICEWS sample saved as UTF-16',
      format: icewsFormat,
      file: async () => {
        const file = await eventFile('utf16.tab', []);
        const text = (await readFile(ICEWS, 'utf8')).slice(0, 2000);
        await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
        return file;
      },
      message: /is encoded as UTF-16.*expected UTF-8/,
    },
    {
      name: 'a folder',
      format: icewsFormat,
      file: async () => SAMPLES,
      message: /is a folder: expected an event file/,
    },
    {
      name: 'a zip holding two files',
      format: gdeltFormat,
      file: async () => {
        const file = await eventFile('two.zip', []);
        await writeFile(file, zipSync({ 'a.CSV': new Uint8Array([49]), 'b.CSV': new Uint8Array([50]) }));
        return file;
      },
      message: /expected a zip holding one event file|not a GDELT event file/,
    },
  ];

  it.each(NOT_EVENT_DATA)('when given $name, then one clear error says so', async (input) => {
    const file = await input.file();
    const dataDir = await dataCopy();
    const failure = await run(input.format, [file], dataDir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CorpusValidationError);
    expect((failure as CorpusValidationError).issues).toHaveLength(1);
    expect((failure as Error).message).toMatch(input.message);
    expect(await folderHashes(path.join(dataDir, 'imported'))).toEqual({});
  });
});

describe('ingesting imported event data', () => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(async () => {
    await db.close();
  });

  it('when the imported ICEWS sample is ingested, then Neo4j holds its claims with origin icews', async () => {
    await emptyDatabase(db);
    const dataDir = await dataCopy();
    await run(icewsFormat, [ICEWS], dataDir);
    const report = await ingest(db, dataDir);
    expect(report.claims.added).toBeGreaterThan(2316);
    const { rows } = await db.run(
      `MATCH ()-[claim {origin: 'icews'}]->() RETURN count(claim) AS claims`,
      {},
      'READ',
    );
    expect(rows[0]?.claims).toBe(2316);
    const negotiation = await db.run(
      `MATCH (kim:Actor {id: 'kim-yong-chol'})-[claim:NEGOTIATES_WITH {id: 'icews-32891175'}]->(pompeo:Actor)
       RETURN pompeo.id AS to, kim.country AS country, claim.cameoCode AS cameo, claim.sourceId AS source,
              claim.origin AS origin`,
      {},
      'READ',
    );
    expect(negotiation.rows).toEqual([
      { to: 'mike-pompeo', country: 'PRK', cameo: '046', source: 'icews-story-47400387', origin: 'icews' },
    ]);
    // Unchanged, the collection file is not even read again: its sources were stored from the same content.
    const again = await ingest(db, dataDir);
    expect(again.files.read).toBe(0);
    expect(again.claims).toMatchObject({ added: 0, updated: 0, removed: 0 });
  }, 240_000);

  it('when meta is asked again without an ingestion between, then its counts come from the last count', async () => {
    await emptyDatabase(db);
    const dataDir = await dataCopy();
    await run(icewsFormat, [ICEWS], dataDir);
    await ingest(db, dataDir);
    const meta = new MetaService(db);
    expect((await meta.meta()).counts.claimsByOrigin.icews).toBe(2316);
    // A claim written behind ingestion's back is not counted: the counts are kept until the next ingestion.
    await db.run(
      `MATCH (a:Actor {id: 'kim-yong-chol'}), (b:Actor {id: 'mike-pompeo'})
       CREATE (a)-[:MEETS {id: 'icews-behind-the-back', origin: 'icews'}]->(b)`,
      {},
      'WRITE',
    );
    expect((await meta.meta()).counts.claimsByOrigin.icews).toBe(2316);
    // The next ingestion gives the corpus a new version, and the counts are made again (and the stray claim,
    // which no file holds, is gone).
    const { header, rows } = await icewsLines();
    const nextDay = rows[0]!.split('\t');
    nextDay[0] = '90000001';
    nextDay[1] = '2018-06-02';
    await run(icewsFormat, [await eventFile('next.tab', [header, nextDay.join('\t')])], dataDir);
    await ingest(db, dataDir);
    expect((await meta.meta()).counts.claimsByOrigin.icews).toBe(2317);
  }, 240_000);

  it("when the next day's file is imported and ingested, then only its collection is read and its claims added", async () => {
    await emptyDatabase(db);
    const { header, rows } = await icewsLines();
    const nextDay = rows.slice(0, 5).map((row, index) => {
      const fields = row.split('\t');
      fields[0] = `${90000000 + index}`;
      fields[1] = '2018-06-02';
      fields[11] = `${80000000 + index}`;
      return fields.join('\t');
    });
    const dataDir = await dataCopy();
    await run(icewsFormat, [ICEWS], dataDir);
    await ingest(db, dataDir);
    const next = await run(icewsFormat, [await eventFile('next.tab', [header, ...nextDay])], dataDir);
    expect(next.eventsImported).toBe(5);
    const report = await ingest(db, dataDir);
    expect(report.files.read).toBe(1);
    expect(report.claims).toMatchObject({ added: 5, updated: 0, removed: 0 });
  }, 240_000);
});

/** Runs the import command line in its own process. */
function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'server', 'cli', 'import.ts'), ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import', () => {
  it('when run with --json, then stdout is exactly one JSON report', async () => {
    const dataDir = await dataCopy();
    const run = await runImport(['gdelt', GDELT, '--into', path.join(dataDir, 'gdelt'), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ format: 'gdelt', rowsRead: 710, eventsImported: 470 });
    expect(report.peakMemoryBytes).toEqual(expect.any(Number));
    expect((await readCorpus(dataDir)).claims.filter((claim) => claim.origin === 'gdelt')).toHaveLength(470);
  });

  it('when run for a person, then it prints the report as a table and how to ingest', async () => {
    const dataDir = await dataCopy();
    const run = await runImport(['icews', ICEWS, '--into', path.join(dataDir, 'imported')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rows read\s+2,359\n/);
    expect(run.stdout).toMatch(/events imported \(new claims\)\s+2,316\n/);
    expect(run.stdout).toMatch(/duplicates merged: same event, other id\s+43\n/);
    expect(run.stdout).toMatch(/npm run ingest/);
  });

  const BAD_USES: Array<{ name: string; args: string[]; message: RegExp }> = [
    { name: 'no format', args: [], message: /expected icews or gdelt\s+usage: npm run import/ },
    { name: 'an unknown format', args: ['acled', ICEWS], message: /unknown format "acled"/ },
    { name: 'no file', args: ['icews'], message: /expected at least one ICEWS file/ },
    { name: 'an unknown flag', args: ['icews', ICEWS, '--fast'], message: /unexpected --fast/ },
    {
      name: 'a folder outside a data folder',
      args: ['icews', ICEWS, '--into', '/tmp/x'],
      message: /holds no actors\.yaml/,
    },
    {
      name: 'a missing file',
      args: ['icews', 'nowhere.tab'],
      message: /nowhere\.tab: not found: expected an event file/,
    },
  ];

  it.each(BAD_USES)('when given $name, then it exits non-zero and says what was expected', async (use) => {
    const into = ['--into', path.join(await dataCopy(), 'imported')];
    const run = await runImport(use.args.includes('--into') ? use.args : [...use.args, ...into]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(use.message);
    expect(run.stdout).toBe('');
  });
});

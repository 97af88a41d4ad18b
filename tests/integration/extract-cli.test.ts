// `npm run extract` as a user or a script runs it: its own process, the JSON interface, the draft file that
// ingestion checks, and every kind of bad input. Needs no database.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExtractionResult } from '../../server/api/extraction';

const ROOT = path.resolve(__dirname, '..', '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'server', 'cli', script), ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

// Sentences from Voice of America (voanews.com), public domain.
const ARTICLE = [
  'Iraq says key Islamic State leader is dead',
  'Iraqi Prime Minister Mohammed Shia al-Sudani was first to share word of the strike, announcing on social media Friday that the leader had been killed.',
  'U.S. Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Washington on Thursday.',
  'Rubio said the United States backed Iraq in its fight against the militants.',
].join('\n\n');

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-extract-'));
  await writeFile(path.join(dir, 'article.txt'), ARTICLE);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run extract', () => {
  it('when asked for JSON, then stdout is one object whose claims name listed actors and quote the text', async () => {
    const result = await run('extract.ts', [
      path.join(dir, 'article.txt'),
      '--published',
      '2025-03-14',
      '--publisher',
      'VOA',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ExtractionResult;
    expect(Object.keys(json)).toEqual(['source', 'actors', 'claims']);
    expect(json.source).toMatchObject({
      title: 'Iraq says key Islamic State leader is dead',
      published: '2025-03-14',
    });
    const ids = new Set(json.actors.map((a) => a.id));
    for (const claim of json.claims) {
      expect(ids.has(claim.from) && ids.has(claim.to)).toBe(true);
      expect(ARTICLE).toContain(claim.evidence.quote);
      expect(claim.confidence).toBeGreaterThan(0);
      expect(claim.confidence).toBeLessThan(1);
    }
    const meets = json.claims.find((c) => c.type === 'MEETS');
    expect(meets).toMatchObject({
      from: 'marco-rubio',
      to: 'wang-yi',
      date: '2025-03-13',
      certainty: 'fact',
    });
    expect(json.claims.find((c) => c.type === 'SUPPORTS')).toMatchObject({
      certainty: 'claim',
      assertedBy: 'marco-rubio',
    });
  });

  it('when writing a draft with --out, then ingest --check passes it together with data/', async () => {
    const data = path.join(dir, 'data');
    await cp(path.join(ROOT, 'data'), data, { recursive: true });
    const out = path.join(data, 'sources', 'voa-draft.yaml');
    const result = await run('extract.ts', [
      path.join(dir, 'article.txt'),
      '--id',
      'voa-draft',
      '--publisher',
      'VOA',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const draft = await readFile(out, 'utf8');
    expect(draft).toMatch(/origin: extracted\n\s+status: candidate\n\s+confidence: 0\.\d+/);
    expect(draft).toMatch(/^actors:\n\s+- id: /m);
    expect(draft).toContain('- id: marco-rubio\n    name: Marco Rubio\n    kind: person');
    const check = await run('ingest.ts', ['--check', data]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it.each([
    ['an empty file', '', /the input is empty/],
    ['a binary file', Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]), /not UTF-8 text/],
    [
      'a text in another language',
      'Der Präsident traf gestern den Kanzler in Berlin und sprach über die Lage.',
      /does not read as English/,
    ],
    ['a file of 10 MB', 'The talks went on. '.repeat(550_000), /at most 1 MB/],
  ])(
    'when given %s, then it says why on stderr, prints nothing and exits non-zero',
    async (_, content, message) => {
      const file = path.join(dir, 'bad.txt');
      await writeFile(file, content);
      const started = Date.now();
      const result = await run('extract.ts', [file, '--json']);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(Date.now() - started).toBeLessThan(30_000);
    },
  );

  it('when the text names no actors, then the result is empty, with the reason, and the exit is non-zero', async () => {
    const result = await run(
      'extract.ts',
      ['-', '--json'],
      'The weather was mild and the market was quiet on the day.',
    );
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout)).toMatchObject({ actors: [], claims: [] });
    expect(result.stderr).toMatch(/no claim found/);
  });

  it('when given an unknown flag, then it says how to use it', async () => {
    const result = await run('extract.ts', ['--fast', 'x.txt']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unexpected --fast\s+usage: npm run extract/);
  });
});

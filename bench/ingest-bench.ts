// Ingestion timings through `npm run ingest`, as a user runs it (its own process): first load into an empty
// database, unchanged re-ingest, and re-ingest after editing 1% of claims.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestReport } from '../server/ingest/ingest';
import { emptyDatabase, type BenchDatabase } from './local-db';

const ROOT = path.resolve(__dirname, '..');

/** What `npm run ingest -- --json` prints. */
export type CliReport = IngestReport & { peakMemoryBytes: number };

export interface IngestRound {
  first: IngestReport;
  firstTotalMs: number;
  /** Claims per second of the first load's write phase. */
  writeClaimsPerSecond: number;
  reingest: IngestReport;
  reingestTotalMs: number;
  edited: IngestReport;
  editedTotalMs: number;
  /** Peak resident memory of the ingest process, in bytes: the largest of its three runs. */
  peakRssBytes: number;
}

/** Runs `npm run ingest -- --json <dir>` against the bench database; resolves with its report and wall time. */
export function runIngestCli(uri: string, dir: string): Promise<{ report: CliReport; totalMs: number }> {
  return runJsonCli<CliReport>(['ingest', '--', '--json', dir], {
    NEO4J_URI: uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: '',
  });
}

/** Runs `npm run <args>` (a command printing one JSON report last); resolves with the report and wall time. */
export function runJsonCli<T>(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ report: T; totalMs: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const totalMs = performance.now() - started;
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{'))
        return reject(new Error(`npm run ${args[0]} exited with ${code}: ${err.trim() || out.trim()}`));
      resolve({ report: JSON.parse(line) as T, totalMs });
    });
  });
}

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(`bench assertion failed: ${message}`);
}

/** Changes the summary of every 100th claim; returns a function restoring the files and the count edited. */
export async function editOnePercent(dir: string): Promise<{ edited: number; restore: () => Promise<void> }> {
  const sourcesDir = path.join(dir, 'sources');
  const files = (await readdir(sourcesDir)).map((name) => path.join(sourcesDir, name));
  const originals = new Map<string, string>();
  let edited = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const changed = text.replace(/Synthetic claim (\d+):/g, (match, n: string) => {
      if (Number(n) % 100 !== 0) return match;
      edited += 1;
      return `Synthetic claim ${n} (edited):`;
    });
    if (changed !== text) {
      originals.set(file, text);
      await writeFile(file, changed);
    }
  }
  const restore = async () => {
    for (const [file, text] of originals) await writeFile(file, text);
  };
  return { edited, restore };
}

/** One round on an emptied database: first load, unchanged re-ingest, 1% edit re-ingest (files restored after). */
export async function ingestRound(bench: BenchDatabase, dir: string, claims: number): Promise<IngestRound> {
  await emptyDatabase(bench.db);
  const timedIngest = (folder: string) => runIngestCli(bench.uri, folder);
  const first = await timedIngest(dir);
  assert(first.report.claims.added === claims, `first load added ${first.report.claims.added} of ${claims}`);
  const reingest = await timedIngest(dir);
  const { claims: c, actors: a, sources: s } = reingest.report;
  const changes = [c, a, s].map((x) => x.added + x.updated + x.removed).reduce((x, y) => x + y, 0);
  assert(changes === 0, `unchanged re-ingest reported ${changes} changes`);
  const edit = await editOnePercent(dir);
  let edited: { report: CliReport; totalMs: number };
  try {
    edited = await timedIngest(dir);
  } finally {
    await edit.restore();
  }
  const updated = edited.report.claims.updated;
  assert(updated === edit.edited, `1% edit: ${updated} updated, ${edit.edited} edited`);
  assert(Math.abs(updated - claims / 100) <= 1, `1% edit updated ${updated} of ${claims}`);
  assert(edited.report.claims.added + edited.report.claims.removed === 0, '1% edit added or removed claims');
  return {
    first: first.report,
    firstTotalMs: first.totalMs,
    writeClaimsPerSecond: claims / (first.report.timings.write / 1000),
    reingest: reingest.report,
    reingestTotalMs: reingest.totalMs,
    edited: edited.report,
    editedTotalMs: edited.totalMs,
    peakRssBytes: Math.max(...[first, reingest, edited].map((run) => run.report.peakMemoryBytes)),
  };
}

// Ingestion timings: first load into an empty database, unchanged re-ingest, and re-ingest after editing 1% of claims.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../server/db/database';
import { ingest, type IngestReport } from '../server/ingest/ingest';
import { emptyDatabase } from './local-db';

export interface IngestRound {
  first: IngestReport;
  firstTotalMs: number;
  /** Claims per second of the first load's write phase. */
  writeClaimsPerSecond: number;
  reingest: IngestReport;
  reingestTotalMs: number;
  edited: IngestReport;
  editedTotalMs: number;
  /** Peak resident memory of this process so far, in bytes. */
  peakRssBytes: number;
}

async function timedIngest(db: Database, dir: string): Promise<{ report: IngestReport; totalMs: number }> {
  const started = performance.now();
  const report = await ingest(db, dir);
  return { report, totalMs: performance.now() - started };
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
export async function ingestRound(db: Database, dir: string, claims: number): Promise<IngestRound> {
  await emptyDatabase(db);
  const first = await timedIngest(db, dir);
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  assert(first.report.claims.added === claims, `first load added ${first.report.claims.added} of ${claims}`);
  const reingest = await timedIngest(db, dir);
  const { claims: c, actors: a, sources: s } = reingest.report;
  const changes = [c, a, s].map((x) => x.added + x.updated + x.removed).reduce((x, y) => x + y, 0);
  assert(changes === 0, `unchanged re-ingest reported ${changes} changes`);
  const edit = await editOnePercent(dir);
  let edited: { report: IngestReport; totalMs: number };
  try {
    edited = await timedIngest(db, dir);
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
    peakRssBytes,
  };
}

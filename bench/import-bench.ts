// The import part of the benchmark (`npm run bench -- --only import --rows N`): a file of N ICEWS-shaped rows
// through `npm run import` (its own process: rows/s and peak memory), then `npm run ingest` of the folder it wrote
// next to the import (the ingestion of the same claims from ready-made files), the same file imported again
// (nothing may change), and the API over the result: the per-pair summary's cost, the aggregated and the
// claim-level subgraph of the largest hubs, and /api/meta, with 4 concurrent clients.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ImportReport } from '../server/import/import-report';
import { measureHttp, startApiServer, type LatencyRun } from './api-bench';
import { generateIcewsFile } from './generate-icews';
import { runIngestCli, runJsonCli } from './ingest-bench';
import { PairSummary } from '../server/services/pair-summary';
import { neo4jVersion, startBenchDatabase, type BenchDatabase } from './local-db';
import {
  atMost,
  fig,
  latencyFigures,
  renderSection,
  writeSection,
  type BenchReport,
  type Figure,
} from './report';

type ImportCliReport = ImportReport & { peakMemoryBytes: number };

/** The size the floors are set for; other sizes are shown unjudged. */
const TARGET_ROWS = 1_000_000;
const SMOKE_ROWS = 2_000;
const CONCURRENCY = 4;
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
const REPORT_FILE = path.join(__dirname, '..', 'BENCHMARKS.md');

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** True for `--only import`. */
export function onlyImport(argv: readonly string[]): boolean {
  const index = argv.indexOf('--only');
  return index >= 0 && argv[index + 1] === 'import';
}

function rowsArgument(argv: readonly string[]): number {
  const index = argv.indexOf('--rows');
  const rows = index >= 0 ? Number(argv[index + 1]) : 100_000;
  if (!Number.isInteger(rows) || rows < 100) throw new Error('--rows must be a whole number from 100');
  return rows;
}

/** An empty data folder (an empty registry, no curated source) to import into. */
async function emptyDataFolder(dir: string): Promise<string> {
  const dataDir = path.join(dir, 'data');
  await mkdir(path.join(dataDir, 'sources'), { recursive: true });
  await writeFile(path.join(dataDir, 'actors.yaml'), 'actors: []\n');
  return dataDir;
}

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(`bench assertion failed: ${message}`);
}

/** The five actors with the most claims: the hubs whose subgraphs are the heaviest. */
async function hubIds(bench: BenchDatabase): Promise<string[]> {
  const { rows } = await bench.db.run(
    'MATCH (actor:Actor) RETURN actor.id AS id ORDER BY COUNT { (actor)--() } DESC LIMIT 5',
    {},
    'READ',
  );
  return rows.map((row) => String(row.id));
}

/** One request alone, timed from the bench (seconds when a case has no answer within a run). */
async function oneRequest(baseUrl: string, address: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(new URL(address, baseUrl));
  const body = await response.text();
  if (!response.ok) throw new Error(`${address}: HTTP ${response.status} ${body.slice(0, 500)}`);
  return performance.now() - started;
}

/**
 * The per-pair summary the API computes once per corpus version, read here as the server reads it: how long it
 * takes, how many aggregated edges it holds and about how much heap they take (the growth of the bench's heap
 * while it holds them, after a collection when Node exposes one).
 */
async function summaryFigures(bench: BenchDatabase): Promise<Figure[]> {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const summary = await PairSummary.read(bench.db);
  const readMs = performance.now() - started;
  collect?.();
  const heldBytes = process.memoryUsage().heapUsed - heapBefore;
  return [
    fig('per-pair summary: computed once per corpus version (read every claim)', [readMs], 'ms'),
    fig('per-pair summary: aggregated edges held', [summary.size], 'edges'),
    fig('per-pair summary: heap held (approximate)', [heldBytes / MIB], 'MiB'),
  ];
}

async function apiFigures(bench: BenchDatabase, runs: number, seconds: number, judged: boolean) {
  const hubs = await hubIds(bench);
  const notes: string[] = [];
  log('per-pair summary');
  const figures: Figure[] = await summaryFigures(bench);
  const server = await startApiServer(bench.uri);
  const cases = [
    {
      name: 'aggregated subgraph depth 2, 5 hubs, limit 200 (aggregate=pair)',
      paths: hubs.map((id) => `/api/subgraph?center=${id}&depth=2&limit=200&aggregate=pair`),
      target: atMost('<= 20 ms', 20),
    },
    {
      name: 'claim-level subgraph depth 2, same hubs, limit 200',
      paths: hubs.map((id) => `/api/subgraph?center=${id}&depth=2&limit=200`),
    },
    { name: 'GET /api/meta', paths: ['/api/meta'] },
  ];
  try {
    for (const item of cases) {
      log(`API: ${item.name}`);
      const alone = await oneRequest(server.baseUrl, item.paths[0] ?? '/');
      figures.push(fig(`${item.name}: one request alone (first address, cold)`, [alone], 'ms'));
      const measured: LatencyRun[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await measureHttp(server.baseUrl, item.paths, CONCURRENCY, seconds);
        // With no request answered within the run, autocannon's percentiles read 0: that is no figure.
        if (result.requestsPerSecond === 0)
          notes.push(`${item.name}: no answer within ${seconds} s with ${CONCURRENCY} clients`);
        else measured.push(result);
      }
      if (measured.length === 0) continue;
      figures.push(
        ...latencyFigures(`${item.name}: HTTP`, measured, 'req/s', {
          p50: judged ? item.target : undefined,
        }),
      );
    }
  } finally {
    await server.stop();
  }
  return { hubs, figures, notes };
}

/** Imports, ingests and queries `rows` generated rows; returns the report section. */
async function measureImport(
  rows: number,
  smoke: boolean,
  importAlone = false,
): Promise<BenchReport | undefined> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-bench-import-'));
  let bench: BenchDatabase | undefined;
  try {
    const eventFile = path.join(workDir, 'icews-events.tab');
    log(`generating ${rows} ICEWS-shaped rows (seed 42) in ${eventFile}`);
    const shape = await generateIcewsFile(eventFile, rows);
    const dataDir = await emptyDataFolder(workDir);
    const intoDir = path.join(dataDir, 'imported');
    const importArgs = ['import', '--', 'icews', eventFile, '--into', intoDir, '--json'];
    log('npm run import');
    const first = await runJsonCli<ImportCliReport>(importArgs);
    const claims = first.report.eventsImported;
    const collections = (await readdir(path.join(intoDir, 'sources'))).length;
    if (importAlone) {
      process.stdout.write(
        `${JSON.stringify({ rows, shape, collections, totalMs: first.totalMs, rowsPerSecond: rows / (first.totalMs / 1000), ...first.report, files: undefined })}\n`,
      );
      return undefined;
    }
    log('starting a throw-away Neo4j');
    bench = await startBenchDatabase('4g', '1g');
    log('npm run ingest of the imported folder');
    const ingested = await runIngestCli(bench.uri, dataDir);
    assert(ingested.report.claims.added === claims, `ingested ${ingested.report.claims.added} of ${claims}`);
    log('npm run import of the same file again');
    const again = await runJsonCli<ImportCliReport>(importArgs);
    assert(again.report.eventsImported === 0, `re-import made ${again.report.eventsImported} claims`);
    const runs = smoke ? 1 : 2;
    const judged = rows === TARGET_ROWS;
    const api = await apiFigures(bench, runs, smoke ? 2 : 10, judged);
    const importMs = first.totalMs;
    const ingestMs = ingested.totalMs;
    const cpus = os.cpus();
    return {
      claims: rows,
      heading: `Importing ${rows.toLocaleString('en-US')} ICEWS-shaped rows`,
      context: [
        `run ${new Date().toISOString()}; file: ${shape.rows} rows in ${shape.stories} stories over ${shape.days} days (bench/generate-icews.ts, seed 42)`,
        `imported: ${claims} claims, ${first.report.sources.created} sources in ${collections} collection files, ${first.report.actors.created} actors; hubs ${api.hubs.join(', ')}`,
        `machine: ${cpus[0]?.model ?? 'unknown CPU'} x ${cpus.length}, ${(os.totalmem() / GIB).toFixed(1)} GiB RAM, Node ${process.version}; load average at the end ${os.loadavg()[0]?.toFixed(1)}`,
        `database: ${await neo4jVersion(bench.db)}, embedded (neo4j-local), heap 4g, page cache 1g; API ${runs} x ${smoke ? 2 : 10} s per case, ${CONCURRENCY} concurrent clients`,
        ...(judged
          ? []
          : [`floors: set for ${TARGET_ROWS.toLocaleString('en-US')} rows, so not judged at this size`]),
      ],
      groups: [
        {
          title: 'Import and ingestion',
          figures: [
            fig('import (npm run import, whole process)', [importMs], 'ms'),
            fig('import speed', [rows / (importMs / 1000)], 'rows/s'),
            fig(
              'peak memory (RSS) of the import process',
              [first.report.peakMemoryBytes / GIB],
              'GiB',
              judged ? atMost('< 1 GiB', 1) : undefined,
            ),
            fig('ingestion of the imported folder (ready-made files)', [ingestMs], 'ms'),
            fig('ingestion speed', [claims / (ingestMs / 1000)], 'claims/s'),
            fig('peak memory (RSS) of the ingest process', [ingested.report.peakMemoryBytes / GIB], 'GiB'),
            fig(
              'import + ingestion / ingestion of the ready-made files',
              [(importMs + ingestMs) / ingestMs],
              'x',
              judged ? atMost('<= 2x', 2) : undefined,
            ),
            fig('the same file imported again (nothing changes)', [again.totalMs], 'ms'),
            fig('peak memory (RSS) of that re-import', [again.report.peakMemoryBytes / GIB], 'GiB'),
          ],
        },
        { title: 'API over the imported corpus', figures: api.figures },
      ],
      notes: api.notes,
    };
  } finally {
    await bench?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * `--only import [--rows N]`, or the smoke run's tiny import: measured, written to BENCHMARKS.md unless smoke.
 * `--import-alone` measures the import only (no database), printing its figures as JSON and writing nothing.
 */
export async function runImportPart(argv: readonly string[], smoke: boolean): Promise<string> {
  const rows = smoke ? SMOKE_ROWS : rowsArgument(argv);
  const report = await measureImport(rows, smoke, !smoke && argv.includes('--import-alone'));
  if (!report) return '';
  const section = renderSection(report);
  if (!smoke) await writeSection(REPORT_FILE, 'import', section);
  return section;
}

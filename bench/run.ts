// `npm run bench -- --claims <10000|100000|1000000>`: ingestion vs LOAD CSV, and API vs driver, into BENCHMARKS.md.
// `--smoke` (what CI runs): the smallest size, one short round of each, printed and not written anywhere.
// Then the viewer in headless Chromium next to bare Sigma (bench/viewer-bench.ts); `--only viewer` runs it alone,
// `--no-viewer` leaves it out. `--only import [--rows N]` measures importing event data (bench/import-bench.ts),
// which the smoke run also does at a tiny size.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { apiCases, measureDirect, measureHttp, startApiServer, type LatencyRun } from './api-bench';
import { generateCorpus } from './generate-corpus';
import { onlyImport, runImportPart } from './import-bench';
import { ingestRound, type IngestRound } from './ingest-bench';
import { loadCsvRound, writeCsvFiles, type LoadCsvRound } from './load-csv';
import { neo4jVersion, startBenchDatabase, type BenchDatabase } from './local-db';
import { atLeast, atMost, fig, latencyFigures, renderSection, writeReport, type Figure } from './report';
import { onlyViewer, runViewerOnly, runViewerPart } from './viewer-bench';

const SIZES = [10_000, 100_000, 1_000_000];
const PLAN: Record<number, { ingestRuns: number; apiRuns: number; seconds: number }> = {
  10_000: { ingestRuns: 3, apiRuns: 3, seconds: 5 },
  100_000: { ingestRuns: 2, apiRuns: 2, seconds: 5 },
  1_000_000: { ingestRuns: 2, apiRuns: 2, seconds: 5 },
};
const SMOKE_PLAN = { ingestRuns: 1, apiRuns: 1, seconds: 1 };
/** The size the targets are set for; smaller sizes show the same figures without judging them. */
const TARGET_CLAIMS = 1_000_000;
const CONCURRENCY = 4;
const GIB = 1024 ** 3;

function claimsArgument(argv: string[]): number {
  const index = argv.indexOf('--claims');
  const claims = index >= 0 ? Number(argv[index + 1]) : 10_000;
  if (!SIZES.includes(claims)) throw new Error(`--claims must be one of ${SIZES.join(', ')}`);
  return claims;
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const unjudged = (figures: Figure[]): Figure[] => figures.map(({ target: _target, ...figure }) => figure);

function ingestFigures(rounds: IngestRound[], csv: LoadCsvRound[]): Figure[] {
  const of = (pick: (r: IngestRound) => number) => rounds.map(pick);
  const ratio = rounds.map((r, i) => r.writeClaimsPerSecond / (csv[i] ?? csv[0])!.claimsPerSecond);
  return [
    fig(
      'first load: validate',
      of((r) => r.first.timings.validate),
      'ms',
    ),
    fig(
      'first load: readState (incl. schema)',
      of((r) => r.first.timings.readState),
      'ms',
    ),
    fig(
      'first load: write',
      of((r) => r.first.timings.write),
      'ms',
    ),
    fig(
      'first load: total',
      of((r) => r.firstTotalMs),
      'ms',
    ),
    fig(
      'write phase speed',
      of((r) => r.writeClaimsPerSecond),
      'claims/s',
      atLeast('>= 25,000 claims/s', 25_000),
    ),
    fig(
      'LOAD CSV (sources + actors + claims)',
      csv.map((c) => c.totalMs),
      'ms',
    ),
    fig(
      'LOAD CSV speed',
      csv.map((c) => c.claimsPerSecond),
      'claims/s',
    ),
    fig('write phase / LOAD CSV speed', ratio, 'x', atLeast('>= 0.5x', 0.5)),
    fig(
      'unchanged re-ingest: total',
      of((r) => r.reingestTotalMs),
      'ms',
    ),
    fig(
      'unchanged re-ingest: validate',
      of((r) => r.reingest.timings.validate),
      'ms',
    ),
    fig(
      'unchanged re-ingest: readState',
      of((r) => r.reingest.timings.readState),
      'ms',
    ),
    fig(
      'unchanged re-ingest: write',
      of((r) => r.reingest.timings.write),
      'ms',
    ),
    fig(
      're-ingest speed-up (first total / re-ingest total)',
      of((r) => r.firstTotalMs / r.reingestTotalMs),
      'x',
      atLeast('>= 3x', 3),
    ),
    fig(
      '1% edited re-ingest: total',
      of((r) => r.editedTotalMs),
      'ms',
    ),
    fig(
      '1% edited re-ingest: write',
      of((r) => r.edited.timings.write),
      'ms',
    ),
    fig(
      'peak memory (RSS) of the ingest process',
      of((r) => r.peakRssBytes / GIB),
      'GiB',
      atMost('< 2 GiB', 2),
    ),
  ];
}

async function apiFigures(
  bench: BenchDatabase,
  actors: number,
  runs: number,
  seconds: number,
): Promise<Figure[]> {
  const cases = await apiCases(bench.db, actors);
  const server = await startApiServer(bench.uri);
  const figures: Figure[] = [];
  try {
    for (const item of cases) {
      log(`API: ${item.name}`);
      await measureHttp(server.baseUrl, item.paths, CONCURRENCY, 1); // warm-up
      await measureDirect(item.direct, CONCURRENCY, 1);
      const http: LatencyRun[] = [];
      const direct: LatencyRun[] = [];
      for (let run = 0; run < runs; run += 1) {
        http.push(await measureHttp(server.baseUrl, item.paths, CONCURRENCY, seconds));
        direct.push(await measureDirect(item.direct, CONCURRENCY, seconds));
      }
      const subgraph = item.name.startsWith('subgraph');
      const aggregated = item.name.startsWith('aggregated');
      const search = item.name.startsWith('search');
      const p50Target = subgraph
        ? atMost('<= 10 ms', 10)
        : aggregated
          ? atMost('<= 20 ms', 20)
          : search
            ? atMost('<= 5 ms', 5)
            : undefined;
      figures.push(
        ...latencyFigures(`${item.name}: HTTP`, http, 'req/s', {
          p50: p50Target,
          p99: subgraph ? atMost('<= 60 ms', 60) : undefined,
        }),
        ...latencyFigures(`${item.name}: driver`, direct, 'calls/s'),
        fig(
          `${item.name}: API / driver (time per request)`,
          http.map((r, i) => direct[i]!.requestsPerSecond / r.requestsPerSecond),
          'x',
          subgraph ? atMost('<= 1.3x', 1.3) : undefined,
        ),
      );
    }
  } finally {
    await server.stop();
  }
  return figures;
}

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  if (onlyViewer(process.argv)) return runViewerOnly(smoke);
  if (onlyImport(process.argv)) {
    process.stdout.write(`${await runImportPart(process.argv, smoke)}\n`);
    return;
  }
  const claims = smoke ? 10_000 : claimsArgument(process.argv.slice(2));
  const plan = smoke ? SMOKE_PLAN : PLAN[claims]!;
  const corpusDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-bench-corpus-'));
  let bench: BenchDatabase | undefined;
  const cleanUp = async () => {
    await bench?.stop();
    await rm(corpusDir, { recursive: true, force: true });
  };
  const onSignal = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log(`generating ${claims} claims (seed 42) in ${corpusDir}`);
    const shape = await generateCorpus(corpusDir, { claims, seed: 42 });
    log('starting a throw-away Neo4j');
    bench = await startBenchDatabase('4g', '1g');
    await writeCsvFiles(corpusDir, bench.importDir);
    const csv: LoadCsvRound[] = [];
    const rounds: IngestRound[] = [];
    for (let run = 0; run < plan.ingestRuns; run += 1) {
      log(`LOAD CSV run ${run + 1}/${plan.ingestRuns}`);
      csv.push(await loadCsvRound(bench.db, bench.importDir, claims));
      log(`ingestion run ${run + 1}/${plan.ingestRuns}`);
      rounds.push(await ingestRound(bench, corpusDir, claims));
    }
    const notes: string[] = [];
    const api = await apiFigures(bench, shape.actors, plan.apiRuns, plan.seconds).catch((error: unknown) => {
      if (smoke) throw error;
      notes.push(`API measurement failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
    const cpus = os.cpus();
    const judge = claims === TARGET_CLAIMS ? (figures: Figure[]) => figures : unjudged;
    const report = {
      claims,
      heading: `${claims.toLocaleString('en-US')} claims`,
      context: [
        `run ${new Date().toISOString()}; corpus: ${shape.actors} actors, ${shape.sources} sources, ${shape.claims} claims`,
        `machine: ${cpus[0]?.model ?? 'unknown CPU'} x ${cpus.length}, ${(os.totalmem() / GIB).toFixed(1)} GiB RAM, Node ${process.version}`,
        `database: ${await neo4jVersion(bench.db)}, embedded (neo4j-local), heap 4g, page cache 1g`,
        `repeats: ${plan.ingestRuns} ingestion / LOAD CSV rounds; API ${plan.apiRuns} x ${plan.seconds} s per case, ${CONCURRENCY} concurrent clients`,
        ...(claims === TARGET_CLAIMS
          ? []
          : [`targets: set for ${TARGET_CLAIMS.toLocaleString('en-US')} claims, so not judged at this size`]),
      ],
      groups: [
        { title: 'Ingestion', figures: judge(ingestFigures(rounds, csv)) },
        { title: 'API (HTTP) and the same work through the driver', figures: judge(api) },
      ],
      notes,
    };
    if (!smoke) await writeReport(path.join(__dirname, '..', 'BENCHMARKS.md'), report);
    process.stdout.write(`${renderSection(report)}\n`);
    // The viewer's figures do not depend on the corpus size: `--no-viewer` reruns a size without them.
    if (!process.argv.includes('--no-viewer'))
      process.stdout.write(`${await runViewerPart(bench.db, smoke)}\n`);
    if (smoke) process.stdout.write(`${await runImportPart(process.argv, true)}\n`);
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

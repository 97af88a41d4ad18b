// `npx tsx bench/profile.ts`: where the time goes at 10k claims (claim writes, subgraph queries); notes into BENCHMARKS.md.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../server/db/database';
import { claimToCreate, graphRows } from '../server/ingest/graph-rows';
import { ingest } from '../server/ingest/ingest';
import { readCorpus } from '../server/ingest/read-corpus';
import { NO_FILTER } from '../server/model/claim-filter';
import { toNeo4jParams } from '../server/db/plain-values';
import { createServices } from '../server/services/services';
import { generateCorpus } from './generate-corpus';
import { startBenchDatabase, type BenchDatabase } from './local-db';
import { writeSection } from './report';

const CLAIMS = 10_000;
const BATCH = 5000;
const cypher = (name: string) => readFile(path.join(__dirname, '..', 'cypher', name), 'utf8');

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

interface WriteRate {
  claimsPerSecond: number;
  /** CPU time of this (the driver's) process per claim, in microseconds. */
  clientMicrosPerClaim: number;
}

/** Claims per second of one claim-writing query over all rows by `writers` sessions, after deleting every claim. */
async function claimWriteRate(
  db: Database,
  text: string,
  rows: Record<string, unknown>[],
  writers = 1,
): Promise<WriteRate> {
  await db.run('MATCH ()-[r]->() DELETE r', {}, 'WRITE');
  const cpu = process.cpuUsage();
  let next = 0;
  const { ms } = await timed(() =>
    Promise.all(
      Array.from({ length: writers }, async () => {
        while (next < rows.length) {
          const start = next;
          next += BATCH;
          await db.run(text, { rows: rows.slice(start, start + BATCH) }, 'WRITE');
        }
      }),
    ),
  );
  const used = process.cpuUsage(cpu);
  return {
    claimsPerSecond: rows.length / (ms / 1000),
    clientMicrosPerClaim: (used.user + used.system) / rows.length,
  };
}

interface PlanStep {
  operatorType: string;
  dbHits: number;
  children: PlanStep[];
}

/** Runs `text` under PROFILE in a transaction that is rolled back; db hits in all and by operator. */
async function profiledDbHits(
  db: Database,
  text: string,
  params: Record<string, unknown>,
): Promise<{ total: number; byOperator: string }> {
  const session = db.driver.session({ database: db.databaseName });
  const tx = session.beginTransaction();
  try {
    const result = await tx.run(`PROFILE ${text}`, toNeo4jParams(params) as Record<string, unknown>);
    const steps: PlanStep[] = [];
    const walk = (step: PlanStep) => {
      steps.push(step);
      step.children.forEach(walk);
    };
    walk(result.summary.profile as unknown as PlanStep);
    const busy = steps.filter((step) => step.dbHits > 0);
    return {
      total: busy.reduce((sum, step) => sum + step.dbHits, 0),
      byOperator: busy.map((step) => `${step.operatorType.split('@')[0]} ${step.dbHits}`).join(', '),
    };
  } finally {
    await tx.rollback();
    await session.close();
  }
}

const CLAIMS_OPTION = process.argv.indexOf('--claims');
const PROFILE_CLAIMS = CLAIMS_OPTION >= 0 ? Number(process.argv[CLAIMS_OPTION + 1]) : CLAIMS;

async function main(): Promise<void> {
  const corpusDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-profile-corpus-'));
  let bench: BenchDatabase | undefined;
  try {
    const shape = await generateCorpus(corpusDir, { claims: PROFILE_CLAIMS, seed: 42 });
    bench = await startBenchDatabase('4g', '1g');
    const db = bench.db;
    await ingest(db, corpusDir);
    const notes: string[] = [
      `## Where the time goes (bench/profile.ts, ${PROFILE_CLAIMS.toLocaleString('en-US')} claims)`,
      '',
    ];

    const services = createServices(db);
    const graphOn = await cypher('graph/graph-on.cypher');
    for (const [label, id, limit] of [
      ['hub actor-0, limit 200', 'actor-0', 200],
      [`ordinary actor-${shape.actors - 1}, limit 500`, `actor-${shape.actors - 1}`, 500],
    ] as const) {
      await services.graph.subgraph([id], 2, NO_FILTER, limit); // warm-up
      const whole = await timed(() => services.graph.subgraph([id], 2, NO_FILTER, limit));
      const ids = whole.value.nodes.map((node) => node.key);
      // The graph-on query alone, unfiltered, on the actors the subgraph returned.
      const amongParams = {
        ids,
        limit: 20_001,
        cheapDegree: 200,
        types: [],
        from: null,
        to: null,
        sources: [],
        certainty: [],
      };
      const among = await timed(() => db.run(graphOn, amongParams, 'READ'));
      const amongHits = await profiledDbHits(db, graphOn, amongParams);
      const bytes = JSON.stringify(whole.value).length;
      notes.push(
        `- subgraph depth 2 of ${label}: ${ids.length} actors and ${whole.value.edges.length} claims ` +
          `(${(bytes / 1e6).toFixed(1)} MB of JSON) in ${whole.ms.toFixed(0)} ms, one call alone; ` +
          `its graph-on query (actors and claims among them) alone takes ${among.ms.toFixed(0)} ms and ` +
          `${amongHits.total.toLocaleString('en-US')} db hits.`,
      );
    }

    const rows = graphRows(await readCorpus(corpusDir)).claims.map(claimToCreate);
    const shipOnly = "UNWIND $rows AS row WITH row WHERE row.from = '' RETURN count(*)";
    const bare =
      'UNWIND $rows AS row MATCH (a:Actor {id: row.from}) MATCH (b:Actor {id: row.to}) CREATE (a)-[:$(row.type)]->(b)';
    const staticType =
      'UNWIND $rows AS row MATCH (a:Actor {id: row.from}) MATCH (b:Actor {id: row.to}) CREATE (a)-[c:MEETS]->(b) SET c = row.properties';
    const full = await cypher('ingest/create-claims.cypher');
    const rates = {
      shipOnly: await claimWriteRate(db, shipOnly, rows),
      bare: await claimWriteRate(db, bare, rows),
      staticType: await claimWriteRate(db, staticType, rows),
      full: await claimWriteRate(db, full, rows),
      fullTwoWriters: await claimWriteRate(db, full, rows, 2),
    };
    const rate = ({ claimsPerSecond, clientMicrosPerClaim }: WriteRate) =>
      `${Math.round(claimsPerSecond).toLocaleString('en-US')} claims/s (driver side ${clientMicrosPerClaim.toFixed(0)} µs CPU per claim)`;
    const properties = Object.keys(rows[0]?.properties ?? {}).length;
    notes.push(
      `- claim writes in batches of ${BATCH} over the driver, one writer unless said: rows sent and unwound ` +
        `but nothing written ${rate(rates.shipOnly)}; bare dynamic-type CREATE without properties ` +
        `${rate(rates.bare)}; static type with SET of ${properties} properties ${rate(rates.staticType)}; ` +
        `create-claims.cypher (dynamic type, SET of ${properties} properties) ${rate(rates.full)}; the same ` +
        `by two writers at once (as ingestion does) ${rate(rates.fullTwoWriters)}.`,
    );
    const hits = await profiledDbHits(db, full, { rows: rows.slice(0, BATCH) });
    notes.push(
      `- PROFILE of create-claims.cypher on ${BATCH} claims (rolled back): ${(hits.total / BATCH).toFixed(1)} ` +
        `db hits per claim (${hits.byOperator}).`,
    );
    const body = notes.join('\n');
    await writeSection(path.join(__dirname, '..', 'BENCHMARKS.md'), 'profile', body);
    process.stdout.write(`${body}\n`);
  } finally {
    await bench?.stop();
    await rm(corpusDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

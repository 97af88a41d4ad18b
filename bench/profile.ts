// `npx tsx bench/profile.ts`: where the time goes at 10k claims (claim writes, subgraph queries); notes into BENCHMARKS.md.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../server/db/database';
import { graphRows } from '../server/ingest/graph-rows';
import { ingest } from '../server/ingest/ingest';
import { readCorpus } from '../server/ingest/read-corpus';
import { NO_FILTER } from '../server/model/claim-filter';
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

/** Claims per second of one claim-writing query over all rows, after deleting every claim. */
async function claimWriteRate(db: Database, text: string, rows: Record<string, unknown>[]): Promise<number> {
  await db.run('MATCH ()-[r]->() DELETE r', {}, 'WRITE');
  const { ms } = await timed(async () => {
    for (let start = 0; start < rows.length; start += BATCH) {
      await db.run(text, { rows: rows.slice(start, start + BATCH) }, 'WRITE');
    }
  });
  return rows.length / (ms / 1000);
}

async function main(): Promise<void> {
  const corpusDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-profile-corpus-'));
  let bench: BenchDatabase | undefined;
  try {
    const shape = await generateCorpus(corpusDir, { claims: CLAIMS, seed: 42 });
    bench = await startBenchDatabase('4g', '1g');
    const db = bench.db;
    await ingest(db, corpusDir);
    const notes: string[] = [
      `## Where the time goes (bench/profile.ts, ${CLAIMS.toLocaleString('en-US')} claims)`,
      '',
    ];

    const services = createServices(db);
    const graphOn = await cypher('graph/graph-on.cypher');
    for (const [label, id] of [
      ['hub actor-0, limit 200', 'actor-0'],
      [`ordinary actor-${shape.actors - 1}, limit 500`, `actor-${shape.actors - 1}`],
    ] as const) {
      const limit = id === 'actor-0' ? 200 : 500;
      await services.graph.subgraph([id], 2, NO_FILTER, limit); // warm-up
      const whole = await timed(() => services.graph.subgraph([id], 2, NO_FILTER, limit));
      const ids = whole.value.nodes.map((node) => node.key);
      const among = await timed(() =>
        db.run(
          graphOn,
          {
            ids,
            limit: 20_001,
            cheapDegree: 200,
            types: [],
            from: null,
            to: null,
            sources: [],
            certainty: [],
          },
          'READ',
        ),
      );
      const bytes = JSON.stringify(whole.value).length;
      notes.push(
        `- subgraph depth 2 of ${label}: ${ids.length} actors and ${whole.value.edges.length} claims ` +
          `(${(bytes / 1e6).toFixed(1)} MB of JSON) in ${whole.ms.toFixed(0)} ms, one call alone; ` +
          `its graph-on query (actors and claims among them) alone takes ${among.ms.toFixed(0)} ms.`,
      );
    }

    const rows = graphRows(await readCorpus(corpusDir)).claims.map((row) => ({
      type: row.type,
      from: row.from,
      to: row.to,
      properties: row.properties,
    }));
    const bare =
      'UNWIND $rows AS row MATCH (a:Actor {id: row.from}) MATCH (b:Actor {id: row.to}) CREATE (a)-[:$(row.type)]->(b)';
    const staticType =
      'UNWIND $rows AS row MATCH (a:Actor {id: row.from}) MATCH (b:Actor {id: row.to}) CREATE (a)-[c:MEETS]->(b) SET c = row.properties';
    const full = await cypher('ingest/create-claims.cypher');
    const rates = {
      bare: await claimWriteRate(db, bare, rows),
      staticType: await claimWriteRate(db, staticType, rows),
      full: await claimWriteRate(db, full, rows),
    };
    const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')} claims/s`;
    notes.push(
      `- claim writes in batches of ${BATCH} over the driver: create-claims.cypher (dynamic type, SET of ` +
        `${Object.keys(rows[0]?.properties ?? {}).length} properties) ${rate(rates.full)}; the same with a ` +
        `static type ${rate(rates.staticType)}; bare dynamic-type CREATE without properties ${rate(rates.bare)}.`,
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

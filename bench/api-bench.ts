// API latency over real HTTP (autocannon, the app in its own process) next to the same work through the driver.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Database } from '../server/db/database';
import { NO_FILTER } from '../server/model/claim-filter';
import { createServices } from '../server/services/services';
import { percentile } from './stats';

export interface LatencyRun {
  p50: number;
  p99: number;
  requestsPerSecond: number;
}

export interface ApiCase {
  name: string;
  /** The requests, taken in turn by each client (several actors, so no single answer stays hot). */
  paths: string[];
  /** The same work as the i-th request, called on the services directly. */
  direct: (i: number) => Promise<unknown>;
}

export interface ApiServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Starts bench/api-server.ts over `uri` in a child process. */
export function startApiServer(uri: string): Promise<ApiServer> {
  const script = path.join(__dirname, 'api-server.ts');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script, uri], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.once('exit', (code) => reject(new Error(`api-server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n')[0];
      if (!buffered.includes('\n') || !line) return;
      const { port } = JSON.parse(line) as { port: number };
      resolve({ baseUrl: `http://127.0.0.1:${port}`, stop });
    });
  });
}

/**
 * `connections` concurrent HTTP clients sending `paths` in turn for `seconds`, accepting compressed answers as the
 * viewer's browser does; fails on any non-2xx or error.
 */
export async function measureHttp(
  baseUrl: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<LatencyRun> {
  const result = await autocannon({
    url: baseUrl,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    connections,
    duration: seconds,
    timeout: 120,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${paths[0]}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} time-outs`,
    );
  }
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.total / (result.duration || seconds),
  };
}

/** `concurrency` loops calling `work` (with the request number of each loop) back to back for `seconds`. */
export async function measureDirect(
  work: (i: number) => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<LatencyRun> {
  const samples: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    for (let i = 0; performance.now() < deadline; i += 1) {
      const t0 = performance.now();
      await work(i);
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    requestsPerSecond: samples.length / elapsed,
  };
}

/** `count` actors spread over the tail of the generated corpus (its last indexes have the fewest claims). */
function ordinaryActors(actorCount: number, count: number): string[] {
  const step = Math.max(1, Math.floor(actorCount / (2 * count)));
  return Array.from({ length: count }, (_, k) => `actor-${actorCount - 1 - k * step}`);
}

/** The measured requests, each over several actors; ids and name prefixes are read from the graph. */
export async function apiCases(db: Database, actorCount: number): Promise<ApiCase[]> {
  const services = createServices(db);
  const hubs = ['actor-0', 'actor-1', 'actor-2', 'actor-3', 'actor-4'];
  const ordinary = ordinaryActors(actorCount, 20);
  const middle = ordinaryActors(Math.floor(actorCount / 2), 20);
  const { rows } = await db.run(
    'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.name AS name',
    { ids: ['actor-5', 'actor-17', 'actor-50', 'actor-333'] },
    'READ',
  );
  const prefixes = rows.map((row) => String(row.name).slice(0, 3));
  const words = rows.map((row) => String(row.name).split(' ')[0] ?? '');
  const at = <T>(list: T[], i: number) => list[i % list.length] as T;
  const subgraphCase = (name: string, ids: string[], limit: number): ApiCase => ({
    name,
    paths: ids.map((id) => `/api/subgraph?center=${id}&depth=2&limit=${limit}`),
    direct: (i) => services.graph.subgraph([at(ids, i)], 2, NO_FILTER, limit),
  });
  const searchCase = (name: string, texts: string[]): ApiCase => ({
    name,
    paths: texts.map((text) => `/api/actors?q=${encodeURIComponent(text)}`),
    direct: (i) => services.actors.search(at(texts, i), 10),
  });
  return [
    subgraphCase('subgraph depth 2, 5 hubs, limit 200', hubs, 200),
    {
      name: 'aggregated subgraph depth 2, 5 hubs, limit 200 (aggregate=pair)',
      paths: hubs.map((id) => `/api/subgraph?center=${id}&depth=2&limit=200&aggregate=pair`),
      direct: (i) => services.graph.subgraph([at(hubs, i)], 2, NO_FILTER, 200, 'pairs'),
    },
    subgraphCase("subgraph depth 2, 20 ordinary actors, limit 300 (the viewer's)", ordinary, 300),
    subgraphCase('subgraph depth 2, 20 ordinary actors, limit 50', ordinary, 50),
    searchCase('search, 3-letter prefixes', prefixes),
    searchCase('search, whole words', words),
    {
      name: 'paths, 20 ordinary to middle actors',
      paths: ordinary.map((id, i) => `/api/paths?from=${id}&to=${at(middle, i)}`),
      direct: (i) => services.graph.shortestPaths(at(ordinary, i), at(middle, i), 4, NO_FILTER, 10),
    },
  ];
}

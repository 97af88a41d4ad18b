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
  path: string;
  /** The same work called on the services directly. */
  direct: () => Promise<unknown>;
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

/** `connections` concurrent HTTP clients for `seconds`; fails on any non-2xx answer or error. */
export async function measureHttp(url: string, connections: number, seconds: number): Promise<LatencyRun> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 120 });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} time-outs`,
    );
  }
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.total / (result.duration || seconds),
  };
}

/** `concurrency` loops calling `work` back to back for `seconds`. */
export async function measureDirect(
  work: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<LatencyRun> {
  const samples: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await work();
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

/** The four measured requests, with ids and a name prefix read from the graph. */
export async function apiCases(db: Database, actorCount: number): Promise<ApiCase[]> {
  const services = createServices(db);
  const hub = 'actor-0';
  const ordinary = `actor-${actorCount - 1}`;
  const middle = `actor-${Math.floor(actorCount / 2)}`;
  const { rows } = await db.run('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: 'actor-5' }, 'READ');
  const prefix = String(rows[0]?.name ?? 'Ka').slice(0, 3);
  return [
    {
      name: 'subgraph hub depth 2 limit 200',
      path: `/api/subgraph?center=${hub}&depth=2&limit=200`,
      direct: () => services.graph.subgraph([hub], 2, NO_FILTER, 200),
    },
    {
      name: 'subgraph ordinary depth 2',
      path: `/api/subgraph?center=${ordinary}&depth=2`,
      direct: () => services.graph.subgraph([ordinary], 2, NO_FILTER, 500),
    },
    {
      name: `search q=${prefix}`,
      path: `/api/actors?q=${encodeURIComponent(prefix)}`,
      direct: () => services.actors.search(prefix, 10),
    },
    {
      name: 'paths ordinary to middle',
      path: `/api/paths?from=${ordinary}&to=${middle}`,
      direct: () => services.graph.shortestPaths(ordinary, middle, 4, NO_FILTER, 10),
    },
  ];
}

// Starts a throw-away local Neo4j for the test run, on a free port with its own temporary data folder (so two
// runs never share one), unless NEO4J_TEST_URI names an existing server.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { localNeo4jStatus, startLocalNeo4j } from '../../neo4j-local/runtime';
import { freePort } from './free-port';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  const dataDir = process.env.NEO4J_TEST_DATA_DIR
    ? path.resolve(process.env.NEO4J_TEST_DATA_DIR)
    : await mkdtemp(path.join(os.tmpdir(), 'actorgraph-test-neo4j-'));
  if ((await localNeo4jStatus({ dataDir })).running) {
    throw new Error(
      `a Neo4j is already running on ${dataDir}: another test run uses it; unset NEO4J_TEST_DATA_DIR or stop it`,
    );
  }
  const port = process.env.NEO4J_TEST_PORT ? Number(process.env.NEO4J_TEST_PORT) : await freePort();
  const started = await startLocalNeo4j({
    port,
    dataDir,
    heap: '1g',
    pageCache: '256m',
    log: (line: string) => process.stdout.write(`\n[test neo4j] ${line}`),
  });
  Object.assign(process.env, {
    NEO4J_TEST_URI: started.uri,
    NEO4J_TEST_PORT: String(port),
    NEO4J_TEST_DATA_DIR: dataDir,
    NEO4J_TEST_STARTED: 'yes',
  });
}

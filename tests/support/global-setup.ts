// Starts a throw-away local Neo4j for the test run (its own port and data folder), unless NEO4J_TEST_URI names one.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startLocalNeo4j } from '../../neo4j-local/runtime';
import { TEST_DATA_DIR, TEST_PORT } from './test-neo4j';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  const dataDir = path.resolve(TEST_DATA_DIR);
  await rm(dataDir, { recursive: true, force: true });
  const started = await startLocalNeo4j({
    port: TEST_PORT,
    dataDir,
    heap: '1g',
    pageCache: '256m',
    log: (line) => process.stdout.write(`\n[test neo4j] ${line}`),
  });
  process.env.NEO4J_TEST_URI = started.uri;
  process.env.NEO4J_TEST_STARTED = 'yes';
}

// Stops the throw-away Neo4j that the global setup started (leaves a user-provided NEO4J_TEST_URI alone).
import path from 'node:path';
import { stopLocalNeo4j } from '../../neo4j-local/runtime';
import { TEST_DATA_DIR } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  if (process.env.NEO4J_TEST_STARTED !== 'yes') return;
  await stopLocalNeo4j({ dataDir: path.resolve(TEST_DATA_DIR) });
}

// Stops the throw-away Neo4j that the global setup started and removes its data (a user-provided
// NEO4J_TEST_URI is left alone).
import { rm } from 'node:fs/promises';
import { stopLocalNeo4j } from '../../neo4j-local/runtime';

export default async function globalTeardown(): Promise<void> {
  const dataDir = process.env.NEO4J_TEST_DATA_DIR;
  if (process.env.NEO4J_TEST_STARTED !== 'yes' || !dataDir) return;
  await stopLocalNeo4j({ dataDir });
  await rm(dataDir, { recursive: true, force: true });
}

// For command-line tools: reach the configured Neo4j, starting the local runtime first when no NEO4J_URI is set.
import type { Config } from '../config/config';
import { connectDatabase, type Database } from '../db/database';
import { startLocalNeo4j } from '../../neo4j-local/runtime';

/** Connects to Neo4j; in local mode starts the embedded runtime (or reuses a running one) before connecting. */
export async function openDatabase(config: Readonly<Config>, log: (line: string) => void): Promise<Database> {
  const { neo4j } = config;
  if (neo4j.mode === 'local') {
    const started = await startLocalNeo4j({
      port: neo4j.localPort,
      dataDir: neo4j.localDataDir,
      heap: neo4j.localHeap,
      log,
    });
    log(
      started.alreadyRunning
        ? `Using the local Neo4j already running at ${started.uri}`
        : `Started the local Neo4j at ${started.uri} (data in ${neo4j.localDataDir}; stop it with npm run db:stop)`,
    );
  }
  try {
    return await connectDatabase(neo4j);
  } catch (error) {
    throw new CliError(
      `cannot reach Neo4j at ${neo4j.uri} (${(error as Error).message}): check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD`,
    );
  }
}

/** An error a command line reports as one line, without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}

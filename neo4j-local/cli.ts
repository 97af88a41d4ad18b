// Command line for the local Neo4j: `tsx neo4j-local/cli.ts start|stop|status` (npm run db:start / db:stop / db:status).
import { loadDotEnv } from '../server/cli/run-cli';
import { ConfigError, loadConfig, type Neo4jConfig } from '../server/config/config';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './runtime';

const USAGE = 'usage: tsx neo4j-local/cli.ts start|stop|status';

async function start(neo4j: Neo4jConfig): Promise<string> {
  const started = await startLocalNeo4j({
    port: neo4j.localPort,
    dataDir: neo4j.localDataDir,
    heap: neo4j.localHeap,
    log: (line) => console.log(line),
  });
  const verb = started.alreadyRunning ? 'was already running' : 'is running';
  return `Neo4j ${verb} at ${started.uri} (pid ${started.pid}, data in ${neo4j.localDataDir})`;
}

async function stop(neo4j: Neo4jConfig): Promise<string> {
  const stopped = await stopLocalNeo4j({ dataDir: neo4j.localDataDir });
  return stopped
    ? `Neo4j stopped (data in ${neo4j.localDataDir})`
    : `Neo4j was not running (data in ${neo4j.localDataDir})`;
}

async function status(neo4j: Neo4jConfig): Promise<string> {
  const current = await localNeo4jStatus({ dataDir: neo4j.localDataDir });
  return current.running
    ? `Neo4j is running at ${current.uri} (pid ${current.pid}, data in ${neo4j.localDataDir})`
    : `Neo4j is not running (data in ${neo4j.localDataDir}); start it with \`npm run db:start\``;
}

const COMMANDS: Record<string, (neo4j: Neo4jConfig) => Promise<string>> = { start, stop, status };

async function main(args: string[]): Promise<void> {
  const command = args[0] !== undefined ? COMMANDS[args[0]] : undefined;
  if (!command || args.length > 1) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  loadDotEnv();
  const { neo4j } = loadConfig();
  if (neo4j.mode === 'external') {
    console.log(`actorgraph uses the Neo4j server at NEO4J_URI=${neo4j.uri}; the local Neo4j is not used.`);
    return;
  }
  console.log(await command(neo4j));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(`actorgraph: ${error.message}`);
    process.exit(1);
  }
  throw error;
});

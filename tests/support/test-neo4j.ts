// The test database: where it is, how to connect, how to empty it and how to dump it for comparisons.
import { loadConfig } from '../../server/config/config';
import { connectDatabase, type Database } from '../../server/db/database';

/** The local test Neo4j the global setup started: its port and data folder (absent with NEO4J_TEST_URI). */
export function testNeo4jRuntime(): { port: number; dataDir: string } | undefined {
  if (process.env.NEO4J_TEST_STARTED !== 'yes') return undefined;
  return { port: Number(process.env.NEO4J_TEST_PORT), dataDir: process.env.NEO4J_TEST_DATA_DIR as string };
}

/** The configuration the tests run with: the test database, whatever the user's environment says. */
export function testConfig() {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri)
    throw new Error(
      'NEO4J_TEST_URI is unset: integration tests run through jest, whose global setup starts Neo4j',
    );
  return loadConfig({
    NEO4J_URI: uri,
    NEO4J_USER: process.env.NEO4J_TEST_USER,
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD,
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE,
    LOG_LEVEL: 'silent',
  });
}

export function openTestDatabase(): Promise<Database> {
  return connectDatabase(testConfig().neo4j);
}

/** Deletes every node and relationship (the schema stays). */
export async function emptyDatabase(db: Database): Promise<void> {
  await db.run('MATCH (n) DETACH DELETE n', {}, 'WRITE');
}

/**
 * Every node (but the bookkeeping: migrations, the corpus version) and relationship, in a stable order: equal
 * dumps, equal graphs.
 */
export async function dumpGraph(db: Database): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const nodes = await db.run(
    `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:CorpusVersion
     RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
    {},
    'READ',
  );
  const relationships = await db.run(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties ORDER BY r.id, from, to`,
    {},
    'READ',
  );
  return { nodes: nodes.rows, relationships: relationships.rows };
}

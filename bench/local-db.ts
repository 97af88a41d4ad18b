// A throw-away local Neo4j for one bench run: free port, temp data folder, always stopped and removed.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j-local/runtime';
import { loadConfig } from '../server/config/config';
import { connectDatabase, type Database } from '../server/db/database';

export interface BenchDatabase {
  db: Database;
  uri: string;
  dataDir: string;
  /** Folder for LOAD CSV's files, read through absolute `file://` URLs (the embedded runtime allows them). */
  importDir: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts Neo4j in a new temp folder; `stop` stops it and deletes the folder (safe to call twice). */
export async function startBenchDatabase(heap: string, pageCache: string): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-bench-neo4j-'));
  let stopped = false;
  let db: Database | undefined;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await db?.close().catch(() => {});
    await stopLocalNeo4j({ dataDir }).catch(() => false);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const { uri } = await startLocalNeo4j({ port, dataDir, heap, pageCache });
    db = await connectDatabase(loadConfig({ NEO4J_URI: uri }).neo4j);
    return { db, uri, dataDir, importDir: path.join(dataDir, 'csv-import'), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Deletes every relationship, then every node, in batches (auto-commit, so IN TRANSACTIONS is allowed). */
export async function emptyDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.databaseName });
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 50000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 50000 ROWS');
  } finally {
    await session.close();
  }
}

/** Neo4j's name, version and edition from `dbms.components()`. */
export async function neo4jVersion(db: Database): Promise<string> {
  const { rows } = await db.run(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    {},
    'READ',
  );
  const row = rows[0];
  if (!row) return 'unknown';
  return `${String(row.name)} ${(row.versions as string[]).join(', ')} ${String(row.edition)}`;
}

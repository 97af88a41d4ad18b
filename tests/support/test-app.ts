// The real app over the real test Neo4j, loaded with a corpus, for tests through HTTP (supertest).
import path from 'node:path';
import pino from 'pino';
import type { Express } from 'express';
import type { Database } from '../../server/db/database';
import { createApp } from '../../server/http/app';
import { ingest } from '../../server/ingest/ingest';
import { createServices, type ServiceOptions } from '../../server/services/services';
import { FIXTURES } from './corpus-copy';
import { emptyDatabase, openTestDatabase } from './test-neo4j';

export const CURATED_DATA = path.join(__dirname, '..', '..', 'data');

export interface TestApp {
  app: Express;
  db: Database;
  close(): Promise<void>;
}

/**
 * Empties the test database, ingests `corpus` (a fixture name or a folder) and builds the app over it; `options`
 * give the services a data folder to curate (a temporary copy, never the fixtures themselves).
 */
export async function startTestApp(corpus: string, options: ServiceOptions = {}): Promise<TestApp> {
  const db = await openTestDatabase();
  await emptyDatabase(db);
  const folder = corpus.includes(path.sep) ? corpus : path.join(FIXTURES, corpus);
  await ingest(db, folder);
  const services = createServices(db, { dataDir: folder, ...options });
  const app = createApp({ services, logger: pino({ level: 'silent' }) });
  return { app, db, close: () => db.close() };
}

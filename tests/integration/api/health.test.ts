// The health check when Neo4j cannot be reached: a 503 that keeps the database's address out of the answer and
// puts the reason in the log.
import neo4j from 'neo4j-driver';
import pino from 'pino';
import request from 'supertest';
import { Writable } from 'node:stream';
import type { Express } from 'express';
import { Database } from '../../../server/db/database';
import { createApp } from '../../../server/http/app';
import { createServices } from '../../../server/services/services';
import { freePort } from '../../support/free-port';

let db: Database;
let app: Express;
let port: number;
const logLines: string[] = [];

beforeAll(async () => {
  // A real driver aimed at a loopback port where nothing listens: Neo4j is down.
  port = await freePort();
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 0,
  });
  db = new Database(driver, 'neo4j', {
    mode: 'external',
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: '',
    database: 'neo4j',
    localPort: port,
    localDataDir: '.neo4j',
    localHeap: '1g',
  });
  const log = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = createApp({ services: createServices(db), logger: pino({ level: 'info' }, log) });
});

afterAll(async () => {
  await db.close();
});

describe('GET /api/health when Neo4j is down', () => {
  it('when Neo4j cannot be reached, then 503 says so without its address, and the log keeps the reason', async () => {
    const response = await request(app).get('/api/health').expect(503);
    expect(response.body).toEqual({
      error: {
        code: 'database_unavailable',
        message: 'Neo4j is not answering; the request can be retried once it is back',
      },
    });
    const answer = JSON.stringify(response.body) + JSON.stringify(response.headers);
    expect(answer).not.toContain(String(port));
    expect(answer).not.toMatch(/127\.0\.0\.1|bolt:|ECONNREFUSED/);
    const logged = logLines.join('');
    expect(logged).toContain('health check: Neo4j is not answering');
    expect(logged).toContain(String(port));
  });
});

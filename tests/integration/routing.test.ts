// What a cluster or Aura user relies on, exercised on the single test server: a routing (neo4j://) URI,
// reads sent in read transactions (so a cluster may route them to followers), and bookmarks that let a
// read see the writes this process made just before.
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../server/config/config';
import { connectDatabase, type Database } from '../../server/db/database';
import { runReadOnly } from '../../server/db/read-only-query';
import { createApp } from '../../server/http/app';
import { ingest } from '../../server/ingest/ingest';
import { createServices } from '../../server/services/services';
import { FIXTURES } from '../support/corpus-copy';
import { emptyDatabase, testConfig } from '../support/test-neo4j';

/** The test server's address with the routing scheme the driver uses for clusters and Aura. */
function routingUri(): string {
  const { uri } = testConfig().neo4j;
  return uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, (_, _scheme, secure: string | undefined) => {
    return `neo4j${secure ?? ''}://`;
  });
}

let db: Database;

beforeAll(async () => {
  const base = testConfig();
  const config = loadConfig({
    NEO4J_URI: routingUri(),
    NEO4J_USER: base.neo4j.user,
    NEO4J_PASSWORD: base.neo4j.password,
    NEO4J_DATABASE: base.neo4j.database,
    LOG_LEVEL: 'silent',
  });
  db = await connectDatabase(config.neo4j);
  await emptyDatabase(db);
});

afterAll(async () => {
  await db.close();
});

describe('a routing URI, read routing and bookmarks', () => {
  it('when ingestion and the API run over neo4j://, then the routed driver loads and serves the graph', async () => {
    expect(routingUri()).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const report = await ingest(db, path.join(FIXTURES, 'small'));
    expect(report.claims.added).toBeGreaterThan(0);

    const app = createApp({ services: createServices(db), logger: pino({ level: 'silent' }) });
    const response = await request(app)
      .get('/api/subgraph')
      .query({ center: 'alice-leader', depth: 1 })
      .expect(200);
    expect(response.body.nodes.map((node: { key: string }) => node.key)).toContain('northland');
  });

  it('when ingestion has written, then the shared bookmark manager holds its bookmark for later reads', async () => {
    const bookmarks = [...(await db.driver.executeQueryBookmarkManager.getBookmarks())];
    expect(bookmarks.length).toBeGreaterThan(0);
    const result = await runReadOnly(
      db,
      'MATCH (a:Actor) RETURN count(a) AS actors',
      {},
      {
        timeoutMs: 5_000,
        maxRows: 10,
      },
    );
    expect(result.rows[0]?.actors).toBeGreaterThan(0);
  });

  it('when a write is sent as a read, then the server refuses it, so reads can go to followers safely', async () => {
    await expect(db.run('CREATE (:RoutingProbe)', {}, 'READ')).rejects.toThrow(/read/i);
    const { rows } = await db.run('MATCH (n:RoutingProbe) RETURN count(n) AS probes', {}, 'READ');
    expect(rows[0]?.probes).toBe(0);
  });
});

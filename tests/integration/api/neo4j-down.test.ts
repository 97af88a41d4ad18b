// When Neo4j goes away the API answers 503 without its internals, and recovers by itself when it is back.
import request from 'supertest';
import { startLocalNeo4j, stopLocalNeo4j } from '../../../neo4j-local/runtime';
import { testNeo4jRuntime } from '../../support/test-neo4j';
import { startTestApp, type TestApp } from '../../support/test-app';

const runtime = testNeo4jRuntime();
const restart = () => runtime && startLocalNeo4j({ ...runtime, heap: '1g', pageCache: '256m' });

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp('small');
});

afterAll(async () => {
  await restart();
  await testApp.close();
});

// Only when the test run started its own Neo4j: a user-provided NEO4J_TEST_URI is never stopped.
(runtime ? it : it.skip)(
  'when Neo4j stops, then requests get 503 without its internals, and when it is back they succeed again',
  async () => {
    await request(testApp.app).get('/api/graph').expect(200);
    await stopLocalNeo4j({ dataDir: runtime?.dataDir as string });

    const health = await request(testApp.app).get('/api/health').expect(503);
    expect(health.body.error).toEqual({
      code: 'database_unavailable',
      message: 'Neo4j is not answering; the request can be retried once it is back',
    });
    const graph = await request(testApp.app).get('/api/graph').expect(503);
    expect(graph.body.error.code).toBe('database_unavailable');
    const search = await request(testApp.app).get('/api/actors?q=alice').expect(503);
    expect(search.body.error.code).toBe('database_unavailable');
    const consoleAnswer = await request(testApp.app)
      .post('/api/cypher')
      .send({ query: 'RETURN 1 AS one' })
      .expect(503);
    expect(consoleAnswer.body.error.code).toBe('database_unavailable');

    await restart();
    await request(testApp.app).get('/api/health').expect(200);
    const back = await request(testApp.app).get('/api/graph').expect(200);
    expect(back.body.nodes).toHaveLength(4);
  },
  240_000,
);

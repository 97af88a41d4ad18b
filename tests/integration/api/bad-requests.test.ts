// Malformed requests: every bad parameter gets a 4xx naming it, never a 500 or a stack trace; injection attempts
// through every text parameter leave the graph unchanged.
import request from 'supertest';
import { dumpGraph } from '../../support/test-neo4j';
import { startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp('small');
});

afterAll(async () => {
  await testApp.close();
});

/** One more centre than a selection may have (valid ids: the count alone is wrong). */
const TOO_MANY_CENTERS = Array.from({ length: 51 }, (_, index) => `actor-${index}`);

const BAD_PARAMETERS: Array<[string, string]> = [
  ['/api/subgraph?center=northland&depth=abc', 'depth'],
  ['/api/subgraph?center=northland&depth=9', 'depth'],
  ['/api/subgraph?center=northland&depth=0', 'depth'],
  ['/api/subgraph?center=northland&depth=1.5', 'depth'],
  ['/api/subgraph', 'center'],
  ['/api/subgraph?center=Not An Id', 'center'],
  [`/api/subgraph?center=${TOO_MANY_CENTERS.join(',')}`, 'center'],
  [`/api/subgraph?${TOO_MANY_CENTERS.map((id) => `center=${id}`).join('&')}`, 'center'],
  [`/api/export?format=json&center=${TOO_MANY_CENTERS.join(',')}`, 'center'],
  ['/api/graph?types=INVADES', 'types'],
  ['/api/graph?types=MEETS,meets', 'types'],
  ['/api/graph?from=2018-13', 'from'],
  ['/api/graph?from=yesterday', 'from'],
  ['/api/graph?to=2019-02-30', 'to'],
  ['/api/graph?from=2020&to=2019', 'to'],
  ['/api/graph?certainty=maybe', 'certainty'],
  ['/api/graph?sources=Bad Source', 'sources'],
  ['/api/graph?limit=0', 'limit'],
  ['/api/graph?limit=999999', 'limit'],
  ['/api/graph?limit=-5', 'limit'],
  ['/api/graph?limit=1e3', 'limit'],
  ['/api/actors?limit=many', 'limit'],
  [`/api/actors?q=${'x'.repeat(300)}`, 'q'],
  ['/api/actors?q=a&q=b', 'q'],
  ['/api/paths?to=northland', 'from'],
  ['/api/paths?from=bob-analyst', 'to'],
  ['/api/paths?from=bob-analyst&to=northland&maxDepth=99', 'maxDepth'],
  ['/api/export?format=pdf', 'format'],
  ['/api/export?format=json&depth=7&center=northland', 'depth'],
];

describe('bad parameters', () => {
  it.each(BAD_PARAMETERS)('when GET %s, then 400 names %s', async (path, parameter) => {
    const response = await request(testApp.app).get(path).expect(400);
    expect(response.body).toEqual({
      error: { code: 'invalid_parameter', message: expect.stringContaining(parameter), parameter },
    });
  });

  it.each([
    ['/api/actors/nobody', 404],
    ['/api/paths?from=bob-analyst&to=nobody', 404],
    ['/api/nothing-here', 404],
    ['/api/actors/%E0%A4%A', 400],
  ])('when GET %s, then %i with the error shape', async (path, status) => {
    const response = await request(testApp.app).get(path);
    expect(response.status).toBe(status);
    expect(response.body.error).toEqual(
      expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
    );
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

const INJECTIONS = [
  "x' OR 1=1 //",
  'x"}) DETACH DELETE n //',
  "alice-leader'}) MATCH (n) DETACH DELETE n //",
  '`MEETS`]->() DETACH DELETE n //',
  '$(foo)',
  '*:* OR name:*',
  '\\u0027; CREATE (:Evil) //',
];

const TEXT_PARAMETERS = [
  (value: string) => `/api/actors?q=${encodeURIComponent(value)}`,
  (value: string) => `/api/actors/${encodeURIComponent(value)}`,
  (value: string) => `/api/subgraph?center=${encodeURIComponent(value)}`,
  (value: string) => `/api/graph?types=${encodeURIComponent(value)}`,
  (value: string) => `/api/graph?sources=${encodeURIComponent(value)}`,
  (value: string) => `/api/graph?certainty=${encodeURIComponent(value)}`,
  (value: string) => `/api/graph?from=${encodeURIComponent(value)}`,
  (value: string) => `/api/paths?from=${encodeURIComponent(value)}&to=northland`,
  (value: string) => `/api/export?format=json&center=${encodeURIComponent(value)}`,
];

describe('injection', () => {
  it('when every text parameter carries injection attempts, then no request fails with 5xx and the graph is unchanged', async () => {
    const before = await dumpGraph(testApp.db);
    for (const injection of INJECTIONS) {
      for (const path of TEXT_PARAMETERS) {
        const response = await request(testApp.app).get(path(injection));
        expect({ path: path(injection), status: response.status < 500 }).toEqual({
          path: path(injection),
          status: true,
        });
      }
    }
    expect(await dumpGraph(testApp.db)).toEqual(before);
  });

  it('when a console parameter carries an injection, then it stays a value', async () => {
    const response = await request(testApp.app)
      .post('/api/cypher')
      .send({ query: 'MATCH (a:Actor {id: $id}) RETURN a.name AS name', params: { id: "x' OR 1=1 //" } })
      .expect(200);
    expect(response.body.rows).toEqual([]);
  });
});

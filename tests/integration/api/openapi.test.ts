// The OpenAPI description stays true: every route is described, and every described operation answers.
import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp('small');
});

afterAll(async () => {
  await testApp.close();
});

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every `METHOD /api/path` the Express app routes, in OpenAPI path syntax. */
function routedOperations(): string[] {
  const router = (testApp.app as unknown as { router: { stack: Layer[] } }).router;
  const operations: string[] = [];
  const visit = (layers: Layer[]) => {
    for (const layer of layers) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          operations.push(`${method.toUpperCase()} /api${layer.route.path.replace(/:(\w+)/g, '{$1}')}`);
        }
      } else if (layer.handle?.stack) visit(layer.handle.stack);
    }
  };
  visit(router.stack);
  return operations.sort();
}

/** Sample requests that a documented operation must answer with one of its documented statuses. */
const SAMPLES: Record<string, () => request.Test> = {
  'GET /api/health': () => request(testApp.app).get('/api/health'),
  'GET /api/meta': () => request(testApp.app).get('/api/meta'),
  'GET /api/actors': () => request(testApp.app).get('/api/actors?q=alice'),
  'GET /api/actors/{id}': () => request(testApp.app).get('/api/actors/alice-leader'),
  'GET /api/sources/{id}': () => request(testApp.app).get('/api/sources/gazette-2020-01-02-summit'),
  'GET /api/events': () => request(testApp.app).get('/api/events?minSources=1'),
  'GET /api/graph': () => request(testApp.app).get('/api/graph'),
  'GET /api/subgraph': () => request(testApp.app).get('/api/subgraph?center=northland'),
  'GET /api/claims': () =>
    request(testApp.app).get('/api/claims?source=bob-analyst&target=northland&bothWays=true'),
  'GET /api/dyad': () => request(testApp.app).get('/api/dyad?a=alice-leader&b=northland'),
  'GET /api/paths': () => request(testApp.app).get('/api/paths?from=bob-analyst&to=northland'),
  'POST /api/cypher': () => request(testApp.app).post('/api/cypher').send({ query: 'RETURN 1 AS one' }),
  'GET /api/export': () => request(testApp.app).get('/api/export?format=json'),
  'POST /api/export': () =>
    request(testApp.app).post('/api/export?format=json').send({ query: 'MATCH p=()-->() RETURN p' }),
  'GET /api/openapi.json': () => request(testApp.app).get('/api/openapi.json'),
};

describe('GET /api/openapi.json', () => {
  it('when the document is compared with the routes, then each routed operation is described and each described one is routed', async () => {
    const document = (await request(testApp.app).get('/api/openapi.json').expect(200)).body;
    expect(document.openapi).toMatch(/^3\./);
    const described = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(described).toEqual(routedOperations());
  });

  it('when each described operation is called, then it answers with a status it documents', async () => {
    const document = (await request(testApp.app).get('/api/openapi.json').expect(200)).body;
    for (const [path, operations] of Object.entries(
      document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        const name = `${method.toUpperCase()} ${path}`;
        const sample = SAMPLES[name];
        expect({ name, sampled: Boolean(sample) }).toEqual({ name, sampled: true });
        const response = await (sample as () => request.Test)();
        expect({
          name,
          status: response.status,
          documented: Object.keys(operation.responses).includes(String(response.status)),
        }).toEqual({
          name,
          status: 200,
          documented: true,
        });
      }
    }
  });

  it('when a graph operation documents its parameters, then every filter of the vocabulary is listed', async () => {
    const document = (await request(testApp.app).get('/api/openapi.json').expect(200)).body;
    const names = document.paths['/api/subgraph'].get.parameters.map(
      (parameter: { name: string }) => parameter.name,
    );
    expect(names).toEqual(
      expect.arrayContaining(['center', 'depth', 'types', 'from', 'to', 'sources', 'certainty', 'limit']),
    );
  });
});

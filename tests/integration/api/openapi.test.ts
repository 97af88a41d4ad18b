// The OpenAPI description stays true: every route is described, and every described operation answers.
import request from 'supertest';
import { startCurationApp, type CurationApp } from '../../support/curation';

/** The curation fixture, in a temporary copy the write samples may change. */
let testApp: CurationApp;

beforeAll(async () => {
  testApp = await startCurationApp();
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
const SAMPLES: Record<string, () => PromiseLike<request.Response>> = {
  'GET /api/health': () => request(testApp.app).get('/api/health'),
  'GET /api/meta': () => request(testApp.app).get('/api/meta'),
  'GET /api/actors': () => request(testApp.app).get('/api/actors?q=alice'),
  'GET /api/actors/{id}': () => request(testApp.app).get('/api/actors/alice-leader'),
  'GET /api/sources': () => request(testApp.app).get('/api/sources?q=gazette'),
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
  'GET /api/curation': () => request(testApp.app).get('/api/curation'),
  'GET /api/curation/sources/{id}': () =>
    request(testApp.app).get('/api/curation/sources/gazette-2020-01-02-summit'),
  'GET /api/curation/sources/{id}/text': () =>
    request(testApp.app).get('/api/curation/sources/gazette-2020-01-02-summit/text'),
  'GET /api/actors/{id}/references': () => request(testApp.app).get('/api/actors/northland/references'),
  'POST /api/extract': () =>
    request(testApp.app)
      .post('/api/extract')
      .send({ text: 'Summit\n\nAlice Leader met the president of Southland in the capital on Monday.' }),
  'POST /api/sources': () =>
    withVersions('gazette-2020-01-02-summit', (versions) =>
      request(testApp.app)
        .post('/api/sources')
        .send({
          source: {
            id: 'post-2020-05-05-note',
            title: 'A note',
            publisher: 'The Post',
            published: '2020-05-05',
          },
          text: 'A note\n\nAlice Leader wrote to Southland.',
          claims: [],
          versions: { 'actors.yaml': versions['actors.yaml'] },
        }),
    ),
  'PATCH /api/claims/{id}': () =>
    withVersions('gazette-2020-01-02-summit', (versions) =>
      request(testApp.app)
        .patch('/api/claims/alice-leads-northland')
        .send({ claim: { summary: 'Alice Leader heads Northland.' }, versions }),
    ),
  'DELETE /api/claims/{id}': () =>
    withVersions('review-2020-02-analysis', (versions) =>
      request(testApp.app).delete('/api/claims/bob-assesses-alice').send({ versions }),
    ),
  'POST /api/actors/{id}/merge': async () => {
    const references = await request(testApp.app).get('/api/actors/northern-republic/references');
    return request(testApp.app)
      .post('/api/actors/northern-republic/merge')
      .send({ into: 'northland', versions: references.body.versions });
  },
};

/** Sends a write carrying the current versions of a source's files (and of actors.yaml). */
async function withVersions(
  sourceId: string,
  send: (versions: Record<string, string>) => request.Test,
): Promise<request.Response> {
  const source = await request(testApp.app).get(`/api/curation/sources/${sourceId}`);
  return send(source.body.versions);
}

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
        const response = await (sample as () => PromiseLike<request.Response>)();
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

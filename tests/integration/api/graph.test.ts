// The graph endpoints over the small fixture: whole graph, neighbourhoods, filters, limits and paths.
import Graph from 'graphology';
import request from 'supertest';
import type { SerializedGraph } from '../../../server/api/types';
import { startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp('small');
});

afterAll(async () => {
  await testApp.close();
});

async function getGraph(path: string): Promise<SerializedGraph> {
  const response = await request(testApp.app).get(path).expect(200).expect('Content-Type', /json/);
  return response.body as SerializedGraph;
}

const keys = (graph: SerializedGraph) => graph.nodes.map((node) => node.key).sort();
const edgeKeys = (graph: SerializedGraph) => graph.edges.map((edge) => edge.key).sort();

describe('GET /api/graph', () => {
  it('when the whole graph is asked for, then graphology loads every actor and claim with their attributes', async () => {
    const body = await getGraph('/api/graph');
    const graph = Graph.from(body as never);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.multi).toBe(true);
    expect(graph.getNodeAttributes('alice-leader')).toMatchObject({
      label: 'Alice Leader',
      kind: 'person',
      aliases: ['President Alice', 'Chairwoman Leader'],
      degree: 3,
    });
    expect(graph.getEdgeAttributes('northland-seeks-leverage-over-southland')).toEqual({
      type: 'SEEKS_LEVERAGE_OVER',
      label: 'seeks leverage over',
      date: '2020-01',
      dateEnd: null,
      sourceId: 'review-2020-02-analysis',
      summary: "Northland uses the summit to gain bargaining power over Southland, in Bob Analyst's view.",
      certainty: 'assessment',
      assertedBy: 'bob-analyst',
      paragraph: 4,
      quote: 'a card to play',
      origin: 'curated',
    });
    expect(body.attributes.truncated).toBe(false);
  });

  it.each([
    ['types=LEADS', ['alice-leads-northland']],
    ['types=LEADS,VISITS', ['alice-leads-northland', 'alice-visits-southland-2019-12']],
    ['types=LEADS&types=VISITS', ['alice-leads-northland', 'alice-visits-southland-2019-12']],
    ['certainty=assessment', ['bob-assesses-alice', 'northland-seeks-leverage-over-southland']],
    ['sources=gazette-2020-01-02-summit', ['alice-leads-northland', 'alice-visits-southland-2019-12']],
    ['from=2020-01-15', ['alice-leads-northland', 'northland-seeks-leverage-over-southland']],
    ['from=2019-12-31&to=2019-12', ['alice-visits-southland-2019-12']],
    ['from=2020-01-01&to=2020-01-01', ['alice-leads-northland', 'northland-seeks-leverage-over-southland']],
    ['to=2019', ['alice-visits-southland-2019-12']],
  ])('when filtered by %s, then only those claims and their actors remain', async (filter, claims) => {
    const graph = await getGraph(`/api/graph?${filter}`);
    expect(edgeKeys(graph)).toEqual(claims);
    const ends = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(keys(graph)).toEqual([...ends].sort());
  });

  it('when the limit is below the number of actors, then the best connected are kept and the graph says it was cut', async () => {
    const graph = await getGraph('/api/graph?limit=2');
    expect(keys(graph)).toEqual(['alice-leader', 'northland']);
    expect(graph.attributes.truncated).toBe(true);
  });
});

describe('GET /api/subgraph', () => {
  it('when one centre and depth 1 are asked, then its direct neighbours and the claims among them come back', async () => {
    const graph = await getGraph('/api/subgraph?center=northland&depth=1');
    expect(keys(graph)).toEqual(['alice-leader', 'northland', 'southland']);
    expect(edgeKeys(graph)).toEqual([
      'alice-leads-northland',
      'alice-visits-southland-2019-12',
      'northland-seeks-leverage-over-southland',
    ]);
  });

  it('when the depth grows, then the neighbourhood grows', async () => {
    const graph = await getGraph('/api/subgraph?center=northland&depth=2');
    expect(keys(graph)).toEqual(['alice-leader', 'bob-analyst', 'northland', 'southland']);
  });

  it('when two centres are given, then both neighbourhoods are joined', async () => {
    const graph = await getGraph('/api/subgraph?center=bob-analyst&center=southland&depth=1');
    expect(keys(graph)).toEqual(['alice-leader', 'bob-analyst', 'northland', 'southland']);
  });

  it('when the filters exclude every claim, then only the centre remains', async () => {
    const graph = await getGraph('/api/subgraph?center=northland&types=SPOUSE_OF');
    expect(keys(graph)).toEqual(['northland']);
    expect(graph.edges).toEqual([]);
  });

  it('when the centre is unknown, then 404 names it', async () => {
    const response = await request(testApp.app).get('/api/subgraph?center=atlantis').expect(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: 'No actor with id "atlantis"' } });
  });
});

describe('GET /api/paths', () => {
  it('when two actors are linked through a third, then the shortest paths and their claims come back', async () => {
    const graph = await getGraph('/api/paths?from=bob-analyst&to=northland');
    expect(keys(graph)).toEqual(['alice-leader', 'bob-analyst', 'northland']);
    expect(edgeKeys(graph)).toEqual(['alice-leads-northland', 'bob-assesses-alice']);
    expect(graph.attributes.paths).toEqual([
      {
        actors: ['bob-analyst', 'alice-leader', 'northland'],
        claims: ['bob-assesses-alice', 'alice-leads-northland'],
      },
    ]);
  });

  it('when the path is longer than maxDepth, then no path comes back', async () => {
    const graph = await getGraph('/api/paths?from=bob-analyst&to=southland&maxDepth=1');
    expect(graph.nodes).toEqual([]);
    expect(graph.attributes.paths).toEqual([]);
  });

  it('when a type filter removes the only link, then there is no path', async () => {
    const graph = await getGraph('/api/paths?from=bob-analyst&to=northland&types=ASSESSES');
    expect(graph.attributes.paths).toEqual([]);
  });
});

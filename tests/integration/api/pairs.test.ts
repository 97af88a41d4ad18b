// Dense relations over the curated data: aggregated edges, the paged claims of a pair, and the dyad over time.
import request from 'supertest';
import type { ClaimPage, Dyad, PairAttributes, SerializedGraph } from '../../../server/api/types';
import type { Claim } from '../../../server/ingest/corpus';
import { readCorpus } from '../../../server/ingest/read-corpus';
import { CURATED_DATA, startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;
let claims: Claim[];

beforeAll(async () => {
  testApp = await startTestApp(CURATED_DATA);
  claims = (await readCorpus(CURATED_DATA)).claims;
});

afterAll(async () => {
  await testApp.close();
});

const get = async <T>(path: string): Promise<T> =>
  (await request(testApp.app).get(path).expect(200).expect('Content-Type', /json/)).body as T;

const between = (a: string, b: string, bothWays: boolean) =>
  claims.filter(
    (claim) => (claim.from === a && claim.to === b) || (bothWays && claim.from === b && claim.to === a),
  );

describe('GET /api/subgraph?aggregate=pair', () => {
  it('when a neighbourhood is aggregated, then each edge counts the claims of one ordered pair and type', async () => {
    const graph = await get<SerializedGraph<never, PairAttributes>>(
      '/api/subgraph?center=kim-jong-un&depth=1&aggregate=pair',
    );
    const meets = graph.edges.find((edge) => edge.key === 'kim-jong-un|MEETS|xi-jinping');
    const expected = between('kim-jong-un', 'xi-jinping', false).filter((claim) => claim.type === 'MEETS');
    expect(meets?.attributes).toMatchObject({
      aggregate: true,
      claims: expected.length,
      origins: ['curated'],
    });
    expect(meets?.attributes.sources).toBe(new Set(expected.map((claim) => claim.sourceId)).size);
    const keys = graph.edges.map((edge) => `${edge.source}|${edge.attributes.type}|${edge.target}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(graph.attributes).toMatchObject({ aggregate: 'pair' });
  });

  it('when the whole graph is aggregated, then its edges add up to every claim', async () => {
    const graph = await get<SerializedGraph<never, PairAttributes>>('/api/graph?aggregate=pair');
    expect(graph.edges.reduce((sum, edge) => sum + edge.attributes.claims, 0)).toBe(claims.length);
    expect(graph.attributes.claims).toBe(claims.length);
  });

  it('when aggregate names another shape, then 400 names aggregate', async () => {
    const response = await request(testApp.app).get('/api/graph?aggregate=month').expect(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_parameter', parameter: 'aggregate' });
  });
});

describe('GET /api/claims', () => {
  it('when the claims of a pair are asked one at a time, then the pages cover each claim once, earliest first', async () => {
    const expected = between('kim-jong-un', 'xi-jinping', true);
    const pages: ClaimPage[] = [];
    for (let offset = 0; offset < expected.length; offset += 2) {
      pages.push(
        await get<ClaimPage>(
          `/api/claims?source=kim-jong-un&target=xi-jinping&bothWays=true&offset=${offset}&limit=2`,
        ),
      );
    }
    const ids = pages.flatMap((page) => page.claims.map((claim) => claim.id));
    expect(pages.every((page) => page.total === expected.length)).toBe(true);
    expect([...ids].sort()).toEqual(expected.map((claim) => claim.id).sort());
    expect(pages[0]?.claims[0]).toMatchObject({ source: expect.any(String), summary: expect.any(String) });
  });

  it('when only one direction is asked, then claims the other way are left out', async () => {
    const page = await get<ClaimPage>('/api/claims?source=xi-jinping&target=kim-jong-un&limit=200');
    expect(page.total).toBe(between('xi-jinping', 'kim-jong-un', false).length);
    expect(page.claims.every((claim) => claim.source === 'xi-jinping')).toBe(true);
  });

  it('when a period is given, then only the claims dated in it come back', async () => {
    const page = await get<ClaimPage>(
      '/api/claims?source=kim-jong-un&target=xi-jinping&bothWays=true&period=2018-05&limit=200',
    );
    const expected = between('kim-jong-un', 'xi-jinping', true).filter((claim) =>
      claim.date?.startsWith('2018-05'),
    );
    expect(page.claims.map((claim) => claim.id).sort()).toEqual(expected.map((claim) => claim.id).sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it.each([
    ['source=kim-jong-un', 'target'],
    ['source=kim-jong-un&target=xi-jinping&period=2018-13', 'period'],
    ['source=kim-jong-un&target=xi-jinping&bothWays=yes', 'bothWays'],
    ['source=kim-jong-un&target=xi-jinping&limit=201', 'limit'],
  ])('when the query is %s, then 400 names %s', async (query, parameter) => {
    const response = await request(testApp.app).get(`/api/claims?${query}`).expect(400);
    expect(response.body.error).toMatchObject({ parameter });
  });

  it('when an actor does not exist, then 404', async () => {
    await request(testApp.app).get('/api/claims?source=kim-jong-un&target=nobody-here').expect(404);
  });
});

describe('GET /api/dyad', () => {
  it('when two actors are compared, then their claims both ways are counted per period, with side and origin', async () => {
    const dyad = await get<Dyad>('/api/dyad?a=kim-jong-un&b=xi-jinping');
    const expected = between('kim-jong-un', 'xi-jinping', true);
    expect(dyad.total).toBe(expected.length);
    const counted = (period: string) =>
      dyad.periods
        .find((entry) => entry.period === period)
        ?.counts.reduce((sum, count) => sum + count.claims, 0) ?? 0;
    const inMay = expected.filter((claim) => claim.date?.startsWith('2018-05')).length;
    expect(counted('2018-05')).toBe(inMay);
    const yearOnly = expected.filter((claim) => claim.date === '2018').length;
    expect(counted('2018')).toBe(yearOnly);
    const meets = dyad.periods.flatMap((entry) => entry.counts).find((count) => count.type === 'MEETS');
    expect(meets).toMatchObject({ side: 'verbal-cooperation', family: 'event', origin: 'curated' });
    expect(dyad.actors.map((actor) => actor.name)).toEqual(['Kim Jong-un', 'Xi Jinping']);
  });

  it('when both actors are the same, then 400 names b', async () => {
    const response = await request(testApp.app).get('/api/dyad?a=kim-jong-un&b=kim-jong-un').expect(400);
    expect(response.body.error).toMatchObject({ parameter: 'b' });
  });
});

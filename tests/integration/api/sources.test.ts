// The sources of a corpus: /api/meta lists them all up to its bound, past it the curated then the newest, and
// GET /api/sources pages, searches and looks them up by id.
import request from 'supertest';
import pino from 'pino';
import type { Express } from 'express';
import { MAX_SOURCE_IDS, type Meta, type SourcePage } from '../../../server/api/types';
import { createApp } from '../../../server/http/app';
import { createServices } from '../../../server/services/services';
import { copyCorpus } from '../../support/corpus-copy';
import { startTestApp, type TestApp } from '../../support/test-app';

/** A source imported from coded event data, with one claim between the small fixture's actors. */
function importedSource(id: string, published: string | null, publisher: string): string {
  const eventId = id.replace(/\D/g, '').slice(-8) || '1';
  return `source:
  id: ${id}
  title: Coded story ${id}
  publisher: ${publisher}
  published: ${published ?? 'null'}
  origin: icews
claims:
  - id: ${id}-event
    type: CONSULTS
    from: alice-leader
    to: southland
    date: 2020-03-01
    certainty: fact
    summary: Alice Leader consults Southland.
    origin: icews
    provenance:
      eventId: '${eventId}'
      cameo: '040'
      cameoLabel: Consult
`;
}

/** The small fixture's two curated sources, two dated imported ones and two undated ones. */
const IMPORTED: Array<[string, string | null, string]> = [
  ['wire-2020-03-01-talks', '2020-03-01', 'Wire Service'],
  ['wire-2020-03-02-talks', '2020-03-02', 'Wire Service'],
  ['icews-story-7', null, 'Border Radio'],
  ['icews-story-8', null, 'Border Radio'],
];

/** Every source in the order /api/meta lists them: by publication date (undated last), then id. */
const IN_PUBLICATION_ORDER = [
  'gazette-2020-01-02-summit',
  'review-2020-02-analysis',
  'wire-2020-03-01-talks',
  'wire-2020-03-02-talks',
  'icews-story-7',
  'icews-story-8',
];
const BY_ID = [...IN_PUBLICATION_ORDER].sort();

let testApp: TestApp;

/** The app over the same database, its metadata listing at most `sourceLimit` sources. */
const boundedApp = (sourceLimit: number): Express =>
  createApp({
    services: createServices(testApp.db, { meta: { sourceLimit } }),
    logger: pino({ level: 'silent' }),
  });

beforeAll(async () => {
  const corpus = await copyCorpus('small');
  for (const [id, published, publisher] of IMPORTED)
    await corpus.write(`sources/${id}.yaml`, importedSource(id, published, publisher));
  testApp = await startTestApp(corpus.dir);
});

afterAll(async () => {
  await testApp.close();
});

const ids = (sources: Array<{ id: string }>) => sources.map((source) => source.id);

const meta = async (app: Express) => (await request(app).get('/api/meta').expect(200)).body as Meta;

const sources = async (query: string, app: Express = testApp.app) =>
  (await request(app).get(`/api/sources${query}`).expect(200)).body as SourcePage;

describe('the sources of /api/meta', () => {
  it('when there are no more sources than its bound, then it lists them all, in publication order', async () => {
    const body = await meta(testApp.app);
    expect(ids(body.sources)).toEqual(IN_PUBLICATION_ORDER);
    expect(body.sourcesTruncated).toBe(false);
    expect(body.counts.sources).toBe(6);
    expect(body.sources[0]).toEqual({
      id: 'gazette-2020-01-02-summit',
      title: 'Leaders meet at the border',
      publisher: 'The Gazette',
      published: '2020-01-02',
      authors: ['Carol Reporter'],
    });
  });

  it.each([
    [6, IN_PUBLICATION_ORDER, false],
    [5, IN_PUBLICATION_ORDER.filter((id) => id !== 'icews-story-7'), true],
    [3, ['gazette-2020-01-02-summit', 'review-2020-02-analysis', 'wire-2020-03-02-talks'], true],
    [1, ['review-2020-02-analysis'], true],
  ])(
    'when it lists at most %i, then the curated come first, then the newest, then the undated by id',
    async (limit, expected, truncated) => {
      const body = await meta(boundedApp(limit));
      expect(ids(body.sources)).toEqual(expected);
      expect(body.sourcesTruncated).toBe(truncated);
      expect(body.counts.sources).toBe(6);
    },
  );

  it('when meta lists only some sources, then an export still names every source its claims cite', async () => {
    const response = await request(boundedApp(1))
      .get('/api/export?format=json')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const header = JSON.parse((response.body as Buffer).toString('utf8')).actorgraph;
    expect(ids(header.sources)).toEqual(IN_PUBLICATION_ORDER);
  });
});

describe('GET /api/sources', () => {
  it('when nothing is asked, then it pages through every source by id', async () => {
    expect(await sources('')).toEqual({
      sources: expect.any(Array),
      total: 6,
      totalExact: true,
      offset: 0,
      limit: 50,
    });
    expect(ids((await sources('')).sources)).toEqual(BY_ID);
    const page = await sources('?offset=2&limit=3');
    expect(ids(page.sources)).toEqual(BY_ID.slice(2, 5));
    expect(page).toMatchObject({ total: 6, offset: 2, limit: 3 });
    expect((await sources('?offset=6')).sources).toEqual([]);
  });

  it.each([
    ['gazette', 'gazette-2020-01-02-summit'],
    ['Leaders meet', 'gazette-2020-01-02-summit'],
    ['the review', 'review-2020-02-analysis'],
    ['summit mean', 'review-2020-02-analysis'],
    ['border radio 7', 'icews-story-7'],
    ['icews story 8', 'icews-story-8'],
  ])('when searching "%s", then %s comes first', async (q, id) => {
    const page = await sources(`?q=${encodeURIComponent(q)}`);
    expect(page.sources[0]?.id).toBe(id);
    expect(page.totalExact).toBe(true);
  });

  it('when a search matches several, then it counts them and pages through them', async () => {
    const all = await sources('?q=wire');
    expect(all.total).toBe(2);
    expect(ids(all.sources).sort()).toEqual(['wire-2020-03-01-talks', 'wire-2020-03-02-talks']);
    const second = await sources('?q=wire&offset=1&limit=1');
    expect(second).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(ids(second.sources)).toEqual(ids(all.sources).slice(1));
    expect((await sources('?q=nothing-of-the-kind')).sources).toEqual([]);
  });

  it('when ids are asked, then those that exist come, in publication order, each in full', async () => {
    const page = await sources(
      '?ids=icews-story-8,no-such-source,gazette-2020-01-02-summit&ids=wire-2020-03-01-talks',
    );
    expect(ids(page.sources)).toEqual([
      'gazette-2020-01-02-summit',
      'wire-2020-03-01-talks',
      'icews-story-8',
    ]);
    expect(page).toMatchObject({ total: 3, offset: 0, limit: MAX_SOURCE_IDS });
    expect(page.sources[2]).toEqual({
      id: 'icews-story-8',
      title: 'Coded story icews-story-8',
      publisher: 'Border Radio',
      published: null,
      authors: [],
    });
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=201', 'limit'],
    ['?limit=ten', 'limit'],
    ['?offset=-1', 'offset'],
    ['?offset=10001', 'offset'],
    ['?q=a&q=b', 'q'],
    [`?q=${'a'.repeat(201)}`, 'q'],
    ['?ids=', 'ids'],
    ['?ids=Not_An_Id', 'ids'],
    ['?ids=gazette-2020-01-02-summit&q=gazette', 'ids'],
    [`?ids=${Array.from({ length: MAX_SOURCE_IDS + 1 }, (_, i) => `s-${i}`).join(',')}`, 'ids'],
  ])('when asked %s, then 400 naming %s', async (query, parameter) => {
    const response = await request(testApp.app).get(`/api/sources${query}`).expect(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_parameter', parameter } });
    expect(response.body.error.message).toMatch(new RegExp(`^${parameter}: `));
  });
});

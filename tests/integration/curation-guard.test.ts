// Who may write: nobody while curation is off, never a page of another site, and only with a JSON body.
import request from 'supertest';
import { snapshotFolder, startCurationApp, type CurationApp } from '../support/curation';

const GAZETTE = 'sources/gazette-2020-01-02-summit.yaml';

/** One request per write route, each valid but for what the test changes. */
const WRITES: Array<[string, (app: CurationApp) => request.Test]> = [
  ['POST /api/sources', (app) => request(app.app).post('/api/sources')],
  ['PATCH /api/claims/:id', (app) => request(app.app).patch('/api/claims/alice-leads-northland')],
  ['DELETE /api/claims/:id', (app) => request(app.app).delete('/api/claims/alice-leads-northland')],
  ['POST /api/actors/:id/merge', (app) => request(app.app).post('/api/actors/northern-republic/merge')],
];

describe('curation off', () => {
  let app: CurationApp;

  beforeAll(async () => {
    app = await startCurationApp({ enabled: false });
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(WRITES)(
    'when %s is sent, then it is refused with 403 curation_off and nothing is written',
    async (_name, send) => {
      const before = await snapshotFolder(app.corpus.dir);
      const refused = await send(app)
        .send({ into: 'northland', claim: { summary: 'x' }, versions: {} })
        .expect(403);
      expect(refused.body.error.code).toBe('curation_off');
      expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
    },
  );

  it('when the viewer asks for the metadata and the curation status, then both say curation is off; reads still work', async () => {
    expect((await request(app.app).get('/api/meta').expect(200)).body.curation).toBe(false);
    expect((await request(app.app).get('/api/curation').expect(200)).body.curation).toBe(false);
    await request(app.app).get('/api/curation/sources/gazette-2020-01-02-summit').expect(200);
  });
});

describe('curation on', () => {
  let app: CurationApp;

  beforeAll(async () => {
    app = await startCurationApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('when the viewer asks for the metadata, then it says curation is on', async () => {
    expect((await request(app.app).get('/api/meta').expect(200)).body.curation).toBe(true);
  });

  it.each(WRITES)(
    'when %s comes from another site, then it is refused with 403 cross_origin',
    async (_name, send) => {
      const before = await snapshotFolder(app.corpus.dir);
      const byOrigin = await send(app)
        .set('Origin', 'https://evil.example')
        .send({ versions: {} })
        .expect(403);
      expect(byOrigin.body.error.code).toBe('cross_origin');
      expect(byOrigin.body.error.message).toMatch(/https:\/\/evil\.example/);
      const byFetchSite = await send(app)
        .set('Sec-Fetch-Site', 'cross-site')
        .send({ versions: {} })
        .expect(403);
      expect(byFetchSite.body.error.code).toBe('cross_origin');
      expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
    },
  );

  it.each(WRITES)('when %s is a form post (not JSON), then it is refused with 415', async (_name, send) => {
    const refused = await send(app).type('form').send('versions=x').expect(415);
    expect(refused.body.error.code).toBe('unsupported_media_type');
  });

  it('when a write comes from the server’s own page (same Origin and Sec-Fetch-Site), then it is served', async () => {
    const source = await request(app.app).get('/api/curation/sources/gazette-2020-01-02-summit').expect(200);
    await request(app.app)
      .patch('/api/claims/alice-leads-northland')
      .set('Host', 'curation.example:3000')
      .set('Origin', 'http://curation.example:3000')
      .set('Sec-Fetch-Site', 'same-origin')
      .send({
        claim: { summary: 'Alice Leader heads Northland, says the Gazette.' },
        versions: { [GAZETTE]: source.body.versions[GAZETTE] },
      })
      .expect(200);
  });
});

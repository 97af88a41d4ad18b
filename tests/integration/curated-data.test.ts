// The curated graph of the two articles, loaded into the real Neo4j and read back through the API.
import request from 'supertest';
import { readCorpus } from '../../server/ingest/read-corpus';
import { CURATED_DATA, startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp(CURATED_DATA);
});

afterAll(async () => {
  await testApp.close();
});

const cypher = async (query: string, params: Record<string, unknown> = {}) =>
  (await testApp.db.run(query, params, 'READ')).rows;

describe('the curated data', () => {
  it('when it is ingested, then Neo4j holds every actor, source and claim of the files', async () => {
    const corpus = await readCorpus(CURATED_DATA);
    const [counts] = await cypher(
      'RETURN COUNT { (:Actor) } AS actors, COUNT { (:Source) } AS sources, COUNT { (:Actor)-->(:Actor) } AS claims',
    );
    expect(counts).toEqual({ actors: corpus.actors.length, sources: 2, claims: corpus.claims.length });
    expect(corpus.claims.length).toBeGreaterThanOrEqual(100);
  });

  it('when Kim Jong-un and Xi Jinping are looked up, then their four meetings have four dates', async () => {
    const rows = await cypher(
      "MATCH (:Actor {id: 'kim-jong-un'})-[m:MEETS]-(:Actor {id: 'xi-jinping'}) RETURN m.date AS date ORDER BY m.dateFirst",
    );
    expect(rows.map((row) => row.date)).toEqual(['2018', '2018-05-07', '2018-06-19', '2019-01']);
  });

  it("when Pompeo's first meeting with Kim is read, then it is a fact of March 2018 from the Donga article", async () => {
    const rows = await cypher(
      "MATCH (:Actor {id: 'mike-pompeo'})-[m:MEETS]->(:Actor {id: 'kim-jong-un'}) WHERE m.date = '2018-03' RETURN m.certainty AS certainty, m.sourceId AS source",
    );
    expect(rows).toEqual([{ certainty: 'fact', source: 'donga-pompeo-memoir-kim-china' }]);
  });

  it("when Kim's distrust of China is read, then it is attributed to Pompeo's memoir", async () => {
    const rows = await cypher(
      "MATCH (:Actor {id: 'kim-jong-un'})-[d:DISTRUSTS]->(other) RETURN other.id AS other, d.certainty AS certainty, d.assertedBy AS by ORDER BY other",
    );
    expect(rows).toEqual([
      { other: 'china', certainty: 'claim', by: 'mike-pompeo' },
      { other: 'chinese-people', certainty: 'claim', by: 'mike-pompeo' },
    ]);
  });

  it('when the analysts are read, then each assesses Kim Jong-un and is affiliated with an institution', async () => {
    for (const analyst of ['lee-gwan-se', 'cho-sung-ryul', 'yang-moo-jin']) {
      const rows = await cypher(
        `MATCH (analyst:Actor {id: $analyst})
         RETURN EXISTS { (analyst)-[:ASSESSES {certainty: 'assessment', assertedBy: $analyst}]->(:Actor {id: 'kim-jong-un'}) } AS assesses,
                EXISTS { (analyst)-[:AFFILIATED_WITH|LEADS]->(:Actor {kind: 'organisation'}) } AS affiliated`,
        { analyst },
      );
      expect({ analyst, ...rows[0] }).toEqual({ analyst, assesses: true, affiliated: true });
    }
  });

  it('when the claims on leverage and guarantees are read, then they carry who asserts them', async () => {
    const leverage = await cypher(
      "MATCH (:Actor {id: 'kim-jong-un'})-[c:SEEKS_LEVERAGE_OVER]->(:Actor {id: 'united-states'}) RETURN collect(c.assertedBy) AS by",
    );
    expect(leverage[0]?.by).toContain('yang-moo-jin');
    const guarantees = await cypher(
      "MATCH (:Actor {id: 'xi-jinping'})-[c:GUARANTEES]->() RETURN c.assertedBy AS by, c.date AS date",
    );
    expect(guarantees).toContainEqual({ by: 'cho-sung-ryul', date: '2018-05-07' });
  });

  it('when every claim is read, then each has a source, a summary, a certainty and a paragraph', async () => {
    const rows = await cypher(
      `MATCH (:Actor)-[c]->(:Actor)
       WHERE c.sourceId IS NULL OR c.summary IS NULL OR NOT c.certainty IN ['fact', 'claim', 'assessment'] OR c.paragraph IS NULL
          OR NOT EXISTS { MATCH (s:Source) WHERE s.id = c.sourceId }
       RETURN c.id AS id`,
    );
    expect(rows).toEqual([]);
  });

  it.each([
    ['pompeo', 'mike-pompeo'],
    ['Chairman Kim', 'kim-jong-un'],
    ['General Secretary Kim', 'kim-jong-un'],
    ['Secretary General Kim', 'kim-jong-un'],
    ['xi jin', 'xi-jinping'],
    ['trump', 'donald-trump'],
    ['Ri Sol', 'ri-sol-ju'],
    ['yang moo', 'yang-moo-jin'],
    ['kyungnam', 'kyungnam-university'],
  ])('when searching "%s" through the API, then %s comes first', async (q, id) => {
    const response = await request(testApp.app).get('/api/actors').query({ q }).expect(200);
    expect(response.body.actors[0]?.id).toBe(id);
  });

  it("when Pompeo's details are asked for, then his meeting with Kim Jong-un comes with its source", async () => {
    const response = await request(testApp.app).get('/api/actors/mike-pompeo').expect(200);
    const meetings = response.body.claimsByType.find((group: { type: string }) => group.type === 'MEETS');
    const withKim = meetings.groups.find(
      (group: { other: { id: string } }) => group.other.id === 'kim-jong-un',
    );
    expect(withKim.claims).toContainEqual(
      expect.objectContaining({
        date: '2018-03',
        source: expect.objectContaining({
          id: 'donga-pompeo-memoir-kim-china',
          publisher: expect.any(String),
        }),
      }),
    );
  });
});

// Search and actor details over the small fixture, and health and meta.
import request from 'supertest';
import { RELATION_TYPES } from '../../../server/model/relations';
import { startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp('small');
});

afterAll(async () => {
  await testApp.close();
});

const searchIds = async (q: string) => {
  const response = await request(testApp.app).get('/api/actors').query({ q }).expect(200);
  return (response.body.actors as Array<{ id: string }>).map((actor) => actor.id);
};

describe('GET /api/actors', () => {
  it.each([
    ['alice', 'alice-leader'],
    ['ALICE LEADER', 'alice-leader'],
    ['President Alice', 'alice-leader'],
    ['chairwoman', 'alice-leader'],
    ['ali', 'alice-leader'],
    ['alcie', 'alice-leader'],
    ['the south', 'southland'],
    ['southlnd', 'southland'],
    ['bob ana', 'bob-analyst'],
  ])('when searching "%s", then %s comes first', async (q, id) => {
    expect((await searchIds(q))[0]).toBe(id);
  });

  it('when a result comes back, then it carries name, kind, aliases and degree', async () => {
    const response = await request(testApp.app).get('/api/actors?q=alice').expect(200);
    expect(response.body.actors[0]).toEqual({
      id: 'alice-leader',
      name: 'Alice Leader',
      kind: 'person',
      aliases: ['President Alice', 'Chairwoman Leader'],
      degree: 3,
    });
  });

  it('when nothing matches, then the list is empty', async () => {
    expect(await searchIds('zzzzqqq')).toEqual([]);
  });

  it('when the text is empty, then the best connected actors come first', async () => {
    expect(await searchIds('')).toEqual(['alice-leader', 'northland', 'southland', 'bob-analyst']);
  });

  it('when the text is full of Lucene syntax, then it is searched as words, not run as a query', async () => {
    expect(await searchIds('alice~ *:* "[')).toEqual(['alice-leader']);
  });
});

describe('GET /api/actors/:id', () => {
  it('when the actor exists, then its claims come grouped by type and counterpart with their sources', async () => {
    const response = await request(testApp.app).get('/api/actors/alice-leader').expect(200);
    expect(response.body.actor).toMatchObject({
      id: 'alice-leader',
      name: 'Alice Leader',
      kind: 'person',
      degree: 3,
    });
    const types = (response.body.claimsByType as Array<{ type: string }>).map((group) => group.type).sort();
    expect(types).toEqual(['ASSESSES', 'LEADS', 'VISITS']);
    const visits = response.body.claimsByType.find((group: { type: string }) => group.type === 'VISITS');
    expect(visits.label).toBe('visits');
    expect(visits.groups).toEqual([
      {
        other: { id: 'southland', name: 'Southland', kind: 'state' },
        direction: 'out',
        claims: [
          expect.objectContaining({
            id: 'alice-visits-southland-2019-12',
            date: '2019-12-30',
            certainty: 'fact',
            paragraph: 2,
            quote: 'crossed the border',
            source: {
              id: 'gazette-2020-01-02-summit',
              title: 'Leaders meet at the border',
              publisher: 'The Gazette',
              published: '2020-01-02',
            },
          }),
        ],
      },
    ]);
    const assessed = response.body.claimsByType.find((group: { type: string }) => group.type === 'ASSESSES');
    expect(assessed.groups[0]).toMatchObject({ direction: 'in', other: { id: 'bob-analyst' } });
  });

  it('when the actor does not exist, then 404', async () => {
    const response = await request(testApp.app).get('/api/actors/nobody-at-all').expect(404);
    expect(response.body.error.code).toBe('not_found');
  });
});

describe('GET /api/health and /api/meta', () => {
  it('when Neo4j answers, then health says ok with its version', async () => {
    const response = await request(testApp.app).get('/api/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      neo4j: { name: 'Neo4j Kernel', version: expect.stringMatching(/^5\.26\./) },
    });
  });

  it('when meta is asked, then it lists the vocabulary, kinds, sources, date range and counts', async () => {
    const response = await request(testApp.app).get('/api/meta').expect(200);
    expect(response.body.relations.map((relation: { type: string }) => relation.type)).toEqual(
      RELATION_TYPES,
    );
    expect(response.body.relations.find((relation: { type: string }) => relation.type === 'MEETS')).toEqual(
      expect.objectContaining({
        type: 'MEETS',
        label: 'meets',
        colour: expect.stringMatching(/^#[0-9a-f]{6}$/),
        direction: expect.any(String),
      }),
    );
    expect(response.body.actorKinds.map((kind: { kind: string }) => kind.kind)).toContain('state');
    expect(response.body.sources).toEqual([
      {
        id: 'gazette-2020-01-02-summit',
        title: 'Leaders meet at the border',
        publisher: 'The Gazette',
        published: '2020-01-02',
        authors: ['Carol Reporter'],
      },
      {
        id: 'review-2020-02-analysis',
        title: 'What the summit means',
        publisher: 'The Review',
        published: '2020-02',
        authors: [],
      },
    ]);
    expect(response.body.dateRange).toEqual({ earliest: '2019-12-30', latest: '2020-12-31' });
    expect(response.body.counts).toEqual({
      actors: 4,
      sources: 2,
      claims: 4,
      claimsByType: { LEADS: 1, VISITS: 1, ASSESSES: 1, SEEKS_LEVERAGE_OVER: 1 },
      claimsByOrigin: { curated: 4 },
    });
  });
});

// The analyst's questions over the curated data: what an actor asserts, what a source says, which events two
// sources state. Expectations come from the data files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import type { ActorWithAsserted, ClaimWithActors, EventList, SourceDetails } from '../../../server/api/types';
import type { Corpus } from '../../../server/ingest/corpus';
import { readCorpus } from '../../../server/ingest/read-corpus';
import { sameEvent } from '../../../server/model/corroboration';
import { paragraphsOf } from '../../../server/text/paragraphs';
import { CURATED_DATA, startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;
let corpus: Corpus;

beforeAll(async () => {
  testApp = await startTestApp(CURATED_DATA);
  corpus = await readCorpus(CURATED_DATA);
});

afterAll(async () => {
  await testApp.close();
});

const get = async <T>(url: string): Promise<T> => (await request(testApp.app).get(url).expect(200)).body as T;
const ids = (claims: Array<{ id: string }>) => claims.map((claim) => claim.id).sort();
const asCorroborated = (claim: ClaimWithActors) => ({ ...claim, from: claim.from.id, to: claim.to.id });

describe('GET /api/actors/:id: what the actor asserts', () => {
  it.each(['mike-pompeo', 'yang-moo-jin', 'cho-sung-ryul', 'lee-gwan-se', 'kim-jong-un'])(
    'when %s is read, then "asserted" lists every claim of the files it asserts, grouped by whom they are about',
    async (id) => {
      const details = await get<ActorWithAsserted>(`/api/actors/${id}`);
      const expected = corpus.claims.filter((claim) => claim.assertedBy === id);
      const listed = details.asserted.byAbout.flatMap((group) => group.claims);
      expect({ count: details.asserted.count, truncated: details.asserted.truncated }).toEqual({
        count: expected.length,
        truncated: false,
      });
      expect(ids(listed)).toEqual(ids(expected));
      for (const group of details.asserted.byAbout) {
        for (const claim of group.claims) {
          expect(claim.assertedBy).toBe(id);
          expect(group.about.id).toBe(claim.from.id === id ? claim.to.id : claim.from.id);
        }
      }
    },
  );

  it('when Pompeo is read, then he asserts far more claims than the ones between him and others', async () => {
    const details = await get<ActorWithAsserted>('/api/actors/mike-pompeo');
    expect(details.asserted.count).toBeGreaterThanOrEqual(10);
    const about = details.asserted.byAbout.map((group) => group.about.id);
    expect(about).toEqual(expect.arrayContaining(['kim-jong-un', 'china']));
  });
});

describe('GET /api/sources/:id', () => {
  it.each(['donga-pompeo-memoir-kim-china', 'hankyoreh-2019-01-09-kim-china-visits'])(
    'when %s is read, then it has its metadata, its claims in paragraph order, the actors it names and its text',
    async (id) => {
      const body = await get<SourceDetails>(`/api/sources/${id}`);
      const record = corpus.sources.find((source) => source.id === id)!;
      expect(body.source).toMatchObject({
        id,
        title: record.title,
        publisher: record.publisher,
        published: record.published ?? null,
        authors: record.authors,
        note: record.note ?? null,
      });
      const own = corpus.claims.filter((claim) => claim.sourceId === id);
      expect(body.claimCount).toBe(own.length);
      expect(ids(body.claims)).toEqual(ids(own));
      const paragraphs = body.claims.map((claim) => claim.paragraph ?? 0);
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));

      const named = new Set(own.flatMap((claim) => [claim.from, claim.to, claim.assertedBy ?? claim.from]));
      expect(body.actors.map((actor) => actor.id).sort()).toEqual([...named].sort());
      const pompeo = body.actors.find((actor) => actor.id === 'mike-pompeo')!;
      expect(pompeo).toMatchObject({
        from: own.filter((claim) => claim.from === 'mike-pompeo').length,
        to: own.filter((claim) => claim.to === 'mike-pompeo').length,
        assertedBy: own.filter((claim) => claim.assertedBy === 'mike-pompeo').length,
      });

      const text = await readFile(path.join(CURATED_DATA, 'sources', `${id}.txt`), 'utf8');
      expect(body.text?.paragraphs).toEqual(paragraphsOf(text).map(({ number, text }) => ({ number, text })));
      for (const claim of body.claims.filter((c) => c.quote)) {
        const paragraph = body.text?.paragraphs.find((p) => p.number === claim.paragraph);
        expect({ claim: claim.id, quoted: paragraph?.text.includes(claim.quote!) }).toEqual({
          claim: claim.id,
          quoted: true,
        });
      }
    },
  );

  it.each([
    ['no-such-source', 404, 'not_found'],
    ['Not_A_Slug', 400, 'invalid_parameter'],
  ])('when the id is %s, then %s', async (id, status, code) => {
    const response = await request(testApp.app).get(`/api/sources/${id}`).expect(status);
    expect(response.body.error.code).toBe(code);
  });
});

describe('GET /api/events: corroboration', () => {
  /** The claims of the files for Pompeo visiting North Korea in 2018, by source. */
  const pompeoVisits = () =>
    corpus.claims.filter(
      (claim) =>
        claim.type === 'VISITS' &&
        claim.from === 'mike-pompeo' &&
        claim.to === 'north-korea' &&
        String(claim.date).startsWith('2018'),
    );

  it("when Pompeo's events are read, then his 2018 visit to North Korea is one event of the two sources", async () => {
    const visits = pompeoVisits();
    expect(new Set(visits.map((claim) => claim.sourceId)).size).toBe(2);
    const { events } = await get<EventList>('/api/events?actor=mike-pompeo');
    const visit = events.find(
      (event) => event.types.includes('VISITS') && event.actors.some((a) => a.id === 'north-korea'),
    );
    expect(visit).toMatchObject({ sourceCount: 2, plover: 'CONSULT' });
    expect(visit!.claims.every((claim) => visits.some((v) => v.id === claim.id))).toBe(true);
    expect(new Set(visit!.claims.map((claim) => claim.sourceId))).toEqual(
      new Set(visits.map((c) => c.sourceId)),
    );
  });

  it('when the whole graph is read, then every event has two sources and its claims pairwise state the same event', async () => {
    const { events, truncated } = await get<EventList>('/api/events');
    expect(truncated).toBe(false);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.sourceCount).toBeGreaterThanOrEqual(2);
      for (const a of event.claims) {
        for (const b of event.claims) {
          if (a !== b)
            expect({ a: a.id, b: b.id, same: sameEvent(asCorroborated(a), asCorroborated(b)) }).toEqual({
              a: a.id,
              b: b.id,
              same: true,
            });
        }
      }
    }
  });

  it("when Pompeo's panel is read, then his visit of the Donga article says it is reported by 2 sources, with each wording", async () => {
    const donga = pompeoVisits().find((claim) => claim.sourceId === 'donga-pompeo-memoir-kim-china')!;
    const details = await get<ActorWithAsserted>('/api/actors/mike-pompeo');
    const claim = details.claimsByType
      .flatMap((type) => type.groups.flatMap((group) => group.claims))
      .find((c) => c.id === donga.id) as ClaimWithActors;
    expect(claim.corroboration?.sourceCount).toBe(2);
    const quotes = claim.corroboration!.claims.map((c) => c.quote);
    expect(quotes).toContain(donga.evidence?.quote);
    expect(claim.corroboration!.claims.map((c) => c.source?.title).filter(Boolean)).toHaveLength(2);
  });

  it('when a source is read, then its corroborated claims carry the event and the other source', async () => {
    const body = await get<SourceDetails>('/api/sources/hankyoreh-2019-01-09-kim-china-visits');
    const corroborated = body.claims.filter((claim) => claim.corroboration);
    expect(corroborated.some((claim) => claim.type === 'VISITS' && claim.from.id === 'mike-pompeo')).toBe(
      true,
    );
    for (const claim of corroborated) {
      expect(claim.corroboration!.claims.map((c) => c.sourceId)).toContain('donga-pompeo-memoir-kim-china');
    }
  });

  it.each([
    ['actor=mike-pompeo&source=donga-pompeo-memoir-kim-china', 400],
    ['actor=nobody-here', 404],
    ['claim=no-such-claim', 404],
    ['minSources=0', 400],
  ])('when asked with %s, then %s', async (query, status) => {
    await request(testApp.app).get(`/api/events?${query}`).expect(status);
  });

  it("when one claim's event is asked for, then it is the event that holds the claim", async () => {
    const donga = pompeoVisits().find((claim) => claim.sourceId === 'donga-pompeo-memoir-kim-china')!;
    const { events } = await get<EventList>(`/api/events?claim=${donga.id}`);
    expect(events).toHaveLength(1);
    expect(events[0]!.claims.map((claim) => claim.id)).toContain(donga.id);
  });
});

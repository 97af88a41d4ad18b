// Aggregated graphs with no claim filter are answered from the per-pair summary: the same edges as counting the
// claims, and a new summary after every ingestion that changes claims.
import request from 'supertest';
import type { PairAttributes, SerializedGraph } from '../../../server/api/types';
import { ingest } from '../../../server/ingest/ingest';
import { CERTAINTIES } from '../../../server/model/actors';
import { copyCorpus, type CorpusCopy } from '../../support/corpus-copy';
import { CURATED_DATA, startTestApp, type TestApp } from '../../support/test-app';

type PairGraph = SerializedGraph<never, PairAttributes>;

const VISITS = 'alice-leader|VISITS|southland';
/** Every certainty: a filter that keeps every claim but makes the request count the claims in the database. */
const EVERY_CERTAINTY = `certainty=${CERTAINTIES.join(',')}`;

const get = async (testApp: TestApp, path: string): Promise<PairGraph> =>
  (await request(testApp.app).get(path).expect(200)).body as PairGraph;

const nodesByKey = (graph: PairGraph) => Object.fromEntries(graph.nodes.map((node) => [node.key, node]));

const byKey = (graph: PairGraph) =>
  Object.fromEntries(graph.edges.map((edge) => [edge.key, { ...edge, attributes: { ...edge.attributes } }]));

describe('aggregated graphs from the per-pair summary', () => {
  describe('over the curated data', () => {
    let testApp: TestApp;

    beforeAll(async () => {
      testApp = await startTestApp(CURATED_DATA);
    });

    afterAll(async () => {
      await testApp.close();
    });

    // A filter makes the whole graph list only actors with a claim passing it, so only its edges are compared.
    it.each([
      ['the whole graph', '/api/graph?aggregate=pair&limit=5000', false],
      ['a depth-2 neighbourhood', '/api/subgraph?center=kim-jong-un&depth=2&limit=5000&aggregate=pair', true],
    ])(
      'when %s is asked with and without a filter that keeps every claim, then the edges are the same',
      async (_, path, sameActors) => {
        const summed = await get(testApp, path);
        const counted = await get(testApp, `${path}&${EVERY_CERTAINTY}`);
        expect(summed.edges.length).toBeGreaterThan(0);
        expect(byKey(summed)).toEqual(byKey(counted));
        expect(summed.attributes.claims).toBe(counted.attributes.claims);
        if (sameActors) expect(nodesByKey(summed)).toEqual(nodesByKey(counted));
      },
    );

    it('when the same aggregated graph is asked again, then it is the same answer, and 304 for its entity tag', async () => {
      const path = '/api/subgraph?center=kim-jong-un&depth=2&aggregate=pair';
      const first = await request(testApp.app).get(path).expect(200);
      const again = await request(testApp.app).get(path).expect(200);
      expect(first.headers['content-type']).toMatch(/^application\/json/);
      expect(again.text).toBe(first.text);
      expect(first.headers.etag).toMatch(/^".+"$/);
      expect(again.headers.etag).toBe(first.headers.etag);
      await request(testApp.app).get(path).set('If-None-Match', String(first.headers.etag)).expect(304);

      const plain = await request(testApp.app).get(path).set('Accept-Encoding', 'identity').expect(200);
      expect(first.headers['content-encoding']).toBe('gzip');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/Accept-Encoding/);
      expect(plain.text).toBe(first.text);
      expect(plain.headers.etag).not.toBe(first.headers.etag);

      const deeper = await request(testApp.app).get(path.replace('depth=2', 'depth=1')).expect(200);
      expect(deeper.headers.etag).not.toBe(first.headers.etag);
      expect((deeper.body as PairGraph).nodes.length).toBeLessThan((first.body as PairGraph).nodes.length);
    });

    it('when an aggregated graph names an unknown centre, then 404 each time, never a kept answer', async () => {
      for (let i = 0; i < 2; i += 1) {
        const response = await request(testApp.app)
          .get('/api/subgraph?center=nobody-at-all&depth=2&aggregate=pair')
          .expect(404);
        expect(response.body).toMatchObject({ error: { message: 'No actor with id "nobody-at-all"' } });
      }
    });
  });

  describe('when an ingestion changes claims', () => {
    let corpus: CorpusCopy;
    let testApp: TestApp;

    beforeAll(async () => {
      corpus = await copyCorpus('small');
      testApp = await startTestApp(corpus.dir);
    });

    afterAll(async () => {
      await testApp.close();
    });

    it('then the next aggregated answer counts the new claims, not the old summary or answer', async () => {
      const first = await request(testApp.app)
        .get('/api/subgraph?center=alice-leader&depth=1&aggregate=pair')
        .expect(200);
      const before = first.body as PairGraph;
      expect(before.edges.find((edge) => edge.key === VISITS)?.attributes).toMatchObject({
        claims: 1,
        dateFirst: '2019-12-30',
      });

      await corpus.edit(
        'sources/gazette-2020-01-02-summit.yaml',
        'claims:\n',
        [
          'claims:',
          '  - id: alice-visits-southland-2019-11',
          '    type: VISITS',
          '    from: alice-leader',
          '    to: southland',
          '    date: 2019-11-05',
          '    certainty: fact',
          '    summary: Alice Leader had visited Southland before.',
          '    evidence:',
          '      paragraph: 2',
          '',
        ].join('\n'),
      );
      await ingest(testApp.db, corpus.dir);

      const next = await request(testApp.app)
        .get('/api/subgraph?center=alice-leader&depth=1&aggregate=pair')
        .set('If-None-Match', String(first.headers.etag))
        .expect(200);
      const after = next.body as PairGraph;
      expect(after.edges.find((edge) => edge.key === VISITS)?.attributes).toMatchObject({
        claims: 2,
        dateFirst: '2019-11-05',
      });
      expect(after.attributes.claims).toBe(Number(before.attributes.claims) + 1);
    });
  });
});

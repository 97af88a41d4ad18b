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

    it('then the next aggregated answer counts the new claims, not the old summary', async () => {
      const before = await get(testApp, '/api/subgraph?center=alice-leader&depth=1&aggregate=pair');
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

      const after = await get(testApp, '/api/subgraph?center=alice-leader&depth=1&aggregate=pair');
      expect(after.edges.find((edge) => edge.key === VISITS)?.attributes).toMatchObject({
        claims: 2,
        dateFirst: '2019-11-05',
      });
      expect(after.attributes.claims).toBe(Number(before.attributes.claims) + 1);
    });
  });
});

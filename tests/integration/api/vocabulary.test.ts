// The vocabulary as the API serves it: families, sides, origins, imported events' provenance, symmetric types.
import request from 'supertest';
import type { ClaimGroup, Meta, RelationInfo, SerializedGraph } from '../../../server/api/types';
import { copyCorpus } from '../../support/corpus-copy';
import { startTestApp, type TestApp } from '../../support/test-app';

/** An ICEWS day: a threat imported with its provenance, and an alliance stated once each way round. */
const IMPORTED_SOURCE = `source:
  id: icews-2020-01-03
  title: ICEWS events of 2020-01-03
  publisher: ICEWS
  published: 2020-01-03
  authors: []
  origin: icews
claims:
  - id: icews-32890011
    type: THREATENS
    from: southland
    to: northland
    date: 2020-01-03
    certainty: fact
    summary: Southland threatens Northland.
    origin: icews
    provenance:
      eventId: '32890011'
      sentence: 3
      cameo: '138'
      cameoLabel: Threaten with military force
      goldstein: -7
      place: Border Town
      latitude: 40.5
      longitude: 120.25
  - id: northland-allied-with-southland
    type: ALLIED_WITH
    from: northland
    to: southland
    date: 2020-01
    certainty: fact
    summary: Northland calls Southland its ally.
    evidence:
      paragraph: 1
  - id: southland-allied-with-northland
    type: ALLIED_WITH
    from: southland
    to: northland
    date: 2020-01
    certainty: fact
    summary: Southland calls Northland its ally.
    evidence:
      paragraph: 2
`;

let testApp: TestApp;

beforeAll(async () => {
  const corpus = await copyCorpus('small');
  await corpus.write('sources/icews-2020-01-03.yaml', IMPORTED_SOURCE);
  testApp = await startTestApp(corpus.dir);
});

afterAll(async () => {
  await testApp.close();
});

const meta = async (): Promise<Meta> => (await request(testApp.app).get('/api/meta').expect(200)).body;
const relation = (body: Meta, type: string) =>
  body.relations.find((item) => item.type === type) as RelationInfo;

describe('the vocabulary in GET /api/meta', () => {
  it('when meta is asked, then it lists the families, the four sides in QuadClass order and the origins', async () => {
    const body = await meta();
    expect(body.families.map((item) => item.family)).toEqual(['event', 'stance', 'tie', 'intent']);
    expect(body.sides.map((item) => [item.side, item.quadClass])).toEqual([
      ['verbal-cooperation', 1],
      ['material-cooperation', 2],
      ['verbal-conflict', 3],
      ['material-conflict', 4],
    ]);
    expect(body.origins.map((item) => [item.origin, item.checked])).toEqual([
      ['curated', true],
      ['icews', false],
      ['gdelt', false],
      ['extracted', false],
    ]);
  });

  it.each([
    ['MEETS', 'event', true, { plover: 'CONSULT', side: 'verbal-cooperation', cameo: ['044'] }, 2.5],
    ['THREATENS', 'event', false, { plover: 'THREATEN', side: 'verbal-conflict', cameo: ['13'] }, -6.2],
    ['ALLIED_WITH', 'tie', true, undefined, undefined],
    ['DISTRUSTS', 'stance', false, undefined, undefined],
  ])(
    'when %s is listed, then it carries its family, symmetry, event coding and Goldstein mean',
    async (type, family, symmetric, event, mean) => {
      const info = relation(await meta(), type);
      expect(info).toMatchObject({ family, symmetric });
      expect(info.event).toEqual(event);
      expect(info.goldstein?.mean).toBe(mean);
    },
  );

  it('when claims of two origins are stored, then meta counts the claims of each', async () => {
    expect((await meta()).counts.claimsByOrigin).toEqual({ curated: 6, icews: 1 });
  });
});

describe('claims in served graphs', () => {
  it('when the graph is served, then each claim says its origin and an imported event carries its provenance', async () => {
    const graph: SerializedGraph = (await request(testApp.app).get('/api/graph').expect(200)).body;
    const byKey = new Map(graph.edges.map((edge) => [edge.key, edge.attributes]));
    expect(byKey.get('alice-leads-northland')).toMatchObject({ origin: 'curated', paragraph: 1 });
    expect(byKey.get('alice-leads-northland')).not.toHaveProperty('eventId');
    expect(byKey.get('icews-32890011')).toMatchObject({
      origin: 'icews',
      eventId: '32890011',
      eventSentence: 3,
      cameoCode: '138',
      cameoLabel: 'Threaten with military force',
      goldstein: -7,
      place: 'Border Town',
      latitude: 40.5,
      longitude: 120.25,
      paragraph: null,
    });
  });

  it("when an actor's details are asked, then a symmetric type's claims with one counterpart form one group", async () => {
    const details = (await request(testApp.app).get('/api/actors/northland').expect(200)).body;
    const groupsOf = (type: string): ClaimGroup[] =>
      details.claimsByType.find((item: { type: string }) => item.type === type)?.groups ?? [];
    expect(
      groupsOf('ALLIED_WITH').map((group) => [group.other.id, group.direction, group.claims.length]),
    ).toEqual([['southland', 'both', 2]]);
    expect(groupsOf('THREATENS').map((group) => [group.other.id, group.direction])).toEqual([
      ['southland', 'in'],
    ]);
  });

  it('when paths are asked against the stored direction of a claim, then they are found either way round', async () => {
    const response = await request(testApp.app)
      .get('/api/paths')
      .query({ from: 'northland', to: 'southland', types: 'THREATENS' })
      .expect(200);
    expect(response.body.attributes.paths).toEqual([
      { actors: ['northland', 'southland'], claims: ['icews-32890011'] },
    ]);
  });
});

// Claims among a neighbourhood are found from their cheaper end; an actor with hundreds of incoming claims takes
// the other way (matching between the two actors). Both ways must give every claim among the served actors.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { stringify } from 'yaml';
import type { SerializedGraph } from '../../../server/api/types';
import { startTestApp, type TestApp } from '../../support/test-app';

const PEOPLE = 30;
const MEETINGS_PER_PERSON = 8; // 240 incoming claims for each hub: more than the cheap-degree threshold

let testApp: TestApp;
let corpusDir: string;
/** Each claim's id and its two ends. */
const claimEnds = new Map<string, [string, string]>();
const claimIds = () => [...claimEnds.keys()];

function claim(id: string, from: string, to: string) {
  claimEnds.set(id, [from, to]);
  return {
    id,
    type: 'MEETS',
    from,
    to,
    date: '2021-03-04',
    certainty: 'fact',
    summary: `${from} meets ${to}.`,
    evidence: { paragraph: 1 },
  };
}

/** Two hubs met by everyone, a few claims between the hubs, and a chain of people. */
async function writeHubCorpus(dir: string): Promise<void> {
  const people = Array.from({ length: PEOPLE }, (_, i) => `person-${i}`);
  const actors = [
    { id: 'hub-east', name: 'Hub East', kind: 'state' },
    { id: 'hub-west', name: 'Hub West', kind: 'state' },
    ...people.map((id, i) => ({ id, name: `Person ${i}`, kind: 'person' })),
  ];
  const claims = [
    claim('east-meets-west-1', 'hub-east', 'hub-west'),
    claim('east-meets-west-2', 'hub-east', 'hub-west'),
    claim('west-meets-east', 'hub-west', 'hub-east'),
  ];
  people.forEach((person, i) => {
    for (let n = 0; n < MEETINGS_PER_PERSON; n += 1) {
      claims.push(claim(`${person}-meets-east-${n}`, person, 'hub-east'));
      claims.push(claim(`${person}-meets-west-${n}`, person, 'hub-west'));
    }
    if (i > 0) claims.push(claim(`${person}-meets-previous`, person, `person-${i - 1}`));
  });
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  await writeFile(path.join(dir, 'actors.yaml'), stringify({ actors }));
  const source = {
    id: 'hub-report',
    title: 'Who met the hubs',
    publisher: 'The Gazette',
    published: '2021-03-05',
  };
  await writeFile(path.join(dir, 'sources', 'hub-report.yaml'), stringify({ source, claims }));
}

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-hubs-'));
  await writeHubCorpus(corpusDir);
  testApp = await startTestApp(corpusDir);
});

afterAll(async () => {
  await testApp.close();
  await rm(corpusDir, { recursive: true, force: true });
});

describe('claims among the actors of a neighbourhood that holds hubs', () => {
  it('when every actor is served, then every claim is served once, hub-to-hub claims included', async () => {
    const response = await request(testApp.app)
      .get('/api/subgraph')
      .query({ center: 'person-0', depth: 2, limit: PEOPLE + 2 })
      .expect(200);
    const graph = response.body as SerializedGraph;
    expect(graph.nodes).toHaveLength(PEOPLE + 2);
    const served = graph.edges.map((edge) => edge.key);
    expect(new Set(served).size).toBe(served.length);
    expect([...served].sort()).toEqual(claimIds().sort());
    expect(served).toEqual(
      expect.arrayContaining(['east-meets-west-1', 'east-meets-west-2', 'west-meets-east']),
    );
    expect(graph.attributes.truncated).toBe(false);
  });

  it('when some actors are left out by the limit, then only the claims among the served ones come', async () => {
    const response = await request(testApp.app)
      .get('/api/subgraph')
      .query({ center: 'hub-east', depth: 1, limit: 3 })
      .expect(200);
    const graph = response.body as SerializedGraph;
    const served = new Set(graph.nodes.map((node) => node.key));
    expect(served.size).toBe(3);
    expect(graph.attributes.truncated).toBe(true);
    const expected = claimIds().filter((id) => {
      const [from, to] = claimEnds.get(id) ?? [];
      return served.has(from ?? '') && served.has(to ?? '');
    });
    expect(graph.edges.map((edge) => edge.key).sort()).toEqual(expected.sort());
  });
});

// Search ranks equally good matches by how connected the actor is, even when a short prefix matches many actors.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { stringify } from 'yaml';
import type { ActorHit } from '../../../server/api/types';
import { startTestApp, type TestApp } from '../../support/test-app';

const QUIET_ACTORS = 40;

let testApp: TestApp;
let corpusDir: string;

/** Forty actors named Vinka* with no claim, then Vinlo Star, met by a few others: the last one written. */
async function writePrefixCorpus(dir: string): Promise<void> {
  const quiet = Array.from({ length: QUIET_ACTORS }, (_, i) => ({
    id: `vinka-${i}`,
    name: `Vinka${i} Quiet`,
    kind: 'person',
  }));
  const others = ['ann', 'ben', 'cy'].map((id) => ({ id, name: `Other ${id}`, kind: 'person' }));
  const actors = [...quiet, ...others, { id: 'vinlo-star', name: 'Vinlo Star', kind: 'person' }];
  const claims = others.map((other) => ({
    id: `${other.id}-meets-star`,
    type: 'MEETS',
    from: other.id,
    to: 'vinlo-star',
    date: '2022-05-06',
    certainty: 'fact',
    summary: `${other.name} meets Vinlo Star.`,
    evidence: { paragraph: 1 },
  }));
  const source = {
    id: 'star-report',
    title: 'Who met the star',
    publisher: 'The Gazette',
    published: '2022-05-07',
  };
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  await writeFile(path.join(dir, 'actors.yaml'), stringify({ actors }));
  await writeFile(path.join(dir, 'sources', 'star-report.yaml'), stringify({ source, claims }));
}

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-prefix-'));
  await writePrefixCorpus(corpusDir);
  testApp = await startTestApp(corpusDir);
});

afterAll(async () => {
  await testApp.close();
  await rm(corpusDir, { recursive: true, force: true });
});

describe('GET /api/actors ranking', () => {
  it('when a short prefix matches many actors, then the best connected comes first', async () => {
    const response = await request(testApp.app).get('/api/actors').query({ q: 'vin', limit: 5 }).expect(200);
    const hits = response.body.actors as ActorHit[];
    expect(hits).toHaveLength(5);
    expect(hits[0]).toMatchObject({ id: 'vinlo-star', degree: 3 });
    expect(hits.slice(1).every((hit) => hit.id.startsWith('vinka-'))).toBe(true);
  });

  it('when a whole word is typed, then its exact match outranks the prefix matches', async () => {
    const response = await request(testApp.app)
      .get('/api/actors')
      .query({ q: 'vinka7', limit: 3 })
      .expect(200);
    const hits = response.body.actors as ActorHit[];
    expect(hits[0]?.id).toBe('vinka-7');
  });
});

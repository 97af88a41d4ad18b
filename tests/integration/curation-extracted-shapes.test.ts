// A save made of what the extractor proposed: its claims' `evidence.sentence` and `dateEnd: null`, its actors'
// `isNew` and `country: null` are accepted and left out of the files; actors of an import folder (data/<name>/)
// validate as ingestion has them, and a proposed actor may be merged into one of them.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { startCurationApp, type CurationApp } from '../support/curation';

const SOURCE_ID = 'courier-2020-03-04-envoy';
const TEXT = [
  'Envoy carries a message south',
  'Carol Envoy, sent by President Alice, met officials of Southland on March 3.',
].join('\n\n');

const IMPORTED_ACTORS = [
  'actors:',
  '  - id: carol-envoy',
  '    name: Carol Envoy',
  '    kind: person',
  '    country: NOR',
  '',
].join('\n');

/** One claim as POST /api/extract proposes it (its fields and extras), from `from` to Southland. */
function extractedClaim(from: string) {
  return {
    id: 'carol-envoy-meets-southland-2020-03-03',
    type: 'MEETS',
    from,
    to: 'southland',
    date: '2020-03-03',
    dateEnd: null,
    certainty: 'fact',
    assertedBy: null,
    confidence: 0.8,
    summary: 'Carol Envoy met officials of Southland.',
    evidence: { paragraph: 2, quote: 'met officials of Southland', sentence: TEXT.split('\n\n')[1] },
  };
}

let app: CurationApp;

beforeEach(async () => {
  app = await startCurationApp();
  await mkdir(path.join(app.corpus.dir, 'imported'));
  await app.corpus.write('imported/actors.yaml', IMPORTED_ACTORS);
});

afterEach(async () => {
  await app.close();
});

async function save(body: Record<string, unknown>, status: number): Promise<request.Response> {
  const curation = await request(app.app).get('/api/curation').expect(200);
  return request(app.app)
    .post('/api/sources')
    .send({
      source: { id: SOURCE_ID, title: 'Envoy carries a message south', publisher: 'The Courier' },
      text: TEXT,
      versions: { 'actors.yaml': curation.body.versions['actors.yaml'] },
      ...body,
    })
    .expect(status);
}

const readFileOf = (file: string) => readFile(path.join(app.corpus.dir, file), 'utf8');

describe('POST /api/sources with what the extractor proposed', () => {
  it('when a claim names an actor of an import folder and carries the extractor extras, then it saves without them and Neo4j serves it', async () => {
    const saved = await save(
      {
        claims: [extractedClaim('carol-envoy')],
        actors: [
          {
            id: 'carol-envoy',
            name: 'Carol Envoy',
            kind: 'person',
            aliases: [],
            country: 'NOR',
            isNew: false,
          },
        ],
      },
      200,
    );
    expect(saved.body.ingest).toMatchObject({ ok: true });
    const claims = parse(await readFileOf(`sources/${SOURCE_ID}.yaml`)).claims;
    expect(claims).toEqual([
      {
        id: 'carol-envoy-meets-southland-2020-03-03',
        type: 'MEETS',
        from: 'carol-envoy',
        to: 'southland',
        date: '2020-03-03',
        certainty: 'fact',
        assertedBy: null,
        summary: 'Carol Envoy met officials of Southland.',
        evidence: { paragraph: 2, quote: 'met officials of Southland' },
        origin: 'curated',
      },
    ]);
    expect(await readFileOf('actors.yaml')).not.toContain('carol-envoy');
    expect(await readFileOf('imported/actors.yaml')).toBe(IMPORTED_ACTORS);
    await request(app.app).get('/api/actors/carol-envoy').expect(200);
  });

  it('when a proposed actor with no country is merged into an imported actor, then the claim names the imported one', async () => {
    const saved = await save(
      {
        claims: [extractedClaim('envoy-carol')],
        actors: [
          {
            id: 'envoy-carol',
            name: 'Envoy Carol',
            kind: 'person',
            aliases: [],
            country: null,
            isNew: true,
            mergeInto: 'carol-envoy',
          },
        ],
      },
      200,
    );
    expect(saved.body.merged).toEqual({ 'envoy-carol': 'carol-envoy' });
    const claims = parse(await readFileOf(`sources/${SOURCE_ID}.yaml`)).claims as Array<{ from: string }>;
    expect(claims.map((claim) => claim.from)).toEqual(['carol-envoy']);
    expect(await readFileOf('imported/actors.yaml')).toBe(IMPORTED_ACTORS);
  });

  it('when two new actors are added, one with no country, then both are appended in order and the file leaves that country out', async () => {
    await save(
      {
        claims: [extractedClaim('dana-envoy')],
        actors: [
          { id: 'dana-envoy', name: 'Dana Envoy', kind: 'person', aliases: [], country: null, isNew: true },
          { id: 'eve-envoy', name: 'Eve Envoy', kind: 'person', aliases: [], country: 'NOR', isNew: true },
        ],
      },
      200,
    );
    const actors = parse(await readFileOf('actors.yaml')).actors as Array<Record<string, unknown>>;
    expect(actors.find((actor) => actor.id === 'dana-envoy')).toEqual({
      id: 'dana-envoy',
      name: 'Dana Envoy',
      kind: 'person',
      aliases: [],
    });
    expect(actors.slice(-2).map((actor) => actor.id)).toEqual(['dana-envoy', 'eve-envoy']);
  });

  it('when a claim names an actor no registry has, then the save is refused with 422 at the claim field', async () => {
    const refused = await save({ claims: [extractedClaim('nobody-known')], actors: [] }, 422);
    expect(refused.body.error.issues.map((issue: { field: string }) => issue.field)).toEqual([
      'claims[0].from',
    ]);
  });
});

// Curation's write path through HTTP on a temporary copy of the curation fixture and the real test Neo4j: a saved
// article lands in the files (and nowhere else), Neo4j mirrors it, and a bad or stale save writes nothing.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { snapshotFolder, startCurationApp, type CurationApp } from '../support/curation';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE_ID = 'courier-2020-03-04-envoy';

const ARTICLE = [
  'Envoy carries a message south',
  'Carol Envoy, sent by President Alice, met officials of Southland on March 3.',
  'She asked the South to reopen the border crossing, the Courier learned.',
].join('\n\n');

/** A reviewed article: two claims, one new actor, a new name for a known one. */
function article(overrides: Record<string, unknown> = {}) {
  return {
    source: {
      id: SOURCE_ID,
      title: 'Envoy carries a message south',
      publisher: 'The Courier',
      published: '2020-03-04',
      authors: ['Dan Writer'],
      url: 'https://courier.example.org/envoy',
    },
    text: ARTICLE,
    claims: [
      {
        id: 'carol-envoy-meets-southland-2020-03-03',
        type: 'MEETS',
        from: 'carol-envoy',
        to: 'southland',
        date: '2020-03-03',
        certainty: 'fact',
        summary: 'Carol Envoy met officials of Southland.',
        evidence: { paragraph: 2, quote: 'met officials of Southland' },
      },
      {
        id: 'carol-envoy-requests-southland-2020-03',
        type: 'REQUESTS',
        from: 'carol-envoy',
        to: 'southland',
        date: '2020-03',
        certainty: 'claim',
        assertedBy: 'carol-envoy',
        summary: 'Carol Envoy asked Southland to reopen the crossing, as the Courier learned.',
        evidence: { paragraph: 3, quote: 'reopen the border crossing' },
      },
    ],
    actors: [
      { id: 'carol-envoy', name: 'Carol Envoy', kind: 'person', aliases: ['the envoy'], country: 'NOR' },
      { id: 'southland', name: 'Southland', kind: 'state', aliases: ['the South', 'Southern Republic'] },
    ],
    ...overrides,
  };
}

function runIngestCheck(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'server', 'cli', 'ingest.ts'), '--check', dir],
      { cwd: ROOT },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const read = (app: CurationApp, file: string) => readFile(path.join(app.corpus.dir, file), 'utf8');

async function actorsVersion(app: CurationApp): Promise<string> {
  const status = await request(app.app).get('/api/curation').expect(200);
  return status.body.versions['actors.yaml'] as string;
}

describe('POST /api/sources', () => {
  let app: CurationApp;

  beforeEach(async () => {
    app = await startCurationApp();
  });

  afterEach(async () => {
    await app.close();
  });

  it('when a reviewed article with two claims and a new actor is saved, then the files hold exactly them, ingestion passes and Neo4j serves them', async () => {
    const actorsBefore = await read(app, 'actors.yaml');
    const body = article({ versions: { 'actors.yaml': await actorsVersion(app) } });
    const saved = await request(app.app).post('/api/sources').send(body).expect(200);

    expect(
      saved.body.files.map((file: { file: string; change: string }) => [file.file, file.change]),
    ).toEqual([
      [`sources/${SOURCE_ID}.txt`, 'created'],
      [`sources/${SOURCE_ID}.yaml`, 'created'],
      ['actors.yaml', 'updated'],
    ]);
    expect(saved.body).toMatchObject({
      claims: 2,
      actorsAdded: 1,
      ingest: { ok: true, claims: { added: 2 } },
    });

    const sourceYaml = await read(app, `sources/${SOURCE_ID}.yaml`);
    expect(sourceYaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/source.schema.json');
    const file = parse(sourceYaml);
    expect(file.source).toEqual({ ...body.source, published: '2020-03-04' });
    expect(file.claims).toEqual([
      { ...body.claims[0], assertedBy: null, origin: 'curated' },
      { ...body.claims[1], origin: 'curated' },
    ]);
    expect(await read(app, `sources/${SOURCE_ID}.txt`)).toBe(`${ARTICLE}\n`);

    // actors.yaml: the new actor appended, Southland's new name added, and every other line (comments too) kept.
    const actorsAfter = await read(app, 'actors.yaml');
    const actors = parse(actorsAfter).actors as Array<Record<string, unknown>>;
    expect(actors.find((actor) => actor.id === 'carol-envoy')).toEqual({
      id: 'carol-envoy',
      name: 'Carol Envoy',
      kind: 'person',
      aliases: ['the envoy'],
      country: 'NOR',
    });
    expect(actors.find((actor) => actor.id === 'southland')?.aliases).toEqual([
      'the South',
      'Southern Republic',
    ]);
    const removed = actorsBefore.split('\n').filter((line) => !actorsAfter.split('\n').includes(line));
    expect(removed).toEqual(['    aliases: [the South]']);
    expect(actorsAfter).toContain('  - id: bob-analyst # quoted by The Review\n');
    expect(actorsAfter).toContain('  # --- States ---\n');

    // The saved versions are the files' versions, as the GET reports them.
    const source = await request(app.app).get(`/api/curation/sources/${SOURCE_ID}`).expect(200);
    expect(source.body.versions).toEqual(saved.body.versions);
    expect(source.body.text).toBe(`${ARTICLE}\n`);
    expect(source.body.claims.map((claim: { id: string }) => claim.id)).toEqual(body.claims.map((c) => c.id));

    const check = await runIngestCheck(app.corpus.dir);
    expect(check).toMatchObject({ code: 0 });
    expect(check.output).toMatch(/is valid: 6 actors, 3 sources, 7 claims/);

    const carol = await request(app.app).get('/api/actors/carol-envoy').expect(200);
    const claimIds = carol.body.claimsByType.flatMap(
      (group: { groups: Array<{ claims: Array<{ id: string }> }> }) =>
        group.groups.flatMap((g) => g.claims.map((claim) => claim.id)),
    );
    expect(claimIds.sort()).toEqual(body.claims.map((claim) => claim.id).sort());
  });

  it('when a proposed actor is merged into a known one, then its claims name the known actor and its names become aliases', async () => {
    const body = article({
      actors: [
        { id: 'carol-envoy', name: 'Carol Envoy', kind: 'person' },
        {
          id: 'the-south',
          name: 'The South',
          kind: 'state',
          aliases: ['Southern neighbour'],
          mergeInto: 'southland',
        },
      ],
      claims: article().claims.map((claim) => ({ ...claim, to: 'the-south' })),
      versions: { 'actors.yaml': await actorsVersion(app) },
    });
    const saved = await request(app.app).post('/api/sources').send(body).expect(200);
    expect(saved.body.merged).toEqual({ 'the-south': 'southland' });
    const claims = parse(await read(app, `sources/${SOURCE_ID}.yaml`)).claims as Array<{ to: string }>;
    expect(claims.map((claim) => claim.to)).toEqual(['southland', 'southland']);
    const actors = parse(await read(app, 'actors.yaml')).actors as Array<Record<string, unknown>>;
    expect(actors.map((actor) => actor.id)).not.toContain('the-south');
    expect(actors.find((actor) => actor.id === 'southland')?.aliases).toEqual([
      'the South',
      'The South',
      'Southern neighbour',
    ]);
  });

  it('when a claim is bad, then nothing is written and each problem names its field', async () => {
    const before = await snapshotFolder(app.corpus.dir);
    const claims = article().claims;
    const body = article({
      versions: { 'actors.yaml': await actorsVersion(app) },
      claims: [
        { ...claims[0], date: '2020-02-30' },
        { ...claims[1], evidence: { paragraph: 2, quote: 'reopen the border crossing' } },
      ],
    });
    const refused = await request(app.app).post('/api/sources').send(body).expect(422);
    expect(refused.body.error.code).toBe('invalid_data');
    const fields = refused.body.error.issues.map((issue: { field: string }) => issue.field).sort();
    expect(fields).toEqual(['claims[0].date', 'claims[1].evidence.quote']);
    expect(refused.body.error.message).toMatch(/^claims\[0\]\.date: "2020-02-30" is not a real date/);
    expect(refused.body.error.issues[1].message).toMatch(/the quote is in paragraph 3, not 2/);
    expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
  });

  const first = () => article().claims[0]!;
  it.each<[string, number, string, () => Record<string, unknown>]>([
    ['a text beyond the 1 MB limit', 400, 'text', () => ({ text: 'word '.repeat(210_000) })],
    ['binary text', 400, 'text', () => ({ text: `${ARTICLE}\u0000\u0001\u0002` })],
    [
      'a source id that is no slug',
      400,
      'source.id',
      () => ({ source: { ...article().source, id: '../x' } }),
    ],
    ['claims that are no list', 400, 'claims', () => ({ claims: 'many' })],
    ['an unknown field', 400, 'extra', () => ({ extra: true })],
    [
      'an unknown actor id',
      422,
      'claims[0].from',
      () => ({ claims: [{ ...first(), from: 'nobody-known' }] }),
    ],
    [
      'a date that does not exist',
      422,
      'claims[0].date',
      () => ({ claims: [{ ...first(), date: '2019-02-29' }] }),
    ],
    [
      'a quote not in the text',
      422,
      'claims[0].evidence.quote',
      () => ({ claims: [{ ...first(), evidence: { paragraph: 2, quote: 'words nobody wrote' } }] }),
    ],
    [
      'a paragraph out of range',
      422,
      'claims[0].evidence.paragraph',
      () => ({ claims: [{ ...first(), evidence: { paragraph: 9 } }] }),
    ],
    [
      'a claim of another origin',
      422,
      'claims[0].origin',
      () => ({ claims: [{ ...first(), origin: 'extracted' }] }),
    ],
    ['an unknown claim field', 422, 'claims[0].mood', () => ({ claims: [{ ...first(), mood: 'tense' }] })],
    [
      'a bad publication date',
      422,
      'source.published',
      () => ({ source: { ...article().source, published: '2020-13' } }),
    ],
    [
      'a new actor of an unknown kind',
      422,
      'actors[0].kind',
      () => ({ actors: [{ id: 'carol-envoy', name: 'Carol Envoy', kind: 'wizard' }, article().actors[1]] }),
    ],
    [
      'a merge into an unknown actor',
      422,
      'actors[2].mergeInto',
      () => ({ actors: [...article().actors, { id: 'x-proposed', name: 'X', mergeInto: 'atlantis' }] }),
    ],
  ])(
    'when the save has %s, then it answers %i naming %s and writes nothing',
    async (_what, status, field, change) => {
      const before = await snapshotFolder(app.corpus.dir);
      const body = { ...article({ versions: { 'actors.yaml': await actorsVersion(app) } }), ...change() };
      const refused = await request(app.app).post('/api/sources').send(body).expect(status);
      const named =
        status === 400
          ? refused.body.error.parameter
          : refused.body.error.issues.map((issue: { field: string | null }) => issue.field);
      expect(named).toEqual(status === 400 ? field : expect.arrayContaining([field]));
      expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
    },
  );

  it('when the version of actors.yaml is stale or missing, then the save is refused with 409 naming the file', async () => {
    const before = await snapshotFolder(app.corpus.dir);
    const stale = await request(app.app)
      .post('/api/sources')
      .send(article({ versions: { 'actors.yaml': 'an-old-version' } }))
      .expect(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', file: 'actors.yaml' });
    expect(stale.body.error.message).toMatch(/actors\.yaml changed since it was read/);
    const missing = await request(app.app).post('/api/sources').send(article()).expect(409);
    expect(missing.body.error).toMatchObject({ code: 'version_conflict', file: 'actors.yaml' });
    expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
  });

  it('when a saved source is saved again, then it needs the versions of its files, and with them replaces it', async () => {
    const versions = { 'actors.yaml': await actorsVersion(app) };
    const saved = await request(app.app).post('/api/sources').send(article({ versions })).expect(200);
    const claims = article().claims.map((claim) => ({
      ...claim,
      summary: `${claim.summary} (reviewed again)`,
    }));
    const withoutVersions = await request(app.app).post('/api/sources').send(article({ claims })).expect(409);
    expect(withoutVersions.body.error).toMatchObject({
      code: 'version_conflict',
      file: `sources/${SOURCE_ID}.yaml`,
    });
    expect(withoutVersions.body.error.message).toMatch(/exists, and the request carries no version of it/);
    const again = await request(app.app)
      .post('/api/sources')
      .send(article({ claims, versions: saved.body.versions }))
      .expect(200);
    expect(again.body.files.map((file: { file: string }) => file.file)).toEqual([
      `sources/${SOURCE_ID}.yaml`,
    ]);
    expect(again.body.ingest).toMatchObject({ ok: true, claims: { updated: 2 } });
    const file = parse(await read(app, `sources/${SOURCE_ID}.yaml`));
    expect(file.claims[1].summary).toMatch(/\(reviewed again\)$/);
  });
});

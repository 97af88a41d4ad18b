// POST /api/extract through HTTP: the extractor's JSON (the shape `npm run extract -- --json` prints), resolved
// against the data folder's registries, nothing written; bad input gets a 400 naming its field.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { snapshotFolder, startCurationApp, type CurationApp } from '../support/curation';

const ROOT = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);

const ARTICLE = [
  'Leaders meet at the border',
  'President Alice met the leaders of Southland in the capital on Monday, officials said.',
  'Bob Analyst said Alice Leader distrusts Southland and will ask it to reopen the border.',
].join('\n\n');

const BODY = {
  text: ARTICLE,
  title: 'Leaders meet at the border',
  publisher: 'The Gazette',
  published: '2020-03-04',
  url: 'https://gazette.example.org/border',
};

let app: CurationApp;

beforeAll(async () => {
  app = await startCurationApp();
});

afterAll(async () => {
  await app.close();
});

describe('POST /api/extract', () => {
  it('when an article is sent, then it answers what npm run extract -- --json prints for it, and writes nothing', async () => {
    const before = await snapshotFolder(app.corpus.dir);
    const answer = await request(app.app).post('/api/extract').send(BODY).expect(200);
    expect(answer.body.source).toMatchObject({
      title: BODY.title,
      publisher: BODY.publisher,
      published: BODY.published,
      url: BODY.url,
    });
    expect(answer.body.claims.length).toBeGreaterThan(0);
    expect(answer.body.actors.find((actor: { id: string }) => actor.id === 'alice-leader')).toMatchObject({
      isNew: false,
    });
    const articleFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'actorgraph-extract-')), 'a.txt');
    await writeFile(articleFile, ARTICLE);
    const cli = await run(
      'npx',
      [
        'tsx',
        'server/cli/extract.ts',
        articleFile,
        '--json',
        '--data',
        app.corpus.dir,
        '--title',
        BODY.title,
        '--publisher',
        BODY.publisher,
        '--published',
        BODY.published,
        '--url',
        BODY.url,
      ],
      { cwd: ROOT },
    ).catch((error: { stdout: string }) => error);
    expect(answer.body).toEqual(JSON.parse(cli.stdout));
    expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
  });

  it('when an actor is known only to an import folder, then the extractor resolves the name to it', async () => {
    await mkdir(path.join(app.corpus.dir, 'imported'));
    await app.corpus.write(
      'imported/actors.yaml',
      'actors:\n  - id: carol-envoy\n    name: Carol Envoy\n    kind: person\n',
    );
    const answer = await request(app.app)
      .post('/api/extract')
      .send({ text: `${ARTICLE}\n\nCarol Envoy met President Alice in Southland on Tuesday.` })
      .expect(200);
    expect(answer.body.actors.find((actor: { id: string }) => actor.id === 'carol-envoy')).toMatchObject({
      isNew: false,
    });
    await app.corpus.remove('imported');
  });

  it.each([
    ['no text', 'text', { title: 'x' }],
    ['an empty text', 'text', { text: '  \n ' }],
    ['binary', 'text', { text: `PK\u0003\u0004${'\u0000'.repeat(20)}` }],
    ['a text over the limit', 'text', { text: `${'The word. '.repeat(110_000)}` }],
    [
      'a text that is not English',
      'text',
      {
        text: 'Der Bundeskanzler traf gestern den französischen Präsidenten zu Gesprächen über Wirtschaft und Handel',
      },
    ],
    ['a date that does not exist', 'published', { ...BODY, published: '2020-02-30' }],
    ['a date that is no day', 'published', { ...BODY, published: '2020-02' }],
    ['a title that is not text', 'title', { ...BODY, title: 42 }],
    ['an unknown field', 'author', { ...BODY, author: 'someone' }],
  ])('when the body has %s, then it is refused with 400 naming %s', async (_case, field, body) => {
    const refused = await request(app.app).post('/api/extract').send(body).expect(400);
    expect(refused.body.error).toMatchObject({ code: 'invalid_parameter', parameter: field });
  });

  it('when another site posts an article, then it is refused as a write would be', async () => {
    const refused = await request(app.app)
      .post('/api/extract')
      .set('Origin', 'https://elsewhere.example')
      .send(BODY)
      .expect(403);
    expect(refused.body.error.code).toBe('cross_origin');
  });
});

describe('POST /api/extract with curation off', () => {
  it('when curation is off, then extraction is refused with 403 curation_off, as the review screen is hidden', async () => {
    const off = await startCurationApp({ enabled: false });
    try {
      const refused = await request(off.app).post('/api/extract').send(BODY).expect(403);
      expect(refused.body.error.code).toBe('curation_off');
    } finally {
      await off.close();
    }
  });
});

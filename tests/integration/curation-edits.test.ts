// Editing, retracting and merging through HTTP: only the lines of the claim or actor changed move in the files,
// stale versions are refused, and Neo4j follows.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { snapshotFolder, startCurationApp, type CurationApp } from '../support/curation';

const GAZETTE = 'sources/gazette-2020-01-02-summit.yaml';
const REVIEW = 'sources/review-2020-02-analysis.yaml';

let app: CurationApp;

beforeEach(async () => {
  app = await startCurationApp();
});

afterEach(async () => {
  await app.close();
});

const read = (file: string) => readFile(path.join(app.corpus.dir, file), 'utf8');

/** The lines of `after` that `before` lacks, and those of `before` that `after` lacks. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((line) => !a.includes(line)), removed: a.filter((line) => !b.includes(line)) };
}

async function versionsOf(sourceId: string): Promise<Record<string, string>> {
  return (await request(app.app).get(`/api/curation/sources/${sourceId}`).expect(200)).body.versions;
}

/** The ids of actor `id`'s claims, as Neo4j serves them. */
async function claimIdsOf(id: string): Promise<string[]> {
  const details = await request(app.app).get(`/api/actors/${id}`).expect(200);
  return details.body.claimsByType
    .flatMap((type: { groups: Array<{ claims: Array<{ id: string }> }> }) =>
      type.groups.flatMap((group) => group.claims.map((claim) => claim.id)),
    )
    .sort();
}

describe('GET /api/curation/sources/:id and its text', () => {
  it('when a source is read, then its claims, text and file versions come back, and its paragraphs are numbered', async () => {
    const source = await request(app.app).get('/api/curation/sources/gazette-2020-01-02-summit').expect(200);
    expect(source.body.source.title).toBe('Leaders meet at the border');
    expect(source.body.claims).toHaveLength(2);
    expect(Object.keys(source.body.versions).sort()).toEqual([
      'actors.yaml',
      'sources/gazette-2020-01-02-summit.txt',
      GAZETTE,
    ]);
    const text = await request(app.app)
      .get('/api/curation/sources/gazette-2020-01-02-summit/text')
      .expect(200);
    expect(text.body.paragraphs[1]).toMatchObject({
      number: 2,
      text: expect.stringContaining('crossed the border'),
    });
    expect(text.body.version).toBe(source.body.versions['sources/gazette-2020-01-02-summit.txt']);
  });

  it.each([
    ['/api/curation/sources/no-such-source', 404],
    ['/api/curation/sources/no-such-source/text', 404],
    ['/api/curation/sources/Not_A_Slug', 400],
    ['/api/actors/nobody/references', 404],
  ])('when %s is asked for, then it answers %i', async (url, status) => {
    await request(app.app).get(url).expect(status);
  });
});

describe('PATCH /api/claims/:id', () => {
  it('when a claim is edited, then only its changed lines move and Neo4j serves the new values', async () => {
    const before = await read(GAZETTE);
    const edited = await request(app.app)
      .patch('/api/claims/alice-visits-southland-2019-12')
      .send({
        claim: { summary: 'Alice Leader spent two days in Southland.', dateEnd: null },
        versions: { [GAZETTE]: (await versionsOf('gazette-2020-01-02-summit'))[GAZETTE] },
      })
      .expect(200);
    expect(edited.body).toMatchObject({ action: 'edit-claim', ingest: { ok: true, claims: { updated: 1 } } });
    expect(lineDiff(before, await read(GAZETTE))).toEqual({
      added: ['    summary: Alice Leader spent two days in Southland.'],
      removed: ['    dateEnd: 2019-12-31', '    summary: Alice Leader travelled to Southland for two days.'],
    });
    const details = await request(app.app).get('/api/actors/southland').expect(200);
    const claim = details.body.claimsByType
      .flatMap((type: { groups: Array<{ claims: unknown[] }> }) =>
        type.groups.flatMap((group) => group.claims),
      )
      .find((c: { id: string }) => c.id === 'alice-visits-southland-2019-12');
    expect(claim).toMatchObject({ summary: 'Alice Leader spent two days in Southland.', dateEnd: null });
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['a date that does not exist', 'claim.date', { date: '2019-11-31' }],
    ['an unknown actor', 'claim.to', { to: 'atlantis' }],
    [
      'a quote not in its paragraph',
      'claim.evidence.quote',
      { evidence: { paragraph: 1, quote: 'crossed the border' } },
    ],
    ['a relation type that does not exist', 'claim.type', { type: 'ADMIRES' }],
  ])('when an edit gives %s, then 422 names %s and nothing is written', async (_what, field, fields) => {
    const before = await snapshotFolder(app.corpus.dir);
    const versions = await versionsOf('gazette-2020-01-02-summit');
    const refused = await request(app.app)
      .patch('/api/claims/alice-visits-southland-2019-12')
      .send({ claim: fields, versions: { [GAZETTE]: versions[GAZETTE] } })
      .expect(422);
    expect(refused.body.error.issues.map((issue: { field: string }) => issue.field)).toContain(field);
    expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
  });

  it('when the file changed since it was read, then the edit is refused with 409 naming it', async () => {
    const versions = await versionsOf('gazette-2020-01-02-summit');
    await app.corpus.edit(GAZETTE, 'Alice Leader heads Northland.', 'Alice Leader rules Northland.');
    const before = await snapshotFolder(app.corpus.dir);
    const refused = await request(app.app)
      .patch('/api/claims/alice-visits-southland-2019-12')
      .send({ claim: { summary: 'Lost?' }, versions: { [GAZETTE]: versions[GAZETTE] } })
      .expect(409);
    expect(refused.body.error).toMatchObject({ code: 'version_conflict', file: GAZETTE });
    expect(refused.body.error.message).toMatch(/changed since it was read/);
    expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
  });

  it('when two edits start from the same read version, then the second gets 409 naming the claim the first changed', async () => {
    const versions = await versionsOf('gazette-2020-01-02-summit');
    await request(app.app)
      .patch('/api/claims/alice-visits-southland-2019-12')
      .send({ claim: { summary: 'First tab: two days.' }, versions: { [GAZETTE]: versions[GAZETTE] } })
      .expect(200);
    const before = await snapshotFolder(app.corpus.dir);
    const refused = await request(app.app)
      .patch('/api/claims/alice-leads-northland')
      .send({ claim: { summary: 'Second tab.' }, versions: { [GAZETTE]: versions[GAZETTE] } })
      .expect(409);
    expect(refused.body.error).toMatchObject({
      code: 'version_conflict',
      file: GAZETTE,
      givenVersion: versions[GAZETTE],
      changes: { added: [], removed: [], changed: ['alice-visits-southland-2019-12'] },
    });
    expect(refused.body.error.message).toContain(
      `${GAZETTE} changed since it was read: claim alice-visits-southland-2019-12 changed`,
    );
    expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
  });

  it('when the version read is one this server never handed out, then the 409 says it is no longer known', async () => {
    const unserved = createHash('sha256')
      .update(await readFile(path.join(app.corpus.dir, GAZETTE)))
      .digest('base64url');
    await app.corpus.edit(GAZETTE, 'Alice Leader heads Northland.', 'Alice Leader rules Northland.');
    const refused = await request(app.app)
      .patch('/api/claims/alice-visits-southland-2019-12')
      .send({ claim: { summary: 'Lost?' }, versions: { [GAZETTE]: unserved } })
      .expect(409);
    expect(refused.body.error).toMatchObject({ code: 'version_conflict', file: GAZETTE, changes: null });
    expect(refused.body.error.message).toMatch(
      /changed since it was read; the version read is no longer known/,
    );
  });

  it('when the claim does not exist, then 404', async () => {
    await request(app.app)
      .patch('/api/claims/no-such-claim')
      .send({ claim: { summary: 'x' }, versions: {} })
      .expect(404);
  });
});

describe('DELETE /api/claims/:id', () => {
  it('when a claim is retracted, then its lines leave the file, the rest stays, and Neo4j no longer has it', async () => {
    const before = await read(REVIEW);
    expect(await claimIdsOf('bob-analyst')).toContain('bob-assesses-alice');
    const retracted = await request(app.app)
      .delete('/api/claims/bob-assesses-alice')
      .send({ versions: { [REVIEW]: (await versionsOf('review-2020-02-analysis'))[REVIEW] } })
      .expect(200);
    expect(retracted.body).toMatchObject({
      action: 'retract-claim',
      ingest: { ok: true, claims: { removed: 1 } },
    });
    const after = await read(REVIEW);
    const removedBlock = before.slice(
      before.indexOf('  - id: bob-assesses-alice'),
      before.indexOf('  - id: northland-'),
    );
    expect(after).toBe(before.replace(removedBlock, ''));
    expect(await claimIdsOf('bob-analyst')).not.toContain('bob-assesses-alice');
  });
});

describe('POST /api/actors/:id/merge', () => {
  it('when an actor is merged into another, then every reference is rewritten, its names become aliases and it leaves actors.yaml', async () => {
    const actorsBefore = await read('actors.yaml');
    const reviewBefore = await read(REVIEW);
    const references = await request(app.app).get('/api/actors/northern-republic/references').expect(200);
    expect(references.body.references).toEqual([
      { file: REVIEW, claim: 'bob-assesses-northern-republic', fields: ['to'] },
    ]);
    const merged = await request(app.app)
      .post('/api/actors/northern-republic/merge')
      .send({ into: 'northland', versions: references.body.versions })
      .expect(200);
    expect(merged.body).toMatchObject({
      merged: 'northern-republic',
      into: 'northland',
      aliasesAdded: ['Northern Republic', 'the Republic'],
      referencesRewritten: 1,
    });

    expect(lineDiff(reviewBefore, await read(REVIEW))).toEqual({
      added: ['    to: northland'],
      removed: ['    to: northern-republic'],
    });
    const actorsAfter = await read('actors.yaml');
    const actors = parse(actorsAfter).actors as Array<{ id: string; aliases?: string[] }>;
    expect(actors.map((actor) => actor.id)).toEqual([
      'alice-leader',
      'bob-analyst',
      'northland',
      'southland',
    ]);
    expect(actors.find((actor) => actor.id === 'northland')?.aliases).toEqual([
      'Northern Republic',
      'the Republic',
    ]);
    expect(lineDiff(actorsBefore, actorsAfter).added).toEqual([
      '    aliases: [Northern Republic, the Republic]',
    ]);
    expect(actorsAfter).toContain('  # --- States ---\n');

    await request(app.app).get('/api/actors/northern-republic').expect(404);
    expect(await claimIdsOf('northland')).toContain('bob-assesses-northern-republic');
  });

  it('when a source file changed after the references were read, then the merge is refused with 409 naming it', async () => {
    const references = await request(app.app).get('/api/actors/northern-republic/references').expect(200);
    await app.corpus.edit(
      REVIEW,
      "Bob Analyst reads Northland's view",
      "Bob Analyst reads the Republic's view",
    );
    const before = await snapshotFolder(app.corpus.dir);
    const refused = await request(app.app)
      .post('/api/actors/northern-republic/merge')
      .send({ into: 'northland', versions: references.body.versions })
      .expect(409);
    expect(refused.body.error.file).toBe(REVIEW);
    expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
  });

  it.each([
    ['itself', 400, 'northern-republic'],
    ['an unknown actor', 400, 'atlantis'],
  ])('when an actor is merged into %s, then %i and nothing is written', async (_what, status, into) => {
    const before = await snapshotFolder(app.corpus.dir);
    const references = await request(app.app).get('/api/actors/northern-republic/references').expect(200);
    const refused = await request(app.app)
      .post('/api/actors/northern-republic/merge')
      .send({ into, versions: references.body.versions })
      .expect(status);
    expect(refused.body.error.parameter).toBe('into');
    expect(await snapshotFolder(app.corpus.dir)).toEqual(before);
  });
});

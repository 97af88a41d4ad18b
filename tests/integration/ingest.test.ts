// Ingestion against the real test Neo4j: loading, mirroring edits, refusing bad input, surviving a crash.
import type { Database } from '../../server/db/database';
import { CorpusValidationError } from '../../server/ingest/data-issue';
import { ingest } from '../../server/ingest/ingest';
import { copyCorpus } from '../support/corpus-copy';
import { dumpGraph, emptyDatabase, openTestDatabase } from '../support/test-neo4j';

const SUMMIT = 'sources/gazette-2020-01-02-summit.yaml';

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

beforeEach(async () => {
  await emptyDatabase(db);
});

afterAll(async () => {
  await db.close();
});

/** The graph a fresh ingestion of `dir` gives in an empty database. */
async function freshDump(dir: string) {
  await emptyDatabase(db);
  await ingest(db, dir);
  return dumpGraph(db);
}

describe('ingestion', () => {
  it('when the small corpus is ingested, then every actor, source and claim is written once', async () => {
    const corpus = await copyCorpus('small');
    const report = await ingest(db, corpus.dir);
    expect(report.actors).toEqual({ added: 4, updated: 0, removed: 0, unchanged: 0 });
    expect(report.sources).toEqual({ added: 2, updated: 0, removed: 0, unchanged: 0 });
    expect(report.claims).toEqual({ added: 4, updated: 0, removed: 0, unchanged: 0 });
    const dump = await dumpGraph(db);
    expect(dump.nodes).toHaveLength(6);
    expect(dump.relationships).toHaveLength(4);
  });

  it('when a claim is read back, then its properties and provenance are intact', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    const { rows } = await db.run(
      `MATCH (from:Actor)-[claim {id: 'alice-visits-southland-2019-12'}]->(to:Actor)
       RETURN type(claim) AS type, from.id AS from, to.id AS to, properties(claim) AS claim`,
      {},
      'READ',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      type: 'VISITS',
      from: 'alice-leader',
      to: 'southland',
      claim: {
        id: 'alice-visits-southland-2019-12',
        sourceId: 'gazette-2020-01-02-summit',
        date: '2019-12-30',
        dateEnd: '2019-12-31',
        dateFirst: '2019-12-30',
        dateLast: '2019-12-31',
        certainty: 'fact',
        summary: 'Alice Leader travelled to Southland for two days.',
        paragraph: 2,
        quote: 'crossed the border',
      },
    });
    expect((rows[0]?.claim as Record<string, unknown>).assertedBy).toBeUndefined();
    const attributed = await db.run(
      "MATCH ()-[claim {id: 'northland-seeks-leverage-over-southland'}]->() RETURN claim.assertedBy AS by, claim.dateFirst AS first, claim.dateLast AS last",
      {},
      'READ',
    );
    expect(attributed.rows[0]).toEqual({ by: 'bob-analyst', first: '2020-01-01', last: '2020-01-31' });
  });

  it('when the same corpus is ingested twice, then the second run changes nothing', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    const before = await dumpGraph(db);
    const report = await ingest(db, corpus.dir);
    expect(report.migrationsApplied).toEqual([]);
    expect(report.claims).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 4 });
    expect(report.actors.unchanged).toBe(4);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('when the files are edited, then the graph adds, updates and removes to mirror them', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    await corpus.edit(
      SUMMIT,
      'summary: Alice Leader heads Northland.',
      'summary: Alice Leader is the head of Northland.',
    );
    await corpus.edit(SUMMIT, 'type: VISITS', 'type: MEETS');
    await corpus.edit(
      'sources/review-2020-02-analysis.yaml',
      / {2}- id: bob-assesses-alice[\s\S]*?paragraph: 4\n/,
      '',
    );
    await corpus.edit(
      'actors.yaml',
      / {2}- id: bob-analyst\n/,
      '  - id: dan-observer\n    name: Dan Observer\n    kind: person\n  - id: bob-analyst\n',
    );
    const report = await ingest(db, corpus.dir);
    expect(report.claims).toEqual({ added: 0, updated: 2, removed: 1, unchanged: 1 });
    expect(report.actors).toEqual({ added: 1, updated: 0, removed: 0, unchanged: 4 });
    const mirrored = await dumpGraph(db);
    expect(mirrored).toEqual(await freshDump(corpus.dir));
    expect(mirrored.relationships).toContainEqual(
      expect.objectContaining({ type: 'MEETS', from: 'alice-leader', to: 'southland' }),
    );
  });

  it('when an actor and its claims leave the files, then they leave the graph', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    await corpus.remove('sources/review-2020-02-analysis.yaml');
    await corpus.edit('actors.yaml', / {2}- id: bob-analyst[\s\S]*$/, '');
    const report = await ingest(db, corpus.dir);
    expect(report.sources.removed).toBe(1);
    expect(report.actors.removed).toBe(1);
    expect(report.claims.removed).toBe(2);
    expect(await dumpGraph(db)).toEqual(await freshDump(corpus.dir));
  });

  it('when the corpus is invalid, then the database stays exactly as it was', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    const before = await dumpGraph(db);
    await corpus.edit(SUMMIT, 'summary: Alice Leader heads Northland.', 'summary: changed');
    await corpus.edit(SUMMIT, 'to: southland', 'to: nowhere');
    await expect(ingest(db, corpus.dir)).rejects.toBeInstanceOf(CorpusValidationError);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('when an ingestion dies half-way, then running it again converges to the same graph without duplicates', async () => {
    const corpus = await copyCorpus('small');
    const crash = new Error('simulated crash');
    const dying = ingest(db, corpus.dir, {
      batchSize: 1,
      onProgress: (phase, done) => {
        if (phase === 'claims' && done === 2) throw crash;
      },
    });
    await expect(dying).rejects.toBe(crash);
    // Two writers create claims at once: the one that did not crash may have finished its batch too.
    const written = (await dumpGraph(db)).relationships.length;
    expect(written).toBeGreaterThanOrEqual(2);
    expect(written).toBeLessThan(4);
    const report = await ingest(db, corpus.dir);
    expect(report.files).toEqual({ read: 2, unread: 0 });
    expect(report.claims).toEqual({ added: 4 - written, updated: 0, removed: 0, unchanged: written });
    expect(await dumpGraph(db)).toEqual(await freshDump(corpus.dir));
  });

  it('when an unchanged corpus is ingested again, then no source file is read again', async () => {
    const corpus = await copyCorpus('small');
    expect((await ingest(db, corpus.dir)).files).toEqual({ read: 2, unread: 0 });
    const again = await ingest(db, corpus.dir);
    expect(again.files).toEqual({ read: 0, unread: 2 });
    expect(again.claims).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 4 });
    expect(again.sources).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 2 });
    await corpus.edit(
      SUMMIT,
      'summary: Alice Leader heads Northland.',
      'summary: Alice Leader rules Northland.',
    );
    const edited = await ingest(db, corpus.dir);
    expect(edited.files).toEqual({ read: 1, unread: 1 });
    expect(edited.claims).toEqual({ added: 0, updated: 1, removed: 0, unchanged: 3 });
    expect(await dumpGraph(db)).toEqual(await freshDump(corpus.dir));
  });

  it('when a file goes back to its stored content after a run died writing its edit, then it is read again', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    const original = await dumpGraph(db);
    await corpus.edit(SUMMIT, 'type: VISITS', 'type: MEETS');
    await corpus.edit(
      SUMMIT,
      'summary: Alice Leader heads Northland.',
      'summary: Alice Leader rules Northland.',
    );
    const crash = new Error('simulated crash');
    const dying = ingest(db, corpus.dir, {
      batchSize: 1,
      claimWriters: 1,
      onProgress: (phase, done) => {
        if (phase === 'claims' && done === 1) throw crash;
      },
    });
    await expect(dying).rejects.toBe(crash);
    expect(await dumpGraph(db)).not.toEqual(original);
    await corpus.edit(SUMMIT, 'type: MEETS', 'type: VISITS');
    await corpus.edit(
      SUMMIT,
      'summary: Alice Leader rules Northland.',
      'summary: Alice Leader heads Northland.',
    );
    const report = await ingest(db, corpus.dir);
    expect(report.files).toEqual({ read: 1, unread: 1 });
    expect(await dumpGraph(db)).toEqual(original);
  });

  it('when an actor changes kind, then the unchanged files are checked again and can be refused', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    const before = await dumpGraph(db);
    await corpus.edit('actors.yaml', /(id: alice-leader[\s\S]*?kind:) person/, '$1 state');
    const failure = ingest(db, corpus.dir);
    await expect(failure).rejects.toBeInstanceOf(CorpusValidationError);
    await expect(failure).rejects.toThrow(/gazette-2020-01-02-summit\.yaml.*claims\[0\]\.from.*LEADS/);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('when a new file reuses a claim id of a file not read again, then the error names both files', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    const before = await dumpGraph(db);
    await corpus.write(
      'sources/later-2020-03-note.yaml',
      [
        'source:',
        '  id: later-2020-03-note',
        '  title: A later note',
        '  publisher: The Gazette',
        'claims:',
        '  - id: alice-leads-northland',
        '    type: LEADS',
        '    from: alice-leader',
        '    to: southland',
        '    certainty: fact',
        '    summary: Alice Leader heads Southland too.',
        '    evidence:',
        '      paragraph: 1',
        '',
      ].join('\n'),
    );
    await expect(ingest(db, corpus.dir)).rejects.toThrow(
      /later-2020-03-note\.yaml:\d+:\d+ claims\[0\]\.id: duplicate claim id "alice-leads-northland": already used at .*gazette-2020-01-02-summit\.yaml/,
    );
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('when a claim was stored twice by a concurrent run, then ingestion leaves a single copy', async () => {
    const corpus = await copyCorpus('small');
    await ingest(db, corpus.dir);
    await db.run(
      `MATCH (a:Actor {id: 'alice-leader'})-[claim:LEADS]->(b:Actor {id: 'northland'})
       CREATE (a)-[copy:LEADS]->(b) SET copy = properties(claim)`,
      {},
      'WRITE',
    );
    const report = await ingest(db, corpus.dir);
    expect(report.claims.updated).toBe(1);
    expect(await dumpGraph(db)).toEqual(await freshDump(corpus.dir));
  });
});

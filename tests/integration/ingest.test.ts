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
    expect((await dumpGraph(db)).relationships).toHaveLength(2);
    const report = await ingest(db, corpus.dir);
    expect(report.claims).toEqual({ added: 2, updated: 0, removed: 0, unchanged: 2 });
    expect(await dumpGraph(db)).toEqual(await freshDump(corpus.dir));
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

// A value kept per corpus version: computed once per version, again after an ingestion that changes the corpus,
// once for requests that arrive together, and never kept for a database no ingestion has stamped.
import { ingest } from '../../server/ingest/ingest';
import { CorpusCache } from '../../server/services/corpus-cache';
import { copyCorpus, type CorpusCopy } from '../support/corpus-copy';
import { startTestApp, type TestApp } from '../support/test-app';
import { emptyDatabase, openTestDatabase } from '../support/test-neo4j';

describe('CorpusCache', () => {
  let corpus: CorpusCopy;
  let testApp: TestApp;

  beforeAll(async () => {
    corpus = await copyCorpus('small');
    testApp = await startTestApp(corpus.dir);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('when asked again and again, together or not, then the value is computed once per corpus version', async () => {
    let computed = 0;
    const cache = new CorpusCache(testApp.db, async () => (computed += 1));
    const first = await cache.current();
    await Promise.all([1, 2, 3, 4].map(() => cache.get()));
    expect(computed).toBe(1);
    expect(first.version).toEqual(expect.any(String));

    await corpus.edit('sources/gazette-2020-01-02-summit.yaml', 'title: ', 'title: Edited ');
    await ingest(testApp.db, corpus.dir);
    const next = await cache.current();
    expect(computed).toBe(2);
    expect(next.value).toBe(2);
    expect(next.version).not.toBe(first.version);
  });

  it('when another process stamps a new version, then the value is computed again once the version read is old', async () => {
    let computed = 0;
    const cache = new CorpusCache(testApp.db, async () => (computed += 1), 300);
    const first = await cache.current();
    const other = await openTestDatabase();
    try {
      await other.run(
        "MATCH (stamp:CorpusVersion {id: 'corpus'}) SET stamp.version = 'from-elsewhere'",
        {},
        'WRITE',
      );
    } finally {
      await other.close();
    }
    expect(await cache.current()).toEqual(first);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await cache.current()).toEqual({ version: 'from-elsewhere', value: 2 });
  });

  it('when the database was never stamped by an ingestion, then every call computes', async () => {
    await emptyDatabase(testApp.db);
    let computed = 0;
    const cache = new CorpusCache(testApp.db, async () => (computed += 1));
    await cache.get();
    await cache.get();
    expect(computed).toBe(2);
    expect((await cache.current()).version).toBeNull();
  });
});

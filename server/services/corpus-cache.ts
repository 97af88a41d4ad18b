// A value derived from the whole corpus, computed once per corpus version (every ingestion stamps a new one).
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';

const corpusVersion = defineQuery('meta/corpus-version', []).returning<{ version: string | null }>();

/**
 * How long a corpus version read stays good when this process has written nothing since: an ingestion run by
 * another process (the `npm run ingest` command) shows in the answers within this time; one run by this process
 * (curation saves) shows at once.
 */
export const CORPUS_VERSION_TTL_MS = 1000;

/**
 * Keeps the last value `compute` gave with the corpus version it was computed at, and computes it again when an
 * ingestion has changed the version. A database never stamped (no ingestion yet) is computed on every call; a
 * failed computation is forgotten so that the next call tries again.
 */
export class CorpusCache<T> {
  private cached?: { version: string; value: Promise<T> };
  /**
   * The last version read, when it began and how many writes this process had begun by then; or the read in
   * flight, which requests arriving meanwhile share rather than each asking Neo4j.
   */
  private versionRead?: { version: Promise<string | null>; began: number; writes: number };

  constructor(
    private readonly db: Database,
    private readonly compute: () => Promise<T>,
    private readonly versionTtlMs = CORPUS_VERSION_TTL_MS,
  ) {}

  async get(): Promise<T> {
    return (await this.current()).value;
  }

  /** The value with the corpus version it belongs to (null when the database was never stamped). */
  async current(): Promise<{ version: string | null; value: T }> {
    const version = await this.readVersion();
    if (version === null) return { version, value: await this.compute() };
    if (this.cached?.version !== version) {
      const value = this.compute();
      this.cached = { version, value };
      value.catch(() => {
        if (this.cached?.value === value) this.cached = undefined;
      });
    }
    return { version, value: await this.cached.value };
  }

  private readVersion(): Promise<string | null> {
    const last = this.versionRead;
    const now = Date.now();
    if (last && last.writes === this.db.writesBegun && now - last.began < this.versionTtlMs)
      return last.version;
    const version = this.db.read(corpusVersion, {}).then(({ rows }) => rows[0]?.version ?? null);
    const read = { version, began: now, writes: this.db.writesBegun };
    this.versionRead = read;
    version.catch(() => {
      if (this.versionRead === read) this.versionRead = undefined;
    });
    return version;
  }
}

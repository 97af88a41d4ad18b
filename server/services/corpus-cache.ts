// A value derived from the whole corpus, computed once per corpus version (every ingestion stamps a new one).
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';

const corpusVersion = defineQuery('meta/corpus-version', []).returning<{ version: string | null }>();

/**
 * Keeps the last value `compute` gave with the corpus version it was computed at, and computes it again when an
 * ingestion has changed the version. A database never stamped (no ingestion yet) is computed on every call; a
 * failed computation is forgotten so that the next call tries again.
 */
export class CorpusCache<T> {
  private cached?: { version: string; value: Promise<T> };
  /**
   * The version read in flight: requests arriving while it runs share it rather than each asking Neo4j, so an
   * answer may miss an ingestion that finished during that one round trip, never one that finished before it.
   */
  private versionRead?: Promise<string | null>;

  constructor(
    private readonly db: Database,
    private readonly compute: () => Promise<T>,
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
    if (!this.versionRead) {
      const read = this.db.read(corpusVersion, {}).then(({ rows }) => rows[0]?.version ?? null);
      this.versionRead = read;
      const forget = () => {
        if (this.versionRead === read) this.versionRead = undefined;
      };
      read.then(forget, forget);
    }
    return this.versionRead;
  }
}

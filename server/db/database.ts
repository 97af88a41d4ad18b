// The one driver of the process and the two ways to use it: read (routed to readers) and write.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../config/config';
import type { Query, Row } from './query-registry';
import { toNeo4jParams, toPlain } from './plain-values';

export type { Row } from './query-registry';

/** The result of a query as plain rows (of the type its query declares), plus the write counters when it wrote. */
export interface QueryResult<R extends object = Row> {
  rows: R[];
  counters: Record<string, number>;
}

export interface RunOptions {
  /** Time-out in milliseconds, enforced by the server. */
  timeoutMs?: number;
}

/** One row as forEachRow hands it over: read a column by name (no object is built for the row). */
export interface RowReader {
  get(column: string): unknown;
}

/** Access to Neo4j through named queries; one instance (one driver) per process. */
export class Database {
  private writes = 0;

  constructor(
    readonly driver: Driver,
    readonly databaseName: string,
    /** How the driver was made: the console's reader thread opens its own driver from it. */
    readonly config: Neo4jConfig,
  ) {}

  /** A session for auto-commit reads: routed to a reader, after the writes this driver made (shared bookmarks). */
  private readSession(): Session {
    return this.driver.session({
      database: this.databaseName,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /**
   * Runs a registered query as one auto-commit read: a single round trip (a managed transaction needs a second
   * one to commit), routed to a reader in a cluster, and after the writes this driver made (shared bookmarks).
   */
  async read<P extends string, R extends object>(
    query: Query<P, R>,
    params: Record<P, unknown>,
    options: RunOptions = {},
  ): Promise<QueryResult<R>> {
    const session = this.readSession();
    try {
      const result = await session.run(
        query.text,
        toNeo4jParams(params) as Row,
        options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
      );
      return {
        rows: result.records.map((record) => toPlain(record.toObject()) as R),
        counters: {},
      };
    } finally {
      await session.close();
    }
  }

  /**
   * Like read, but hands each row to `onRow` as it arrives instead of returning them all: for results of a
   * million rows, which would otherwise be held twice (as records and as rows). Values are as the driver gives
   * them (plain text and numbers for what ingestion reads).
   */
  async forEachRow<P extends string>(
    query: Query<P>,
    params: Record<P, unknown>,
    onRow: (row: RowReader) => void,
  ): Promise<void> {
    const session = this.readSession();
    try {
      // An observer, not `for await`: a promise per record costs more than the rest of reading a million rows.
      await new Promise<void>((resolve, reject) => {
        session.run(query.text, toNeo4jParams(params) as Row).subscribe({
          onNext: (record) => onRow(record),
          onCompleted: () => resolve(),
          onError: reject,
        });
      });
    } finally {
      await session.close();
    }
  }

  /** Runs a registered query in a write transaction (retried on transient errors). */
  write<P extends string>(
    query: Query<P>,
    params: Record<P, unknown>,
    options: RunOptions = {},
  ): Promise<QueryResult> {
    return this.run(query.text, params, 'WRITE', options);
  }

  /**
   * How many writes this instance has begun: a value read before a write began may be stale after it, so what is
   * kept on a read (the corpus version) is read again once this count moves.
   */
  get writesBegun(): number {
    return this.writes;
  }

  /** Runs Cypher text that is not in the registry: schema statements from cypher/schema and the read-only console. */
  async run(
    text: string,
    params: Row,
    mode: 'READ' | 'WRITE',
    options: RunOptions = {},
  ): Promise<QueryResult> {
    if (mode === 'WRITE') this.writes += 1;
    const result = await this.driver.executeQuery(text, toNeo4jParams(params) as Row, {
      database: this.databaseName,
      routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      transactionConfig: options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
    });
    const rows = result.records.map((record) => toPlain(record.toObject()) as Row);
    const counters = result.summary.counters.updates() as unknown as Record<string, number>;
    return { rows, counters };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** A driver for the configuration, without checking that the server answers. */
export function createDriver(config: Neo4jConfig): Driver {
  const auth = config.password
    ? neo4j.auth.basic(config.user, config.password)
    : neo4j.auth.basic(config.user, '');
  return neo4j.driver(config.uri, auth, {
    // When Neo4j is away, fail within seconds (the API answers 503) instead of retrying for 30 s.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
    userAgent: 'actorgraph',
  });
}

/** Creates the driver from the configuration and checks that the server answers. */
export async function connectDatabase(config: Neo4jConfig): Promise<Database> {
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new Database(driver, config.database, config);
}

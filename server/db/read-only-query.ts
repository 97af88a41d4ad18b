// Runs user-written Cypher safely: EXPLAIN first and refuse any plan that is not a plain read of the graph,
// then a read transaction with a time-out that stops at a row cap and at a byte budget.
import { setImmediate as nextTurn } from 'node:timers/promises';
import neo4j, { type Session } from 'neo4j-driver';
import type { Database } from './database';
import { planRefusal, type PlanNode, type PlanRefusal } from './console-plan';
import { toNeo4jParams } from './plain-values';
import { defineQuery } from './query-registry';
import {
  BudgetedConverter,
  type FoundNode,
  type FoundRelationship,
  type ResultLimits,
} from './result-budget';

export type { FoundNode, FoundRelationship } from './result-budget';

const QUERIES = { userFunctions: defineQuery('console/user-functions', []) };

/** Rows converted between two turns of the event loop. */
const ROWS_PER_TURN = 50;

export interface ReadOnlyResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
  nodes: FoundNode[];
  relationships: FoundRelationship[];
  truncated: boolean;
  queryType: string;
  elapsedMs: number;
}

export interface ReadOnlyLimits extends Partial<ResultLimits> {
  timeoutMs: number;
  maxRows: number;
}

/** Without explicit limits a result is bounded all the same. */
export const DEFAULT_RESULT_LIMITS: ResultLimits = {
  maxBytes: 8 * 1024 * 1024,
  maxValueBytes: 1024 * 1024,
  maxDepth: 64,
};

/** Why a query is refused before it runs. */
export class ReadOnlyRefusal extends Error {
  override name = 'ReadOnlyRefusal';
  readonly code: PlanRefusal['code'];
  constructor(refusal: PlanRefusal) {
    super(refusal.reason);
    this.code = refusal.code;
  }
}

/** The functions plugins added to a server, asked once per database handle: they do not change while it runs. */
const userFunctionsOf = new WeakMap<Database, Promise<string[]>>();

function userFunctions(db: Database): Promise<string[]> {
  let known = userFunctionsOf.get(db);
  if (!known) {
    known = db.read(QUERIES.userFunctions, {}).then(({ rows }) => rows.map((row) => String(row.name)));
    known.catch(() => userFunctionsOf.delete(db));
    userFunctionsOf.set(db, known);
  }
  return known;
}

/**
 * Runs `text` if and only if its plan is a plain read of the graph (see console-plan.ts): anything else is
 * refused with a ReadOnlyRefusal before it runs, and the read transaction itself refuses any write the plan
 * did not show. Reading stops at `maxRows` rows (truncated) and throws ResultTooLarge past the byte budget.
 * `bookmarks`, when given, replace the driver's shared bookmark manager (a reader in another thread).
 */
export async function runReadOnly(
  db: Database,
  text: string,
  params: Record<string, unknown>,
  limits: ReadOnlyLimits,
  bookmarks?: string[],
): Promise<ReadOnlyResult> {
  const cypherParams = toNeo4jParams(params) as Record<string, unknown>;
  const session: Session = db.driver.session({
    database: db.databaseName,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: ROWS_PER_TURN * 5,
    // The bookmark manager executeQuery uses: in a cluster the console reads what this process last wrote.
    ...(bookmarks ? { bookmarks } : { bookmarkManager: db.driver.executeQueryBookmarkManager }),
  });
  const deadline = Date.now() + limits.timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  try {
    const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${text}`, cypherParams), {
      timeout: remaining(),
    });
    const refusal = planRefusal(explained.summary.plan as PlanNode | false, explained.summary.queryType, {
      database: db.databaseName,
      userFunctions: await userFunctions(db),
    });
    if (refusal) throw new ReadOnlyRefusal(refusal);
    const queryType = explained.summary.queryType;
    const started = Date.now();
    // An explicit transaction: a console query is never retried (a retry would read a refused result again).
    const tx = await session.beginTransaction({ timeout: remaining() });
    try {
      const converter = new BudgetedConverter({ ...DEFAULT_RESULT_LIMITS, ...limits });
      const rows: Array<Record<string, unknown>> = [];
      const result = tx.run(text, cypherParams);
      let truncated = false;
      for await (const record of result) {
        if (rows.length >= limits.maxRows) {
          truncated = true;
          break;
        }
        const row: Record<string, unknown> = {};
        for (const key of record.keys) {
          converter.charge(String(key).length + 4);
          row[String(key)] = converter.value(record.get(key));
        }
        rows.push(row);
        if (rows.length % ROWS_PER_TURN === 0) await nextTurn();
      }
      const columns = (await result.keys()).map(String);
      return {
        columns,
        rows,
        nodes: [...converter.nodes.values()],
        relationships: [...converter.relationships.values()],
        truncated,
        queryType,
        elapsedMs: Date.now() - started,
      };
    } finally {
      await tx.close();
    }
  } finally {
    await session.close();
  }
}

// The read-only Cypher console: validates the request, runs it on a reader thread within its limits, and returns
// its table and its graph.
import { Neo4jError } from 'neo4j-driver';
import type { CypherResult } from '../api/types';
import type { Database } from '../db/database';
import { bytesText } from '../db/result-budget';
import { HttpError, invalidParameter } from '../errors';
import { ConsoleOutOfMemory, ConsoleTimeout, ConsoleWorkers, type ConsoleFailure } from './console-workers';

export const CONSOLE_LIMITS = {
  /** The whole request: waiting for a reader, EXPLAIN, running, reading and shaping the result. */
  timeoutMs: 10_000,
  maxRows: 1000,
  /** The answer's JSON, estimated while it is built; reading stops once it is spent. */
  maxBytes: 4 * 1024 * 1024,
  /** Any one value of a row. */
  maxValueBytes: 512 * 1024,
  /** Lists and maps inside each other, in the result. */
  maxDepth: 64,
  maxQueryLength: 20_000,
  /** Lists and maps inside each other, in `params`. */
  maxParamsDepth: 32,
  /** Values (lists, maps and what they hold) in `params`. */
  maxParamsValues: 10_000,
};

export interface ConsoleRequest {
  query: string;
  params: Record<string, unknown>;
}

/** Checks the nesting and the number of values of `params` without recursion (deep input is the point). */
function checkParams(params: Record<string, unknown>): void {
  const pending: Array<[unknown, number]> = [[params, 1]];
  let values = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    values += 1;
    if (values > CONSOLE_LIMITS.maxParamsValues)
      throw invalidParameter('params', `expected at most ${CONSOLE_LIMITS.maxParamsValues} values in all`);
    if (value === null || typeof value !== 'object') continue;
    if (depth > CONSOLE_LIMITS.maxParamsDepth)
      throw invalidParameter(
        'params',
        `expected lists and maps nested at most ${CONSOLE_LIMITS.maxParamsDepth} levels deep`,
      );
    for (const item of Object.values(value)) pending.push([item, depth + 1]);
  }
}

/** Checks the body of a console request: a non-empty query and an optional params object. */
export function consoleRequest(body: unknown): ConsoleRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalidParameter('body', 'expected a JSON object { "query": ..., "params": {...} }');
  const { query, params = {} } = body as Record<string, unknown>;
  if (typeof query !== 'string' || query.trim() === '')
    throw invalidParameter('query', 'missing: expected a Cypher query as text');
  if (query.length > CONSOLE_LIMITS.maxQueryLength)
    throw invalidParameter('query', `expected at most ${CONSOLE_LIMITS.maxQueryLength} characters`);
  if (!params || typeof params !== 'object' || Array.isArray(params))
    throw invalidParameter('params', 'expected a JSON object of parameters');
  checkParams(params as Record<string, unknown>);
  return { query, params: params as Record<string, unknown> };
}

const timeLimit = `${CONSOLE_LIMITS.timeoutMs / 1000} s`;

/** A reader's failure as the error the HTTP layer renders (Neo4j's own errors go to the error handler). */
function errorOf(failure: ConsoleFailure): Error {
  switch (failure.kind) {
    case 'refused':
      return new HttpError(403, failure.code, `Refused: ${failure.message}. Nothing was changed.`);
    case 'too_large':
      return new HttpError(
        413,
        'result_too_large',
        `Refused: ${failure.message}; narrow the query (fewer rows, fewer or smaller values)`,
        { maxBytes: CONSOLE_LIMITS.maxBytes, maxValueBytes: CONSOLE_LIMITS.maxValueBytes },
      );
    case 'neo4j':
      return new Neo4jError(
        failure.message,
        failure.code,
        failure.gqlStatus ?? '',
        failure.gqlStatusDescription ?? '',
      );
    case 'internal':
      return new Error(failure.message);
  }
}

function runFailure(error: unknown): Error {
  if (error instanceof ConsoleTimeout)
    return new HttpError(
      408,
      'query_timeout',
      `The query took longer than its time limit of ${timeLimit} (planning, running and reading its result) and was stopped`,
      { timeoutMs: CONSOLE_LIMITS.timeoutMs },
    );
  if (error instanceof ConsoleOutOfMemory)
    return new HttpError(
      413,
      'result_too_large',
      `Refused: the result is too large to read (over ${bytesText(CONSOLE_LIMITS.maxBytes)}); narrow the query`,
      { maxBytes: CONSOLE_LIMITS.maxBytes, maxValueBytes: CONSOLE_LIMITS.maxValueBytes },
    );
  return error instanceof Error ? error : new Error(String(error));
}

export class CypherService {
  private workers?: ConsoleWorkers;

  /** `timeoutMs`: the console's deadline, CONSOLE_LIMITS' unless a caller (a test on a busy machine) says. */
  constructor(
    private readonly db: Database,
    private readonly timeoutMs = CONSOLE_LIMITS.timeoutMs,
  ) {}

  /** Runs a read-only query and answers its result as JSON text; refuses anything but a read with 403. */
  async runAsJson({ query, params }: ConsoleRequest): Promise<string> {
    const deadline = Date.now() + this.timeoutMs;
    this.workers ??= new ConsoleWorkers(this.db.config);
    const bookmarks = [...(await this.db.driver.executeQueryBookmarkManager.getBookmarks())];
    const answer = await this.workers
      .run({ query, params, limits: { ...CONSOLE_LIMITS, timeoutMs: this.timeoutMs }, bookmarks }, deadline)
      .catch((error: unknown) => {
        throw runFailure(error);
      });
    if (!answer.ok) throw errorOf(answer.failure);
    return answer.json;
  }

  /** Like runAsJson, as data (for exports of a query's graph). */
  async run(request: ConsoleRequest): Promise<CypherResult> {
    return JSON.parse(await this.runAsJson(request)) as CypherResult;
  }

  /** Ends the console's reader threads. */
  async close(): Promise<void> {
    await this.workers?.close();
  }
}

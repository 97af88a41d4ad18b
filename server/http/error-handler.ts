// The one place where failures become responses: project errors, Neo4j errors, body-parser errors, the unknown.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { ErrorBody } from '../api/types';
import { HttpError } from '../errors';

/** Codes of a Neo4j that cannot be reached or cannot serve now (the driver's own codes first). */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ProtocolError',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const TERMINATED_CODES = new Set([
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

const MEMORY_CODES = new Set([
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
]);

const unavailable = () =>
  new HttpError(
    503,
    'database_unavailable',
    'Neo4j is not answering; the request can be retried once it is back',
  );

/**
 * Maps an error the driver raised to an HttpError, decided by its class, its Neo4j status code, its GQL status
 * and whether the driver deems it retryable (never by the words of its message); undefined when it is not one.
 */
function fromNeo4j(error: unknown): HttpError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code ?? '';
  if (UNAVAILABLE_CODES.has(code)) return unavailable();
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return new HttpError(408, 'query_timeout', 'The query took longer than its time limit and was stopped');
  if (TERMINATED_CODES.has(code))
    return new HttpError(
      409,
      'query_terminated',
      'Neo4j terminated the query before it finished (an administrator or the server stopped it); it can be run again',
    );
  if (MEMORY_CODES.has(code))
    return new HttpError(
      413,
      'query_memory_limit',
      'The query needed more memory than Neo4j allows a transaction; narrow it',
    );
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.'))
    return new HttpError(403, 'forbidden', firstLine(error.message));
  if (
    code === 'Neo.ClientError.Statement.SyntaxError' ||
    code === 'Neo.ClientError.Statement.ParameterMissing'
  )
    return new HttpError(400, 'cypher_syntax', firstLine(error.message), position(error.message));
  if (code.startsWith('Neo.ClientError.'))
    return new HttpError(400, 'cypher_error', firstLine(error.message));
  if (code.startsWith('Neo.TransientError.') || isRetryableError(error))
    return new HttpError(503, 'database_busy', 'Neo4j could not run the query just now; it can be retried');
  if (code.startsWith('Neo.DatabaseError.'))
    return new HttpError(503, 'database_error', 'Neo4j failed while running the query; it has been logged');
  // No Neo4j status code: the GQL status class says what kind of failure it was.
  const gqlClass = (error.gqlStatus ?? '').slice(0, 2);
  if (gqlClass === '08') return unavailable();
  if (gqlClass === '22' || gqlClass === '42')
    return new HttpError(400, 'cypher_error', firstLine(error.message));
  return undefined;
}

function firstLine(message = ''): string {
  return message.split('\n')[0] ?? '';
}

/** Neo4j writes positions as "(line 1, column 8 (offset: 7))". */
function position(message = ''): Record<string, number> {
  const match = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) } : {};
}

interface BodyParserError {
  type?: string;
  status?: number;
}

function fromBodyParser(error: BodyParserError): HttpError | undefined {
  if (error.type === 'entity.too.large')
    return new HttpError(413, 'body_too_large', 'The request body is larger than allowed');
  if (error.type === 'entity.parse.failed')
    return new HttpError(400, 'invalid_json', 'The request body is not valid JSON');
  if (error.type && error.status && error.status < 500)
    return new HttpError(error.status, 'invalid_body', 'The request body could not be read');
  if (error.status && error.status >= 400 && error.status < 500)
    return new HttpError(error.status, 'bad_request', 'The request could not be understood');
  return undefined;
}

/** Renders an HttpError as the one error shape. */
export function errorBody(error: HttpError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...error.details } };
}

/** Express error middleware: never a stack trace, never a 500 for a request's own fault. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const known =
      error instanceof HttpError ? error : (fromBodyParser(error as BodyParserError) ?? fromNeo4j(error));
    const httpError =
      known ?? new HttpError(500, 'internal', 'Something went wrong on the server; it has been logged');
    if (!known || httpError.status >= 500)
      logger.error({ err: error, requestId: request.id }, 'request failed');
    response.status(httpError.status).json(errorBody(httpError));
  };
}

/** 404 for any path no route serves. */
export const unknownRoute: RequestHandler = (request, _response, next) => {
  next(new HttpError(404, 'not_found', `No such endpoint: ${request.method} ${request.path}`));
};

// The project's errors that reach HTTP: each carries its status and a stable code; the error handler renders them.

/** An error that becomes a 4xx/5xx response with `{ error: { code, message, ...details } }`. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** 400 for a query parameter or body field that does not fit; names the parameter. */
export function invalidParameter(parameter: string, message: string): HttpError {
  return new HttpError(400, 'invalid_parameter', `${parameter}: ${message}`, { parameter });
}

export function notFound(what: string): HttpError {
  return new HttpError(404, 'not_found', what);
}

/** 503 when Neo4j does not answer; the reason (which names the database's address) goes to the log, not here. */
export function databaseUnavailable(): HttpError {
  return new HttpError(
    503,
    'database_unavailable',
    'Neo4j is not answering; the request can be retried once it is back',
  );
}

/** 503 for a request that arrives while the server is stopping. */
export function shuttingDown(): HttpError {
  return new HttpError(503, 'shutting_down', 'The server is shutting down; retry in a moment');
}

// The one error the viewer's API calls throw: what failed, in words a person can act on.

/** A failed API call: the HTTP status (0 when the server could not be reached) and the server's error body. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** True when the server or its database did not answer at all. */
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }

  /** A line or column the server reported (Cypher syntax errors), when there is one. */
  position(): { line: number; column: number } | null {
    const { line, column } = this.details;
    return typeof line === 'number' && typeof column === 'number' ? { line, column } : null;
  }
}

/** Builds an ApiError from a response's status and (maybe) JSON body `{ error: { code, message } }`. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const { code, message, ...details } = error;
    return new ApiError(status, code, message, details);
  }
  if (status === 502 || status === 503 || status === 504)
    return new ApiError(status, 'unavailable', 'The server is not answering right now; try again shortly.');
  return new ApiError(status, 'http_error', `The server answered with HTTP ${status}.`);
}

/** The error for a request that never got an answer. */
export function unreachableError(cause: unknown): ApiError {
  const detail = cause instanceof Error ? ` (${cause.message})` : '';
  return new ApiError(0, 'unreachable', `The actorgraph server cannot be reached${detail}. Is it running?`);
}

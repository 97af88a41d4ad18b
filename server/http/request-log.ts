// Request ids and one log line per request (pino).
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

declare module 'express-serve-static-core' {
  interface Request {
    /** The request's id: the caller's X-Request-Id when it sends a sane one, else a new UUID. */
    id: string;
  }
}

const SANE_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Gives each request an id (echoed as X-Request-Id) and logs its method, path, status and duration. */
export function requestLog(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const offered = request.get('x-request-id');
    request.id = offered && SANE_ID.test(offered) ? offered : randomUUID();
    response.setHeader('X-Request-Id', request.id);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          requestId: request.id,
          method: request.method,
          path: request.path,
          status: response.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        'request',
      );
    });
    next();
  };
}

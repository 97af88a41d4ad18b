// An HTTP server that can stop gracefully: it refuses new requests, closes idle connections and lets the requests
// it is serving finish within a grace period.
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { shuttingDown } from '../errors';
import { errorBody } from './error-handler';

export interface DrainingServer {
  server: Server;
  /** Requests being served right now. */
  readonly inFlight: number;
  /**
   * Stops taking requests and resolves once every connection is closed: at once when nothing is being served,
   * else when the last request in flight has its answer, or when `graceMs` has passed (the rest are then cut).
   * Resolves with the number of requests that were cut without an answer.
   */
  drain(graceMs: number): Promise<{ cut: number }>;
  /** Cuts every connection now (a second signal while draining); `drain` then resolves. */
  cut(): void;
}

/** Answers a request that arrives while draining: 503, and the connection closes after it. */
function refuse(response: ServerResponse): void {
  const body = JSON.stringify(errorBody(shuttingDown()));
  response.writeHead(503, {
    Connection: 'close',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Retry-After': '5',
  });
  response.end(body);
}

/** Wraps `app` in a server that tracks its requests in flight, so that it can drain them. */
export function drainingServer(app: RequestListener): DrainingServer {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let cutNow: (() => void) | undefined;
  const server = createServer((request, response) => {
    if (draining) return refuse(response);
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      // Its connection may now be idle: close it rather than wait for another request to refuse.
      if (draining) server.closeIdleConnections();
    });
    app(request, response);
  });

  return {
    server,
    get inFlight() {
      return inFlight.size;
    },
    drain(graceMs) {
      draining = true;
      // Answers not yet begun tell their client that this connection ends with them.
      for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
      return new Promise((resolve) => {
        let cut = 0;
        cutNow = () => {
          cut = inFlight.size;
          server.closeAllConnections();
        };
        const timer = setTimeout(cutNow, graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve({ cut });
        });
        server.closeIdleConnections();
      });
    },
    cut() {
      cutNow?.();
    },
  };
}

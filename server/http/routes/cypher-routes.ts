// POST /api/cypher: the read-only console.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Router, type Response } from 'express';
import type { Services } from '../../services/services';
import { consoleRequest } from '../../services/cypher-service';

/** Characters written between two turns of the event loop: encoding megabytes at once would stall it. */
const SLICE = 256 * 1024;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Sends JSON text that is already made, a slice at a time. */
async function sendJsonText(response: Response, json: string): Promise<void> {
  response.status(200).type('application/json');
  response.setHeader('Content-Length', Buffer.byteLength(json));
  for (let start = 0; start < json.length;) {
    if (start > 0) await nextTurn();
    let end = Math.min(start + SLICE, json.length);
    // Never between the two halves of a surrogate pair: each slice is encoded as UTF-8 on its own.
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end -= 1;
    response.write(json.slice(start, end));
    start = end;
  }
  response.end();
}

export function cypherRoutes(services: Services): Router {
  const router = Router();
  router.post('/cypher', async (request, response) => {
    await sendJsonText(response, await services.cypher.runAsJson(consoleRequest(request.body)));
  });
  return router;
}

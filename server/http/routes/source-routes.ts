// GET /api/sources (one page of the sources: all, a search, or some ids) and /api/sources/:id (a source with its
// claims, the actors it names and its text).
import { Router } from 'express';
import { MAX_SOURCE_IDS } from '../../api/types';
import { invalidParameter } from '../../errors';
import type { Services } from '../../services/services';
import { intParam, listParam, sourceIdParam, textParam, type Query } from '../params';

export const SOURCE_LIMIT = { min: 1, max: 200, fallback: 50 };
export const SOURCE_OFFSET = { min: 0, max: 10_000, fallback: 0 };

/** The ids of `?ids=a,b` (each a source id), or undefined when absent. */
function idsParam(query: Query): string[] | undefined {
  if (query.ids === undefined) return undefined;
  const ids = listParam(query, 'ids').map((id) => sourceIdParam('ids', id));
  if (ids.length === 0) throw invalidParameter('ids', 'missing: expected source ids, comma-separated');
  if (ids.length > MAX_SOURCE_IDS)
    throw invalidParameter('ids', `found ${ids.length} ids: expected at most ${MAX_SOURCE_IDS}`);
  return ids;
}

export function sourceRoutes(services: Services): Router {
  const router = Router();

  router.get('/sources', async (request, response) => {
    const query = request.query;
    const q = textParam(query, 'q', 200);
    const ids = idsParam(query);
    if (ids && (q ?? '') !== '') throw invalidParameter('ids', 'expected at most one of q and ids');
    const limit = intParam(query, 'limit', {
      ...SOURCE_LIMIT,
      fallback: ids ? MAX_SOURCE_IDS : SOURCE_LIMIT.fallback,
    });
    const offset = intParam(query, 'offset', SOURCE_OFFSET);
    response.json(await services.sources.list({ q, ids, offset, limit }));
  });

  router.get('/sources/:id', async (request, response) => {
    response.json(await services.sources.details(sourceIdParam('id', request.params.id)));
  });

  return router;
}

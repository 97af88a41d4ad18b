// GET /api/claims (the claims between two actors, paged) and GET /api/dyad (their relation over time).
import { Router } from 'express';
import type { Services } from '../../services/services';
import { invalidParameter } from '../../errors';
import { actorIdParam, claimFilterParams, intParam, textParam, type Query } from '../params';

const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

function periodParam(query: Query): string | null {
  const period = textParam(query, 'period', 7);
  if (period === undefined || period === '') return null;
  if (!PERIOD.test(period))
    throw invalidParameter('period', `found "${period}": expected a month YYYY-MM or a year YYYY`);
  return period;
}

function booleanParam(query: Query, name: string): boolean {
  const value = textParam(query, name, 5);
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw invalidParameter(name, `found "${value}": expected true or false`);
}

export function pairRoutes(services: Services): Router {
  const router = Router();

  router.get('/claims', async (request, response) => {
    const query = request.query;
    const source = actorIdParam('source', textParam(query, 'source'));
    const target = actorIdParam('target', textParam(query, 'target'));
    response.json(
      await services.pairs.claimsBetween({
        source,
        target,
        bothWays: booleanParam(query, 'bothWays'),
        period: periodParam(query),
        filter: claimFilterParams(query),
        offset: intParam(query, 'offset', { min: 0, max: 1_000_000, fallback: 0 }),
        limit: intParam(query, 'limit', { min: 1, max: 200, fallback: 50 }),
      }),
    );
  });

  router.get('/dyad', async (request, response) => {
    const query = request.query;
    const a = actorIdParam('a', textParam(query, 'a'));
    const b = actorIdParam('b', textParam(query, 'b'));
    if (a === b) throw invalidParameter('b', `found "${b}" twice: expected two different actors`);
    response.json(await services.pairs.dyad(a, b, claimFilterParams(query)));
  });

  return router;
}

// GET /api/events (claims of several sources that state the same event, grouped; see server/model/corroboration.ts).
import { Router } from 'express';
import { CORROBORATING_SOURCES } from '../../api/types';
import { invalidParameter } from '../../errors';
import type { Services } from '../../services/services';
import { actorIdParam, intParam, sourceIdParam, textParam } from '../params';

export const EVENT_LIMIT = { min: 1, max: 1000, fallback: 100 };
/** By default the events the viewer shows as corroborated: stated by CORROBORATING_SOURCES sources or more. */
export const MIN_SOURCES = { min: 1, max: 100, fallback: CORROBORATING_SOURCES };

export function eventRoutes(services: Services): Router {
  const router = Router();

  router.get('/events', async (request, response) => {
    const query = request.query;
    const given = ['actor', 'source', 'claim'].filter((name) => (textParam(query, name) ?? '') !== '');
    if (given.length > 1)
      throw invalidParameter(given[1] as string, `expected at most one of actor, source and claim`);
    const actor = textParam(query, 'actor');
    const source = textParam(query, 'source');
    const claim = textParam(query, 'claim');
    response.json(
      await services.events.list({
        actor: actor ? actorIdParam('actor', actor) : undefined,
        source: source ? sourceIdParam('source', source) : undefined,
        claim: claim || undefined,
        minSources: intParam(query, 'minSources', MIN_SOURCES),
        limit: intParam(query, 'limit', EVENT_LIMIT),
      }),
    );
  });

  return router;
}

// GET /api/actors (search) and /api/actors/:id (an actor with its claims).
import { Router } from 'express';
import type { Services } from '../../services/services';
import { actorIdParam, intParam, textParam } from '../params';

export function actorRoutes(services: Services): Router {
  const router = Router();

  router.get('/actors', async (request, response) => {
    const text = textParam(request.query, 'q', 200) ?? '';
    const limit = intParam(request.query, 'limit', { min: 1, max: 100, fallback: 10 });
    response.json({ actors: await services.actors.search(text, limit) });
  });

  router.get('/actors/:id', async (request, response) => {
    response.json(await services.actors.details(actorIdParam('id', request.params.id)));
  });

  return router;
}

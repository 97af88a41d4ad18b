// GET /api/sources/:id (a source with its claims, the actors it names and its text).
import { Router } from 'express';
import type { Services } from '../../services/services';
import { sourceIdParam } from '../params';

export function sourceRoutes(services: Services): Router {
  const router = Router();

  router.get('/sources/:id', async (request, response) => {
    response.json(await services.sources.details(sourceIdParam('id', request.params.id)));
  });

  return router;
}

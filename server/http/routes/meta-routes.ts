// GET /api/health and /api/meta.
import { Router } from 'express';
import type { Services } from '../../services/services';
import { errorBody } from '../error-handler';
import { databaseUnavailable } from '../../errors';

export function metaRoutes(services: Services): Router {
  const router = Router();

  router.get('/health', async (_request, response) => {
    try {
      const neo4j = await services.meta.serverVersion();
      response.json({ status: 'ok', neo4j });
    } catch (error) {
      response
        .status(503)
        .json(errorBody(databaseUnavailable((error as Error).message.split('\n')[0] ?? 'no answer')));
    }
  });

  router.get('/meta', async (_request, response) => {
    response.json(await services.meta.meta());
  });

  return router;
}

// GET /api/health and /api/meta.
import { Router } from 'express';
import type { Logger } from 'pino';
import type { Services } from '../../services/services';
import { errorBody } from '../error-handler';
import { databaseUnavailable } from '../../errors';

export function metaRoutes(services: Services, logger: Logger): Router {
  const router = Router();

  router.get('/health', async (request, response) => {
    try {
      const neo4j = await services.meta.serverVersion();
      response.json({ status: 'ok', neo4j });
    } catch (error) {
      // Whatever the failure, the database is not usable; its details stay in the log.
      logger.warn({ err: error, requestId: request.id }, 'health check: Neo4j is not answering');
      response.status(503).json(errorBody(databaseUnavailable()));
    }
  });

  router.get('/meta', async (_request, response) => {
    // `curation` tells the viewer whether to show the review screens (writes are refused when false).
    response.json({ ...(await services.meta.meta()), curation: services.curation.enabled });
  });

  return router;
}

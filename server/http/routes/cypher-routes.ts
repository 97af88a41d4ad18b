// POST /api/cypher: the read-only console.
import { Router } from 'express';
import type { Services } from '../../services/services';
import { consoleRequest } from '../../services/cypher-service';

export function cypherRoutes(services: Services): Router {
  const router = Router();
  router.post('/cypher', async (request, response) => {
    response.json(await services.cypher.run(consoleRequest(request.body)));
  });
  return router;
}

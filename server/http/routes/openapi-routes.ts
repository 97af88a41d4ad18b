// GET /api/openapi.json.
import { Router } from 'express';
import { openApiDocument } from '../openapi';

export function openApiRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  router.get('/openapi.json', (_request, response) => {
    response.json(document);
  });
  return router;
}

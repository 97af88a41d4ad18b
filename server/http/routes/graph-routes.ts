// GET /api/graph, /api/subgraph and /api/paths.
import { Router } from 'express';
import type { Services } from '../../services/services';
import { actorIdParam, claimFilterParams, intParam, textParam } from '../params';
import { graphSelection, sendShapedGraph } from '../selection';

export function graphRoutes(services: Services): Router {
  const router = Router();

  router.get('/graph', async (request, response) => {
    const selection = graphSelection(request.query, false);
    await sendShapedGraph(services, request, response, { ...selection, centers: [] });
  });

  router.get('/subgraph', async (request, response) => {
    await sendShapedGraph(services, request, response, graphSelection(request.query, true));
  });

  router.get('/paths', async (request, response) => {
    const query = request.query;
    const start = actorIdParam('from', textParam(query, 'from'));
    const end = actorIdParam('to', textParam(query, 'to'));
    const maxDepth = intParam(query, 'maxDepth', { min: 1, max: 6, fallback: 4 });
    const limit = intParam(query, 'limit', { min: 1, max: 100, fallback: 10 });
    // Here from and to name the two actors; the other claim filters apply as usual.
    const filter = claimFilterParams({ ...query, from: undefined, to: undefined });
    response.json(await services.graph.shortestPaths(start, end, maxDepth, filter, limit));
  });

  return router;
}

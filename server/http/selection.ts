// The graph selection shared by /api/graph, /api/subgraph and /api/export: centres, depth, filters, limit.
import type { Request, Response } from 'express';
import type { SerializedGraph } from '../api/types';
import { isFiltering, type ClaimFilter } from '../model/claim-filter';
import type { EdgeShape, GraphOf } from '../services/graph-service';
import type { Services } from '../services/services';
import { invalidParameter } from '../errors';
import { actorIdParam, claimFilterParams, intParam, listParam, textParam, type Query } from './params';

export const NODE_LIMIT = { min: 1, max: 5000, fallback: 500 };
export const DEPTH = { min: 1, max: 3, fallback: 1 };
/** At most this many centres in one selection. */
export const MAX_CENTERS = 50;

export interface GraphSelection {
  centers: string[];
  /** `pairs` for `aggregate=pair`: one edge per ordered actor pair and relation type. */
  shape: EdgeShape;
  depth: number;
  filter: ClaimFilter;
  limit: number;
}

/** `aggregate=pair` asks for one edge per ordered actor pair and relation type instead of one per claim. */
function aggregateParam(query: Query): EdgeShape {
  const aggregate = textParam(query, 'aggregate', 10);
  if (aggregate === undefined || aggregate === '') return 'claims';
  if (aggregate === 'pair') return 'pairs';
  throw invalidParameter('aggregate', `found "${aggregate}": expected pair`);
}

/** Reads the selection; `requireCenter` for /api/subgraph. */
export function graphSelection(query: Query, requireCenter: boolean): GraphSelection {
  const centers = listParam(query, 'center').map((id) => actorIdParam('center', id));
  if (requireCenter && centers.length === 0) actorIdParam('center', undefined);
  if (centers.length > MAX_CENTERS)
    throw invalidParameter('center', `found ${centers.length} values: expected at most ${MAX_CENTERS}`);
  return {
    centers,
    shape: aggregateParam(query),
    depth: intParam(query, 'depth', DEPTH),
    filter: claimFilterParams(query),
    limit: intParam(query, 'limit', NODE_LIMIT),
  };
}

/** The graph a selection names: a neighbourhood when it has centres, else the whole graph; claim by claim. */
export function selectGraph(services: Services, selection: GraphSelection): Promise<SerializedGraph> {
  return selectShapedGraph(services, { ...selection, shape: 'claims' });
}

/** The graph a selection names, with its edges in the shape the selection asks for. */
export function selectShapedGraph<S extends EdgeShape>(
  services: Services,
  selection: GraphSelection & { shape: S },
): Promise<GraphOf<S>> {
  const { centers, depth, filter, limit, shape } = selection;
  if (centers.length > 0) return services.graph.subgraph(centers, depth, filter, limit, shape);
  return services.graph.wholeGraph(filter, limit, isFiltering(filter), shape);
}

/**
 * Sends the graph a selection names. Unfiltered aggregated graphs are served from the answers kept per corpus
 * version, gzipped once for the clients that accept it, with an entity tag (a client holding the same answer
 * gets 304); the rest is built per request.
 */
export async function sendShapedGraph(
  services: Services,
  request: Request,
  response: Response,
  selection: GraphSelection,
): Promise<void> {
  if (selection.shape === 'pairs' && !isFiltering(selection.filter)) {
    const answer = await services.graph.aggregatedAnswer(selection);
    if (answer) {
      const gzip = request.acceptsEncodings('gzip', 'identity') === 'gzip';
      response.vary('Accept-Encoding').type('json');
      if (gzip) response.set('Content-Encoding', 'gzip');
      // One tag per representation: the gzipped bytes are not the same entity as the plain ones.
      response.set('ETag', gzip ? `${answer.etag.slice(0, -1)}.gz"` : answer.etag);
      response.send(gzip ? answer.gzipped : answer.body);
      return;
    }
  }
  response.json(await selectShapedGraph(services, selection));
}

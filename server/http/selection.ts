// The graph selection shared by /api/graph, /api/subgraph and /api/export: centres, depth, filters, limit.
import type { SerializedGraph } from '../api/types';
import { isFiltering, type ClaimFilter } from '../model/claim-filter';
import type { Services } from '../services/services';
import { invalidParameter } from '../errors';
import { actorIdParam, claimFilterParams, intParam, listParam, type Query } from './params';

export const NODE_LIMIT = { min: 1, max: 5000, fallback: 500 };
export const DEPTH = { min: 1, max: 3, fallback: 1 };
/** At most this many centres in one selection. */
export const MAX_CENTERS = 50;

export interface GraphSelection {
  centers: string[];
  depth: number;
  filter: ClaimFilter;
  limit: number;
}

/** Reads the selection; `requireCenter` for /api/subgraph. */
export function graphSelection(query: Query, requireCenter: boolean): GraphSelection {
  const centers = listParam(query, 'center').map((id) => actorIdParam('center', id));
  if (requireCenter && centers.length === 0) actorIdParam('center', undefined);
  if (centers.length > MAX_CENTERS)
    throw invalidParameter('center', `found ${centers.length} values: expected at most ${MAX_CENTERS}`);
  return {
    centers,
    depth: intParam(query, 'depth', DEPTH),
    filter: claimFilterParams(query),
    limit: intParam(query, 'limit', NODE_LIMIT),
  };
}

/** The graph a selection names: a neighbourhood when it has centres, else the whole graph. */
export function selectGraph(services: Services, selection: GraphSelection): Promise<SerializedGraph> {
  const { centers, depth, filter, limit } = selection;
  if (centers.length > 0) return services.graph.subgraph(centers, depth, filter, limit);
  return services.graph.wholeGraph(filter, limit, isFiltering(filter));
}

// Subgraphs, the whole graph and shortest paths: owns the Cypher, returns serialized graphs.
import type { ActorAttributes, PairAttributes, SerializedGraph, SerializedNode } from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import { notFound } from '../errors';
import { isFiltering, NO_FILTER, type ClaimFilter } from '../model/claim-filter';
import { CorpusCache } from './corpus-cache';
import {
  actorNode,
  byDateThenKey,
  claimEdge,
  claimRowFromList,
  pairEdge,
  serializedGraph,
  type ActorRow,
  type ClaimRow,
} from './graph-mapper';
import { PairSummary, type PairEdge } from './pair-summary';
import { SummaryAnswers, type AggregatedAnswer, type AggregatedSelection } from './aggregated-answers';

const FILTER_PARAMS = ['types', 'from', 'to', 'sources', 'certainty'] as const;

/** An actor's id: the row of graph/neighbours.cypher and graph/actors-with-claims.cypher. */
interface ActorIdRow {
  id: string;
}

/** The row of graph/graph-on.cypher: the actors, and each claim as a list (see claimRowFromList). */
interface GraphOnRow {
  actors: ActorRow[];
  claims: unknown[][];
}

/** The row of graph/pairs-on.cypher: the actors, and each aggregated edge as a list (see pairEdge). */
interface PairsOnRow {
  actors: ActorRow[];
  pairs: unknown[][];
}

/** A row of graph/shortest-paths.cypher: one path, its actors' ids and its claims. */
interface PathRow {
  actorIds: string[];
  claims: ClaimRow[];
}

const queries = {
  neighbours: defineQuery('graph/neighbours', [
    'frontier',
    'seen',
    'limit',
    ...FILTER_PARAMS,
  ]).returning<ActorIdRow>(),
  graphOn: defineQuery('graph/graph-on', [
    'ids',
    'limit',
    'cheapDegree',
    ...FILTER_PARAMS,
  ]).returning<GraphOnRow>(),
  pairsOn: defineQuery('graph/pairs-on', [
    'ids',
    'limit',
    'cheapDegree',
    ...FILTER_PARAMS,
  ]).returning<PairsOnRow>(),
  actorsById: defineQuery('graph/actors-by-id', ['ids']).returning<ActorRow>(),
  actorsWithClaims: defineQuery('graph/actors-with-claims', [
    'filtered',
    'limit',
    ...FILTER_PARAMS,
  ]).returning<ActorIdRow>(),
  shortestPaths: defineQuery('graph/shortest-paths', [
    'start',
    'end',
    'maxDepth',
    'limit',
    ...FILTER_PARAMS,
  ]).returning<PathRow>(),
};

/** At most this many claims in one served graph. */
export const MAX_EDGES = 20_000;
const QUERY_TIMEOUT_MS = 15_000;
/** Up to this many incoming claims, an actor's claims among a set are found by reading its incoming claims. */
const CHEAP_DEGREE = 200;

/** How a graph's claims are served: one edge per claim, or one per ordered actor pair and type (`aggregate=pair`). */
export type EdgeShape = 'claims' | 'pairs';

/** A graph whose edges each stand for the claims of one pair and type. */
export type PairGraph = SerializedGraph<ActorAttributes, PairAttributes>;

/** The graph a shape of edges gives. */
export type GraphOf<S extends EdgeShape> = S extends 'pairs' ? PairGraph : SerializedGraph;

function filterParams(filter: ClaimFilter) {
  return {
    types: filter.types,
    from: filter.from,
    to: filter.to,
    sources: filter.sources,
    certainty: filter.certainty,
  };
}

/** A graph of aggregated edges; `pairs` may hold one more than served, to tell that it was truncated. */
function pairGraph(
  actors: SerializedNode[],
  pairs: PairEdge[],
  attributes: Record<string, unknown>,
): PairGraph {
  const truncated = Boolean(attributes.truncated) || pairs.length > MAX_EDGES;
  return serializedGraph(actors, pairs.slice(0, MAX_EDGES), {
    ...attributes,
    truncated,
    aggregate: 'pair',
    claims: pairs.reduce((sum, pair) => sum + pair.attributes.claims, 0),
  });
}

/** The graph on a set of actors with every pair's claims summed, from the per-pair summary alone. */
function summedPairsOn(summary: PairSummary, ids: string[], attributes: Record<string, unknown>): PairGraph {
  return pairGraph(summary.actorsIn(ids), summary.edgesAmong(ids, MAX_EDGES + 1), attributes);
}

export class GraphService {
  /** Every pair's claims summed, with the answers built from it, kept until an ingestion gives a new version. */
  private readonly summary: CorpusCache<SummaryAnswers>;

  constructor(private readonly db: Database) {
    this.summary = new CorpusCache(db, async () => new SummaryAnswers(await PairSummary.read(db)));
  }

  /** The per-pair summary when it can answer: aggregated edges with no claim filter; otherwise undefined. */
  private async summaryFor(shape: EdgeShape, filter: ClaimFilter): Promise<PairSummary | undefined> {
    return shape === 'pairs' && !isFiltering(filter) ? (await this.summary.get()).summary : undefined;
  }

  /** Reads the per-pair summary of the current corpus version now, so that the first aggregated request need not. */
  async warm(): Promise<void> {
    await this.summary.get();
  }

  /**
   * An unfiltered aggregated graph (the whole graph without centres, else a neighbourhood) as served JSON, built
   * once per corpus version and selection; undefined when the database has no corpus version to key it on.
   */
  async aggregatedAnswer(selection: AggregatedSelection): Promise<AggregatedAnswer | undefined> {
    const { version, value } = await this.summary.current();
    if (version === null) return undefined;
    const { centers, depth, limit } = selection;
    return value.answer(version, selection, () =>
      centers.length > 0
        ? this.subgraph([...centers], depth, NO_FILTER, limit, 'pairs', value.summary)
        : this.wholeGraph(NO_FILTER, limit, false, 'pairs', value.summary),
    );
  }

  /**
   * The graph on a set of actors, with its claims one by one or aggregated per pair; aggregated from `summary`
   * when the caller has one (no claim filter), else counted from the claims.
   */
  private graphIn<S extends EdgeShape>(
    shape: S,
    ids: string[],
    filter: ClaimFilter,
    attributes: Record<string, unknown>,
    summary?: PairSummary,
  ): Promise<GraphOf<S>> {
    if (shape === 'pairs' && summary)
      return Promise.resolve(summedPairsOn(summary, ids, attributes) as GraphOf<S>);
    const graph =
      shape === 'pairs' ? this.pairsOn(ids, filter, attributes) : this.graphOn(ids, filter, attributes);
    return graph as Promise<GraphOf<S>>;
  }

  /** The graph on a set of actors with one edge per pair and type that passes the filter, in one query. */
  private async pairsOn(
    ids: string[],
    filter: ClaimFilter,
    attributes: Record<string, unknown>,
  ): Promise<PairGraph> {
    const { rows } = await this.db.read(
      queries.pairsOn,
      { ids, limit: MAX_EDGES + 1, cheapDegree: CHEAP_DEGREE, ...filterParams(filter) },
      { timeoutMs: QUERY_TIMEOUT_MS },
    );
    const actors = (rows[0]?.actors ?? []).map(actorNode);
    return pairGraph(actors, (rows[0]?.pairs ?? []).map(pairEdge), attributes);
  }

  /** The graph on a set of actors: their attributes and the filtered claims among them, in one query. */
  private async graphOn(
    ids: string[],
    filter: ClaimFilter,
    attributes: Record<string, unknown>,
  ): Promise<SerializedGraph> {
    const { rows } = await this.db.read(
      queries.graphOn,
      { ids, limit: MAX_EDGES + 1, cheapDegree: CHEAP_DEGREE, ...filterParams(filter) },
      { timeoutMs: QUERY_TIMEOUT_MS },
    );
    const actors = rows[0]?.actors ?? [];
    const claims = (rows[0]?.claims ?? []).map(claimRowFromList);
    const edgesTruncated = claims.length > MAX_EDGES;
    const nodes = actors.map(actorNode);
    const edges = claims.sort(byDateThenKey).slice(0, MAX_EDGES).map(claimEdge);
    const truncated = Boolean(attributes.truncated) || edgesTruncated;
    return serializedGraph(nodes, edges, { ...attributes, truncated });
  }

  /**
   * Every actor (or those with a claim passing the filter), best connected first, up to `limit`; `given` is the
   * per-pair summary when the caller has already read it.
   */
  async wholeGraph<S extends EdgeShape = 'claims'>(
    filter: ClaimFilter,
    limit: number,
    filtered: boolean,
    shape: S = 'claims' as S,
    given?: PairSummary,
  ): Promise<GraphOf<S>> {
    const { rows } = await this.db.read(
      queries.actorsWithClaims,
      { filtered, limit: limit + 1, ...filterParams(filter) },
      { timeoutMs: QUERY_TIMEOUT_MS },
    );
    const ids = rows.slice(0, limit).map((row) => row.id);
    const summary = given ?? (await this.summaryFor(shape, filter));
    return this.graphIn(shape, ids, filter, { truncated: rows.length > limit }, summary);
  }

  /**
   * The actors within `depth` claims of the centres (breadth first, at most `limit` actors); `given` is the
   * per-pair summary when the caller has already read it.
   */
  async subgraph<S extends EdgeShape = 'claims'>(
    centers: string[],
    depth: number,
    filter: ClaimFilter,
    limit: number,
    shape: S = 'claims' as S,
    given?: PairSummary,
  ): Promise<GraphOf<S>> {
    const centerIds = [...new Set(centers)];
    // Centres past the limit are not served, so they are checked on their own (a rare request).
    if (centerIds.length > limit) await this.requireActors(centerIds.slice(limit));
    const seen = [...centerIds];
    let frontier = seen;
    let truncated = seen.length > limit;
    const summary = given ?? (await this.summaryFor(shape, filter));
    for (let step = 0; step < depth && frontier.length > 0 && !truncated; step += 1) {
      const room = limit - seen.length;
      const found = summary
        ? summary.neighbours(frontier, seen, room + 1)
        : await this.neighbours(frontier, seen, room + 1, filter);
      frontier = found.slice(0, room);
      truncated = found.length > room;
      seen.push(...frontier);
    }
    const graph = await this.graphIn(shape, seen.slice(0, limit), filter, { truncated }, summary);
    const served = new Set(graph.nodes.map((node) => node.key));
    const missing = centerIds.slice(0, limit).find((id) => !served.has(id));
    if (missing !== undefined) throw notFound(`No actor with id "${missing}"`);
    return graph;
  }

  /** One breadth-first step in the database: the actors linked to the frontier by a claim passing the filter. */
  private async neighbours(frontier: string[], seen: string[], limit: number, filter: ClaimFilter) {
    const { rows } = await this.db.read(
      queries.neighbours,
      { frontier, seen, limit, ...filterParams(filter) },
      { timeoutMs: QUERY_TIMEOUT_MS },
    );
    return rows.map((row) => row.id);
  }

  /** Throws 404 for the first id that names no actor. */
  private async requireActors(ids: string[]): Promise<void> {
    const found = await this.db.read(queries.actorsById, { ids });
    const missing = ids.find((id) => !found.rows.some((row) => row.key === id));
    if (missing !== undefined) throw notFound(`No actor with id "${missing}"`);
  }

  /**
   * The shortest paths of at most `maxDepth` claims between two actors, as a graph of the actors and claims along
   * them; at most `limit` paths, `truncated` when there are more. An actor to itself is one path of length 0.
   */
  async shortestPaths(start: string, end: string, maxDepth: number, filter: ClaimFilter, limit: number) {
    await this.requireActors([start, end]);
    const { rows } = await this.db.read(
      queries.shortestPaths,
      { start, end, maxDepth, limit: limit + 1, ...filterParams(filter) },
      { timeoutMs: QUERY_TIMEOUT_MS },
    );
    const served = rows.slice(0, limit);
    const paths = served.map((row) => ({
      actors: row.actorIds,
      claims: row.claims.map((claim) => claim.key),
    }));
    const ids = [...new Set(paths.flatMap((path) => path.actors))];
    const actors = await this.db.read(queries.actorsById, { ids });
    const edges = served.flatMap((row) => row.claims.map(claimEdge));
    return serializedGraph(actors.rows.map(actorNode), edges, {
      paths,
      length: paths[0]?.claims.length ?? null,
      truncated: rows.length > limit,
    });
  }
}

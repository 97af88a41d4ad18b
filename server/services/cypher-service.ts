// The read-only Cypher console: validates the request, runs it safely, and returns its table and its graph.
import type { SerializedGraph } from '../api/types';
import type { Database } from '../db/database';
import { ReadOnlyRefusal, runReadOnly, type FoundNode, type FoundRelationship } from '../db/read-only-query';
import { HttpError, invalidParameter } from '../errors';
import { actorNode, claimEdge, serializedGraph } from './graph-mapper';

export const CONSOLE_LIMITS = { timeoutMs: 10_000, maxRows: 1000, maxQueryLength: 20_000 };

export interface ConsoleRequest {
  query: string;
  params: Record<string, unknown>;
}

/** Checks the body of a console request: a non-empty query and an optional params object. */
export function consoleRequest(body: unknown): ConsoleRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalidParameter('body', 'expected a JSON object { "query": ..., "params": {...} }');
  const { query, params = {} } = body as Record<string, unknown>;
  if (typeof query !== 'string' || query.trim() === '')
    throw invalidParameter('query', 'missing: expected a Cypher query as text');
  if (query.length > CONSOLE_LIMITS.maxQueryLength)
    throw invalidParameter('query', `expected at most ${CONSOLE_LIMITS.maxQueryLength} characters`);
  if (!params || typeof params !== 'object' || Array.isArray(params))
    throw invalidParameter('params', 'expected a JSON object of parameters');
  return { query, params: params as Record<string, unknown> };
}

/** A node of any label: actors keep their id as key; others use their element id. */
function graphNode(node: FoundNode) {
  const id = node.properties.id;
  if (node.labels.includes('Actor') && typeof id === 'string')
    return actorNode({ key: id, properties: node.properties });
  const label = node.properties.name ?? node.properties.title ?? id ?? node.labels[0] ?? node.elementId;
  return {
    key: node.elementId,
    attributes: {
      ...node.properties,
      label: String(label),
      kind: node.labels[0] ?? 'node',
      aliases: [],
      labels: node.labels,
    },
  };
}

function graphFrom(nodes: FoundNode[], relationships: FoundRelationship[]): SerializedGraph {
  const keyOf = new Map(nodes.map((node) => [node.elementId, graphNode(node).key]));
  const edges = relationships
    .filter((rel) => keyOf.has(rel.startElementId) && keyOf.has(rel.endElementId))
    .map((rel) =>
      claimEdge({
        key: typeof rel.properties.id === 'string' ? rel.properties.id : rel.elementId,
        source: keyOf.get(rel.startElementId) as string,
        target: keyOf.get(rel.endElementId) as string,
        type: rel.type,
        properties: rel.properties,
      }),
    );
  return serializedGraph(nodes.map(graphNode), edges);
}

export class CypherService {
  constructor(private readonly db: Database) {}

  /** Runs a read-only query; refuses writes with 403 before anything runs. */
  async run({ query, params }: ConsoleRequest) {
    try {
      const result = await runReadOnly(this.db, query, params, CONSOLE_LIMITS);
      return {
        columns: result.columns,
        rows: result.rows,
        graph: graphFrom(result.nodes, result.relationships),
        summary: {
          rows: result.rows.length,
          truncated: result.truncated,
          maxRows: CONSOLE_LIMITS.maxRows,
          queryType: result.queryType,
          elapsedMs: result.elapsedMs,
        },
      };
    } catch (error) {
      if (error instanceof ReadOnlyRefusal)
        throw new HttpError(403, 'read_only', `Refused: ${error.message}. Nothing was changed.`);
      throw error;
    }
  }
}

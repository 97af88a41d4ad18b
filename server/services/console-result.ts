// The console's answer: a read-only result as columns, rows, the graph of its nodes and relationships, a summary.
import type { CypherResult, SerializedGraph } from '../api/types';
import type { FoundNode, FoundRelationship, ReadOnlyResult } from '../db/read-only-query';
import { actorNode, claimEdge, serializedGraph } from './graph-mapper';

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

export function consoleResult(result: ReadOnlyResult, maxRows: number): CypherResult {
  return {
    columns: result.columns,
    rows: result.rows,
    graph: graphFrom(result.nodes, result.relationships),
    summary: {
      rows: result.rows.length,
      truncated: result.truncated,
      maxRows,
      queryType: result.queryType,
      elapsedMs: result.elapsedMs,
    },
  };
}

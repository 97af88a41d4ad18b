// JSON export: graphology's serialized graph, with an `actorgraph` header key that `Graph.from` ignores.
import type { SerializedEdge, SerializedGraph, SerializedNode } from '../api/types';
import { exportValue } from './attributes';
import type { SnapshotHeader } from './snapshot';

/** The version of the `actorgraph` header; raised when its shape changes. */
export const JSON_SNAPSHOT_VERSION = 1;

/** The header key of a JSON snapshot. */
export interface JsonSnapshotHeader {
  version: number;
  generatedAt: string;
  selection: Record<string, unknown>;
  counts: { nodes: number; edges: number };
  sources: SnapshotHeader['sources'];
}

/**
 * A JSON snapshot: graphology's serialized graph (`options`, `attributes`, `nodes`, `edges`) plus the
 * `actorgraph` header. graphology's `Graph.from` and `import` read only the graph keys, so they load it as is.
 */
export type JsonSnapshot = SerializedGraph<Record<string, unknown>, Record<string, unknown>> & {
  actorgraph: JsonSnapshotHeader;
};

/** Attributes with exportable values, keeping nulls (the claims' empty date, quote...) as JSON nulls. */
function jsonAttributes(attributes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).flatMap(([name, value]): Array<[string, unknown]> => {
      if (value === null) return [[name, null]];
      const exported = exportValue(value);
      return exported === undefined ? [] : [[name, exported]];
    }),
  );
}

function jsonNode(node: SerializedNode): SerializedNode<Record<string, unknown>> {
  return { key: node.key, attributes: jsonAttributes(node.attributes) };
}

function jsonEdge(edge: SerializedEdge): SerializedEdge<Record<string, unknown>> {
  return {
    key: edge.key,
    source: edge.source,
    target: edge.target,
    attributes: jsonAttributes(edge.attributes),
  };
}

/** The snapshot as a JSON object (see {@link JsonSnapshot}). */
export function jsonSnapshot(graph: SerializedGraph, header: SnapshotHeader): JsonSnapshot {
  return {
    actorgraph: {
      version: JSON_SNAPSHOT_VERSION,
      generatedAt: header.generatedAt,
      selection: header.selection,
      counts: { nodes: graph.nodes.length, edges: graph.edges.length },
      sources: header.sources,
    },
    options: graph.options,
    attributes: graph.attributes,
    nodes: graph.nodes.map(jsonNode),
    edges: graph.edges.map(jsonEdge),
  };
}

/** The snapshot as JSON text, indented by two spaces. */
export function writeJson(graph: SerializedGraph, header: SnapshotHeader): string {
  return `${JSON.stringify(jsonSnapshot(graph, header), null, 2)}\n`;
}

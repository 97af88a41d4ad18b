// Loading served graphs into the data graph: merge, replace and remove, and the keys each load added.
import type { SerializedGraph } from '../api/types';
import { createDataGraph, type DataGraph } from './graph-types';

/** The actors and claims a load added (so that it can be undone). */
export interface Added {
  nodes: string[];
  edges: string[];
}

/** Merges a served graph into `data`: new actors and claims are added, known ones get the newer attributes. */
export function mergeServed(data: DataGraph, served: SerializedGraph): Added {
  const added: Added = { nodes: [], edges: [] };
  for (const node of served.nodes) {
    if (data.hasNode(node.key)) data.mergeNodeAttributes(node.key, node.attributes);
    else {
      data.addNode(node.key, { ...node.attributes });
      added.nodes.push(node.key);
    }
  }
  for (const edge of served.edges) {
    if (!data.hasNode(edge.source) || !data.hasNode(edge.target)) continue;
    if (data.hasEdge(edge.key)) data.mergeEdgeAttributes(edge.key, edge.attributes);
    else {
      data.addEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
      added.edges.push(edge.key);
    }
  }
  return added;
}

/** Empties `data` and loads `served` into it. */
export function replaceServed(data: DataGraph, served: SerializedGraph): void {
  data.clear();
  mergeServed(data, served);
}

/** Removes what one load added (claims first, then actors, which takes their remaining claims too). */
export function removeAdded(data: DataGraph, added: Added): void {
  for (const edge of added.edges) if (data.hasEdge(edge)) data.dropEdge(edge);
  for (const node of added.nodes) if (data.hasNode(node)) data.dropNode(node);
}

/** A copy of the data graph in graphology's serialized form, with its keys in a stable order. */
export function serializeData(data: DataGraph): SerializedGraph {
  const exported = data.export();
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: exported.nodes
      .map((node) => ({ key: node.key, attributes: { ...node.attributes! } }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    edges: exported.edges
      .map((edge) => ({
        key: edge.key!,
        source: edge.source,
        target: edge.target,
        attributes: { ...edge.attributes! },
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** A data graph from a served graph. */
export function dataGraphFrom(served: SerializedGraph): DataGraph {
  const data = createDataGraph();
  mergeServed(data, served);
  return data;
}

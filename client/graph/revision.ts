// A data graph's revision: a number that grows whenever the graph changes, for the stages derived from it.
import type { DataGraph } from './graph-types';

/** graphology's events for every change of a graph's structure or attributes. */
const CHANGE_EVENTS = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'attributesUpdated',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

const revisions = new WeakMap<DataGraph, { value: number }>();

/**
 * The graph's revision: 0 when first asked, then one more at every change (the graph is watched from the first
 * call on). Equal revisions of the same graph mean equal content.
 */
export function graphRevision(graph: DataGraph): number {
  let revision = revisions.get(graph);
  if (!revision) {
    const counter = { value: 0 };
    const bump = () => {
      counter.value += 1;
    };
    for (const event of CHANGE_EVENTS) graph.on(event, bump);
    revisions.set(graph, counter);
    revision = counter;
  }
  return revision.value;
}

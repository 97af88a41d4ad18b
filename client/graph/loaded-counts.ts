// How many loaded claims each relation type, certainty and source has, and how many actors each kind: one pass.
import { originOf } from './filters';
import type { DataGraph } from './graph-types';

/** Counts keyed like the filters that hide them. */
export interface LoadedCounts {
  hiddenTypes: Map<string, number>;
  hiddenOrigins: Map<string, number>;
  hiddenKinds: Map<string, number>;
  hiddenCertainties: Map<string, number>;
  hiddenSources: Map<string, number>;
}

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Counts every loaded claim and actor once (a filter list of n rows does not scan the claims n times). */
export function loadedCounts(data: DataGraph): LoadedCounts {
  const counts: LoadedCounts = {
    hiddenTypes: new Map(),
    hiddenOrigins: new Map(),
    hiddenKinds: new Map(),
    hiddenCertainties: new Map(),
    hiddenSources: new Map(),
  };
  data.forEachEdge((_edge, claim) => {
    add(counts.hiddenTypes, claim.type);
    add(counts.hiddenOrigins, originOf(claim));
    add(counts.hiddenCertainties, claim.certainty);
    add(counts.hiddenSources, claim.sourceId);
  });
  data.forEachNode((_node, actor) => add(counts.hiddenKinds, actor.kind));
  return counts;
}

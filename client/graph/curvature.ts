// Parallel claims between the same two actors drawn as separate curves: one curvature per edge, fanned out.

/** The ends of an edge. */
export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
}

/** Curvature between neighbouring parallel edges, and the widest fan allowed. */
export const CURVATURE = { step: 0.22, maxSpread: 1.1 };

/**
 * Curvatures for every edge: 0 for an edge alone between its two actors; otherwise the edges of a pair are
 * spread evenly around the straight line, in key order. An edge drawn the other way round gets the opposite
 * sign, because curvature bends relative to the edge's own direction: both directions then share one fan.
 */
export function parallelCurvatures(edges: Iterable<EdgeEnds>, options = CURVATURE): Map<string, number> {
  const pairs = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const pair =
      edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const list = pairs.get(pair) ?? [];
    list.push(edge);
    pairs.set(pair, list);
  }
  const curvatures = new Map<string, number>();
  for (const list of pairs.values()) {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const count = list.length;
    const step = count > 1 ? Math.min(options.step, options.maxSpread / (count - 1)) : 0;
    list.forEach((edge, index) => {
      const offset = (index - (count - 1) / 2) * step;
      const reversed = edge.source > edge.target;
      curvatures.set(edge.key, offset === 0 ? 0 : reversed ? -offset : offset);
    });
  }
  return curvatures;
}

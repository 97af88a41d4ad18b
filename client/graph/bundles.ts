// Parallel claims between two actors drawn as one bundle (one edge with a count) until zoomed in or selected.
import { isPairClaim, pairEdgeSize } from './aggregate';
import type { DataGraph } from './graph-types';

/** The claims between one unordered pair of actors, when there are two or more of them. */
export interface Bundle {
  key: string;
  /** The two actors, `a` < `b`. */
  a: string;
  b: string;
  /** Its edges, in key order; the first one draws the bundle while it is closed. */
  edges: string[];
  /** The claims it stands for (an aggregated edge counts its claims). */
  claims: number;
  /** The relation types of its edges, in first-seen order. */
  types: string[];
}

/** The key of the unordered pair `a`, `b` (the same both ways). */
export function bundleKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The two actors of a bundle key, in order. */
export function bundleEnds(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Every pair of actors linked by two or more edges of `graph`, by bundle key. */
export function bundlesOf(graph: DataGraph): Map<string, Bundle> {
  const pairs = new Map<string, Bundle>();
  graph.forEachEdge((edge, claim, source, target) => {
    if (source === target) return;
    const key = bundleKey(source, target);
    let bundle = pairs.get(key);
    if (!bundle) {
      const [a, b] = bundleEnds(key);
      bundle = { key, a, b, edges: [], claims: 0, types: [] };
      pairs.set(key, bundle);
    }
    bundle.edges.push(edge);
    bundle.claims += isPairClaim(claim) ? claim.claims : 1;
    if (!bundle.types.includes(claim.type)) bundle.types.push(claim.type);
  });
  for (const [key, bundle] of pairs) {
    if (bundle.edges.length < 2) pairs.delete(key);
    else bundle.edges.sort();
  }
  return pairs;
}

/** A closed bundle's label: its two actors and how many claims link them. */
export function bundleLabel(a: string, b: string, claims: number): string {
  return `${a} – ${b} · ${claims.toLocaleString('en')}`;
}

/** A closed bundle's width: logarithmic in its claims, up to the view's largest bundle. */
export function bundleWidth(claims: number, most: number, range: { min: number; max: number }): number {
  return pairEdgeSize(claims, most, range);
}

/** A closed bundle's colour: its one type's when all its claims share it, else the neutral colour. */
export function bundleColour(
  types: readonly string[],
  colours: Readonly<Record<string, string>>,
  neutral: string,
): string {
  return types.length === 1 ? (colours[types[0] as string] ?? neutral) : neutral;
}

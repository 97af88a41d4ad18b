// Deterministic starting positions: hashed from actor ids, or next to an already placed neighbour.
import { unitFromString } from '../util/hash';
import type { Point } from './graph-types';

/** Radius of the disc new, unconnected actors are seeded in. */
export const SEED_RADIUS = 100;

/** A position in a disc, from the id alone: the same id always lands on the same spot. */
export function hashedPoint(id: string, radius = SEED_RADIUS): Point {
  const angle = unitFromString(`${id}#angle`) * Math.PI * 2;
  const distance = Math.sqrt(unitFromString(`${id}#radius`)) * radius;
  return { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance };
}

/**
 * Positions for `ids` that have none in `known`: close to the mean of their placed neighbours when they have
 * some (so an expansion grows around its centre), else hashed in the disc. Returns only the new positions.
 */
export function seedPositions(
  ids: Iterable<string>,
  known: ReadonlyMap<string, Point>,
  neighbours: (id: string) => string[],
  spread = 12,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  for (const id of [...ids].sort()) {
    if (known.has(id)) continue;
    const anchors = neighbours(id)
      .map((other) => known.get(other) ?? placed.get(other))
      .filter((point): point is Point => point !== undefined);
    if (anchors.length === 0) {
      placed.set(id, hashedPoint(id));
      continue;
    }
    const mean = anchors.reduce((sum, point) => ({ x: sum.x + point.x, y: sum.y + point.y }), { x: 0, y: 0 });
    const jitter = hashedPoint(id, spread);
    placed.set(id, { x: mean.x / anchors.length + jitter.x, y: mean.y / anchors.length + jitter.y });
  }
  return placed;
}

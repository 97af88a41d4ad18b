// The layout of the loaded graph: seeded positions for new actors, then ForceAtlas2 in the worker.
import { VIEWER_SETTINGS } from '../config';
import type { DataGraph, Point } from '../graph/graph-types';
import { simpleProjection } from '../graph/projection';
import { seedPositions } from '../graph/seed-layout';
import type { LayoutRunner } from '../layout/layout-runner';

/** Gives a seeded position to every actor of `data` that has none; returns how many were placed. */
export function seedMissing(data: DataGraph, positions: Map<string, Point>): number {
  const placed = seedPositions(data.nodes(), positions, (id) => data.neighbors(id));
  for (const [id, point] of placed) positions.set(id, point);
  return placed.size;
}

/** Forgets positions of actors no longer loaded. */
export function prunePositions(data: DataGraph, positions: Map<string, Point>): void {
  for (const id of [...positions.keys()]) if (!data.hasNode(id)) positions.delete(id);
}

/**
 * Lays out the whole loaded graph from its current positions (deterministic: sorted input, fixed iterations)
 * and returns the new positions.
 */
export async function layoutLoaded(
  runner: LayoutRunner,
  data: DataGraph,
  positions: ReadonlyMap<string, Point>,
  mode: 'full' | 'incremental',
): Promise<Map<string, Point>> {
  const projection = simpleProjection(data);
  const nodes = projection.mapNodes((key) => ({ key, ...(positions.get(key) ?? { x: 0, y: 0 }) }));
  const edges = projection.mapEdges((_edge, attributes, source, target) => ({
    source,
    target,
    weight: attributes.weight,
  }));
  const result = await runner.run({ nodes, edges, iterations: VIEWER_SETTINGS.layoutIterations[mode] });
  return new Map(Object.entries(result));
}

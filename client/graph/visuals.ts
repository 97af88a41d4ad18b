// filtered -> rendered: the visual attributes (position, size, colour, curve) of each visible actor and claim.
import { VIEWER_SETTINGS } from '../config';
import type { ColourBy } from '../state/view-state';
import { parallelCurvatures } from './curvature';
import type { DataGraph, Point, RenderedEdge, RenderedGraph, RenderedNode } from './graph-types';

/** What the rendered attributes are computed from. */
export interface VisualContext {
  kindColours: Readonly<Record<string, string>>;
  relationColours: Readonly<Record<string, string>>;
  colourBy: ColourBy;
  positions: ReadonlyMap<string, Point>;
  metric: ReadonlyMap<string, number>;
  sizes: ReadonlyMap<string, number>;
  communities: ReadonlyMap<string, number> | null;
}

/** The colour of community `index`, cycling through the palette. */
export function communityColour(index: number): string {
  const palette = VIEWER_SETTINGS.communityPalette;
  return palette[index % palette.length] ?? VIEWER_SETTINGS.unknownColour;
}

/** A claim's thickness by certainty. */
export function edgeSize(certainty: string): number {
  const sizes = VIEWER_SETTINGS.edgeSize;
  return certainty === 'fact' || certainty === 'claim' || certainty === 'assessment'
    ? sizes[certainty]
    : sizes.other;
}

/** Computes the rendered attributes of every element of `filtered`. */
export function renderedAttributes(filtered: DataGraph, context: VisualContext) {
  const nodes = new Map<string, RenderedNode>();
  filtered.forEachNode((node, actor) => {
    const community = context.communities?.get(node);
    const colour =
      context.colourBy === 'community' && community !== undefined
        ? communityColour(community)
        : (context.kindColours[actor.kind] ?? VIEWER_SETTINGS.unknownColour);
    const point = context.positions.get(node) ?? { x: 0, y: 0 };
    nodes.set(node, {
      label: actor.label,
      kind: actor.kind,
      x: point.x,
      y: point.y,
      size: context.sizes.get(node) ?? VIEWER_SETTINGS.nodeSize.min,
      color: colour,
      metric: context.metric.get(node) ?? 0,
      ...(community !== undefined ? { community } : {}),
    });
  });
  const curvatures = parallelCurvatures(
    filtered.mapEdges((key, _a, source, target) => ({ key, source, target })),
  );
  const edges = new Map<string, { source: string; target: string; attributes: RenderedEdge }>();
  filtered.forEachEdge((edge, claim, source, target) => {
    const curvature = curvatures.get(edge) ?? 0;
    edges.set(edge, {
      source,
      target,
      attributes: {
        relation: claim.type,
        label: claim.label,
        certainty: claim.certainty,
        color: context.relationColours[claim.type] ?? VIEWER_SETTINGS.unknownColour,
        size: edgeSize(claim.certainty),
        type: curvature === 0 ? 'arrow' : 'curvedArrow',
        curvature,
      },
    });
  });
  return { nodes, edges };
}

/** Makes `rendered` hold exactly the given elements, in place (sigma keeps listening to the same instance). */
export function syncRendered(rendered: RenderedGraph, target: ReturnType<typeof renderedAttributes>): void {
  for (const edge of rendered.edges()) if (!target.edges.has(edge)) rendered.dropEdge(edge);
  for (const node of rendered.nodes()) if (!target.nodes.has(node)) rendered.dropNode(node);
  for (const [node, attributes] of target.nodes) {
    if (rendered.hasNode(node)) rendered.replaceNodeAttributes(node, attributes);
    else rendered.addNode(node, attributes);
  }
  for (const [edge, { source, target: to, attributes }] of target.edges) {
    if (rendered.hasEdge(edge)) rendered.replaceEdgeAttributes(edge, attributes);
    else rendered.addEdgeWithKey(edge, source, to, attributes);
  }
}

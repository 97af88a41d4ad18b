// filtered -> rendered: the visual attributes (position, size, colour, curve) of each visible actor and claim.
import { VIEWER_SETTINGS } from '../config';
import type { ColourBy, EdgeColourBy } from '../state/view-state';
import { isPairClaim, pairEdgeSize, pairLabel } from './aggregate';
import { bundleColour, bundleLabel, bundlesOf, bundleWidth } from './bundles';
import { parallelCurvatures } from './curvature';
import { originOf } from './filters';
import type {
  DataGraph,
  EdgeBundle,
  EdgeProgram,
  Point,
  RenderedEdge,
  RenderedGraph,
  RenderedNode,
} from './graph-types';

/** What the rendered attributes are computed from. */
export interface VisualContext {
  kindColours: Readonly<Record<string, string>>;
  relationColours: Readonly<Record<string, string>>;
  /** Each type's colour when edges are coloured by side (its side's, or its family's grey); none: by type. */
  sideColours?: Readonly<Record<string, string>>;
  /** The symmetric types, drawn without arrowheads; none when absent. */
  symmetricTypes?: ReadonlySet<string>;
  colourBy: ColourBy;
  edgeColourBy?: EdgeColourBy;
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

/** `#rrggbb` mixed with white: `share` 0 keeps it, 1 gives white. */
export function towardsWhite(hex: string, share: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) return hex;
  const value = parseInt(match[1] as string, 16);
  const mix = (channel: number) =>
    Math.round(channel + (255 - channel) * share)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(value >> 16)}${mix((value >> 8) & 255)}${mix(value & 255)}`;
}

/** A label's rank when labels compete for room: named actors before unnamed ones, then by their claims. */
export function labelPriority(unnamed: boolean, claims: number): number {
  return (unnamed ? 0 : 1e6) + claims;
}

/** The sigma program of a claim: an arrow when directed, a line when symmetric; curved when parallel. */
export function edgeProgram(directed: boolean, curvature: number): EdgeProgram {
  if (directed) return curvature === 0 ? 'arrow' : 'curvedArrow';
  return curvature === 0 ? 'line' : 'curvedLine';
}

/** A claim's colour: by type or by side, lighter when nobody checked it. */
function edgeColour(type: string, origin: string, context: VisualContext): string {
  const bySide = context.edgeColourBy === 'side' ? context.sideColours?.[type] : undefined;
  const colour = bySide ?? context.relationColours[type] ?? VIEWER_SETTINGS.unknownColour;
  return origin === 'curated' ? colour : towardsWhite(colour, VIEWER_SETTINGS.uncheckedEdge.whiteShare);
}

/** How each edge of a bundle draws the bundle while it is closed (see bundles.ts), by edge. */
function bundleAttributes(filtered: DataGraph, context: VisualContext): Map<string, EdgeBundle> {
  const bundles = bundlesOf(filtered);
  let most = 1;
  for (const bundle of bundles.values()) most = Math.max(most, bundle.claims);
  const byEdge = new Map<string, EdgeBundle>();
  const name = (id: string) => filtered.getNodeAttribute(id, 'label');
  for (const bundle of bundles.values()) {
    const colours = Object.fromEntries(
      bundle.types.map((type) => [type, edgeColour(type, 'curated', context)]),
    );
    const drawn: Omit<EdgeBundle, 'lead'> = {
      key: bundle.key,
      claims: bundle.claims,
      label: bundleLabel(name(bundle.a), name(bundle.b), bundle.claims),
      colour: bundleColour(bundle.types, colours, VIEWER_SETTINGS.bundles.colour),
      size: bundleWidth(bundle.claims, most, VIEWER_SETTINGS.bundles.size),
    };
    bundle.edges.forEach((edge, index) => byEdge.set(edge, { ...drawn, lead: index === 0 }));
  }
  return byEdge;
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
      labelPriority: labelPriority(actor.unnamed === true, filtered.degree(node)),
      ...(community !== undefined ? { community } : {}),
    });
  });
  const curvatures = parallelCurvatures(
    filtered.mapEdges((key, _a, source, target) => ({ key, source, target })),
  );
  const bundles = bundleAttributes(filtered, context);
  const edges = new Map<string, { source: string; target: string; attributes: RenderedEdge }>();
  // An aggregated edge's width grows with its claims, up to the view's largest count.
  let most = 1;
  filtered.forEachEdge((_edge, claim) => {
    if (isPairClaim(claim)) most = Math.max(most, claim.claims);
  });
  filtered.forEachEdge((edge, claim, source, target) => {
    const curvature = curvatures.get(edge) ?? 0;
    const origin = originOf(claim);
    const directed = !context.symmetricTypes?.has(claim.type);
    const bundle = bundles.get(edge);
    const inBundle = bundle ? { bundle } : {};
    if (isPairClaim(claim)) {
      edges.set(edge, {
        source,
        target,
        attributes: {
          relation: claim.type,
          label: pairLabel(claim.label, claim.claims),
          certainty: claim.certainty,
          origin,
          directed,
          color: edgeColour(claim.type, origin, context),
          size: pairEdgeSize(claim.claims, most, VIEWER_SETTINGS.aggregateEdgeSize),
          type: edgeProgram(directed, curvature),
          curvature,
          claims: claim.claims,
          ...inBundle,
        },
      });
      return;
    }
    const size = edgeSize(claim.certainty);
    edges.set(edge, {
      source,
      target,
      attributes: {
        relation: claim.type,
        label: claim.label,
        certainty: claim.certainty,
        origin,
        directed,
        color: edgeColour(claim.type, origin, context),
        size: origin === 'curated' ? size : size * VIEWER_SETTINGS.uncheckedEdge.sizeFactor,
        type: edgeProgram(directed, curvature),
        curvature,
        ...inBundle,
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

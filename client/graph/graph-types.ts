// The three graphs of the viewer: the loaded data, the filtered data, and the rendered graph sigma draws.
import { MultiDirectedGraph } from 'graphology';
import type { ActorAttributes, ClaimAttributes } from '../api/types';

/** Loaded actors and claims, exactly as the server sent them: no visual attribute ever. */
export type DataGraph = MultiDirectedGraph<ActorAttributes, ClaimAttributes>;

/** Sigma edge programs the viewer registers: arrows for directed claims, lines for symmetric ones. */
export const EDGE_PROGRAMS = ['arrow', 'curvedArrow', 'line', 'curvedLine'] as const;
export type EdgeProgram = (typeof EDGE_PROGRAMS)[number];

/** A node as sigma draws it. */
export interface RenderedNode {
  [key: string]: unknown;
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** The value of the size metric (degree, betweenness or PageRank). */
  metric: number;
  /** Which label wins when two would overlap: higher first (see visuals.ts). */
  labelPriority?: number;
  community?: number;
}

/** An edge as sigma draws it. `type` is sigma's program; the relation type is `relation`. */
export interface RenderedEdge {
  [key: string]: unknown;
  relation: string;
  label: string;
  certainty: string;
  /** curated, icews, gdelt or extracted: imported and extracted claims are drawn thinner and lighter. */
  origin: string;
  /** False for a claim of a symmetric type: drawn without arrowhead, exported undirected. */
  directed: boolean;
  color: string;
  size: number;
  type: EdgeProgram;
  curvature: number;
  /** Set when the edge belongs to a bundle. */
  bundle?: EdgeBundle;
}

/** How an edge of a bundle (two or more edges between the same two actors) draws the bundle while closed. */
export interface EdgeBundle {
  /** The unordered pair's key (see bundles.ts). */
  key: string;
  /** True for the one edge that draws the closed bundle; the others are hidden then. */
  lead: boolean;
  claims: number;
  label: string;
  colour: string;
  size: number;
}

/** The graph sigma renders. */
export type RenderedGraph = MultiDirectedGraph<RenderedNode, RenderedEdge>;

/** A point in graph space. */
export interface Point {
  x: number;
  y: number;
}

/** An empty data graph. */
export function createDataGraph(): DataGraph {
  return new MultiDirectedGraph<ActorAttributes, ClaimAttributes>({ allowSelfLoops: true });
}

/** An empty rendered graph. */
export function createRenderedGraph(): RenderedGraph {
  return new MultiDirectedGraph<RenderedNode, RenderedEdge>({ allowSelfLoops: true });
}

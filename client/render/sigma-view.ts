// Sigma on the rendered graph: programs (straight and curved arrows), label settings, reducers and events.
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram, type EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { VIEWER_SETTINGS } from '../config';
import type { Point, RenderedEdge, RenderedGraph } from '../graph/graph-types';
import { edgeAt, type EdgeShape } from './edge-hit';
import { markFirstFrame } from './first-frame';
import { edgePatch, nodePatch, type HighlightState } from './highlight';
import { placeNodeLabels } from './labels';

/** What the view tells the application. */
export interface SigmaHandlers {
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
  doubleClickNode(node: string): void;
}

/** Sigma over the rendered graph (typed loosely: sigma's programs are typed for plain attributes). */
export type ActorSigma = Sigma;

/** `Program` drawing no picking pass (sigma then finds no claim under the mouse, and draws each claim once). */
function withoutPicking(Program: EdgeProgramType): EdgeProgramType {
  return class extends Program {
    constructor(gl: WebGLRenderingContext, _picking: WebGLFramebuffer | null, renderer: Sigma) {
      super(gl, null, renderer);
    }
  };
}

/** Edge programs of a graph of ordinary size: claims pickable, parallel ones curved, symmetric ones arrowless. */
const PROGRAMS = {
  arrow: EdgeArrowProgram,
  curvedArrow: EdgeCurvedArrowProgram,
  line: EdgeRectangleProgram,
  curvedLine: EdgeCurveProgram,
};
/** Edge programs of a big graph: nothing pickable, every claim straight (curves need more per pixel). */
const BIG_PROGRAMS = {
  arrow: withoutPicking(EdgeArrowProgram),
  curvedArrow: withoutPicking(EdgeArrowProgram),
  line: withoutPicking(EdgeRectangleProgram),
  curvedLine: withoutPicking(EdgeRectangleProgram),
};

/** True when a graph of `claims` claims is drawn for speed (see VIEWER_SETTINGS.bigGraphClaims). */
export function isBigGraph(claims: number): boolean {
  return claims >= VIEWER_SETTINGS.bigGraphClaims;
}

/** The settings that differ between a graph of ordinary size and a big one. */
function scaleSettings(big: boolean): Partial<Settings> {
  return {
    edgeProgramClasses: big ? BIG_PROGRAMS : PROGRAMS,
    enableEdgeEvents: !big,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
  };
}

/**
 * Switches sigma between drawing a graph of ordinary size and a big one. Cheap while sigma is detached (it then
 * re-indexes an empty graph); returns whether anything changed.
 */
export function setScale(sigma: ActorSigma, big: boolean): boolean {
  if (sigma.getSetting('hideEdgesOnMove') === big) return false;
  for (const [key, value] of Object.entries(scaleSettings(big)))
    sigma.setSetting(key as keyof Settings, value as never);
  return true;
}

const FONT = '"Inter", "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/** The sigma settings of the viewer (labels that do not pile up, arrows, curved parallel edges). */
export function sigmaSettings(state: () => HighlightState, big = false): Partial<Settings> {
  return {
    allowInvalidContainer: true,
    renderEdgeLabels: true,
    // Sigma prepares the picking pass of claims only when created with edge events: a big graph turns it off
    // through its programs (and can turn it back on).
    ...scaleSettings(big),
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: 'arrow',
    labelFont: FONT,
    labelSize: 12,
    labelWeight: '600',
    labelColor: { color: '#1f2933' },
    edgeLabelFont: FONT,
    edgeLabelSize: 11,
    edgeLabelWeight: '500',
    edgeLabelColor: { color: '#3e4c59' },
    stagePadding: 48,
    minCameraRatio: 0.04,
    maxCameraRatio: 4,
    // Sigma hands the reducers a copy of the attributes: patching it in place spares a second copy per element.
    nodeReducer: (node, attributes) => Object.assign(attributes, nodePatch(node, state())),
    edgeReducer: (edge, attributes) =>
      Object.assign(attributes, edgePatch(edge, attributes as RenderedEdge, state())),
  };
}

/** Creates sigma in `container` and wires its events; `state` is read on each render by the reducers. */
export function createSigmaView(
  container: HTMLElement,
  graph: RenderedGraph,
  state: () => HighlightState,
  handlers: SigmaHandlers,
  hover: (node: string | null, edge: string | null) => void,
  big = false,
): ActorSigma {
  const sigma: ActorSigma = new Sigma<Attributes, Attributes>(graph, container, sigmaSettings(state, big));
  if (big) sigma.setSetting('enableEdgeEvents', false);
  sigma.setSettings(placeNodeLabels(sigma));
  markFirstFrame(sigma);
  sigma.on('clickNode', ({ node }) => handlers.clickNode(node));
  // A click near an edge selects it, not only one on its drawn pixels (see VIEWER_SETTINGS.edgeHitTolerance).
  sigma.on('clickEdge', ({ edge, event }) => handlers.clickEdge(edgeNear(sigma, event) ?? edge));
  sigma.on('clickStage', ({ event }) => {
    const edge = edgeNear(sigma, event);
    if (edge) handlers.clickEdge(edge);
    else handlers.clickStage();
  });
  sigma.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    handlers.doubleClickNode(event.node);
  });
  sigma.on('enterNode', ({ node }) => hover(node, null));
  sigma.on('leaveNode', () => hover(null, null));
  sigma.on('enterEdge', ({ edge }) => hover(null, edge));
  sigma.on('leaveEdge', () => hover(null, null));
  new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh();
  }).observe(container);
  return sigma;
}

/** The drawn edges on screen, for hit tests. */
function edgeShapes(sigma: ActorSigma): EdgeShape[] {
  const graph = sigma.getGraph();
  const onScreen = (node: string) => {
    const display = sigma.getNodeDisplayData(node);
    return display && !display.hidden ? sigma.framedGraphToViewport(display) : null;
  };
  const shapes: EdgeShape[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const display = sigma.getEdgeDisplayData(edge) as
      (ReturnType<ActorSigma['getEdgeDisplayData']> & { curvature?: number }) | undefined;
    if (!display || display.hidden || source === target) return;
    const from = onScreen(source);
    const to = onScreen(target);
    if (!from || !to) return;
    const curvature =
      display.type === 'curvedArrow' || display.type === 'curvedLine' ? (display.curvature ?? 0) : 0;
    shapes.push({ key: edge, source: from, target: to, curvature, width: sigma.scaleSize(display.size) });
  });
  return shapes;
}

/** The edge within VIEWER_SETTINGS.edgeHitTolerance pixels of a mouse event, if edges are clickable. */
function edgeNear(sigma: ActorSigma, event: { x: number; y: number }): string | null {
  if (!sigma.getSetting('enableEdgeEvents')) return null;
  return edgeAt(event, edgeShapes(sigma), VIEWER_SETTINGS.edgeHitTolerance);
}

/** An empty graph sigma draws while the rendered graph is rebuilt. */
const DETACHED = new MultiDirectedGraph();

/**
 * Unhooks sigma from its graph, so that a rebuild of many elements does not run sigma's per-element listeners
 * (each one reducing and indexing the element again); `attachGraph` hooks it back and draws once.
 */
export function detachGraph(sigma: ActorSigma): void {
  sigma.setGraph(DETACHED);
}

/** Hooks sigma back onto `graph` after `detachGraph`, processing and drawing every element once. */
export function attachGraph(sigma: ActorSigma, graph: RenderedGraph): void {
  sigma.setGraph(graph);
}

/** An extent in graph space. */
export interface Extent {
  x: [number, number];
  y: [number, number];
}

/** Fixes sigma's normalisation to `extent` (widened when flat), so filtering does not rescale the view. */
export function frameBox(sigma: ActorSigma, { x: [minX, maxX], y: [minY, maxY] }: Extent): void {
  const pad = (max: number, min: number) => (max - min < 1 ? 1 : 0);
  sigma.setCustomBBox({
    x: [minX - pad(maxX, minX), maxX + pad(maxX, minX)],
    y: [minY - pad(maxY, minY), maxY + pad(maxY, minY)],
  });
}

/** Fixes sigma's normalisation to the extent of `points`, so filtering does not rescale the view. */
export function frameExtent(sigma: ActorSigma, points: Iterable<Point>): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return;
  frameBox(sigma, { x: [minX, maxX], y: [minY, maxY] });
}

/** Moves the camera onto a node (zooming in a little when far out). */
export function cameraToNode(sigma: ActorSigma, node: string): Promise<void> {
  const display = sigma.getNodeDisplayData(node);
  if (!display) return Promise.resolve();
  const camera = sigma.getCamera();
  const ratio = Math.min(camera.ratio, 0.6);
  return camera.animate({ x: display.x, y: display.y, ratio }, { duration: 450 });
}

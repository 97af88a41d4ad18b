// The view's conductor: holds the data, the layout and the state, and turns them into what sigma draws.
import { animateNodes } from 'sigma/utils';
import type { FoundPath, Meta } from '../api/types';
import { aggregateThreshold, countClaims, type EdgeMode, type EdgePreference } from '../graph/aggregate';
import { createDataGraph, createRenderedGraph, type Point, type RenderedGraph } from '../graph/graph-types';
import { ExpansionStack } from '../graph/expansions';
import { syncRendered } from '../graph/visuals';
import { bundleOpen, highlightOf, type Highlight, type HighlightState } from '../render/highlight';
import {
  attachGraph,
  cameraToNode,
  detachGraph,
  frameBox,
  frameExtent,
  isBigGraph,
  setScale,
  type ActorSigma,
  type Extent,
} from '../render/sigma-view';
import { encodeViewState } from '../state/url-state';
import { Store } from '../state/store';
import { sameSelection, type Selection, type ViewFilters, type ViewState } from '../state/view-state';
import { VIEWER_SETTINGS } from '../config';
import { ActorNames } from './actor-names';
import { CorroborationIndex } from './corroboration';
import { createPipeline, type PipelineOutput } from './pipeline';
import { sideColoursOf } from '../graph/vocabulary';
import { seedMissing } from './positions';
import { SourceDirectory } from './source-directory';
import { StatusBoard } from './status';
import { RevisedMap } from '../util/revised-map';

/** How dense the loaded view is, and how its edges are drawn (see VIEWER_SETTINGS.aggregateAbove). */
export interface Density {
  mode: EdgeMode;
  preference: EdgePreference;
  /** Claims the loaded edges stand for, and how many edges there are. */
  claims: number;
  links: number;
  threshold: number;
}

/** What the panels read after each refresh. */
export type Derived = Omit<PipelineOutput, 'filtered' | 'attributes'> & {
  truncated: boolean;
  density: Density;
};

/** Holds the view; the loading actions live in `loading.ts`. */
export class Controller {
  readonly data = createDataGraph();
  readonly rendered = createRenderedGraph();
  /** Where each actor is; its revision tells the pipeline when positions changed. */
  readonly positions = new RevisedMap<string, Point>();
  readonly expansions = new ExpansionStack();
  readonly status = new StatusBoard();
  readonly names = new ActorNames(this.data);
  readonly corroboration = new CorroborationIndex();
  /** Source summaries by id: meta's list, and those it lacks once asked for. */
  readonly sources: SourceDirectory;
  readonly store: Store<ViewState>;
  readonly derived: Store<Derived>;
  readonly kindColours: Record<string, string>;
  readonly relationColours: Record<string, string>;
  readonly sideColours: Record<string, string>;
  readonly symmetricTypes: ReadonlySet<string>;
  paths: FoundPath[] = [];
  /** How the last path search went: how deep it looked, and whether the server cut its paths at its limit. */
  pathSearch: { maxDepth: number; truncated: boolean } | null = null;
  truncated = false;
  /** How the loaded edges are shaped (set by the loader) and what the user asked for. */
  edgeMode: EdgeMode = 'claims';
  edgePreference: EdgePreference = 'auto';
  /** Views of more claims are aggregated: the setting, or `?aggregateAbove=N` in the page's address. */
  readonly aggregateAbove = aggregateThreshold(window.location.search, VIEWER_SETTINGS.aggregateAbove);
  sigma: ActorSigma | null = null;
  private highlight: Highlight | null = null;
  /** The pipeline, remembering each stage with its inputs, and the attributes the rendered graph last got. */
  private readonly pipeline = createPipeline();
  private synced: PipelineOutput['attributes'] | null = null;
  private hovered: { node: string | null; edge: string | null } = { node: null, edge: null };
  /** True while the camera is zoomed in past VIEWER_SETTINGS.bundles.openBelowRatio (bundles open). */
  private zoomedIn = false;

  constructor(
    readonly meta: Meta,
    initial: ViewState,
  ) {
    this.store = new Store(initial);
    this.sources = new SourceDirectory(meta.sources, meta.sourcesTruncated !== true);
    this.kindColours = Object.fromEntries(meta.actorKinds.map((kind) => [kind.kind, kind.colour]));
    this.relationColours = Object.fromEntries(
      meta.relations.map((relation) => [relation.type, relation.colour]),
    );
    this.sideColours = sideColoursOf(meta);
    this.symmetricTypes = new Set(meta.relations.filter((r) => r.symmetric).map((r) => r.type));
    this.derived = new Store<Derived>({
      timeline: { unit: 'month', bins: [], undated: { total: 0, shown: 0 }, claims: [] },
      counts: { loadedActors: 0, loadedClaims: 0, shownActors: 0, shownClaims: 0, hiddenIsolated: 0 },
      truncated: false,
      density: this.density(),
    });
    this.store.subscribe(() => this.refresh());
  }

  /** The reducers' view of the highlight and hover. */
  highlightState = (): HighlightState => ({
    highlight: this.highlight,
    hoveredNode: this.hovered.node,
    hoveredEdge: this.hovered.edge,
    zoomedIn: this.zoomedIn,
  });

  /** Opens or closes the bundles when the camera zooms past their threshold (redrawing only then). */
  followCamera(): void {
    const { sigma } = this;
    if (!sigma) return;
    const camera = sigma.getCamera();
    const update = () => {
      const zoomedIn = camera.getState().ratio < VIEWER_SETTINGS.bundles.openBelowRatio;
      if (zoomedIn === this.zoomedIn) return;
      this.zoomedIn = zoomedIn;
      sigma.refresh();
    };
    camera.on('updated', update);
    update();
  }

  /** A click on an edge: a closed bundle selects every claim between its two actors, else the claim. */
  clickEdge(edge: string): void {
    const bundle = this.rendered.hasEdge(edge) ? this.rendered.getEdgeAttribute(edge, 'bundle') : undefined;
    if (bundle && !bundleOpen(bundle.key, this.highlightState())) {
      const [a, b] = this.rendered.extremities(edge).sort();
      this.select({ kind: 'between', a: a as string, b: b as string });
    } else this.select({ kind: 'claim', id: edge });
  }

  setHover(node: string | null, edge: string | null): void {
    this.hovered = { node, edge };
    this.sigma?.refresh({ skipIndexation: true });
  }

  /** Recomputes filtered and rendered graphs, highlight, panels' data and the URL. */
  refresh(): void {
    const state = this.store.get();
    seedMissing(this.data, this.positions);
    const output = this.pipeline({
      data: this.data,
      state,
      positions: this.positions,
      paths: this.paths,
      kindColours: this.kindColours,
      relationColours: this.relationColours,
      sideColours: this.sideColours,
      symmetricTypes: this.symmetricTypes,
    });
    const { sigma } = this;
    if (sigma) detachGraph(sigma);
    // A click changes no stage's inputs: the pipeline hands back the attributes the rendered graph already has.
    if (output.attributes !== this.synced) syncRendered(this.rendered, output.attributes);
    this.synced = output.attributes;
    this.highlight = highlightOf(
      this.rendered,
      state.selection,
      this.paths,
      this.selectedClaims(state.selection),
    );
    this.applyScale();
    if (sigma) attachGraph(sigma, this.rendered);
    this.derived.set({
      timeline: output.timeline,
      counts: output.counts,
      truncated: this.truncated,
      density: this.density(),
    });
    writeHash(encodeViewState(state));
  }

  /** The claims a source or events selection stands for: the source's loaded claims, or the corroborated ones. */
  private selectedClaims(selection: Selection): Set<string> {
    if (selection.kind === 'events') return this.corroboration.claimIds();
    const claims = new Set<string>();
    if (selection.kind !== 'source') return claims;
    this.data.forEachEdge((edge, attributes) => {
      if (attributes.sourceId === selection.id) claims.add(edge);
    });
    return claims;
  }

  /** The loaded view's density (counted on the data graph: aggregated edges count their claims). */
  density(): Density {
    const { claims, links } = countClaims(this.data);
    return {
      mode: this.edgeMode,
      preference: this.edgePreference,
      claims,
      links,
      threshold: this.aggregateAbove,
    };
  }

  /** Draws `fill`'s elements alone, without highlight, until the next refresh rebuilds the view. */
  preview(fill: (rendered: RenderedGraph) => void): void {
    const { sigma } = this;
    if (sigma) detachGraph(sigma);
    this.rendered.clear();
    this.synced = null;
    this.highlight = null;
    fill(this.rendered);
    this.applyScale();
    if (sigma) attachGraph(sigma, this.rendered);
  }

  /**
   * Draws a big graph for speed (see VIEWER_SETTINGS.bigGraphClaims), called while sigma is detached. The busy
   * indicator stands still then: under software rendering every animated frame would composite sigma's
   * page-sized layers again, on the processor the graph is being prepared with.
   */
  private applyScale(): void {
    const big = isBigGraph(this.rendered.size);
    document.body.classList.toggle('big-graph', big);
    if (this.sigma) setScale(this.sigma, big);
  }

  /** Fixes the frame to the loaded graph's extent (filters then never rescale the view). */
  frame(): void {
    if (this.sigma) frameExtent(this.sigma, this.positions.values());
  }

  /** Fixes the frame to a known extent. */
  frameTo(extent: Extent): void {
    if (this.sigma) frameBox(this.sigma, extent);
  }

  /** Moves actors to new positions, animated when sigma is up. */
  async moveTo(positions: ReadonlyMap<string, Point>, animate: boolean): Promise<void> {
    for (const [id, point] of positions) this.positions.set(id, point);
    if (animate && this.sigma && this.rendered.order > 0) {
      const targets: Record<string, Record<string, number>> = {};
      this.rendered.forEachNode((node) => {
        const point = positions.get(node);
        if (point) targets[node] = { x: point.x, y: point.y };
      });
      await new Promise<void>((resolve) => animateNodes(this.rendered, targets, { duration: 550 }, resolve));
    }
    this.frame();
    this.refresh();
  }

  select(selection: Selection): void {
    if (sameSelection(selection, this.store.get().selection)) return;
    if (selection.kind !== 'paths') this.paths = [];
    this.store.set((state) => ({ ...state, selection }));
  }

  setFilters(patch: Partial<ViewFilters>): void {
    this.store.set((state) => ({ ...state, filters: { ...state.filters, ...patch } }));
  }

  setDisplay(
    patch: Partial<Pick<ViewState, 'sizeBy' | 'colourBy' | 'edgeColourBy' | 'depth' | 'showIsolated'>>,
  ): void {
    this.store.set((state) => ({ ...state, ...patch }));
  }

  /** Centres the camera on an actor when it is drawn. */
  async lookAt(id: string): Promise<void> {
    if (this.sigma && this.rendered.hasNode(id)) await cameraToNode(this.sigma, id);
  }
}

let lastHash = '';

/** Writes the state into the URL without adding a history entry. */
function writeHash(hash: string): void {
  if (hash === lastHash) return;
  lastHash = hash;
  const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
  window.history.replaceState(null, '', url);
}

/** True when the hash is the one the viewer wrote last (not a user's edit). */
export function isOwnHash(hash: string): boolean {
  return (hash.startsWith('#') ? hash.slice(1) : hash) === lastHash;
}

// Loading from the server into the view: scopes, expansions and their undo, paths, console queries.
import { api } from '../api/client';
import type { CypherResult, FoundPath, SerializedGraph } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import {
  chooseMode,
  claimShaped,
  servedClaims,
  type EdgeMode,
  type EdgePreference,
} from '../graph/aggregate';
import { mergeServed, replaceServed } from '../graph/data-graph';
import type { LayoutRunner } from '../layout/layout-runner';
import type { Depth, Scope, ViewState } from '../state/view-state';
import type { Controller } from './controller';
import { layoutLoaded, prunePositions, seedMissing } from './positions';

/** The server graph a scope names. */
async function fetchScope(scope: Scope): Promise<SerializedGraph> {
  if (scope.kind === 'focus') return api.subgraph([scope.center], scope.depth, VIEWER_SETTINGS.subgraphLimit);
  if (scope.kind === 'query') return (await api.cypher(scope.query)).graph;
  return api.graph(VIEWER_SETTINGS.graphLimit);
}

/** The server graph a scope names, one edge per ordered pair and type (claim-shaped: see pairAsClaim). */
async function fetchScopePairs(scope: Exclude<Scope, { kind: 'query' }>): Promise<SerializedGraph> {
  const served =
    scope.kind === 'focus'
      ? await api.subgraph([scope.center], scope.depth, VIEWER_SETTINGS.subgraphLimit, 'pair')
      : await api.graph(VIEWER_SETTINGS.graphLimit, 'pair');
  return claimShaped(served);
}

/** Loading actions over one controller and one layout runner. */
export class Loader {
  constructor(
    private readonly view: Controller,
    private readonly layout: LayoutRunner,
  ) {}

  /** Replaces the loaded graph by `served` and lays it out from seeded positions. */
  private async replace(served: SerializedGraph, animate: boolean): Promise<void> {
    const { view } = this;
    replaceServed(view.data, served);
    view.expansions.clear();
    view.positions.clear();
    view.truncated = served.attributes.truncated === true;
    seedMissing(view.data, view.positions);
    await view.moveTo(await layoutLoaded(this.layout, view.data, view.positions, 'full'), animate);
  }

  /** How a view of `claims` claims is drawn, under the user's preference and the threshold. */
  private modeFor(claims: number): EdgeMode {
    return chooseMode(claims, this.view.edgePreference, {
      threshold: this.view.aggregateAbove,
      claimLevelMax: VIEWER_SETTINGS.claimLevelMax,
    });
  }

  /**
   * The server graph of a scope, aggregated when it holds more claims than the view should draw one by one (the
   * aggregated graph is asked for first: it says how many claims the scope holds). Sets the view's edge mode.
   */
  private async fetchView(scope: Scope): Promise<SerializedGraph> {
    if (scope.kind === 'query') {
      this.view.edgeMode = 'claims';
      return fetchScope(scope);
    }
    const pairs = await fetchScopePairs(scope);
    this.view.edgeMode = this.modeFor(servedClaims(pairs));
    return this.view.edgeMode === 'pairs' ? pairs : fetchScope(scope);
  }

  /** Draws the view with one edge per claim or aggregated, as asked (within the limits), and loads it again. */
  async setEdgePreference(preference: EdgePreference): Promise<void> {
    const { view } = this;
    view.edgePreference = preference;
    const state = view.store.get();
    // Claim ids and pair keys name different edges: a selected edge does not survive the switch.
    const selection = state.selection.kind === 'claim' ? { kind: 'none' as const } : state.selection;
    await this.open({ ...state, selection });
    if (preference === 'claims' && view.edgeMode === 'pairs')
      view.status.notify(
        'warning',
        `This view holds more than ${VIEWER_SETTINGS.claimLevelMax.toLocaleString('en')} claims: it stays aggregated.`,
      );
  }

  /** Loads a whole view state: its scope, then its expansions, then paths if selected. */
  async open(state: ViewState): Promise<void> {
    await this.view.status.run('Loading the graph…', async () => {
      const served = await this.fetchView(state.scope);
      this.view.store.set({ ...state, expansions: [] });
      await this.replace(served, false);
      for (const expansion of state.expansions) await this.expandQuietly(expansion.center, expansion.depth);
      if (state.selection.kind === 'paths')
        await this.loadPaths(state.selection.from, state.selection.to, state.selection.maxDepth);
      this.view.store.set((current) => ({ ...current, expansions: this.view.expansions.list() }));
    });
  }

  /** Switches to another scope (clears expansions and selection unless kept). */
  async scope(scope: Scope, keepSelection = false): Promise<void> {
    await this.view.status.run('Loading…', async () => {
      const served = await this.fetchView(scope);
      this.view.paths = [];
      this.view.store.set((state) => ({
        ...state,
        scope,
        expansions: [],
        selection: keepSelection ? state.selection : { kind: 'none' },
      }));
      await this.replace(served, true);
    });
  }

  /**
   * The neighbourhood of `center` in the view's edge mode. A claim-level view that would grow past the threshold
   * is loaded again aggregated, with its expansions; null then (the neighbourhood is loaded with them).
   */
  private async fetchNeighbours(center: string, depth: Depth): Promise<SerializedGraph | null> {
    const { view } = this;
    const claims = () => api.subgraph([center], depth, VIEWER_SETTINGS.subgraphLimit);
    const state = view.store.get();
    const { scope } = state;
    // A console query's view stays claim-level: its graph is the query's.
    if (scope.kind === 'query') return claims();
    const pairs = claimShaped(await api.subgraph([center], depth, VIEWER_SETTINGS.subgraphLimit, 'pair'));
    if (view.edgeMode === 'pairs') return pairs;
    // An upper bound: claims already loaded are counted again.
    if (this.modeFor(view.data.size + servedClaims(pairs)) === 'claims') return claims();
    const expansions = [...view.expansions.list(), { center, depth }];
    view.edgeMode = 'pairs';
    const selection = state.selection.kind === 'claim' ? { kind: 'none' as const } : state.selection;
    view.store.set({ ...state, selection, expansions: [] });
    await this.replace(await fetchScopePairs(scope), false);
    for (const expansion of expansions) await this.expandQuietly(expansion.center, expansion.depth);
    view.status.notify('info', 'The view grew past the threshold: its claims are now shown aggregated.');
    return null;
  }

  private async expandQuietly(center: string, depth: Depth): Promise<number> {
    const { view } = this;
    const served = await this.fetchNeighbours(center, depth);
    if (served === null) return 1;
    const added = mergeServed(view.data, served);
    view.expansions.push({ center, depth, added });
    if (added.nodes.length > 0) {
      seedMissing(view.data, view.positions);
      await view.moveTo(await layoutLoaded(this.layout, view.data, view.positions, 'incremental'), true);
    }
    return added.nodes.length + added.edges.length;
  }

  /** Loads the neighbours of `center` into the view (undoable); returns how many elements were new. */
  async expand(center: string, depth: Depth = this.view.store.get().depth): Promise<number> {
    return this.view.status.run(`Loading the neighbours of ${this.view.names.name(center)}…`, async () => {
      const count = await this.expandQuietly(center, depth);
      this.view.store.set((state) => ({ ...state, expansions: this.view.expansions.list() }));
      if (count === 0) this.view.status.notify('info', 'Every neighbour was already in the view.');
      return count;
    });
  }

  /** Undoes the last expansion. */
  collapse(): void {
    const { view } = this;
    const undone = view.expansions.undo(view.data);
    if (!undone) return;
    prunePositions(view.data, view.positions);
    view.store.set((state) => {
      const selection = state.selection;
      const gone = selection.kind === 'actor' && !view.data.hasNode(selection.id);
      return { ...state, expansions: view.expansions.list(), selection: gone ? { kind: 'none' } : selection };
    });
  }

  /** Shows an actor's neighbourhood alone. */
  focus(center: string, depth: Depth = this.view.store.get().depth): Promise<void> {
    return this.scope({ kind: 'focus', center, depth }, true);
  }

  /** Selects an actor, loading it first when it is not in the view, and moves the camera onto it. */
  async choose(id: string): Promise<void> {
    if (!this.view.data.hasNode(id)) await this.expand(id, 1);
    this.view.select({ kind: 'actor', id });
    await this.view.lookAt(id);
  }

  private async loadPaths(
    from: string,
    to: string,
    maxDepth: number = VIEWER_SETTINGS.pathDepth.default,
  ): Promise<FoundPath[]> {
    const served = await api.paths(from, to, maxDepth);
    const added = mergeServed(this.view.data, served);
    if (added.nodes.length > 0) {
      seedMissing(this.view.data, this.view.positions);
      await this.view.moveTo(
        await layoutLoaded(this.layout, this.view.data, this.view.positions, 'incremental'),
        true,
      );
    }
    this.view.paths = (served.attributes.paths as FoundPath[] | undefined) ?? [];
    this.view.pathSearch = { maxDepth, truncated: served.attributes.truncated === true };
    return this.view.paths;
  }

  /** Finds the shortest paths of at most `maxDepth` claims between two actors, adds them and selects them. */
  async paths(from: string, to: string, maxDepth?: number): Promise<FoundPath[]> {
    const depth = maxDepth ?? VIEWER_SETTINGS.pathDepth.default;
    return this.view.status.run('Looking for paths…', async () => {
      const found = await this.loadPaths(from, to, depth);
      const selection = { kind: 'paths' as const, from, to, ...(maxDepth ? { maxDepth } : {}) };
      this.view.store.set((state) => ({ ...state, selection }));
      if (found.length === 0)
        this.view.status.notify('warning', `No path links these two actors within ${depth} steps.`);
      return found;
    });
  }

  /** Runs a console query; when it returns graph elements, they become the view. */
  async query(text: string): Promise<CypherResult> {
    const result = await api.cypher(text);
    if (result.graph.nodes.length > 0) {
      this.view.paths = [];
      this.view.store.set((state) => ({
        ...state,
        scope: { kind: 'query', query: text },
        expansions: [],
        selection: { kind: 'none' },
      }));
      await this.replace(result.graph, true);
    }
    return result;
  }

  /** Lays the loaded graph out again from seeded positions. */
  async relayout(): Promise<void> {
    await this.view.status.run('Laying out…', async () => {
      this.view.positions.clear();
      seedMissing(this.view.data, this.view.positions);
      await this.view.moveTo(
        await layoutLoaded(this.layout, this.view.data, this.view.positions, 'full'),
        true,
      );
    });
  }
}

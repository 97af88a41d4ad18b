// data -> filtered -> rendered attributes, plus the timeline and counts the panels show: one pure pass.
import { VIEWER_SETTINGS } from '../config';
import type { FoundPath } from '../api/types';
import { detectCommunities } from '../graph/communities';
import { actorVisible, claimVisible } from '../graph/filters';
import { filterGraph, isolatedActors } from '../graph/filtered-graph';
import type { DataGraph, Point } from '../graph/graph-types';
import { nodeMetric, sizesFrom } from '../graph/metrics';
import { buildTimeline, type Timeline } from '../graph/timeline';
import { renderedAttributes } from '../graph/visuals';
import type { ViewState } from '../state/view-state';

/** Everything one pass needs. */
export interface PipelineInput {
  data: DataGraph;
  state: ViewState;
  positions: ReadonlyMap<string, Point>;
  paths: readonly FoundPath[];
  kindColours: Readonly<Record<string, string>>;
  relationColours: Readonly<Record<string, string>>;
  /** Each type's colour when edges are coloured by side; absent: edges keep their type's colour. */
  sideColours?: Readonly<Record<string, string>>;
  /** Types drawn without arrowheads; absent: none. */
  symmetricTypes?: ReadonlySet<string>;
}

/** Loaded and shown counts. */
export interface ViewCounts {
  loadedActors: number;
  loadedClaims: number;
  shownActors: number;
  shownClaims: number;
  /** Actors without any loaded claim left out of the drawing (see ViewState.showIsolated). */
  hiddenIsolated: number;
}

/** One pass's result. */
export interface PipelineOutput {
  filtered: DataGraph;
  attributes: ReturnType<typeof renderedAttributes>;
  timeline: Timeline;
  counts: ViewCounts;
}

/** Actors that stay visible whatever the filters: the selection and the ends of found paths. */
export function pinnedActors(data: DataGraph, state: ViewState, paths: readonly FoundPath[]): Set<string> {
  const { selection } = state;
  if (selection.kind === 'actor') return new Set([selection.id]);
  if (selection.kind === 'between') return new Set([selection.a, selection.b]);
  if (selection.kind === 'claim' && data.hasEdge(selection.id))
    return new Set(data.extremities(selection.id));
  if (selection.kind === 'paths')
    return new Set([selection.from, selection.to, ...paths.flatMap((path) => path.actors)]);
  return new Set();
}

/** The timeline of every loaded claim; `shown` marks those passing every filter but time. */
export function timelineOf(data: DataGraph, state: ViewState): Timeline {
  const { filters } = state;
  return buildTimeline(
    data.mapEdges((_edge, claim, source, target, sourceActor, targetActor) => ({
      date: claim.date,
      dateEnd: claim.dateEnd,
      shown:
        claimVisible(claim, filters, { ignoreTime: true }) &&
        actorVisible(sourceActor, filters) &&
        actorVisible(targetActor, filters),
    })),
  );
}

/** Runs the pipeline. */
export function runPipeline(input: PipelineInput): PipelineOutput {
  const { data, state } = input;
  const keep = pinnedActors(data, state, input.paths);
  const hideIsolated = !state.showIsolated;
  const filtered = filterGraph(data, state.filters, { keep, hideIsolated });
  const metric = nodeMetric(filtered, state.sizeBy);
  const attributes = renderedAttributes(filtered, {
    kindColours: input.kindColours,
    relationColours: input.relationColours,
    ...(input.sideColours ? { sideColours: input.sideColours } : {}),
    ...(input.symmetricTypes ? { symmetricTypes: input.symmetricTypes } : {}),
    colourBy: state.colourBy,
    edgeColourBy: state.edgeColourBy,
    positions: input.positions,
    metric,
    sizes: sizesFrom(metric, VIEWER_SETTINGS.nodeSize),
    communities: state.colourBy === 'community' ? detectCommunities(filtered) : null,
  });
  return {
    filtered,
    attributes,
    timeline: timelineOf(data, state),
    counts: {
      loadedActors: data.order,
      loadedClaims: data.size,
      shownActors: filtered.order,
      shownClaims: filtered.size,
      hiddenIsolated: hideIsolated ? isolatedActors(data, keep).length : 0,
    },
  };
}

// data -> filtered -> metrics/communities -> rendered attributes, plus the timeline and counts the panels show;
// each stage remembered with its inputs, so that a click reruns none of them.
import { VIEWER_SETTINGS } from '../config';
import type { FoundPath } from '../api/types';
import { detectCommunities } from '../graph/communities';
import { actorVisible, claimVisible } from '../graph/filters';
import { isolatedActors, lonelyActors, passingGraph, withoutLonely } from '../graph/filtered-graph';
import type { DataGraph, Point } from '../graph/graph-types';
import { nodeMetric, sizesFrom } from '../graph/metrics';
import { buildTimeline, type Timeline } from '../graph/timeline';
import { graphRevision } from '../graph/revision';
import { renderedAttributes } from '../graph/visuals';
import type { ViewState } from '../state/view-state';
import { Memo } from '../util/memo';
import { RevisedMap } from '../util/revised-map';

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

/** The remembered stages of a pipeline. */
function stages() {
  return {
    passing: new Memo<DataGraph>(),
    lonely: new Memo<string[]>(),
    filtered: new Memo<DataGraph>(),
    metric: new Memo<Map<string, number>>(),
    sizes: new Memo<Map<string, number>>(),
    communities: new Memo<Map<string, number> | null>(),
    attributes: new Memo<PipelineOutput['attributes']>(),
    timeline: new Memo<Timeline>(),
  };
}

/** The name of each stage of a pipeline. */
export type PipelineStage = keyof ReturnType<typeof stages>;

/** A pipeline that remembers each stage's result with its inputs, and how many times each stage ran. */
export interface Pipeline {
  (input: PipelineInput): PipelineOutput;
  runs(): Record<PipelineStage, number>;
}

/**
 * A pipeline whose every stage reruns only when its inputs change: the data graph (by its revision), the
 * filters, the actors kept whatever the filters, the display options, the positions (by their revision when
 * they are a RevisedMap; otherwise at every pass). A selection changes none of them unless it keeps an actor
 * the filters would hide.
 */
export function createPipeline(): Pipeline {
  const memo = stages();
  const run = (input: PipelineInput): PipelineOutput => {
    const { data, state } = input;
    const { filters } = state;
    const revision = graphRevision(data);
    const filtersKey = JSON.stringify(filters);
    const passing = memo.passing.get([data, revision, filtersKey], () => passingGraph(data, filters));
    const hideIsolated = !state.showIsolated;
    const lonely = memo.lonely.get([passing, revision, hideIsolated], () =>
      lonelyActors(passing, data, hideIsolated),
    );
    const pinned = pinnedActors(data, state, input.paths);
    const kept = lonely.filter((node) => pinned.has(node));
    const filtered = memo.filtered.get([passing, lonely, kept.join('\n')], () =>
      withoutLonely(passing, lonely, pinned),
    );
    const metric = memo.metric.get([filtered, revision, state.sizeBy], () =>
      nodeMetric(filtered, state.sizeBy),
    );
    const sizes = memo.sizes.get([metric], () => sizesFrom(metric, VIEWER_SETTINGS.nodeSize));
    const byCommunity = state.colourBy === 'community';
    const communities = memo.communities.get([byCommunity && filtered, revision], () =>
      byCommunity ? detectCommunities(filtered) : null,
    );
    const { positions } = input;
    const positionsKey = positions instanceof RevisedMap ? positions.revision : Symbol('unversioned');
    const attributes = memo.attributes.get(
      [
        filtered,
        revision,
        metric,
        sizes,
        communities,
        positions,
        positionsKey,
        state.colourBy,
        state.edgeColourBy,
        input.kindColours,
        input.relationColours,
        input.sideColours,
        input.symmetricTypes,
      ],
      () =>
        renderedAttributes(filtered, {
          kindColours: input.kindColours,
          relationColours: input.relationColours,
          ...(input.sideColours ? { sideColours: input.sideColours } : {}),
          ...(input.symmetricTypes ? { symmetricTypes: input.symmetricTypes } : {}),
          colourBy: state.colourBy,
          edgeColourBy: state.edgeColourBy,
          positions,
          metric,
          sizes,
          communities,
        }),
    );
    const timeline = memo.timeline.get([data, revision, filtersKey], () => timelineOf(data, state));
    return {
      filtered,
      attributes,
      timeline,
      counts: {
        loadedActors: data.order,
        loadedClaims: data.size,
        shownActors: filtered.order,
        shownClaims: filtered.size,
        hiddenIsolated: hideIsolated ? isolatedActors(data, pinned).length : 0,
      },
    };
  };
  const runs = () =>
    Object.fromEntries(Object.entries(memo).map(([name, stage]) => [name, stage.runs])) as Record<
      PipelineStage,
      number
    >;
  return Object.assign(run, { runs });
}

/** Runs every stage once (a pipeline that remembers nothing between calls). */
export function runPipeline(input: PipelineInput): PipelineOutput {
  return createPipeline()(input);
}

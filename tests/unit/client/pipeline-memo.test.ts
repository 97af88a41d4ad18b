// The pipeline remembers each stage with its inputs: a click reruns nothing heavy, a filter or a load reruns
// what depends on it.
import { createPipeline, type PipelineInput } from '../../../client/app/pipeline';
import type { DataGraph, Point } from '../../../client/graph/graph-types';
import { seedPositions } from '../../../client/graph/seed-layout';
import { defaultViewState, type Selection, type ViewState } from '../../../client/state/view-state';
import { RevisedMap } from '../../../client/util/revised-map';
import { sampleGraph } from './fixtures';
import { KIND_COLOURS, RELATION_COLOURS } from './render-helpers';

/** A view coloured by community and sized by betweenness: Louvain and betweenness both run. */
function heavyView(): { input: PipelineInput; positions: RevisedMap<string, Point>; data: DataGraph } {
  const data = sampleGraph();
  const positions = new RevisedMap<string, Point>();
  for (const [id, point] of seedPositions(data.nodes(), new Map(), (id) => data.neighbors(id)))
    positions.set(id, point);
  const state: ViewState = { ...defaultViewState(), colourBy: 'community', sizeBy: 'betweenness' };
  const input = {
    data,
    state,
    positions,
    paths: [],
    kindColours: KIND_COLOURS,
    relationColours: RELATION_COLOURS,
  };
  return { input, positions, data };
}

const withState = (input: PipelineInput, patch: Partial<ViewState>): PipelineInput => ({
  ...input,
  state: { ...input.state, ...patch },
});

const SELECTIONS: Selection[] = [
  { kind: 'actor', id: 'a' },
  { kind: 'claim', id: 'bc' },
  { kind: 'none' },
  { kind: 'actor', id: 'c' },
];

describe('the remembered pipeline', () => {
  it('when the selection changes again and again, then every stage ran once and the attributes are the same object', () => {
    const { input } = heavyView();
    const pipeline = createPipeline();
    const first = pipeline(input);

    const outputs = SELECTIONS.map((selection) => pipeline(withState(input, { selection })));

    expect(pipeline.runs()).toEqual({
      passing: 1,
      lonely: 1,
      filtered: 1,
      metric: 1,
      sizes: 1,
      communities: 1,
      attributes: 1,
      timeline: 1,
    });
    for (const output of outputs) expect(output.attributes).toBe(first.attributes);
  });

  it('when a filter changes, then filtering, metrics, Louvain and the timeline run again', () => {
    const { input } = heavyView();
    const pipeline = createPipeline();
    pipeline(input);

    const filters = { ...input.state.filters, hiddenTypes: ['MEETS'] };
    const output = pipeline(withState(input, { filters }));
    pipeline(withState(input, { filters: { ...filters }, selection: { kind: 'actor', id: 'a' } }));

    expect(pipeline.runs()).toMatchObject({ passing: 2, metric: 2, communities: 2, timeline: 2 });
    expect(output.filtered.hasEdge('ab1')).toBe(false);
  });

  it('when only the size metric changes, then Louvain does not run again', () => {
    const { input } = heavyView();
    const pipeline = createPipeline();
    pipeline(input);

    pipeline(withState(input, { sizeBy: 'pagerank' }));

    expect(pipeline.runs()).toMatchObject({ passing: 1, metric: 2, communities: 1, attributes: 2 });
  });

  it('when the data graph or the positions change in place, then the stages that read them run again', () => {
    const { input, positions, data } = heavyView();
    const pipeline = createPipeline();
    pipeline(input);

    positions.set('a', { x: 1, y: 2 });
    const moved = pipeline(input);
    expect(pipeline.runs()).toMatchObject({ metric: 1, communities: 1, attributes: 2 });
    expect(moved.attributes.nodes.get('a')).toMatchObject({ x: 1, y: 2 });

    data.addNode('e', { label: 'E', kind: 'person', aliases: [] });
    data.addEdgeWithKey('ae', 'a', 'e', { ...data.getEdgeAttributes('ab1') });
    const loaded = pipeline(input);
    expect(pipeline.runs()).toMatchObject({ passing: 2, metric: 2, communities: 2, timeline: 2 });
    expect(loaded.counts).toMatchObject({ loadedActors: 5, shownClaims: 6 });
  });

  it('when a filter would hide the selected actor, then selecting it keeps it, and selecting another drops it', () => {
    const { input } = heavyView();
    const pipeline = createPipeline();
    const filters = { ...input.state.filters, hiddenTypes: ['VISITS', 'OPPOSES', 'SANCTIONS'] };

    const hidden = pipeline(withState(input, { filters }));
    const kept = pipeline(withState(input, { filters, selection: { kind: 'actor', id: 'c' } }));
    const again = pipeline(withState(input, { filters, selection: { kind: 'actor', id: 'a' } }));

    expect([hidden.filtered.hasNode('c'), kept.filtered.hasNode('c'), again.filtered.hasNode('c')]).toEqual([
      false,
      true,
      false,
    ]);
    expect(pipeline.runs()).toMatchObject({ passing: 1, filtered: 3 });
  });
});

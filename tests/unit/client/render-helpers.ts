// A rendered graph for tests: the sample data through the pipeline, with fixed colours and positions.
import { runPipeline } from '../../../client/app/pipeline';
import { createRenderedGraph, type DataGraph, type RenderedGraph } from '../../../client/graph/graph-types';
import { seedPositions } from '../../../client/graph/seed-layout';
import { syncRendered } from '../../../client/graph/visuals';
import { defaultViewState, type ViewState } from '../../../client/state/view-state';

export const KIND_COLOURS = { person: '#4e79a7', state: '#e15759' };
export const RELATION_COLOURS = {
  MEETS: '#1f77b4',
  VISITS: '#17becf',
  OPPOSES: '#a50f15',
  SANCTIONS: '#7f7f7f',
};

/** Runs the pipeline on `data` and returns the rendered graph and the positions used. */
export function renderData(data: DataGraph, state: ViewState = defaultViewState()) {
  const positions = seedPositions(data.nodes(), new Map(), (id) => data.neighbors(id));
  const output = runPipeline({
    data,
    state,
    positions,
    paths: [],
    kindColours: KIND_COLOURS,
    relationColours: RELATION_COLOURS,
  });
  const rendered: RenderedGraph = createRenderedGraph();
  syncRendered(rendered, output.attributes);
  return { rendered, positions, output };
}

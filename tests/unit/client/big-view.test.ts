// What keeps big views fast: the snapshot's preview, filter counts in one pass, no copy without filters.
import { fillPreview, previewOf } from '../../../client/app/snapshot-preview';
import { filterGraph } from '../../../client/graph/filtered-graph';
import { createRenderedGraph } from '../../../client/graph/graph-types';
import { loadedCounts } from '../../../client/graph/loaded-counts';
import { buildSnapshot } from '../../../client/state/snapshot';
import { defaultViewState, type ViewState } from '../../../client/state/view-state';
import { sampleGraph } from './fixtures';
import { renderData } from './render-helpers';

const camera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

function savedView(state: ViewState = defaultViewState()) {
  const data = sampleGraph();
  const { rendered, positions } = renderData(data, state);
  const json = JSON.parse(JSON.stringify(buildSnapshot({ data, rendered, positions, state, camera })));
  return { data, rendered, json };
}

describe('the preview of a snapshot', () => {
  it('when a snapshot is opened, then what it drew is drawn at once with its positions, sizes and colours', () => {
    const { rendered, json } = savedView();
    const preview = createRenderedGraph();
    fillPreview(preview, previewOf(json)!);
    expect(preview.order).toBe(rendered.order);
    expect(preview.size).toBe(rendered.size);
    expect(preview.getNodeAttributes('a')).toMatchObject({
      x: rendered.getNodeAttribute('a', 'x'),
      size: rendered.getNodeAttribute('a', 'size'),
      color: rendered.getNodeAttribute('a', 'color'),
    });
    expect(preview.getEdgeAttributes('ab1')).toMatchObject({ relation: 'MEETS', type: 'arrow' });
  });

  it('when the snapshot hid elements by filters, then the preview leaves them out too', () => {
    const state = {
      ...defaultViewState(),
      filters: { ...defaultViewState().filters, hiddenTypes: ['OPPOSES'] },
    };
    const { rendered, json } = savedView(state);
    const preview = createRenderedGraph();
    fillPreview(preview, previewOf(json)!);
    expect(preview.edges().sort()).toEqual(rendered.edges().sort());
  });

  it('when the file has no drawn sizes and colours, then there is no preview', () => {
    const { json } = savedView();
    for (const node of json.nodes) delete node.attributes.size;
    expect(previewOf(json)).toBeNull();
  });

  it('when the file is no snapshot, then reading its preview says so', () => {
    expect(() => previewOf({ nodes: [], edges: [] })).toThrow('not an actorgraph view snapshot');
  });

  it('when actors are hidden, then the preview still frames every stored position', () => {
    const { json } = savedView();
    const [first] = json.nodes;
    first.attributes.hidden = true;
    first.attributes.x = 1e6;
    const preview = previewOf(json)!;
    expect(preview.nodes.keys).not.toContain(first.key);
    expect(preview.extent!.x[1]).toBe(1e6);
  });

  it('when the preview is built, then each distinct look of a claim is stored once', () => {
    const { json } = savedView();
    const preview = previewOf(json)!;
    const distinct = new Set(
      preview.looks.map((look) => `${look.relation}/${look.label}/${look.certainty}/${look.color}`),
    );
    expect(distinct.size).toBe(preview.looks.length);
    expect(preview.edges.look.length).toBe(preview.edges.keys.length);
  });
});

describe('big views', () => {
  it('when no filter is active, then the filtered graph is the data itself, not a copy', () => {
    const data = sampleGraph();
    expect(filterGraph(data, defaultViewState().filters)).toBe(data);
  });

  it('when the filter lists count, then each type, kind, certainty and source is counted in one pass', () => {
    const data = sampleGraph();
    const counts = loadedCounts(data);
    const meets = data.filterEdges((_edge, claim) => claim.type === 'MEETS').length;
    expect(counts.hiddenTypes.get('MEETS')).toBe(meets);
    const total = (map: Map<string, number>) => [...map.values()].reduce((sum, n) => sum + n, 0);
    expect(total(counts.hiddenSources)).toBe(data.size);
    expect(total(counts.hiddenCertainties)).toBe(data.size);
    expect(total(counts.hiddenKinds)).toBe(data.order);
  });
});

// The JSON snapshot: graphology loads it as is, and reading it back restores data, layout, state and camera.
import Graph from 'graphology';
import { readSnapshot, buildSnapshot, SnapshotError } from '../../../client/state/snapshot';
import { defaultViewState, type ViewState } from '../../../client/state/view-state';
import { sampleGraph } from './fixtures';
import { renderData } from './render-helpers';

const state: ViewState = {
  ...defaultViewState(),
  selection: { kind: 'actor', id: 'a' },
  filters: { ...defaultViewState().filters, hiddenTypes: ['OPPOSES'] },
  sizeBy: 'betweenness',
};
const camera = { x: 0.4, y: 0.6, ratio: 0.5, angle: 0 };

function snapshot() {
  const data = sampleGraph();
  const { rendered, positions } = renderData(data, state);
  return {
    data,
    positions,
    json: JSON.parse(
      JSON.stringify(
        buildSnapshot({ data, rendered, positions, state, camera, savedAt: '2026-01-02T03:04:05.000Z' }),
      ),
    ),
  };
}

describe('JSON snapshot', () => {
  it('when saved, then graphology loads it with every loaded element, hidden ones marked', () => {
    const { json, data } = snapshot();
    const graph = Graph.from(json);
    expect(graph.order).toBe(data.order);
    expect(graph.size).toBe(data.size);
    expect(graph.getEdgeAttribute('bc', 'hidden')).toBe(true);
    expect(graph.getEdgeAttribute('ab1', 'hidden')).toBeUndefined();
    expect(typeof graph.getNodeAttribute('a', 'x')).toBe('number');
    expect(graph.getNodeAttribute('a', 'color')).toBe('#4e79a7');
  });

  it('when read back, then data, positions, state and camera are those saved', () => {
    const { json, data, positions } = snapshot();
    const restored = readSnapshot(json);
    expect(restored.state).toEqual(state);
    expect(restored.camera).toEqual(camera);
    expect(restored.positions).toEqual(positions);
    expect(restored.data.nodes.map((node) => node.key)).toEqual(data.nodes().sort());
    expect(restored.data.edges.find((edge) => edge.key === 'bc')?.attributes).toEqual(
      data.getEdgeAttributes('bc'),
    );
    expect(restored.data.nodes.find((node) => node.key === 'a')?.attributes).toEqual(
      data.getNodeAttributes('a'),
    );
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 42, /JSON object/],
    ['no view', { nodes: [], edges: [], attributes: {} }, /format/],
    [
      'another version',
      { nodes: [], edges: [], attributes: { view: { format: 'actorgraph-view', version: 9 } } },
      /version 9/,
    ],
    [
      'an edge without ends',
      { nodes: [], edges: [{ key: 'e' }], attributes: { view: { format: 'actorgraph-view', version: 1 } } },
      /edges\[0\]/,
    ],
  ])(
    'when the file is %s, then reading it fails with a SnapshotError that says why',
    (_case, json, message) => {
      expect(() => readSnapshot(json)).toThrow(SnapshotError);
      expect(() => readSnapshot(json)).toThrow(message);
    },
  );

  it('when the saved state holds junk, then it is sanitised', () => {
    const { json } = snapshot();
    json.attributes.view.state.sizeBy = 'shoe size';
    json.attributes.view.state.selection = { kind: 'actor', id: '' };
    const restored = readSnapshot(json);
    expect(restored.state.sizeBy).toBe('degree');
    expect(restored.state.selection).toEqual({ kind: 'none' });
  });
});

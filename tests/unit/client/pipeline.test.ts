// data -> filtered -> rendered: visual attributes only on the rendered graph, highlights and deterministic layout.
import { pinnedActors, runPipeline } from '../../../client/app/pipeline';
import { runForceAtlas2 } from '../../../client/layout/fa2';
import { hashedPoint, seedPositions } from '../../../client/graph/seed-layout';
import { syncRendered } from '../../../client/graph/visuals';
import { highlightOf, reduceEdge, reduceNode } from '../../../client/render/highlight';
import { defaultViewState, type ViewState } from '../../../client/state/view-state';
import { sampleGraph } from './fixtures';
import { KIND_COLOURS, RELATION_COLOURS, renderData } from './render-helpers';

describe('the pipeline', () => {
  it('when rendered, then visual attributes are on the rendered graph only, and sigma types follow parallel claims', () => {
    const data = sampleGraph();
    const { rendered } = renderData(data);
    expect(data.getNodeAttributes('a')).not.toHaveProperty('color');
    expect(data.getNodeAttributes('a')).not.toHaveProperty('x');
    expect(rendered.getNodeAttributes('b')).toMatchObject({ color: KIND_COLOURS.state, kind: 'state' });
    expect(rendered.getEdgeAttributes('ab1')).toMatchObject({
      relation: 'MEETS',
      color: RELATION_COLOURS.MEETS,
      type: 'curvedArrow',
    });
    expect(rendered.getEdgeAttributes('ac')).toMatchObject({ type: 'arrow', curvature: 0 });
    expect(rendered.getEdgeAttribute('bc', 'curvature')).not.toBe(0);
  });

  it('when filters change, then the same rendered instance is updated in place', () => {
    const data = sampleGraph();
    const { rendered, positions } = renderData(data);
    const state: ViewState = {
      ...defaultViewState(),
      filters: { ...defaultViewState().filters, hiddenTypes: ['MEETS'] },
    };
    const output = runPipeline({
      data,
      state,
      positions,
      paths: [],
      kindColours: KIND_COLOURS,
      relationColours: RELATION_COLOURS,
    });
    syncRendered(rendered, output.attributes);
    expect(rendered.hasEdge('ab1')).toBe(false);
    expect(rendered.size).toBe(3);
    expect(output.counts).toEqual({
      loadedActors: 4,
      loadedClaims: 5,
      shownActors: 3,
      shownClaims: 3,
      hiddenIsolated: 1,
    });
    expect(output.timeline.bins.reduce((sum, bin) => sum + bin.shown, 0)).toBeCloseTo(2);
  });

  it('when an actor is selected, then it stays visible whatever the filters', () => {
    const state: ViewState = { ...defaultViewState(), selection: { kind: 'actor', id: 'c' } };
    expect(pinnedActors(sampleGraph(), state, [])).toEqual(new Set(['c']));
  });
});

describe('highlight', () => {
  it('when an actor is selected, then its neighbourhood is emphasised and the rest dimmed', () => {
    const { rendered } = renderData(sampleGraph(), { ...defaultViewState(), showIsolated: true });
    const highlight = highlightOf(rendered, { kind: 'actor', id: 'a' });
    expect([...highlight!.nodes].sort()).toEqual(['a', 'b', 'c']);
    const state = { highlight, hoveredNode: null, hoveredEdge: null };
    expect(reduceNode('d', rendered.getNodeAttributes('d'), state)).toMatchObject({ label: '', zIndex: 0 });
    expect(reduceNode('a', rendered.getNodeAttributes('a'), state)).toMatchObject({ highlighted: true });
    expect(reduceEdge('ab1', rendered.getEdgeAttributes('ab1'), state)).toMatchObject({
      forceLabel: true,
      label: 'meets',
    });
    expect(reduceEdge('bc', rendered.getEdgeAttributes('bc'), state)).toMatchObject({ label: '' });
  });

  it('when a claim is selected, then every claim between its two actors, both ways, is emphasised once', () => {
    const { rendered } = renderData(sampleGraph());
    const highlight = highlightOf(rendered, { kind: 'claim', id: 'bc' });
    expect([...highlight!.edges].sort()).toEqual(['bc', 'cb']);
    expect([...highlight!.primary].sort()).toEqual(['b', 'c']);
  });

  it('when nothing is selected, then edge labels show only on hover', () => {
    const { rendered } = renderData(sampleGraph());
    const state = { highlight: null, hoveredNode: null, hoveredEdge: 'ac' };
    expect(reduceEdge('ab1', rendered.getEdgeAttributes('ab1'), state).label).toBe('');
    expect(reduceEdge('ac', rendered.getEdgeAttributes('ac'), state)).toMatchObject({
      forceLabel: true,
      label: 'visits',
    });
  });

  it('when paths are selected, then their actors and claims are emphasised', () => {
    const { rendered } = renderData(sampleGraph());
    const highlight = highlightOf(rendered, { kind: 'paths', from: 'a', to: 'c' }, [
      { actors: ['a', 'b', 'c'], claims: ['ab1', 'bc'] },
    ]);
    expect([...highlight!.edges].sort()).toEqual(['ab1', 'bc']);
    expect([...highlight!.primary].sort()).toEqual(['a', 'c']);
  });
});

describe('layout', () => {
  it('when seeded twice, then positions are the same, and new actors start near their neighbours', () => {
    const data = sampleGraph();
    const first = seedPositions(data.nodes(), new Map(), () => []);
    expect(seedPositions([...data.nodes()].reverse(), new Map(), () => [])).toEqual(first);
    const near = seedPositions(['new'], new Map([['a', { x: 500, y: 500 }]]), () => ['a']);
    expect(Math.hypot(near.get('new')!.x - 500, near.get('new')!.y - 500)).toBeLessThanOrEqual(12);
    expect(hashedPoint('kim-jong-un')).toEqual(hashedPoint('kim-jong-un'));
  });

  it('when ForceAtlas2 runs twice on the same input, then the positions are identical', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((key) => ({ key, ...hashedPoint(key) }));
    const edges = [
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'c', weight: 1 },
    ];
    const first = runForceAtlas2({ id: 1, nodes, edges, iterations: 100 });
    const second = runForceAtlas2({ id: 2, nodes, edges, iterations: 100 });
    expect(second.positions).toEqual(first.positions);
    expect(first.positions.a).not.toEqual(nodes[0]);
  });
});

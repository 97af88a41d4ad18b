// Parallel claims between two actors form one bundle: closed (one straight edge with a count) until opened.
import { bundleColour, bundleEnds, bundleKey, bundlesOf } from '../../../client/graph/bundles';
import { highlightOf, reduceEdge } from '../../../client/render/highlight';
import { renderData } from './render-helpers';
import { sampleGraph } from './fixtures';

const plain = { highlight: null, hoveredNode: null, hoveredEdge: null };

describe('bundlesOf', () => {
  it('when claims link the same two actors either way, then they form one bundle; a lone claim none', () => {
    const bundles = bundlesOf(sampleGraph());
    expect([...bundles.values()].map((b) => [b.a, b.b, b.edges, b.claims, b.types])).toEqual([
      ['a', 'b', ['ab1', 'ab2'], 2, ['MEETS']],
      ['b', 'c', ['bc', 'cb'], 2, ['OPPOSES', 'SANCTIONS']],
    ]);
  });

  it('when a key is made either way round, then it is the same and gives the two actors back in order', () => {
    expect(bundleKey('x', 'a:1')).toBe(bundleKey('a:1', 'x'));
    expect(bundleEnds(bundleKey('x', 'a:1'))).toEqual(['a:1', 'x']);
  });

  it.each([
    [['MEETS'], '#1f77b4'],
    [['MEETS', 'VISITS'], '#777777'],
  ])('when a bundle holds the types %j, then it is coloured %s', (types, colour) => {
    expect(bundleColour(types, { MEETS: '#1f77b4', VISITS: '#17becf' }, '#777777')).toBe(colour);
  });
});

describe('a closed bundle', () => {
  it('when nothing is selected and the camera is far, then its lead edge is drawn straight with a count and the rest hidden', () => {
    const { rendered } = renderData(sampleGraph());
    const lead = reduceEdge('ab1', rendered.getEdgeAttributes('ab1'), plain);
    expect(lead).toMatchObject({ type: 'line', curvature: 0, label: '' });
    expect(lead.hidden).toBeUndefined();
    expect(reduceEdge('ab2', rendered.getEdgeAttributes('ab2'), plain)).toMatchObject({ hidden: true });
    const hovered = reduceEdge('ab1', rendered.getEdgeAttributes('ab1'), { ...plain, hoveredEdge: 'ab1' });
    expect(hovered).toMatchObject({ label: 'A – B · 2', forceLabel: true });
  });

  it('when zoomed in, then its claims are drawn one by one, curved', () => {
    const { rendered } = renderData(sampleGraph());
    const zoomed = { ...plain, zoomedIn: true };
    const second = reduceEdge('ab2', rendered.getEdgeAttributes('ab2'), zoomed);
    expect(second.hidden).toBeUndefined();
    expect(second.curvature).not.toBe(0);
  });

  it('when one of its actors is selected, then it opens; a bundle the selection does not touch stays closed', () => {
    const { rendered } = renderData(sampleGraph());
    const state = { ...plain, highlight: highlightOf(rendered, { kind: 'actor', id: 'a' }) };
    expect(reduceEdge('ab2', rendered.getEdgeAttributes('ab2'), state).hidden).toBeUndefined();
    expect(reduceEdge('cb', rendered.getEdgeAttributes('cb'), state)).toMatchObject({ hidden: true });
  });

  it('when the bundle itself is selected, then both actors are primary and every claim between them is shown', () => {
    const { rendered } = renderData(sampleGraph());
    const highlight = highlightOf(rendered, { kind: 'between', a: 'b', b: 'c' })!;
    expect([...highlight.primary].sort()).toEqual(['b', 'c']);
    expect([...highlight.edges].sort()).toEqual(['bc', 'cb']);
    expect(
      reduceEdge('cb', rendered.getEdgeAttributes('cb'), { ...plain, highlight }).hidden,
    ).toBeUndefined();
  });
});

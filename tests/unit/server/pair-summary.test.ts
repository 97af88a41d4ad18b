// The per-pair summary's index: the edges among a set of actors and the breadth-first steps it answers.
import { actorNode, pairEdge } from '../../../server/services/graph-mapper';
import { PairSummary } from '../../../server/services/pair-summary';

/** a -> b twice (two types), b -> c, d -> a, e alone with a self-loop. */
const summary = new PairSummary(
  [
    ['a', 'b', 'MEETS', 3, '2020-01-01', '2020-02-01', 2, ['curated']],
    ['a', 'b', 'CRITICISES', 1, '2020-03-01', '2020-03-01', 1, ['icews']],
    ['b', 'c', 'MEETS', 2, '2020-01-05', '2020-01-06', 1, ['curated']],
    ['d', 'a', 'VISITS', 1, '2021-01-01', '2021-01-02', 1, ['gdelt']],
    ['e', 'e', 'MEETS', 1, '2021-01-01', '2021-01-01', 1, ['curated']],
  ].map(pairEdge),
  ['a', 'b', 'c', 'd', 'e'].map((key) =>
    actorNode({ key, properties: { name: key.toUpperCase(), kind: 'state' } }),
  ),
);

const keys = (edges: { key: string }[]) => edges.map((edge) => edge.key).sort();

describe('PairSummary', () => {
  it('when built, then it holds one edge per pair and type', () => {
    expect(summary.size).toBe(5);
  });

  it.each([
    [['a', 'b'], 10, ['a|CRITICISES|b', 'a|MEETS|b']],
    [['a', 'b', 'c'], 10, ['a|CRITICISES|b', 'a|MEETS|b', 'b|MEETS|c']],
    [['c', 'd'], 10, []],
    [['e'], 10, ['e|MEETS|e']],
    [['a', 'b', 'c', 'd'], 2, ['a|CRITICISES|b', 'a|MEETS|b']],
  ])('when the edges among %j are asked (limit %d), then they are %j', (ids, limit, expected) => {
    expect(keys(summary.edgesAmong(ids, limit))).toEqual(expected);
  });

  it('when actors are asked, then those that exist come as nodes in the order asked', () => {
    expect(summary.actorsIn(['c', 'unknown', 'a']).map((node) => node.key)).toEqual(['c', 'a']);
    expect(summary.actorsIn(['c'])[0]?.attributes).toMatchObject({ label: 'C', kind: 'state' });
  });

  it('when an aggregated edge is read, then it keeps the summed attributes', () => {
    const [meets] = summary.edgesAmong(['b', 'c'], 10);
    expect(meets?.attributes).toMatchObject({ claims: 2, dateFirst: '2020-01-05', dateLast: '2020-01-06' });
  });

  it.each([
    [['a'], ['a'], 10, ['b', 'd']],
    [['b'], ['a', 'b'], 10, ['c']],
    [['c'], ['c'], 10, ['b']],
    [['e'], ['e'], 10, []],
    [['a', 'c'], ['a', 'c'], 10, ['b', 'd']],
    [['a'], ['a'], 1, ['b']],
    [['unknown'], ['unknown'], 10, []],
  ])(
    'when the frontier %j has seen %j (limit %d), then the next step is %j',
    (frontier, seen, limit, expected) => {
      expect(summary.neighbours(frontier, seen, limit).sort()).toEqual(expected);
    },
  );
});

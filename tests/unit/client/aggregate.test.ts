// Aggregated views: when the viewer asks for one edge per pair, how such an edge is shaped, counted and drawn.
import type { ClaimAttributes, PairAttributes, SerializedGraph } from '../../../client/api/types';
import {
  aggregateThreshold,
  chooseMode,
  claimShaped,
  countClaims,
  pairAsClaim,
  pairEdgeSize,
  servedClaims,
} from '../../../client/graph/aggregate';
import { dataGraphFrom } from '../../../client/graph/data-graph';
import { filterGraph } from '../../../client/graph/filtered-graph';
import { renderedAttributes } from '../../../client/graph/visuals';
import { DEFAULT_FILTERS } from '../../../client/state/view-state';
import { served } from './fixtures';

const pair = (claims: number, overrides: Partial<PairAttributes> = {}): PairAttributes => ({
  type: 'MEETS',
  label: 'meets',
  aggregate: true,
  claims,
  dateFirst: '2018-03-25',
  dateLast: '2019-06-21',
  sources: 2,
  origins: ['curated'],
  ...overrides,
});

/** A served aggregated edge as the served graph types it (edges typed as claims). */
const asServed = (attributes: PairAttributes) => attributes as unknown as ClaimAttributes;

/** The fixture actors with aggregated edges a->b (MEETS, 40 claims) and b->c (ATTACKS, 3 claims, imported). */
function pairGraph(): SerializedGraph {
  const graph = served([]);
  return {
    ...graph,
    attributes: { aggregate: 'pair', claims: 43 },
    edges: [
      { key: 'a|MEETS|b', source: 'a', target: 'b', attributes: asServed(pair(40)) },
      {
        key: 'b|ATTACKS|c',
        source: 'b',
        target: 'c',
        attributes: asServed(
          pair(3, {
            type: 'ATTACKS',
            label: 'attacks',
            origins: ['icews', 'gdelt'],
            dateFirst: null,
            dateLast: null,
          }),
        ),
      },
    ],
  };
}

describe('chooseMode', () => {
  const limits = { threshold: 2000, claimLevelMax: 10_000 };
  it.each([
    [1999, 'auto', 'claims'],
    [2000, 'auto', 'claims'],
    [2001, 'auto', 'pairs'],
    [2001, 'claims', 'claims'],
    [10_000, 'claims', 'claims'],
    [10_001, 'claims', 'pairs'],
  ] as const)(
    'when a view holds %d claims and the user asked %s, then it is drawn as %s',
    (claims, preference, mode) => {
      expect(chooseMode(claims, preference, limits)).toBe(mode);
    },
  );
});

describe('aggregateThreshold', () => {
  it.each([
    ['', 2000],
    ['?aggregateAbove=5', 5],
    ['?snapshot=x&aggregateAbove=0', 0],
    ['?aggregateAbove=-3', 2000],
    ['?aggregateAbove=many', 2000],
  ])('when the address query is %j, then the threshold is %d', (search, expected) => {
    expect(aggregateThreshold(search, 2000)).toBe(expected);
  });
});

describe('an aggregated edge', () => {
  it('when made claim-shaped, then its dates span its claims and a single origin is kept, several are mixed', () => {
    expect(pairAsClaim(pair(4))).toMatchObject({
      date: '2018-03-25',
      dateEnd: '2019-06-21',
      origin: 'curated',
      claims: 4,
    });
    expect(pairAsClaim(pair(4, { origins: ['icews', 'curated'] })).origin).toBe('mixed');
  });

  it('when a served aggregated graph is counted, then its claims attribute is used, else its edges are summed', () => {
    const graph = pairGraph();
    expect(servedClaims(graph)).toBe(43);
    expect(servedClaims({ ...graph, attributes: {} })).toBe(43);
  });

  it('when loaded, then the view counts the claims its links stand for', () => {
    const data = dataGraphFrom(claimShaped(pairGraph()));
    expect(countClaims(data)).toEqual({ claims: 43, links: 2, aggregated: true });
    expect(countClaims(dataGraphFrom(served([['x', 'a', 'b']])))).toEqual({
      claims: 1,
      links: 1,
      aggregated: false,
    });
  });

  it('when drawn, then it is wider the more claims it stands for, and labelled with its count', () => {
    const data = dataGraphFrom(claimShaped(pairGraph()));
    const { edges } = renderedAttributes(filterGraph(data, DEFAULT_FILTERS), {
      kindColours: {},
      relationColours: { MEETS: '#336699', ATTACKS: '#cc0000' },
      colourBy: 'kind',
      positions: new Map(),
      metric: new Map(),
      sizes: new Map(),
      communities: null,
    });
    const meets = edges.get('a|MEETS|b')?.attributes;
    const attacks = edges.get('b|ATTACKS|c')?.attributes;
    expect(meets).toMatchObject({ label: 'meets ×40', claims: 40, origin: 'curated' });
    expect(attacks).toMatchObject({ label: 'attacks ×3', origin: 'mixed' });
    expect(meets!.size).toBeGreaterThan(attacks!.size);
  });

  it('when sized, then one claim gets the thinnest width and the largest count the widest', () => {
    const range = { min: 1, max: 9 };
    expect(pairEdgeSize(1, 500, range)).toBe(1);
    expect(pairEdgeSize(500, 500, range)).toBe(9);
    expect(pairEdgeSize(22, 500, range)).toBeGreaterThan(1);
    expect(pairEdgeSize(22, 500, range)).toBeLessThan(9);
  });
});

// Sizes by degree, betweenness or PageRank, and seeded Louvain communities.
import { detectCommunities } from '../../../client/graph/communities';
import { createDataGraph } from '../../../client/graph/graph-types';
import { nodeMetric, sizesFrom } from '../../../client/graph/metrics';
import { simpleProjection } from '../../../client/graph/projection';
import { claim, sampleGraph } from './fixtures';

/** Two triangles joined by one bridge c–d. */
function twoTriangles() {
  const data = createDataGraph();
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f'])
    data.addNode(id, { label: id, kind: 'person', aliases: [] });
  const pairs = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'a'],
    ['d', 'e'],
    ['e', 'f'],
    ['f', 'd'],
    ['c', 'd'],
    ['a', 'b'],
  ];
  pairs.forEach(([source, target], index) =>
    data.addEdgeWithKey(`e${index}`, source!, target!, claim('MEETS')),
  );
  return data;
}

describe('metrics', () => {
  it('when sizing by degree, then every claim counts', () => {
    expect(nodeMetric(sampleGraph(), 'degree')).toEqual(
      new Map([
        ['a', 3],
        ['b', 4],
        ['c', 3],
        ['d', 0],
      ]),
    );
  });

  it('when sizing by betweenness, then the bridge ends score highest', () => {
    const metric = nodeMetric(twoTriangles(), 'betweenness');
    expect(metric.get('c')).toBeGreaterThan(metric.get('a')!);
    expect(metric.get('c')).toBeCloseTo(metric.get('d')!);
  });

  it('when sizing by PageRank, then values sum to one', () => {
    const total = [...nodeMetric(twoTriangles(), 'pagerank').values()].reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(1);
  });

  it('when values are mapped to sizes, then they span the range and equal values share a size', () => {
    const sizes = sizesFrom(
      new Map([
        ['a', 0],
        ['b', 4],
        ['c', 1],
      ]),
      { min: 4, max: 20 },
    );
    expect(sizes.get('a')).toBe(4);
    expect(sizes.get('b')).toBe(20);
    expect(sizes.get('c')).toBe(12);
    expect(
      new Set(
        sizesFrom(
          new Map([
            ['a', 2],
            ['b', 2],
          ]),
          { min: 4, max: 20 },
        ).values(),
      ).size,
    ).toBe(1);
  });

  it('when parallel claims are projected, then they become one weighted edge', () => {
    const projection = simpleProjection(twoTriangles());
    expect(projection.size).toBe(7);
    expect(projection.getEdgeAttribute(projection.edge('a', 'b')!, 'weight')).toBe(2);
  });
});

describe('communities', () => {
  it('when two triangles are joined by a bridge, then Louvain finds the two, numbered by size and id', () => {
    const communities = detectCommunities(twoTriangles());
    expect(communities.get('a')).toBe(communities.get('c'));
    expect(communities.get('d')).toBe(communities.get('f'));
    expect(communities.get('a')).not.toBe(communities.get('d'));
    expect(communities.get('a')).toBe(0);
  });

  it('when run twice, then the communities are the same', () => {
    expect(detectCommunities(twoTriangles())).toEqual(detectCommunities(twoTriangles()));
  });
});

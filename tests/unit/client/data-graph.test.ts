// Loading served graphs into the data graph, and the expansion undo stack.
import { mergeServed, serializeData } from '../../../client/graph/data-graph';
import { ExpansionStack } from '../../../client/graph/expansions';
import { createDataGraph } from '../../../client/graph/graph-types';
import { sampleGraph, served } from './fixtures';

describe('the data graph', () => {
  it('when a served graph is merged, then new elements are added and reported, known ones updated', () => {
    const data = createDataGraph();
    const first = mergeServed(data, served([['ab1', 'a', 'b']]));
    expect(first.nodes.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(first.edges).toEqual(['ab1']);
    const second = mergeServed(
      data,
      served([
        ['ab1', 'a', 'b', { summary: 'newer' }],
        ['bc', 'b', 'c'],
      ]),
    );
    expect(second).toEqual({ nodes: [], edges: ['bc'] });
    expect(data.getEdgeAttribute('ab1', 'summary')).toBe('newer');
  });

  it('when serialized, then keys come in a stable order', () => {
    const keys = serializeData(sampleGraph()).edges.map((edge) => edge.key);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('ExpansionStack', () => {
  it('when expansions are undone, then each removes exactly what it added, last first', () => {
    const data = createDataGraph();
    const stack = new ExpansionStack();
    mergeServed(data, served([]));
    const graphA = served([['ab1', 'a', 'b']]);
    stack.push({ center: 'a', depth: 1, added: mergeServed(data, graphA) });
    stack.push({
      center: 'b',
      depth: 2,
      added: mergeServed(
        data,
        served([
          ['bc', 'b', 'c'],
          ['ab1', 'a', 'b'],
        ]),
      ),
    });
    expect(stack.list()).toEqual([
      { center: 'a', depth: 1 },
      { center: 'b', depth: 2 },
    ]);
    expect(stack.undo(data)?.center).toBe('b');
    expect(data.edges()).toEqual(['ab1']);
    expect(stack.undo(data)?.center).toBe('a');
    expect(data.size).toBe(0);
    expect(stack.undo(data)).toBeUndefined();
  });
});

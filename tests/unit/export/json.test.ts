// The JSON export: graphology's serialized graph plus an `actorgraph` header, loaded back by Graph.from.
import Graph from 'graphology';
import { exportSnapshot } from '../../../server/export/export-snapshot';
import { jsonSnapshot } from '../../../server/export/json';
import { NON_EXPORTABLE, sampleGraph, sampleHeader } from '../../support/sample-graph';

function withoutNonExportable(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).filter(([name]) => !(NON_EXPORTABLE as readonly string[]).includes(name)),
  );
}

function exportedJson(): Record<string, unknown> {
  const { body } = exportSnapshot(sampleGraph(), 'json', sampleHeader());
  expect(typeof body).toBe('string');
  return JSON.parse(body as string) as Record<string, unknown>;
}

describe('JSON export', () => {
  it('when the sample is exported, then the actorgraph header tells version, date, selection, counts and sources', () => {
    expect(exportedJson().actorgraph).toEqual({
      version: 1,
      generatedAt: '2026-11-22T09:30:00.000Z',
      selection: sampleHeader().selection,
      counts: { nodes: 5, edges: 5 },
      sources: sampleHeader().sources,
    });
  });

  it('when the file is parsed and given to graphology Graph.from, then the same multigraph loads', () => {
    const input = sampleGraph();
    const graph = Graph.from(exportedJson() as unknown as Parameters<typeof Graph.from>[0]);

    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(input.nodes.length);
    expect(graph.size).toBe(input.edges.length);
    expect(graph.nodes()).toEqual(input.nodes.map((node) => node.key));
    expect(graph.edges()).toEqual(input.edges.map((edge) => edge.key));
    expect(graph.getAttributes()).toEqual(input.attributes);
  });

  it('when two claims join the same two actors, then both edges survive with their own keys', () => {
    const graph = Graph.from(exportedJson() as unknown as Parameters<typeof Graph.from>[0]);

    expect(graph.directedEdges('kim-jong-un', 'xi-jinping').sort()).toEqual([
      'kim-meets-xi-2018-03',
      'kim-meets-xi-2018-05',
    ]);
  });

  it('when the graph is loaded back, then every attribute equals the input, nulls kept, objects left out', () => {
    const input = sampleGraph();
    const graph = Graph.from(exportedJson() as unknown as Parameters<typeof Graph.from>[0]);

    for (const node of input.nodes) {
      expect(graph.getNodeAttributes(node.key)).toEqual(withoutNonExportable(node.attributes));
    }
    for (const edge of input.edges) {
      expect(graph.source(edge.key)).toBe(edge.source);
      expect(graph.target(edge.key)).toBe(edge.target);
      expect(graph.getEdgeAttributes(edge.key)).toEqual(withoutNonExportable(edge.attributes));
    }
    expect(graph.getEdgeAttribute('kim-meets-xi-2018-05', 'quote')).toBeNull();
    expect(graph.hasNodeAttribute('dprk', 'layout')).toBe(false);
  });

  it.each([
    ['NaN', Number.NaN],
    ['an infinity', Number.POSITIVE_INFINITY],
    ['a function', () => 1],
    ['a list of numbers', [1, 2]],
    ['undefined', undefined],
  ])('when an extra attribute is %s, then it is left out', (_what, value) => {
    const graph = sampleGraph();
    (graph.nodes[1] as { attributes: Record<string, unknown> }).attributes.extra = value;

    expect(jsonSnapshot(graph, sampleHeader()).nodes[1]?.attributes).not.toHaveProperty('extra');
  });
});

// The GEXF 1.3 export, read back by graphology-gexf and by networkx (what Gephi users script with).
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { SerializedGraph } from '../../../server/api/types';
import { exportSnapshot } from '../../../server/export/export-snapshot';
import { GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE, writeGexf } from '../../../server/export/gexf';
import { ACTOR_KIND_COLOURS, type ActorKind } from '../../../server/model/actors';
import { relationDefinition, type RelationType } from '../../../server/model/relations';
import { readWithNetworkx } from '../../support/networkx';
import { exportedAttributes, omitKeys, sampleGraph, sampleHeader } from '../../support/sample-graph';
import { elementsNS, parseStrictXml } from '../../support/strict-xml';

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r},${g},${b})`;
}

/** What GEXF carries of an element's attributes: lists as `|`-joined text, no nulls, no objects. */
function gexfValues(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(exportedAttributes(attributes)).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join('|') : value,
    ]),
  );
}

const symmetric = (type: unknown) => relationDefinition(type as RelationType).symmetric;

function exportedGexf(graph: SerializedGraph = sampleGraph()): string {
  const { body } = exportSnapshot(graph, 'gexf', sampleHeader());
  expect(typeof body).toBe('string');
  return body as string;
}

describe('GEXF export', () => {
  it('when the sample is exported, then it is well-formed GEXF 1.3 with the viz namespace and a mixed graph', () => {
    const document = parseStrictXml(exportedGexf());
    const root = document.documentElement;

    expect(root?.namespaceURI).toBe(GEXF_NAMESPACE);
    expect(root?.getAttribute('version')).toBe('1.3');
    expect(root?.getAttribute('xmlns:viz')).toBe(GEXF_VIZ_NAMESPACE);
    expect(elementsNS(document, GEXF_NAMESPACE, 'graph')[0]?.getAttribute('defaultedgetype')).toBe('mixed');
    expect(elementsNS(document, GEXF_NAMESPACE, 'meta')[0]?.getAttribute('lastmodifieddate')).toBe(
      '2026-11-22',
    );
  });

  it('when the sample is exported, then claims of symmetric types are undirected edges and the others directed', () => {
    const document = parseStrictXml(exportedGexf());
    const types = Object.fromEntries(
      elementsNS(document, GEXF_NAMESPACE, 'edge').map((edge) => [
        edge.getAttribute('id'),
        edge.getAttribute('type'),
      ]),
    );

    expect(types).toEqual(
      Object.fromEntries(
        sampleGraph().edges.map((edge) => [
          edge.key,
          symmetric(edge.attributes.type) ? 'undirected' : 'directed',
        ]),
      ),
    );
    expect(Object.values(types)).toContain('undirected');
  });

  it('when no claim of the view has a symmetric type, then the graph stays directed with no type per edge', () => {
    const graph = sampleGraph();
    graph.edges = graph.edges.filter((edge) => !symmetric(edge.attributes.type));
    const document = parseStrictXml(exportedGexf(graph));

    expect(elementsNS(document, GEXF_NAMESPACE, 'graph')[0]?.getAttribute('defaultedgetype')).toBe(
      'directed',
    );
    expect(elementsNS(document, GEXF_NAMESPACE, 'edge').map((edge) => edge.getAttribute('type'))).toEqual(
      graph.edges.map(() => null),
    );
  });

  it('when the sample is exported, then every node and edge attribute is declared with its type', () => {
    const document = parseStrictXml(exportedGexf());
    const declared = (className: string): Record<string, string | null> =>
      Object.fromEntries(
        elementsNS(document, GEXF_NAMESPACE, 'attributes')
          .filter((element) => element.getAttribute('class') === className)
          .flatMap((element) => Array.from(element.getElementsByTagNameNS(GEXF_NAMESPACE, 'attribute')))
          .map((attribute) => [attribute.getAttribute('id') as string, attribute.getAttribute('type')]),
      );

    expect(declared('node')).toEqual({
      kind: 'string',
      aliases: 'string',
      description: 'string',
      unnamed: 'boolean',
      degree: 'integer',
      highlighted: 'boolean',
    });
    expect(declared('edge')).toEqual({
      type: 'string',
      date: 'string',
      dateEnd: 'string',
      sourceId: 'string',
      certainty: 'string',
      assertedBy: 'string',
      paragraph: 'integer',
      quote: 'string',
      summary: 'string',
      origin: 'string',
      score: 'double',
    });
  });

  it('when graphology-gexf parses the file, then the nodes come back with labels, attributes and viz', () => {
    const input = sampleGraph();
    const graph = parseGexf(Graph, exportedGexf());

    expect(graph.nodes()).toEqual(input.nodes.map((node) => node.key));
    for (const node of input.nodes) {
      const kindRgb = rgb(ACTOR_KIND_COLOURS[node.attributes.kind as ActorKind]);
      expect(graph.getNodeAttributes(node.key)).toEqual({ ...gexfValues(node.attributes), color: kindRgb });
    }
  });

  it('when graphology-gexf parses the file, then every claim is an edge, parallel ones included, with its attributes', () => {
    const input = sampleGraph();
    const graph = parseGexf(Graph, exportedGexf());

    expect(graph.type).toBe('mixed');
    expect(graph.multi).toBe(true);
    expect(graph.size).toBe(input.edges.length);
    expect(graph.undirectedEdges('xi-jinping', 'kim-jong-un').sort()).toEqual([
      'kim-meets-xi-2018-03',
      'kim-meets-xi-2018-05',
    ]);
    for (const edge of input.edges) {
      const colour = rgb(relationDefinition(edge.attributes.type as RelationType).colour);
      expect([graph.source(edge.key), graph.target(edge.key)]).toEqual([edge.source, edge.target]);
      expect(graph.isUndirected(edge.key)).toBe(symmetric(edge.attributes.type));
      expect(graph.getEdgeAttributes(edge.key)).toEqual({ ...gexfValues(edge.attributes), color: colour });
    }
  });

  it('when graphology-gexf parses the file, then the meta tells creator, date and what the snapshot holds', () => {
    const graph = parseGexf(Graph, exportedGexf());

    expect(graph.getAttribute('creator')).toBe('actorgraph');
    expect(graph.getAttribute('lastModifiedDate')).toBe('2026-11-22');
    expect(graph.getAttribute('description')).toContain('5 actors, 5 claims, 2 sources');
    expect(graph.getAttribute('description')).toContain('Truncated by a limit.');
  });

  it('when networkx reads the file, then it finds a multigraph of the same nodes, edges, attributes and directions', () => {
    const input = sampleGraph();
    const read = readWithNetworkx('gexf', exportedGexf());

    expect({ directed: read.directed, multigraph: read.multigraph, mixed: read.mixed }).toEqual({
      directed: true,
      multigraph: true,
      mixed: true,
    });
    expect({ nodes: read.nodes.length, edges: read.edges.length }).toEqual({ nodes: 5, edges: 5 });
    for (const node of input.nodes) {
      const found = read.nodes.find((candidate) => candidate.id === node.key);
      expect(found?.viz).toHaveProperty('color');
      expect(omitKeys(found ?? {}, 'viz')).toEqual({
        id: node.key,
        ...omitKeys(gexfValues(node.attributes), 'color', 'x', 'y', 'size'),
      });
    }
    for (const edge of input.edges) {
      const found = read.edges.find((candidate) => candidate.key === edge.key);
      expect(found).toEqual({
        source: edge.source,
        target: edge.target,
        key: edge.key,
        id: edge.key,
        ...(symmetric(edge.attributes.type) ? { undirected: true } : {}),
        ...gexfValues(edge.attributes),
      });
    }
  });

  it('when a node has no position nor size, or a kind outside the vocabulary, then no viz element is made up', () => {
    const graph = sampleGraph();
    graph.nodes = [
      { key: 'somebody', attributes: { label: 'Somebody', kind: 'alien', aliases: [], color: '#123456' } },
    ];
    graph.edges = [];
    const parsed = parseGexf(Graph, writeGexf(graph, sampleHeader()));

    expect(parsed.getNodeAttributes('somebody')).toEqual({
      label: 'Somebody',
      kind: 'alien',
      aliases: '',
      color: '#123456',
    });
  });

  it('when a node has x and y but they are not numbers, then they stay attributes and no position is written', () => {
    const graph = sampleGraph();
    graph.nodes = [{ key: 'a', attributes: { label: 'A', kind: 'person', aliases: [], x: 'left', y: 2 } }];
    graph.edges = [];
    const text = writeGexf(graph, sampleHeader());

    expect(text).not.toContain('viz:position');
    expect(parseGexf(Graph, text).getNodeAttributes('a')).toMatchObject({ x: 'left', y: 2 });
  });
});

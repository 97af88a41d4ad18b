// The GraphML export, read back by graphology-graphml and by networkx.
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { exportSnapshot } from '../../../server/export/export-snapshot';
import { GRAPHML_NAMESPACE } from '../../../server/export/graphml';
import { relationDefinition, type RelationType } from '../../../server/model/relations';
import { readWithNetworkx } from '../../support/networkx';
import { exportedAttributes, omitKeys, sampleGraph, sampleHeader } from '../../support/sample-graph';
import { elementsNS, parseStrictXml } from '../../support/strict-xml';

/** What GraphML carries of an element's attributes: lists as `|`-joined text, no nulls, no objects. */
function graphmlValues(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(exportedAttributes(attributes)).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join('|') : value,
    ]),
  );
}

const symmetric = (type: unknown) => relationDefinition(type as RelationType).symmetric;

function exportedGraphml(): string {
  const { body } = exportSnapshot(sampleGraph(), 'graphml', sampleHeader());
  expect(typeof body).toBe('string');
  return body as string;
}

describe('GraphML export', () => {
  it('when the sample is exported, then it is well-formed GraphML with a directed graph', () => {
    const document = parseStrictXml(exportedGraphml());

    expect(document.documentElement?.namespaceURI).toBe(GRAPHML_NAMESPACE);
    expect(elementsNS(document, GRAPHML_NAMESPACE, 'graph')[0]?.getAttribute('edgedefault')).toBe('directed');
  });

  it('when the sample is exported, then claims of symmetric types say directed="false" and the others follow the default', () => {
    const document = parseStrictXml(exportedGraphml());
    const directed = Object.fromEntries(
      elementsNS(document, GRAPHML_NAMESPACE, 'edge').map((edge) => [
        edge.getAttribute('id'),
        edge.getAttribute('directed'),
      ]),
    );

    expect(directed).toEqual(
      Object.fromEntries(
        sampleGraph().edges.map((edge) => [edge.key, symmetric(edge.attributes.type) ? 'false' : null]),
      ),
    );
    expect(Object.values(directed)).toContain('false');
  });

  it('when the sample is exported, then every attribute has a key with its type, and key ids are unique', () => {
    const document = parseStrictXml(exportedGraphml());
    const keys = elementsNS(document, GRAPHML_NAMESPACE, 'key');
    const declared = (domain: string): Record<string, string | null> =>
      Object.fromEntries(
        keys
          .filter((key) => key.getAttribute('for') === domain)
          .map((key) => [key.getAttribute('attr.name') as string, key.getAttribute('attr.type')]),
      );

    expect(new Set(keys.map((key) => key.getAttribute('id'))).size).toBe(keys.length);
    expect(declared('graph')).toEqual({
      generatedAt: 'string',
      selection: 'string',
      sources: 'string',
      truncated: 'boolean',
    });
    expect(declared('node')).toEqual({
      label: 'string',
      kind: 'string',
      aliases: 'string',
      description: 'string',
      unnamed: 'boolean',
      degree: 'int',
      x: 'double',
      y: 'double',
      size: 'int',
      color: 'string',
      highlighted: 'boolean',
    });
    expect(declared('edge')).toEqual({
      type: 'string',
      label: 'string',
      date: 'string',
      dateEnd: 'string',
      sourceId: 'string',
      certainty: 'string',
      assertedBy: 'string',
      paragraph: 'int',
      quote: 'string',
      summary: 'string',
      origin: 'string',
      score: 'double',
    });
  });

  it('when graphology-graphml parses the file, then nodes and their attributes come back', () => {
    const input = sampleGraph();
    const graph = parseGraphml(Graph, exportedGraphml());

    expect(graph.nodes()).toEqual(input.nodes.map((node) => node.key));
    for (const node of input.nodes) {
      expect(graph.getNodeAttributes(node.key)).toEqual(graphmlValues(node.attributes));
    }
  });

  it('when graphology-graphml parses the file, then every claim is an edge, parallel ones included', () => {
    const input = sampleGraph();
    const graph = parseGraphml(Graph, exportedGraphml());

    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.size).toBe(input.edges.length);
    expect(graph.directedEdges('kim-jong-un', 'xi-jinping').sort()).toEqual([
      'kim-meets-xi-2018-03',
      'kim-meets-xi-2018-05',
    ]);
    for (const edge of input.edges) {
      expect([graph.source(edge.key), graph.target(edge.key)]).toEqual([edge.source, edge.target]);
      expect(graph.getEdgeAttributes(edge.key)).toEqual(graphmlValues(edge.attributes));
    }
  });

  it('when graphology-graphml parses the file, then the graph data tells date, selection, sources and truncation', () => {
    const graph = parseGraphml(Graph, exportedGraphml());
    const header = sampleHeader();

    expect(graph.getAttribute('generatedAt')).toBe(header.generatedAt);
    expect(JSON.parse(graph.getAttribute('selection') as string)).toEqual(header.selection);
    expect(JSON.parse(graph.getAttribute('sources') as string)).toEqual(header.sources);
    expect(graph.getAttribute('truncated')).toBe(true);
  });

  it('when networkx reads the file, then it finds a multigraph of the same nodes, edges, attributes and directions', () => {
    const input = sampleGraph();
    const read = readWithNetworkx('graphml', exportedGraphml());

    expect({ directed: read.directed, multigraph: read.multigraph, mixed: read.mixed }).toEqual({
      directed: true,
      multigraph: true,
      mixed: true,
    });
    expect({ nodes: read.nodes.length, edges: read.edges.length }).toEqual({ nodes: 5, edges: 5 });
    // networkx 2 reads an empty <data> element (an actor without aliases) as no value, networkx 3 as ''.
    const nonEmpty = (values: Record<string, unknown>): Record<string, unknown> =>
      Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
    for (const node of input.nodes) {
      const found = read.nodes.find((candidate) => candidate.id === node.key);
      expect(nonEmpty(found ?? {})).toEqual({ id: node.key, ...nonEmpty(graphmlValues(node.attributes)) });
    }
    for (const edge of input.edges) {
      // The edge id is networkx's edge key (networkx 2) or also an `id` attribute (later versions).
      const found = read.edges.find((candidate) => candidate.key === edge.key || candidate.id === edge.key);
      expect(nonEmpty(omitKeys(found ?? {}, 'key', 'id'))).toEqual({
        source: edge.source,
        target: edge.target,
        ...(symmetric(edge.attributes.type) ? { undirected: true } : {}),
        ...nonEmpty(graphmlValues(edge.attributes)),
      });
    }
    expect(read.graph).toMatchObject({ generatedAt: sampleHeader().generatedAt, truncated: true });
  });
});

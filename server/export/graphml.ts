// GraphML export: a `<key>` for every graph, node and edge attribute, a directed graph, parallel claims kept.
import type { SerializedGraph } from '../api/types';
import {
  columnsOf,
  EDGE_COLUMNS,
  exportRecord,
  NODE_COLUMNS,
  valueText,
  type Column,
  type ColumnType,
  type ExportRecord,
} from './attributes';
import { isSymmetricClaim, snapshotDay, type SnapshotHeader } from './snapshot';
import { escapeXml, xmlAttributes } from './xml';

/** GraphML's namespace. */
export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const GRAPHML_SCHEMA = 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

/** GraphML `attr.type`s; lists are written as texts joined with `|`. */
const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: 'string',
  integer: 'int',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  list: 'string',
};

/** A declared key: its id in the document, and the column it holds. */
interface Key extends Column {
  id: string;
}

function keysFor(prefix: string, columns: readonly Column[]): Key[] {
  return columns.map((column, index) => ({ ...column, id: `${prefix}${index}` }));
}

function keyDeclaration(domain: 'graph' | 'node' | 'edge', key: Key): string {
  return `  <key${xmlAttributes({ id: key.id, for: domain, 'attr.name': key.name, 'attr.type': GRAPHML_TYPES[key.type] })}/>`;
}

function dataLines(record: ExportRecord, keys: readonly Key[], indent: string): string[] {
  return keys.flatMap((key) => {
    const value = record.get(key.name);
    return value === undefined
      ? []
      : [`${indent}<data key="${key.id}">${escapeXml(valueText(value))}</data>`];
  });
}

function elementLines(open: string, close: string, data: readonly string[]): string[] {
  if (data.length === 0) return [`    ${open.replace(/>$/, '/>')}`];
  return [`    ${open}`, ...data, `    ${close}`];
}

/**
 * The graph's own data: when it was generated, the selection and the sources (as JSON texts), then the
 * graph attributes with exportable values (e.g. `truncated`).
 */
function graphRecord(graph: SerializedGraph, header: SnapshotHeader): ExportRecord {
  const record: ExportRecord = new Map<string, string | number | boolean | string[]>([
    ['generatedAt', header.generatedAt],
    ['selection', JSON.stringify(header.selection)],
    ['sources', JSON.stringify(header.sources)],
  ]);
  for (const [name, value] of exportRecord(graph.attributes)) if (!record.has(name)) record.set(name, value);
  return record;
}

/**
 * The snapshot as a GraphML document: a directed graph with typed keys for every attribute, each claim an
 * edge of its own (parallel edges have distinct ids); a claim of a symmetric type says `directed="false"`.
 */
export function writeGraphml(graph: SerializedGraph, header: SnapshotHeader): string {
  snapshotDay(header.generatedAt);
  const graphData = graphRecord(graph, header);
  const nodes = graph.nodes.map((node) => ({ node, record: exportRecord(node.attributes) }));
  const edges = graph.edges.map((edge) => ({ edge, record: exportRecord(edge.attributes) }));
  const graphKeys = keysFor('g', columnsOf([graphData], []));
  const nodeKeys = keysFor(
    'n',
    columnsOf(
      nodes.map(({ record }) => record),
      NODE_COLUMNS,
    ),
  );
  const edgeKeys = keysFor(
    'e',
    columnsOf(
      edges.map(({ record }) => record),
      EDGE_COLUMNS,
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml${xmlAttributes({
      xmlns: GRAPHML_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${GRAPHML_NAMESPACE} ${GRAPHML_SCHEMA}`,
    })}>`,
    ...graphKeys.map((key) => keyDeclaration('graph', key)),
    ...nodeKeys.map((key) => keyDeclaration('node', key)),
    ...edgeKeys.map((key) => keyDeclaration('edge', key)),
    '  <graph id="actorgraph" edgedefault="directed">',
    ...dataLines(graphData, graphKeys, '    '),
    ...nodes.flatMap(({ node, record }) =>
      elementLines(
        `<node${xmlAttributes({ id: node.key })}>`,
        '</node>',
        dataLines(record, nodeKeys, '      '),
      ),
    ),
    ...edges.flatMap(({ edge, record }) =>
      elementLines(
        `<edge${xmlAttributes({
          id: edge.key,
          source: edge.source,
          target: edge.target,
          directed: isSymmetricClaim(edge.attributes.type) ? 'false' : undefined,
        })}>`,
        '</edge>',
        dataLines(record, edgeKeys, '      '),
      ),
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

// GEXF 1.3 export (Gephi) of the API's snapshots and the viewer's view: typed attributes, viz, parallel claims kept.
import type { SerializedEdge, SerializedGraph, SerializedNode } from '../api/types';
import {
  columnsOf,
  EDGE_COLUMNS,
  exportRecord,
  NODE_COLUMNS,
  rgbOf,
  valueText,
  type Column,
  type ColumnType,
  type ExportRecord,
} from './attributes';
import {
  claimLabel,
  isSymmetricClaim,
  kindColour,
  relationColour,
  snapshotDay,
  snapshotDescription,
  type SnapshotHeader,
} from './snapshot';
import { escapeXml, xmlAttributes } from './xml';

/** GEXF 1.3's namespace. */
export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
/** GEXF 1.3's viz namespace (colours, positions, sizes). */
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** GEXF attribute types; lists are written as texts joined with `|`, which every GEXF reader accepts. */
const GEXF_TYPES: Record<ColumnType, string> = {
  string: 'string',
  integer: 'integer',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  list: 'string',
};

/** Where the viz colour of a node and of an edge comes from. */
export interface ElementColours {
  node(attributes: Readonly<Record<string, unknown>>): string | undefined;
  edge(attributes: Readonly<Record<string, unknown>>): string | undefined;
}

/** The vocabulary's colours: an actor's by its kind, a claim's by its relation type. */
export const VOCABULARY_COLOURS: ElementColours = {
  node: (attributes) => kindColour(attributes.kind),
  edge: (attributes) => relationColour(attributes.type),
};

/** The colours the elements carry themselves, in their `color` attribute (the viewer's drawn colours). */
export const OWN_COLOURS: ElementColours = {
  node: (attributes) => (typeof attributes.color === 'string' ? attributes.color : undefined),
  edge: (attributes) => (typeof attributes.color === 'string' ? attributes.color : undefined),
};

/** A node or an edge as GEXF writes it: its label, its attvalues, and its viz elements. */
interface GexfElement {
  label: string;
  values: ExportRecord;
  viz: string[];
}

function vizColour(hex: string | undefined): string | undefined {
  const rgb = hex === undefined ? undefined : rgbOf(hex);
  return rgb && `<viz:color${xmlAttributes(rgb)}/>`;
}

const isNumber = (value: unknown): value is number => typeof value === 'number';

/**
 * A node: `label` becomes the node's label, its colour its viz:color, and `x`, `y` (`z`) and `size` its
 * viz:position and viz:size; those attributes are not repeated as attvalues.
 */
function gexfNode(node: SerializedNode, colours: ElementColours): GexfElement {
  const values = exportRecord(node.attributes);
  const label = values.get('label');
  values.delete('label');
  const viz: string[] = [];
  const colour = vizColour(colours.node(node.attributes));
  if (colour) {
    viz.push(colour);
    values.delete('color');
  }
  const [x, y, z] = [values.get('x'), values.get('y'), values.get('z')];
  if (isNumber(x) && isNumber(y)) {
    viz.push(`<viz:position${xmlAttributes({ x, y, z: isNumber(z) ? z : undefined })}/>`);
    values.delete('x');
    values.delete('y');
    if (isNumber(z)) values.delete('z');
  }
  const size = values.get('size');
  if (isNumber(size)) {
    viz.push(`<viz:size${xmlAttributes({ value: size })}/>`);
    values.delete('size');
  }
  return { label: typeof label === 'string' ? label : node.key, values, viz };
}

/** An edge: `label` becomes the edge's label, its colour its viz:color and `size` its viz:thickness. */
function gexfEdge(edge: SerializedEdge, colours: ElementColours): GexfElement {
  const values = exportRecord(edge.attributes, ['label']);
  const viz: string[] = [];
  const colour = vizColour(colours.edge(edge.attributes));
  if (colour) {
    viz.push(colour);
    values.delete('color');
  }
  const size = values.get('size');
  if (isNumber(size)) {
    viz.push(`<viz:thickness${xmlAttributes({ value: size })}/>`);
    values.delete('size');
  }
  return { label: claimLabel(edge.attributes), values, viz };
}

function attributeDeclarations(className: 'node' | 'edge', columns: readonly Column[]): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${className}" mode="static">`,
    ...columns.map(
      (column) =>
        `      <attribute${xmlAttributes({ id: column.name, title: column.name, type: GEXF_TYPES[column.type] })}/>`,
    ),
    '    </attributes>',
  ];
}

function elementBody(element: GexfElement, columns: readonly Column[]): string[] {
  const attvalues = columns.flatMap((column) => {
    const value = element.values.get(column.name);
    return value === undefined
      ? []
      : [`<attvalue${xmlAttributes({ for: column.name, value: valueText(value) })}/>`];
  });
  return [
    ...(attvalues.length > 0 ? ['<attvalues>', ...attvalues.map((line) => `  ${line}`), '</attvalues>'] : []),
    ...element.viz,
  ];
}

function elementLines(open: string, close: string, body: readonly string[]): string[] {
  if (body.length === 0) return [`      ${open.replace(/>$/, '/>')}`];
  return [`      ${open}`, ...body.map((line) => `        ${line}`), `      ${close}`];
}

/**
 * The snapshot as a GEXF 1.3 document: a static graph whose every node and edge attribute is declared and typed,
 * each claim an edge of its own (parallel edges have distinct ids), colours from the vocabulary. Claims of a
 * symmetric type are undirected edges: a graph holding any is `mixed`, each edge then saying its own type.
 * Colours come from the vocabulary unless `colours` says otherwise.
 */
export function writeGexf(
  graph: SerializedGraph,
  header: SnapshotHeader,
  colours: ElementColours = VOCABULARY_COLOURS,
): string {
  const day = snapshotDay(header.generatedAt);
  const mixed = graph.edges.some((edge) => isSymmetricClaim(edge.attributes.type));
  const edgeType = (edge: SerializedEdge) =>
    mixed ? (isSymmetricClaim(edge.attributes.type) ? 'undirected' : 'directed') : undefined;
  const nodes = graph.nodes.map((node) => ({ node, element: gexfNode(node, colours) }));
  const edges = graph.edges.map((edge) => ({ edge, element: gexfEdge(edge, colours) }));
  const leadingNodeColumns = NODE_COLUMNS.filter((column) => column.name !== 'label');
  const leadingEdgeColumns = EDGE_COLUMNS.filter((column) => column.name !== 'label');
  const nodeColumns = columnsOf(
    nodes.map(({ element }) => element.values),
    leadingNodeColumns,
  );
  const edgeColumns = columnsOf(
    edges.map(({ element }) => element.values),
    leadingEdgeColumns,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf${xmlAttributes({
      xmlns: GEXF_NAMESPACE,
      'xmlns:viz': GEXF_VIZ_NAMESPACE,
      version: '1.3',
    })}>`,
    `  <meta lastmodifieddate="${day}">`,
    '    <creator>actorgraph</creator>',
    `    <description>${escapeXml(snapshotDescription(graph, header))}</description>`,
    '  </meta>',
    `  <graph defaultedgetype="${mixed ? 'mixed' : 'directed'}" mode="static">`,
    ...attributeDeclarations('node', nodeColumns),
    ...attributeDeclarations('edge', edgeColumns),
    '    <nodes>',
    ...nodes.flatMap(({ node, element }) =>
      elementLines(
        `<node${xmlAttributes({ id: node.key, label: element.label })}>`,
        '</node>',
        elementBody(element, nodeColumns),
      ),
    ),
    '    </nodes>',
    '    <edges>',
    ...edges.flatMap(({ edge, element }) =>
      elementLines(
        `<edge${xmlAttributes({ id: edge.key, source: edge.source, target: edge.target, type: edgeType(edge), label: element.label })}>`,
        '</edge>',
        elementBody(element, edgeColumns),
      ),
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

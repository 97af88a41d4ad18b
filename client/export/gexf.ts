// GEXF 1.3 of the current view: actors and claims with their attributes, positions, sizes and colours (viz).
import { hexToRgb, xmlEscape } from './xml';
import type { ExportColumn, ViewModel } from './view-model';

function attributeDeclarations(kind: 'node' | 'edge', columns: ExportColumn[]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...columns.map(
      (column, index) =>
        `      <attribute id="${kind[0]}${index}" title="${xmlEscape(column.name)}" type="${column.type}"/>`,
    ),
    '    </attributes>',
  ];
}

function values(
  kind: 'node' | 'edge',
  columns: ExportColumn[],
  record: Record<string, string | number>,
): string[] {
  const present = columns
    .map((column, index) => ({ id: `${kind[0]}${index}`, value: record[column.name] }))
    .filter((item) => item.value !== undefined);
  if (present.length === 0) return [];
  return [
    '        <attvalues>',
    ...present.map(
      (item) => `          <attvalue for="${item.id}" value="${xmlEscape(String(item.value))}"/>`,
    ),
    '        </attvalues>',
  ];
}

function colour(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

const number = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '0');

/** The GEXF document (UTF-8 text). */
export function writeGexf(model: ViewModel, generatedAt: string): string {
  const nodes = model.nodes.flatMap((node) => [
    `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">`,
    ...values('node', model.nodeColumns, node.values),
    `        ${colour(node.color)}`,
    `        <viz:position x="${number(node.x)}" y="${number(node.y)}" z="0"/>`,
    `        <viz:size value="${number(node.size)}"/>`,
    '      </node>',
  ]);
  // Symmetric claims are undirected edges: a view holding any is a mixed graph, each edge saying its type.
  const mixed = model.edges.some((edge) => !edge.directed);
  const edgeType = (directed: boolean) => (mixed ? ` type="${directed ? 'directed' : 'undirected'}"` : '');
  const edges = model.edges.flatMap((edge) => [
    `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"${edgeType(edge.directed)} label="${xmlEscape(edge.label)}" weight="1">`,
    ...values('edge', model.edgeColumns, edge.values),
    `        ${colour(edge.color)}`,
    `        <viz:thickness value="${number(edge.size)}"/>`,
    '      </edge>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${generatedAt.slice(0, 10)}">`,
    '    <creator>actorgraph viewer</creator>',
    `    <description>${xmlEscape(model.title)}</description>`,
    '  </meta>',
    `  <graph defaultedgetype="${mixed ? 'mixed' : 'directed'}" mode="static">`,
    ...attributeDeclarations('node', model.nodeColumns),
    ...attributeDeclarations('edge', model.edgeColumns),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

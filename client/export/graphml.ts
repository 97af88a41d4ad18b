// GraphML of the current view: actors and claims with their attributes, positions, sizes and colours as keys.
import { xmlEscape } from './xml';
import type { ExportColumn, ViewModel } from './view-model';

const GRAPHML_TYPES = { string: 'string', double: 'double', integer: 'int' } as const;

const VISUAL_NODE_KEYS: ExportColumn[] = [
  { name: 'label', type: 'string' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
  { name: 'size', type: 'double' },
  { name: 'color', type: 'string' },
];
const VISUAL_EDGE_KEYS: ExportColumn[] = [
  { name: 'label', type: 'string' },
  { name: 'color', type: 'string' },
  { name: 'size', type: 'double' },
];

function keyId(kind: 'node' | 'edge', name: string): string {
  return `${kind[0]}_${name}`;
}

function declarations(kind: 'node' | 'edge', columns: ExportColumn[]): string[] {
  return columns.map(
    (column) =>
      `  <key id="${keyId(kind, column.name)}" for="${kind}" attr.name="${xmlEscape(column.name)}" attr.type="${GRAPHML_TYPES[column.type]}"/>`,
  );
}

function data(kind: 'node' | 'edge', record: Record<string, string | number | undefined>): string[] {
  return Object.entries(record)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `      <data key="${keyId(kind, name)}">${xmlEscape(String(value))}</data>`);
}

/** The GraphML document (UTF-8 text). */
export function writeGraphml(model: ViewModel): string {
  const nodes = model.nodes.flatMap((node) => [
    `    <node id="${xmlEscape(node.id)}">`,
    ...data('node', {
      label: node.label,
      x: node.x,
      y: node.y,
      size: node.size,
      color: node.color,
      ...node.values,
    }),
    '    </node>',
  ]);
  const edges = model.edges.flatMap((edge) => [
    `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"${edge.directed ? '' : ' directed="false"'}>`,
    ...data('edge', { label: edge.label, color: edge.color, size: edge.size, ...edge.values }),
    '    </edge>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${xmlEscape(model.title)}</desc>`,
    ...declarations('node', [...VISUAL_NODE_KEYS, ...model.nodeColumns]),
    ...declarations('edge', [...VISUAL_EDGE_KEYS, ...model.edgeColumns]),
    '  <graph id="actorgraph-view" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

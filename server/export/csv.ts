// CSV export: a zip of nodes.csv, edges.csv and sources.csv (RFC 4180, UTF-8) with a README.txt on the columns.
import { strToU8, zipSync } from 'fflate';
import type { SerializedGraph, SourceSummary } from '../api/types';
import {
  columnsOf,
  EDGE_COLUMNS,
  exportRecord,
  LIST_SEPARATOR,
  NODE_COLUMNS,
  valueText,
  type Column,
  type ExportRecord,
} from './attributes';
import { asciiJson, snapshotDay, type SnapshotHeader } from './snapshot';

/** The files of the CSV zip, in the order written. */
export const CSV_FILES = ['README.txt', 'nodes.csv', 'edges.csv', 'sources.csv'] as const;

/** One field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a quote, a comma or a line end. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 text: fields separated by commas, every row ended by CRLF. */
export function csvText(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A table: the header row, then one row per record; a missing value is an empty field. */
function table(
  keyColumns: readonly string[],
  columns: readonly Column[],
  rows: ReadonlyArray<{ keys: string[]; record: ExportRecord }>,
): string {
  return csvText([
    [...keyColumns, ...columns.map((column) => column.name)],
    ...rows.map(({ keys, record }) => [
      ...keys,
      ...columns.map((column) => {
        const value = record.get(column.name);
        return value === undefined ? '' : valueText(value);
      }),
    ]),
  ]);
}

const NODE_KEYS = ['key'];
const EDGE_KEYS = ['key', 'source', 'target'];
const SOURCE_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'publisher', type: 'string' },
  { name: 'published', type: 'string' },
  { name: 'authors', type: 'list' },
  { name: 'url', type: 'string' },
];

function readme(graph: SerializedGraph, header: SnapshotHeader): string {
  const truncated =
    graph.attributes.truncated === true ? ['The selection was truncated by a limit.', ''] : [];
  return [
    'actorgraph snapshot',
    '',
    `Generated: ${header.generatedAt}`,
    `Selection: ${asciiJson(header.selection)}`,
    `Counts: ${graph.nodes.length} actors, ${graph.edges.length} claims, ${header.sources.length} sources.`,
    ...truncated,
    '',
    'Files (UTF-8, comma-separated, RFC 4180 quoting, CRLF line ends, a header row first):',
    '- nodes.csv: one row per actor. key is the actor id; label its name; kind person, state, organisation,',
    `  group or territory; aliases its other names joined with "${LIST_SEPARATOR}"; then any other attribute.`,
    '- edges.csv: one row per claim, a directed relation from source to target (actor keys). key is the',
    '  claim id; type the relation (e.g. MEETS) and label how it reads; date and dateEnd partial ISO dates;',
    '  sourceId the article (see sources.csv); certainty fact, claim or assessment; assertedBy whose account',
    '  or reading it is; paragraph and quote the evidence in the article; summary the claim in a sentence.',
    '  Two actors may have several claims between them: each is a row of its own.',
    `- sources.csv: one row per article cited; authors joined with "${LIST_SEPARATOR}".`,
    '',
    'An empty field means no value. true and false are booleans; numbers are written as in JSON.',
    '',
  ].join('\r\n');
}

/** The snapshot as a zip of CSV files (see {@link CSV_FILES}). */
export function writeCsvZip(graph: SerializedGraph, header: SnapshotHeader): Buffer {
  snapshotDay(header.generatedAt);
  const nodes = graph.nodes.map((node) => ({
    keys: [node.key],
    record: exportRecord(node.attributes, NODE_KEYS),
  }));
  const edges = graph.edges.map((edge) => ({
    keys: [edge.key, edge.source, edge.target],
    record: exportRecord(edge.attributes, EDGE_KEYS),
  }));
  const sources = header.sources.map((source: SourceSummary) => ({
    keys: [],
    record: exportRecord({ ...source }),
  }));
  const files: Record<(typeof CSV_FILES)[number], string> = {
    'README.txt': readme(graph, header),
    'nodes.csv': table(
      NODE_KEYS,
      columnsOf(
        nodes.map(({ record }) => record),
        NODE_COLUMNS,
      ),
      nodes,
    ),
    'edges.csv': table(
      EDGE_KEYS,
      columnsOf(
        edges.map(({ record }) => record),
        EDGE_COLUMNS,
      ),
      edges,
    ),
    'sources.csv': table(
      [],
      columnsOf(
        sources.map(({ record }) => record),
        SOURCE_COLUMNS,
      ),
      sources,
    ),
  };
  const mtime = new Date(header.generatedAt);
  const zipped = zipSync(Object.fromEntries(CSV_FILES.map((name) => [name, strToU8(files[name])])), {
    level: 6,
    mtime,
  });
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}

// Cypher export: a script that recreates the snapshot in an empty Neo4j, every statement replayable on its own.
import type { SerializedEdge, SerializedGraph, SerializedNode, SourceSummary } from '../api/types';
import { dateProblem, dateRange } from '../model/dates';
import { isRelationType } from '../model/relations';
import { exportRecord, type ExportRecord, type ExportValue } from './attributes';
import { asciiJson, snapshotDay, type SnapshotHeader } from './snapshot';

/** Rows per `UNWIND` statement, so that no statement grows without bound. */
export const CYPHER_BATCH_SIZE = 500;

const CYPHER_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** Lone surrogates cannot be written as UTF-8: they are dropped. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A Cypher string literal: single-quoted, with backslashes, quotes and line ends escaped and every other
 * control or line-separator character written as `\uXXXX`. Other characters (e.g. Korean) stay as they are.
 */
export function cypherString(text: string): string {
  const escaped = text.replace(LONE_SURROGATE, '').replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\\'\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (char) => CYPHER_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/**
 * A Cypher number literal: safe integers as integers, anything else as a float (with a decimal point or an
 * exponent, never `e+`). Throws a RangeError for NaN and infinities, which Cypher cannot write.
 */
export function cypherNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cypher has no literal for ${value}`);
  if (Number.isSafeInteger(value)) return String(value);
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A map key or other name: as is when it is a plain identifier, else quoted in backticks. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
    ? name
    : `\`${name.replace(LONE_SURROGATE, '').replace(/`/g, '``')}\``;
}

/** A literal for an exportable value: a string, a number, a boolean or a list of strings. */
export function cypherLiteral(value: ExportValue): string {
  if (Array.isArray(value)) return `[${value.map(cypherString).join(', ')}]`;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherNumber(value);
  return value ? 'true' : 'false';
}

/** A map literal; absent values are simply not in the record, so nulls never appear. */
export function cypherMap(record: ExportRecord): string {
  return `{${[...record].map(([name, value]) => `${cypherName(name)}: ${cypherLiteral(value)}`).join(', ')}}`;
}

/**
 * The statements of a script: split on each `;` outside string literals, quoted names and comments, trimmed,
 * without their `;`; pieces holding nothing but comments and blanks are dropped.
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let hasCode = false;
  let i = 0;
  const flush = (end: number): void => {
    if (hasCode) statements.push(script.slice(start, end).trim());
    start = end + 1;
    hasCode = false;
  };
  while (i < script.length) {
    const char = script[i] as string;
    const next = script[i + 1];
    if (char === '/' && next === '/') {
      const end = script.indexOf('\n', i + 2);
      i = end === -1 ? script.length : end + 1;
    } else if (char === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? script.length : end + 2;
    } else if (char === "'" || char === '"' || char === '`') {
      hasCode = true;
      i += 1;
      while (i < script.length && script[i] !== char) i += char !== '`' && script[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (char === ';') {
      flush(i);
      i += 1;
    } else {
      if (!/\s/.test(char)) hasCode = true;
      i += 1;
    }
  }
  flush(script.length);
  return statements;
}

/** An actor's properties as stored in Neo4j: id, name (from `label`), its other attributes, and searchText. */
function actorProperties(node: SerializedNode): ExportRecord {
  const attributes = exportRecord(node.attributes, ['id', 'name', 'label']);
  const name = typeof node.attributes.label === 'string' ? node.attributes.label : node.key;
  const record: ExportRecord = new Map<string, ExportValue>([
    ['id', node.key],
    ['name', name],
  ]);
  for (const [key, value] of attributes) record.set(key, value);
  if (!record.has('searchText')) {
    const aliases = record.get('aliases');
    record.set('searchText', [name, ...(Array.isArray(aliases) ? aliases : [])].join('\n'));
  }
  return record;
}

/**
 * A claim's properties as stored in Neo4j: id, its attributes but `type` and `label` (the relationship's type
 * and its reading), and dateFirst/dateLast (the days its partial dates cover) that date filters use.
 */
function claimProperties(edge: SerializedEdge): ExportRecord {
  const record: ExportRecord = new Map<string, ExportValue>([['id', edge.key]]);
  for (const [key, value] of exportRecord(edge.attributes, ['id', 'type', 'label'])) record.set(key, value);
  const date = record.get('date');
  const dateEnd = record.get('dateEnd');
  if (typeof date === 'string' && dateProblem(date) === null) {
    const end = typeof dateEnd === 'string' && dateProblem(dateEnd) === null ? dateEnd : date;
    if (!record.has('dateFirst')) record.set('dateFirst', dateRange(date).first);
    if (!record.has('dateLast')) record.set('dateLast', dateRange(end).last);
  }
  return record;
}

function sourceProperties(source: SourceSummary): ExportRecord {
  return exportRecord({ ...source });
}

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += CYPHER_BATCH_SIZE) {
    result.push(items.slice(index, index + CYPHER_BATCH_SIZE));
  }
  return result;
}

/** `UNWIND [rows] AS row` followed by `body`, one statement per batch of rows. */
function unwindStatements(comment: string, rows: readonly string[], body: readonly string[]): string[] {
  return batches(rows).map(
    (batch) =>
      [`// ${comment}`, 'UNWIND [', batch.map((row) => `  ${row}`).join(',\n'), '] AS row', ...body].join(
        '\n',
      ) + ';',
  );
}

const CONSTRAINTS = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (actor:Actor) REQUIRE actor.id IS UNIQUE;',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (source:Source) REQUIRE source.id IS UNIQUE;',
];

/**
 * The snapshot as a Cypher script for an empty Neo4j (`cypher-shell -f FILE`): the two key constraints, then
 * `:Source` nodes (from the header), `:Actor` nodes, and each claim as a relationship of its type, one
 * statement per relation type and batch. Every statement MERGEs on ids, so the script can be replayed
 * statement by statement (see {@link splitCypherStatements}) and run again without duplicating anything.
 * Claims whose type is not in the relation vocabulary are left out (the header comment counts them).
 */
export function writeCypherScript(graph: SerializedGraph, header: SnapshotHeader): string {
  snapshotDay(header.generatedAt);
  const byType = new Map<string, SerializedEdge[]>();
  let skipped = 0;
  for (const edge of graph.edges) {
    const { type } = edge.attributes;
    if (typeof type !== 'string' || !isRelationType(type) || !/^[A-Z][A-Z0-9_]*$/.test(type)) {
      skipped += 1;
      continue;
    }
    const edges = byType.get(type);
    if (edges) edges.push(edge);
    else byType.set(type, [edge]);
  }
  const written = graph.edges.length - skipped;
  const headerLines = [
    `// actorgraph snapshot of ${header.generatedAt}: ${graph.nodes.length} actors, ${written} claims, ${header.sources.length} sources.`,
    `// Selection: ${asciiJson(header.selection)}`,
    ...(skipped > 0 ? [`// Left out: ${skipped} claims whose type is not in the relation vocabulary.`] : []),
    '// Recreates the snapshot in an empty Neo4j: cypher-shell -f FILE. Each statement can run on its own.',
  ];
  const statements = [
    ...CONSTRAINTS,
    ...unwindStatements(
      'Sources',
      header.sources.map((source) => cypherMap(sourceProperties(source))),
      ['MERGE (source:Source {id: row.id})', 'SET source += row'],
    ),
    ...unwindStatements(
      'Actors',
      graph.nodes.map((node) => cypherMap(actorProperties(node))),
      ['MERGE (actor:Actor {id: row.id})', 'SET actor += row'],
    ),
    ...[...byType].flatMap(([type, edges]) =>
      unwindStatements(
        `Claims of type ${type}`,
        edges.map(
          (edge) =>
            `{from: ${cypherString(edge.source)}, to: ${cypherString(edge.target)}, props: ${cypherMap(claimProperties(edge))}}`,
        ),
        [
          'MATCH (from:Actor {id: row.from})',
          'MATCH (to:Actor {id: row.to})',
          `MERGE (from)-[claim:${type} {id: row.props.id}]->(to)`,
          'SET claim += row.props',
        ],
      ),
    ),
  ];
  return `${headerLines.join('\n')}\n\n${statements.join('\n\n')}\n`;
}

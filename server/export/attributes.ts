// The attribute values every export carries, and the typed columns (GEXF attributes, GraphML keys, CSV headers) they fill.
import { LEADING_CLAIM_FIELDS, type ClaimFieldType } from '../api/claim-fields';

/** A value every export format can carry: a text, a finite number, a boolean or a list of texts. */
export type ExportValue = string | number | boolean | string[];

/** An element's exportable attributes in their original order: name → value. Absent values are left out. */
export type ExportRecord = Map<string, ExportValue>;

/** What a column holds; `integer` fits 32 bits, `long` is any other safe integer, `list` is a list of texts. */
export type ColumnType = 'string' | 'integer' | 'long' | 'double' | 'boolean' | 'list';

/** One attribute as a typed column. */
export interface Column {
  name: string;
  type: ColumnType;
}

/** How formats without lists (GEXF and GraphML strings, CSV) join the items of a list. */
export const LIST_SEPARATOR = '|';

/** The actor attributes every export lists first, with the type they have when no node has a value. */
export const NODE_COLUMNS: readonly Column[] = [
  { name: 'label', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'aliases', type: 'list' },
  { name: 'description', type: 'string' },
  { name: 'unnamed', type: 'boolean' },
  { name: 'degree', type: 'integer' },
];

/** The column type of each claim field type. */
const CLAIM_COLUMN_TYPES: Record<ClaimFieldType, ColumnType> = {
  string: 'string',
  integer: 'integer',
  number: 'double',
};

/**
 * The claim attributes every export lists first (the fields every served claim has), with the type they have
 * when no edge has a value. An imported event's provenance (eventId, cameoCode, goldstein, ...) follows them when
 * some claim has it.
 */
export const EDGE_COLUMNS: readonly Column[] = LEADING_CLAIM_FIELDS.map((field) => ({
  name: field.name,
  type: CLAIM_COLUMN_TYPES[field.type],
}));

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * The value as an export carries it, or undefined when it cannot: null, undefined, NaN, infinities, objects
 * and lists holding anything but texts are left out.
 */
export function exportValue(value: unknown): ExportValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return [...(value as string[])];
  return undefined;
}

/** The exportable attributes of a node or an edge, leaving out the names in `omit`. */
export function exportRecord(
  attributes: Readonly<Record<string, unknown>>,
  omit: readonly string[] = [],
): ExportRecord {
  const record: ExportRecord = new Map();
  for (const [name, value] of Object.entries(attributes)) {
    if (omit.includes(name)) continue;
    const exported = exportValue(value);
    if (exported !== undefined) record.set(name, exported);
  }
  return record;
}

/** The column type of one value. */
export function valueType(value: ExportValue): ColumnType {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (!Number.isSafeInteger(value)) return 'double';
  return value >= INT32_MIN && value <= INT32_MAX ? 'integer' : 'long';
}

const NUMERIC: readonly ColumnType[] = ['integer', 'long', 'double'];

/** The narrowest type that holds values of both types: numbers widen, anything else mixed becomes text. */
function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if (NUMERIC.includes(a) && NUMERIC.includes(b)) return a === 'double' || b === 'double' ? 'double' : 'long';
  return 'string';
}

/**
 * The typed columns of a set of records: the `leading` columns first (always, even when no record has a value),
 * then every other attribute in the order first met. A column's type fits every value found in it.
 */
export function columnsOf(records: readonly ExportRecord[], leading: readonly Column[]): Column[] {
  const found = new Map<string, ColumnType>();
  for (const record of records) {
    for (const [name, value] of record) {
      const type = valueType(value);
      const before = found.get(name);
      found.set(name, before === undefined ? type : widen(before, type));
    }
  }
  const columns = leading.map((column) => ({
    name: column.name,
    type: found.get(column.name) ?? column.type,
  }));
  const leadingNames = new Set(leading.map((column) => column.name));
  for (const [name, type] of found) if (!leadingNames.has(name)) columns.push({ name, type });
  return columns;
}

/** A value as text: lists joined with `|`, booleans as `true`/`false`, numbers in JavaScript's shortest form. */
export function valueText(value: ExportValue): string {
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** `#rrggbb` (or `#rgb`) as its red, green and blue components; undefined for anything else. */
export function rgbOf(hex: string): { r: number; g: number; b: number } | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const match = short ?? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return undefined;
  const [r, g, b] = match.slice(1, 4).map((part) => parseInt(short ? part + part : part, 16));
  return { r: r as number, g: g as number, b: b as number };
}

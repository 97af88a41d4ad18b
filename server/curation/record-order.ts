// The order fields are written in, as in the hand-written files, and how request values become file values.

export const SOURCE_KEYS = [
  'id',
  'title',
  'publisher',
  'published',
  'authors',
  'url',
  'language',
  'note',
  'origin',
] as const;

export const CLAIM_KEYS = [
  'id',
  'type',
  'from',
  'to',
  'date',
  'dateEnd',
  'certainty',
  'assertedBy',
  'summary',
  'evidence',
  'origin',
  'status',
  'confidence',
  'provenance',
] as const;

export const EVIDENCE_KEYS = ['paragraph', 'quote'] as const;

export const ACTOR_KEYS = [
  'id',
  'name',
  'kind',
  'aliases',
  'description',
  'unnamed',
  'country',
  'sectors',
  'codes',
] as const;

/** The first line of each kind of file, pointing editors at its JSON Schema. */
export const SOURCE_FILE_HEADER = '# yaml-language-server: $schema=../schema/source.schema.json';

/** The claim fields that hold actor ids. */
export const ACTOR_REFERENCES = ['from', 'to', 'assertedBy'] as const;

/** A claim field that holds null rather than being left out when it has no value. */
export const NULLABLE_CLAIM_KEYS: readonly string[] = ['date', 'assertedBy'];

/** A bare year is written unquoted (`date: 2018`), as the files do; other values as they are. */
export function fileValue(key: string, value: unknown): unknown {
  if ((key === 'date' || key === 'dateEnd' || key === 'published') && typeof value === 'string') {
    return /^\d{4}$/.test(value) ? Number(value) : value;
  }
  if (key === 'evidence' && value && typeof value === 'object' && !Array.isArray(value))
    return ordered(value as Record<string, unknown>, EVIDENCE_KEYS);
  return value;
}

/** `record` with its keys in `order` (unknown keys last, in their order, for the schema to report). */
export function ordered(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of order) if (record[key] !== undefined) result[key] = fileValue(key, record[key]);
  for (const [key, value] of Object.entries(record))
    if (!order.includes(key) && value !== undefined) result[key] = value;
  return result;
}

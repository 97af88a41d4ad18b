// What changed in a data file between two of its texts, told by record: claims and actors by id, a source's own fields.
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

/** The records added, removed and changed: claim or actor ids, `source.<field>` for a source's own fields, `text`. */
export interface FileChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

type Records = Map<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The records of a YAML data file by key; null when the text is not a YAML mapping. */
function recordsOf(text: string): Records | null {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  const records: Records = new Map();
  for (const list of ['actors', 'claims'])
    if (Array.isArray(data[list]))
      for (const record of data[list] as unknown[])
        if (isObject(record) && typeof record.id === 'string') records.set(record.id, record);
  if (isObject(data.source))
    for (const [field, value] of Object.entries(data.source)) records.set(`source.${field}`, value);
  return records;
}

/**
 * The changes from `before` to `after` of `file`; an article text (`.txt`) changes as a whole. Null when either text
 * does not parse as a data file's YAML.
 */
export function fileChanges(file: string, before: string, after: string): FileChanges | null {
  const changes: FileChanges = { added: [], removed: [], changed: [] };
  if (file.endsWith('.txt')) {
    if (before !== after) changes.changed.push('text');
    return changes;
  }
  const old = recordsOf(before);
  const now = recordsOf(after);
  if (!old || !now) return null;
  for (const [key, value] of now)
    if (!old.has(key)) changes.added.push(key);
    else if (!isDeepStrictEqual(old.get(key), value)) changes.changed.push(key);
  for (const key of old.keys()) if (!now.has(key)) changes.removed.push(key);
  return changes;
}

/** What a record key is, in words: `claim c12`, `actor x`, `source field title`, `the text`. */
function recordName(file: string, key: string): string {
  if (key.startsWith('source.')) return `source field ${key.slice('source.'.length)}`;
  if (file.endsWith('.txt')) return 'the text';
  return `${file === 'actors.yaml' ? 'actor' : 'claim'} ${key}`;
}

/** The changes in words, e.g. `claim c12 changed, claim c14 added`; null when no record changed. */
export function describeChanges(file: string, changes: FileChanges): string | null {
  const parts = [
    ...changes.changed.map((key) => `${recordName(file, key)} changed`),
    ...changes.added.map((key) => `${recordName(file, key)} added`),
    ...changes.removed.map((key) => `${recordName(file, key)} removed`),
  ];
  if (parts.length === 0) return null;
  const shown = parts.slice(0, 10).join(', ');
  return parts.length > 10 ? `${shown} (and ${parts.length - 10} more)` : shown;
}

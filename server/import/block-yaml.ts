// Block-style YAML for plain data (objects, arrays, strings, finite numbers, booleans, null), written the way
// Prettier leaves a data file: two-space indents, sequences indented under their key, a string plain when the core
// schema reads it back as that same string, otherwise quoted as the project's Prettier settings quote it. The
// import writes hundreds of thousands of claims this way; a general YAML serialiser spends most of its time
// deciding, per scalar, among styles these files never use. What ingestion reads back is checked in
// tests/unit/block-yaml.test.ts against js-yaml's reader.

/** Words the core schema reads as null or a boolean. */
const CORE_WORDS = /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE)$/;
/** Letters, marks and digits with the punctuation that cannot start or end a YAML token inside a plain scalar. */
const PLAIN_TEXT = /^\p{L}[\p{L}\p{M}\p{N} _.,/()&+'-]*$/u;
/** Calendar dates and months (read as strings: the core schema has no timestamps). */
const PLAIN_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;
/** Characters a double-quoted scalar must escape beyond what JSON escapes: C1 controls, line separators, BOM. */
const YAML_ONLY_ESCAPES = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** Whether the text holds what single quotes cannot carry (they have no escapes): controls, separators, BOM. */
function needsEscapes(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x5c) return true;
    if (code === 0x2028 || code === 0x2029 || code === 0xfeff || code >= 0xfffe) return true;
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let index = text.indexOf(char); index >= 0; index = text.indexOf(char, index + 1)) n += 1;
  return n;
}

function quoted(text: string): string {
  // The project's Prettier choice: single quotes unless the text holds more of them than of double quotes, or
  // needs an escape (single quotes have none).
  if (!needsEscapes(text) && count(text, "'") <= count(text, '"')) return `'${text.replace(/'/g, "''")}'`;
  return JSON.stringify(text).replace(
    YAML_ONLY_ESCAPES,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function stringScalar(text: string): string {
  const plain =
    (PLAIN_TEXT.test(text) && !text.endsWith(' ') && !CORE_WORDS.test(text)) || PLAIN_DATE.test(text);
  return plain ? text : quoted(text);
}

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringScalar(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cannot write ${value} as YAML data`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object') return '{}';
  throw new TypeError(`cannot write a ${typeof value} as YAML data`);
}

/** Whether a value is written on its own lines (a non-empty object or array). */
function isBlock(value: unknown): value is object {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'object' && value !== null && Object.values(value).some((v) => v !== undefined);
}

function writeBlock(value: object, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!isBlock(item)) {
        out.push(`${indent}- ${scalar(item)}`);
        continue;
      }
      // The item's first line shares the dash; the rest line up under it.
      const first = out.length;
      writeBlock(item, `${indent}  `, out);
      out[first] = `${indent}- ${(out[first] as string).slice(indent.length + 2)}`;
    }
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (!isBlock(item)) {
      out.push(`${indent}${stringScalar(key)}: ${scalar(item)}`);
      continue;
    }
    out.push(`${indent}${stringScalar(key)}:`);
    writeBlock(item, `${indent}  `, out);
  }
}

/** The YAML text of `value` (an object or array), ending with a newline; undefined fields are left out. */
export function blockYaml(value: object): string {
  if (!isBlock(value)) return `${scalar(value)}\n`;
  const out: string[] = [];
  writeBlock(value, '', out);
  return `${out.join('\n')}\n`;
}

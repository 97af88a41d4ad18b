// Reads Cypher literals back for the tests: maps, lists, strings (with every escape), numbers, booleans, null.

/** A value a Cypher literal denotes. */
export type CypherLiteralValue =
  string | number | boolean | null | CypherLiteralValue[] | { [key: string]: CypherLiteralValue };

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
};

/** A parser over one Cypher text, from a position. */
class LiteralReader {
  constructor(
    private readonly text: string,
    public position: number,
  ) {}

  private skipBlanks(): void {
    while (/\s/.test(this.text[this.position] ?? '')) this.position += 1;
  }

  private expect(char: string): void {
    this.skipBlanks();
    if (this.text[this.position] !== char) {
      throw new Error(
        `expected ${char} at ${this.position}: ${this.text.slice(this.position, this.position + 30)}`,
      );
    }
    this.position += 1;
  }

  value(): CypherLiteralValue {
    this.skipBlanks();
    const char = this.text[this.position];
    if (char === '{') return this.map();
    if (char === '[') return this.list();
    if (char === "'" || char === '"') return this.string();
    const word = /^(?:true|false|null|-?(?:\d+\.?\d*|\.\d+)(?:[eE]-?\d+)?)/.exec(
      this.text.slice(this.position),
    );
    if (!word)
      throw new Error(
        `no literal at ${this.position}: ${this.text.slice(this.position, this.position + 30)}`,
      );
    this.position += word[0].length;
    if (word[0] === 'true') return true;
    if (word[0] === 'false') return false;
    if (word[0] === 'null') return null;
    return Number(word[0]);
  }

  string(): string {
    const quote = this.text[this.position] as string;
    this.position += 1;
    let result = '';
    for (;;) {
      const char = this.text[this.position];
      if (char === undefined) throw new Error('unclosed string literal');
      this.position += 1;
      if (char === quote) return result;
      if (char !== '\\') {
        result += char;
        continue;
      }
      const escape = this.text[this.position] as string;
      if (escape === 'u') {
        const hex = this.text.slice(this.position + 1, this.position + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Error(`bad \\u escape at ${this.position}`);
        result += String.fromCharCode(parseInt(hex, 16));
        this.position += 5;
      } else if (escape in ESCAPES) {
        result += ESCAPES[escape];
        this.position += 1;
      } else {
        throw new Error(`unknown escape \\${escape} at ${this.position}`);
      }
    }
  }

  private name(): string {
    this.skipBlanks();
    if (this.text[this.position] === '`') {
      let result = '';
      this.position += 1;
      for (;;) {
        const char = this.text[this.position];
        if (char === undefined) throw new Error('unclosed quoted name');
        this.position += 1;
        if (char === '`') {
          if (this.text[this.position] !== '`') return result;
          this.position += 1;
        }
        result += char;
      }
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.position));
    if (!word) throw new Error(`no name at ${this.position}`);
    this.position += word[0].length;
    return word[0];
  }

  private map(): { [key: string]: CypherLiteralValue } {
    this.expect('{');
    const result: { [key: string]: CypherLiteralValue } = {};
    this.skipBlanks();
    if (this.text[this.position] === '}') {
      this.position += 1;
      return result;
    }
    for (;;) {
      const key = this.name();
      this.expect(':');
      Object.defineProperty(result, key, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipBlanks();
      if (this.text[this.position] === '}') {
        this.position += 1;
        return result;
      }
      this.expect(',');
    }
  }

  private list(): CypherLiteralValue[] {
    this.expect('[');
    const result: CypherLiteralValue[] = [];
    this.skipBlanks();
    if (this.text[this.position] === ']') {
      this.position += 1;
      return result;
    }
    for (;;) {
      result.push(this.value());
      this.skipBlanks();
      if (this.text[this.position] === ']') {
        this.position += 1;
        return result;
      }
      this.expect(',');
    }
  }
}

/** The one literal that `text` holds (whitespace around it allowed). */
export function parseCypherLiteral(text: string): CypherLiteralValue {
  const reader = new LiteralReader(text, 0);
  const value = reader.value();
  if (text.slice(reader.position).trim() !== '')
    throw new Error(`text after the literal: ${text.slice(reader.position)}`);
  return value;
}

/** The rows of an `UNWIND [ ... ] AS row` statement, read back from the list literal. */
export function unwindRows(statement: string): CypherLiteralValue[] {
  const start = statement.indexOf('UNWIND [');
  if (start === -1) throw new Error(`not an UNWIND statement: ${statement.slice(0, 60)}`);
  const reader = new LiteralReader(statement, start + 'UNWIND '.length);
  const rows = reader.value();
  if (!Array.isArray(rows)) throw new Error('UNWIND of something else than a list');
  if (!/^\s*AS row\b/.test(statement.slice(reader.position))) throw new Error('no "AS row" after the list');
  return rows;
}

/** The statement with every string literal, quoted name and comment blanked out: the code Neo4j runs. */
export function cypherCode(statement: string): string {
  let code = '';
  let i = 0;
  while (i < statement.length) {
    const char = statement[i] as string;
    if (char === "'" || char === '"') {
      const reader = new LiteralReader(statement, i);
      reader.string();
      code += "''";
      i = reader.position;
    } else if (char === '`') {
      let end = i + 1;
      while (end < statement.length && !(statement[end] === '`' && statement[end + 1] !== '`')) {
        end += statement[end] === '`' ? 2 : 1;
      }
      code += '``';
      i = end + 1;
    } else if (char === '/' && statement[i + 1] === '/') {
      const end = statement.indexOf('\n', i);
      i = end === -1 ? statement.length : end;
    } else {
      code += char;
      i += 1;
    }
  }
  return code;
}

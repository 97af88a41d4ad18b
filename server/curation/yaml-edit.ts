// Edits a hand-written YAML data file the way a person would: the change is made on the yaml Document (so its
// meaning is checked), and only the text of the nodes it touches is rewritten; every other byte (comments, key
// order, folded notes, quoting) stays as it was, so a change shows as a few lines in a diff.
import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/** How new nodes are written: no folding, flow lists like `[a, b]`, single quotes where quotes are needed. */
export const RENDER_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, singleQuote: true } as const;

/** Lists shorter than this, written on one line, stay on one line (`aliases: [Xi, President Xi]`). */
const FLOW_LIST_WIDTH = 100;

/** A piece of the original text to replace. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Thrown when a spliced text does not say what the edited document says: a bug, never written. */
export class YamlEditError extends Error {
  override name = 'YamlEditError';
}

/** Builds nodes for new content: keys in the order given, short lists of text in flow style. */
export function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  markShortLists(node);
  return node;
}

function markShortLists(node: unknown): void {
  if (isSeq(node)) {
    const scalars = node.items.every((item) => isScalar(item));
    const width = JSON.stringify(node.toJSON()).length;
    if (scalars && width <= FLOW_LIST_WIDTH) node.flow = true;
    for (const item of node.items) markShortLists(item);
  } else if (isMap(node)) {
    for (const pair of node.items) markShortLists(pair.value);
  }
}

/** The text of `node` alone as a block at indentation 0, ending with a newline, without its surrounding comments. */
function renderNode(node: Node): string {
  const copy = node.clone() as Node;
  copy.commentBefore = undefined;
  copy.comment = undefined;
  copy.spaceBefore = false;
  const doc = new Document();
  doc.contents = copy;
  return doc.toString(RENDER_OPTIONS);
}

/** `text` with every line but the first indented by `indent` spaces (empty lines stay empty). */
function indentLines(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** A new whole file: the header comment line, then `value` rendered with the file conventions. */
export function renderNewFile(header: string, value: Record<string, unknown>): string {
  const doc = new Document();
  doc.contents = createNode(doc, value);
  return `${header}\n${doc.toString(RENDER_OPTIONS)}`;
}

/**
 * One YAML file being edited. Each operation changes the document and notes which text replaces which range of the
 * original; `text()` applies them and checks that the result reads back as the edited document.
 */
export class YamlFileEdit {
  readonly doc: Document.Parsed;
  private readonly splices: Splice[] = [];

  constructor(readonly original: string) {
    this.doc = parseDocument(original, { keepSourceTokens: false });
    if (this.doc.errors.length > 0)
      throw new YamlEditError(`not valid YAML: ${this.doc.errors[0]?.message ?? ''}`);
  }

  get changed(): boolean {
    return this.splices.length > 0;
  }

  /** The block list at `key` of the top-level mapping (e.g. `claims`). */
  list(key: string): YAMLSeq<Node> | undefined {
    const node = this.doc.get(key, true);
    return isSeq(node) ? (node as YAMLSeq<Node>) : undefined;
  }

  private column(offset: number): number {
    return offset - (this.original.lastIndexOf('\n', offset - 1) + 1);
  }

  private lineStart(offset: number): number {
    return this.original.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Where the line holding the end of `node` ends, just after its newline (or the end of the text). */
  private afterNode(node: Node): number {
    const end = node.range?.[1] ?? this.original.length;
    if (end > 0 && this.original[end - 1] === '\n') return end;
    const newline = this.original.indexOf('\n', end);
    return newline === -1 ? this.original.length : newline + 1;
  }

  private rangeOf(node: Node): [number, number] {
    if (!node.range)
      throw new YamlEditError('a node without a place in the text: only parsed nodes can be replaced');
    return [node.range[0], node.range[1]];
  }

  /** Rewrites the text of one item of a block list (a claim, an actor) after it was changed in the document. */
  rewriteItem(item: Node): void {
    const [start] = this.rangeOf(item);
    const end = this.afterNode(item);
    const rendered = indentLines(renderNode(item), this.column(start));
    this.splices.push({ start, end, text: rendered.endsWith('\n') ? rendered : `${rendered}\n` });
  }

  /** Replaces one scalar value (e.g. an actor id in `from`) in place, keeping everything around it. */
  replaceScalar(scalar: Scalar, value: string | number | boolean | null): void {
    const [start, end] = this.rangeOf(scalar);
    const replacement = new Scalar(value);
    replacement.type =
      scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? scalar.type : undefined;
    scalar.value = value;
    this.splices.push({ start, end, text: renderNode(replacement).replace(/\n$/, '') });
  }

  /** Adds `value` as the last item of the block list at `key` of the top-level mapping. */
  appendItem(key: string, value: unknown): Node {
    const list = this.list(key);
    const node = createNode(this.doc, value);
    if (!list) throw new YamlEditError(`no list "${key}" to add to`);
    const last = list.items[list.items.length - 1];
    if (!last || list.flow) {
      // An empty list (`claims: []`) becomes a block list holding the item.
      const pair = (this.doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
      const keyEnd = (pair?.key as Node | undefined)?.range?.[1];
      const [, listEnd] = this.rangeOf(list);
      if (keyEnd === undefined) throw new YamlEditError(`no key "${key}" in the text`);
      const existing = list.items.map((item) => `  - ${indentLines(renderNode(item), 4)}`).join('');
      this.splices.push({
        start: keyEnd,
        end: listEnd,
        text: `:\n${existing}  - ${indentLines(renderNode(node), 4)}`.replace(/\n$/, ''),
      });
      list.flow = false;
      list.items.push(node);
      return node;
    }
    // Items appended earlier in this edit have no place in the text: the new one goes after them, at the end of
    // the last item the text holds, in the same insertion.
    const parsed = [...list.items].reverse().find((item) => item.range) ?? last;
    const [lastStart] = this.rangeOf(parsed);
    const at = this.afterNode(parsed);
    const dash = this.original.lastIndexOf('-', lastStart);
    const dashColumn = this.column(dash);
    const rendered = indentLines(renderNode(node), this.column(lastStart));
    const itemText = `${' '.repeat(dashColumn)}- ${rendered}`;
    const pending = this.splices.find((splice) => splice.start === at && splice.end === at);
    if (pending) pending.text += itemText.endsWith('\n') ? itemText : `${itemText}\n`;
    else {
      const prefix = at > 0 && this.original[at - 1] !== '\n' ? '\n' : '';
      this.splices.push({ start: at, end: at, text: `${prefix}${itemText}` });
    }
    list.items.push(node);
    return node;
  }

  /** Removes the item at `index` of the block list at `key`; the comment lines above it stay for the next one. */
  removeItem(key: string, index: number): void {
    const list = this.list(key);
    const item = list?.items[index];
    if (!list || !item) throw new YamlEditError(`no item ${index} in "${key}"`);
    const [start] = this.rangeOf(item);
    if (list.items.length === 1) {
      const pair = (this.doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
      const keyEnd = (pair?.key as Node | undefined)?.range?.[1];
      if (keyEnd === undefined) throw new YamlEditError(`no key "${key}" in the text`);
      const end = this.afterNode(item);
      this.splices.push({ start: keyEnd, end, text: ': []\n' });
    } else {
      this.splices.push({ start: this.lineStart(start), end: this.afterNode(item), text: '' });
    }
    list.items.splice(index, 1);
  }

  /** The edited text; throws a YamlEditError when it would not read back as the edited document. */
  text(): string {
    const ordered = [...this.splices].sort((a, b) => b.start - a.start);
    let text = this.original;
    let previousStart = Infinity;
    for (const splice of ordered) {
      if (splice.end > previousStart) throw new YamlEditError('two edits of the same place in one file');
      text = text.slice(0, splice.start) + splice.text + text.slice(splice.end);
      previousStart = splice.start;
    }
    const reread = parseDocument(text);
    if (reread.errors.length > 0 || !isDeepStrictEqual(reread.toJS(), this.doc.toJS()))
      throw new YamlEditError('the edited text does not read back as the edited document');
    return text;
  }
}

/** Sets `key` of `map` to `value`, at its place in `order` when the key is new; removes it when value is undefined. */
export function setInOrder(
  doc: Document,
  map: YAMLMap,
  key: string,
  value: unknown,
  order: readonly string[],
): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  const existing = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
  const node = isScalar(existing?.value) && !isObject(value) ? undefined : createNode(doc, value);
  if (existing) {
    if (node) existing.value = node;
    else (existing.value as Scalar).value = value;
    return;
  }
  const rank = (name: unknown) => {
    const found = order.indexOf(String(name));
    return found === -1 ? order.length : found;
  };
  const position = map.items.findIndex((pair) => rank((pair.key as Scalar).value) > rank(key));
  const pair = doc.createPair(key, node ?? createNode(doc, value)) as Pair;
  if (position === -1) map.items.push(pair);
  else map.items.splice(position, 0, pair);
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

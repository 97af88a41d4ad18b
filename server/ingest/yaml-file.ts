// Reads a YAML data file keeping where each value stands, so every issue can name its line and column.
import { LineCounter, parseDocument, isNode, type Document, type Node } from 'yaml';
import type { DataIssue } from './data-issue';
import { describeValue, formatPath } from './data-issue';

/** A parsed YAML file that can say where any of its values is. */
export interface LocatedYaml {
  file: string;
  value: unknown;
  /** The issue for a value at `path`, placed at the nearest node that exists. */
  issueAt(path: readonly PropertyKey[], message: string): DataIssue;
  /** Like issueAt, but says which value was found there. */
  issueWithValue(path: readonly PropertyKey[], expected: string): DataIssue;
}

function nodeAt(doc: Document, path: readonly PropertyKey[]): { node: Node | undefined; found: boolean } {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node)) return { node, found: depth === path.length };
  }
  return { node: undefined, found: false };
}

/** Parses `text`; YAML syntax errors come back as issues with their line and column. */
export function parseYaml(file: string, text: string): { yaml?: LocatedYaml; issues: DataIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const placeOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error) => ({
      file,
      ...placeOf(error.pos[0]),
      path: '',
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
    }));
    return { issues };
  }
  const issueAt = (path: readonly PropertyKey[], message: string): DataIssue => {
    const { node } = nodeAt(doc, path);
    const place = node?.range ? placeOf(node.range[0]) : { line: 1, column: 1 };
    return { file, ...place, path: formatPath(path), message };
  };
  const value: unknown = doc.toJS();
  const issueWithValue = (path: readonly PropertyKey[], expected: string): DataIssue => {
    const { found } = nodeAt(doc, path);
    const key = path[path.length - 1];
    if (!found) return issueAt(path, `missing ${String(key)}: ${expected}`);
    return issueAt(path, `found ${describeValue(doc.getIn(path as unknown[]))}: ${expected}`);
  };
  return { yaml: { file, value, issueAt, issueWithValue }, issues: [] };
}

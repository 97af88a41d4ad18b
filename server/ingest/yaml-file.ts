// Reads YAML data files fast (js-yaml), and places issues at their line and column afterwards: only the files
// that have issues are parsed a second time, with positions (yaml), so large corpora stay fast.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, isNode, parseDocument, type Document, type Node } from 'yaml';
import { describeValue, formatPath, type DataIssue } from './data-issue';

/** A parsed YAML file that can describe an issue at any path of its value. */
export interface LocatedYaml {
  file: string;
  value: unknown;
  /** An issue at `path`; its line and column are filled in later by placeIssues. */
  issueAt(path: readonly PropertyKey[], message: string): DataIssue;
  /** Like issueAt, but says which value was found there, or that it is missing. */
  issueWithValue(path: readonly PropertyKey[], expected: string): DataIssue;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in (current as object)))
      return { found: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

/** An issue at `path` of `file`; its line and column are filled in later by placeIssues. */
export function issueInFile(file: string, path: readonly PropertyKey[], message: string): DataIssue {
  return { file, path: formatPath(path), keys: path, message };
}

/**
 * Aliases (`*name`) allowed in one file. Each one repeats a part of the file without copying it, but whatever
 * walks the value walks each repetition: aliases of aliases multiply a file of a few lines into billions of
 * values (a "billion laughs" file). Hand-written data needs few, if any.
 */
export const MAX_ALIASES = 100;

function yamlProblem(error: YAMLException): string {
  if (/maxAliases/.test(error.reason))
    return `more than ${MAX_ALIASES} aliases (*name): expected at most ${MAX_ALIASES} in one file, as aliases of aliases multiply its size (a "billion laughs" file)`;
  return `not valid YAML: ${error.reason}`;
}

/** Parses `text` (YAML 1.2 core schema: dates stay text); a syntax error comes back as an issue with its place. */
export function parseYaml(file: string, text: string): { yaml?: LocatedYaml; issues: DataIssue[] } {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, filename: file, maxAliases: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line, column } = error.mark ?? { line: 0, column: 0 };
    return {
      issues: [{ file, line: line + 1, column: column + 1, path: '', message: yamlProblem(error) }],
    };
  }
  const issueAt = (path: readonly PropertyKey[], message: string) => issueInFile(file, path, message);
  const issueWithValue = (path: readonly PropertyKey[], expected: string): DataIssue => {
    const at = valueAt(value, path);
    const key = path[path.length - 1];
    if (!at.found)
      return issueAt(path, `missing ${key === undefined ? 'content' : String(key)}: ${expected}`);
    return issueAt(path, `found ${describeValue(at.value)}: ${expected}`);
  };
  return { yaml: { file, value, issueAt, issueWithValue }, issues: [] };
}

/** The deepest node of `doc` along `path` (the parent, when the value itself is missing). */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node)) return node;
  }
  return undefined;
}

/**
 * Fills in the line and column of every issue that has only a path, reading each such file once with `readText`
 * (the reader that read it first, with the same checks); an issue whose file cannot be read again keeps its path.
 */
export async function placeIssues(
  issues: readonly DataIssue[],
  readText: (file: string) => Promise<string>,
): Promise<DataIssue[]> {
  const files = [...new Set(issues.filter((issue) => issue.keys).map((issue) => issue.file))];
  const located = new Map<string, { doc: Document; lines: LineCounter }>();
  for (const file of files) {
    const text = await readText(file).catch(() => undefined);
    if (text === undefined) continue;
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    located.set(file, { doc, lines });
  }
  return issues.map(({ keys, ...issue }) => {
    const place = keys && located.get(issue.file);
    if (!place || !keys) return issue;
    const offset = nodeAt(place.doc, keys)?.range?.[0] ?? 0;
    const { line, col } = place.lines.linePos(offset);
    return { ...issue, line, column: col };
  });
}

// A problem found in a data file, told the way a person fixes it: file, place, value, what was expected.

export interface DataIssue {
  /** The file, relative to the data folder's parent as the user typed it (e.g. `data/actors.yaml`). */
  file: string;
  line?: number;
  column?: number;
  /** Where in the file's structure, e.g. `claims[3].date`. */
  path: string;
  message: string;
  /** The structural path, until the issue is placed at its line and column. */
  keys?: readonly PropertyKey[];
}

/** Thrown when a corpus does not validate; carries every issue found, not just the first. */
export class CorpusValidationError extends Error {
  override name = 'CorpusValidationError';
  constructor(readonly issues: readonly DataIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the data:\n${issues.map(formatIssue).join('\n')}`,
    );
  }
}

/** `data/actors.yaml:12:7 actors[3].kind: ...` */
export function formatIssue(issue: DataIssue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  return issue.path ? `${place} ${issue.path}: ${issue.message}` : `${place}: ${issue.message}`;
}

/** Renders a path of keys and indexes as `claims[3].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** A short rendering of an offending value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

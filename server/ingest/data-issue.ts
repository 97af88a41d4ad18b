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

const DESCRIBED_LENGTH = 60;

/**
 * Appends `value` as JSON to `out` until it holds `room` characters; visits no more of the value than it shows,
 * so a value that repeats itself through YAML aliases (billions of elements) costs no more than a short one.
 */
function renderBounded(value: unknown, out: string[], room: { left: number }): void {
  const write = (text: string) => {
    out.push(text.slice(0, Math.max(0, room.left)));
    room.left -= text.length;
  };
  if (value === null || typeof value !== 'object') {
    write(typeof value === 'string' ? JSON.stringify(value.slice(0, room.left + 1)) : String(value));
    return;
  }
  const isList = Array.isArray(value);
  write(isList ? '[' : '{');
  let first = true;
  for (const key in value) {
    if (room.left <= 0) return;
    if (!first) write(',');
    first = false;
    if (!isList) write(`${JSON.stringify(key)}:`);
    renderBounded((value as Record<string, unknown>)[key], out, room);
  }
  write(isList ? ']' : '}');
}

/** A short rendering of an offending value for a message; a long text also tells its length. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const out: string[] = [];
  renderBounded(value, out, { left: DESCRIBED_LENGTH + 1 });
  const json = out.join('');
  if (json.length <= DESCRIBED_LENGTH) return json;
  if (typeof value !== 'string') return `${json.slice(0, DESCRIBED_LENGTH - 3)}...`;
  const shown = JSON.stringify(`${value.slice(0, DESCRIBED_LENGTH - 20)}...`);
  return `${shown} (${value.length.toLocaleString('en')} characters)`;
}

// The example queries of cypher/examples: a title from each file's first comment line, a description from the next.

/** One example query, ready for the console. */
export interface ExampleQuery {
  /** The file name without extension, e.g. `who-met-whom`. */
  name: string;
  /** A short title for a button: the file's first comment line (else the file name in words). */
  title: string;
  /** The comment lines after the title (else the title again): the button's tooltip. */
  description: string;
  /** The whole text, comments included (Cypher accepts `//` comments). */
  query: string;
}

/** Reads one example from its path and text: a first `//` line titles it, the next ones describe it. */
export function parseExample(path: string, text: string): ExampleQuery {
  const file = path.split('/').pop() ?? path;
  const name = file.replace(/\.cypher$/, '');
  const words = name.replace(/[-_]+/g, ' ').trim();
  const lines = text.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => line !== '');
  const comments: string[] = [];
  for (const line of lines.slice(Math.max(0, start))) {
    if (!line.startsWith('//')) break;
    comments.push(line.replace(/^\/\/\s*/, ''));
  }
  const [first, ...rest] = comments.filter((comment) => comment !== '');
  const title = first?.replace(/[.:]$/, '') ?? words.charAt(0).toUpperCase() + words.slice(1);
  return { name, title, description: rest.join(' ') || (first ?? ''), query: text.trim() };
}

/** The examples from a `{ path: text }` map (as Vite's glob import gives it), sorted by name. */
export function parseExamples(files: Readonly<Record<string, string>>): ExampleQuery[] {
  return Object.entries(files)
    .map(([path, text]) => parseExample(path, text))
    .sort((a, b) => a.name.localeCompare(b.name));
}

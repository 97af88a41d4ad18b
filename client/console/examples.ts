// The example queries of cypher/examples: a name and a description from each file's first comment line.

/** One example query, ready for the console. */
export interface ExampleQuery {
  /** The file name without extension, e.g. `who-met-whom`. */
  name: string;
  /** A short title for a button: the file name in words. */
  title: string;
  /** The first comment line, when the file starts with one. */
  description: string;
  /** The whole text, comments included (Cypher accepts `//` comments). */
  query: string;
}

/** Reads one example from its path and text. */
export function parseExample(path: string, text: string): ExampleQuery {
  const file = path.split('/').pop() ?? path;
  const name = file.replace(/\.cypher$/, '');
  const words = name.replace(/[-_]+/g, ' ').trim();
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const description = first.trim().startsWith('//') ? first.trim().replace(/^\/\/\s*/, '') : '';
  return { name, title, description, query: text.trim() };
}

/** The examples from a `{ path: text }` map (as Vite's glob import gives it), sorted by name. */
export function parseExamples(files: Readonly<Record<string, string>>): ExampleQuery[] {
  return Object.entries(files)
    .map(([path, text]) => parseExample(path, text))
    .sort((a, b) => a.name.localeCompare(b.name));
}

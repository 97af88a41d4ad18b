// The example queries of cypher/examples, bundled at build time (Vite's raw glob import).
import { parseExamples, type ExampleQuery } from './examples';

const files = import.meta.glob<string>('../../cypher/examples/*.cypher', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every bundled example, sorted by name. */
export const EXAMPLES: readonly ExampleQuery[] = parseExamples(files);

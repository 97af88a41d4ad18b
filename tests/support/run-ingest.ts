// Runs `npm run ingest` the way a user or a script does: its own process, against the test Neo4j.
import { execFile } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface IngestRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the ingest command line with `args`; `maxHeapMiB` caps its memory, so a run that would need more fails. */
export function runIngest(args: string[], options: { maxHeapMiB?: number } = {}): Promise<IngestRun> {
  const env = {
    ...process.env,
    NEO4J_URI: process.env.NEO4J_TEST_URI,
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
  };
  const heap = options.maxHeapMiB ? [`--max-old-space-size=${options.maxHeapMiB}`] : [];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...heap, '--import', 'tsx', path.join(ROOT, 'server', 'cli', 'ingest.ts'), ...args],
      { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

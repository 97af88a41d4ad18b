// The app with curation over a temporary copy of the curation fixture, and a snapshot of a folder's bytes.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommitHooks } from '../../server/curation/atomic-commit';
import { copyCorpus, type CorpusCopy } from './corpus-copy';
import { startTestApp, type TestApp } from './test-app';

export interface CurationApp extends TestApp {
  corpus: CorpusCopy;
}

/** A fresh copy of tests/fixtures/curation, ingested, served by an app that curates it (or refuses to). */
export async function startCurationApp(
  options: { enabled?: boolean; commitHooks?: CommitHooks } = {},
): Promise<CurationApp> {
  const corpus = await copyCorpus('curation');
  const testApp = await startTestApp(corpus.dir, {
    curation: { dataDir: corpus.dir, enabled: options.enabled ?? true, commitHooks: options.commitHooks },
  });
  return { ...testApp, corpus };
}

/** Every file under `dir` (relative path -> bytes), to show that a refused write changed nothing. */
export async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = (await readFile(full)).toString('base64');
  }
  return files;
}

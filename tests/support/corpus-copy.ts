// Copies a fixture corpus into a temporary folder so a test can edit it freely.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface CorpusCopy {
  dir: string;
  /** Replaces the first occurrence of `from` in a file of the copy; fails if it is absent. */
  edit(file: string, from: string | RegExp, to: string): Promise<void>;
  write(file: string, text: string): Promise<void>;
  remove(file: string): Promise<void>;
}

/** A fresh copy of `tests/fixtures/<name>` in a temporary folder. */
export async function copyCorpus(name: string): Promise<CorpusCopy> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `actorgraph-${name}-`));
  await cp(path.join(FIXTURES, name), dir, { recursive: true });
  return {
    dir,
    async edit(file, from, to) {
      const target = path.join(dir, file);
      const text = await readFile(target, 'utf8');
      const edited = text.replace(from, to);
      if (edited === text) throw new Error(`fixture edit: ${String(from)} not found in ${file}`);
      await writeFile(target, edited);
    },
    write: (file, text) => writeFile(path.join(dir, file), text),
    remove: (file) => rm(path.join(dir, file), { recursive: true }),
  };
}

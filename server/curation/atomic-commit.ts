// Writes several data files as one change: each new text goes to a temporary file in its target's folder, the old
// files are kept as backups (hard links) and a journal names them, then every temporary file is renamed over its
// target. A failed rename restores the files already replaced; after a crash, recoverInterruptedCommit puts the old
// files back from the journal. Either every file is new or every file is old, never a mix.
import { randomBytes } from 'node:crypto';
import { copyFile, link, lstat, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** One file to write, by its path relative to the data folder, with its whole new text. */
export interface FileWrite {
  file: string;
  text: string;
}

/** Test hooks to inject a failure (or a crash) between the steps of a commit. */
export interface CommitHooks {
  /** Called before the temporary file of `writes[index]` is renamed over its target. */
  beforeRename?: (file: string, index: number) => Promise<void> | void;
}

/** The journal of a commit under way: enough to put every file back as it was. */
interface Journal {
  entries: Array<{ file: string; temporary: string; backup: string | null }>;
}

/** Name of the journal in the data folder while a commit is under way; its removal is the commit point. */
export const JOURNAL_FILE = '.curation-journal.json';

function sideName(file: string, tag: string, suffix: 'tmp' | 'bak'): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${tag}.${suffix}`);
}

async function syncFile(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `text` to a file that must not exist yet, and flushes it to disk. */
async function writeNewFile(target: string, text: string): Promise<void> {
  const handle = await open(target, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function isRegularFile(target: string): Promise<boolean> {
  return lstat(target).then(
    (stats) => stats.isFile(),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

/** Keeps the old file under `backup`: a hard link costs nothing; a copy where links are not allowed. */
async function keepBackup(target: string, backup: string): Promise<void> {
  try {
    await link(target, backup);
  } catch {
    await copyFile(target, backup);
    await syncFile(backup);
  }
}

async function writeJournal(root: string, journal: Journal): Promise<void> {
  const target = path.join(root, JOURNAL_FILE);
  const temporary = `${target}.tmp`;
  await rm(temporary, { force: true });
  await writeNewFile(temporary, `${JSON.stringify(journal, null, 2)}\n`);
  await rename(temporary, target);
  await syncFile(root);
}

/**
 * Puts back every file the journal names: the old file from its backup, or no file where there was none. Every
 * entry is tried; when one cannot be put back, the journal and its backups stay for the next recovery and the
 * first failure is thrown.
 */
async function rollBack(root: string, journal: Journal): Promise<string[]> {
  const restored: string[] = [];
  const failures: unknown[] = [];
  for (const entry of journal.entries) {
    const target = path.join(root, entry.file);
    try {
      if (entry.backup !== null) {
        const backup = path.join(root, entry.backup);
        // No backup means the commit stopped before any rename: the target is still the old file.
        if (await isRegularFile(backup)) {
          await rename(backup, target);
          // Renaming a link over the file it links to (a target not replaced yet) leaves both names: drop it.
          await rm(backup, { force: true });
          restored.push(entry.file);
        }
      } else if (await isRegularFile(target)) {
        await rm(target, { force: true });
        restored.push(entry.file);
      }
      await rm(path.join(root, entry.temporary), { force: true });
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
  await rm(path.join(root, JOURNAL_FILE), { force: true });
  return restored;
}

async function syncFolders(root: string, writes: readonly FileWrite[]): Promise<void> {
  const folders = new Set(writes.map((write) => path.dirname(path.join(root, write.file))));
  for (const folder of folders) await syncFile(folder);
}

/**
 * Writes every file of `writes` under `root`, all or nothing. Throws when a step fails, after putting the old files
 * back. Callers serialise commits on one folder (one at a time) and validate the texts before.
 */
export async function commitFiles(
  root: string,
  writes: readonly FileWrite[],
  hooks: CommitHooks = {},
): Promise<void> {
  const tag = randomBytes(6).toString('hex');
  const journal: Journal = { entries: [] };
  for (const write of writes) {
    const existed = await isRegularFile(path.join(root, write.file));
    journal.entries.push({
      file: write.file,
      temporary: sideName(write.file, tag, 'tmp'),
      backup: existed ? sideName(write.file, tag, 'bak') : null,
    });
  }
  try {
    for (const [index, entry] of journal.entries.entries())
      await writeNewFile(path.join(root, entry.temporary), writes[index]!.text);
    // The journal goes first, so that a crash at any later step finds what to put back.
    await writeJournal(root, journal);
    for (const entry of journal.entries)
      if (entry.backup !== null) await keepBackup(path.join(root, entry.file), path.join(root, entry.backup));
    for (const [index, entry] of journal.entries.entries()) {
      await hooks.beforeRename?.(entry.file, index);
      await rename(path.join(root, entry.temporary), path.join(root, entry.file));
    }
    await syncFolders(root, writes);
  } catch (error) {
    // When even the roll-back fails, the journal stays and the next write's recovery tries again.
    await rollBack(root, journal).catch(() => undefined);
    throw error;
  }
  // The commit point: once the journal is gone, the new files stay.
  await rm(path.join(root, JOURNAL_FILE));
  await syncFile(root);
  for (const entry of journal.entries)
    if (entry.backup !== null) await rm(path.join(root, entry.backup), { force: true });
}

/**
 * Finishes a commit a crash interrupted: puts back the old files its journal names. Returns the files restored
 * (none when no commit was under way).
 */
export async function recoverInterruptedCommit(root: string): Promise<string[]> {
  const text = await readFile(path.join(root, JOURNAL_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return [];
  return rollBack(root, JSON.parse(text) as Journal);
}

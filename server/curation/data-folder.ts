// The data folder curation reads and writes: files named by their path inside it, each read with its version.
import { createHash } from 'node:crypto';
import { lstat, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { unusableFile } from './curation-errors';

export const ACTORS_FILE = 'actors.yaml';
export const SOURCES_FOLDER = 'sources';

/** `sources/<id>.yaml`: a source's metadata and claims. */
export const sourceFile = (sourceId: string): string => `${SOURCES_FOLDER}/${sourceId}.yaml`;
/** `sources/<id>.txt`: the article's text, as its paragraphs are counted. */
export const textFile = (sourceId: string): string => `${SOURCES_FOLDER}/${sourceId}.txt`;

const SOURCE_FILE = /\.ya?ml$/;

/** A file's version: the SHA-256 of its bytes (base64url). Any change to the file changes it. */
export function versionOf(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('base64url');
}

/** A data file as read: its text and version, both null when there is no such file. */
export interface DataFileState {
  file: string;
  text: string | null;
  version: string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class DataFolder {
  constructor(readonly root: string) {}

  /** The absolute path of `file` (a path inside the folder, e.g. `sources/x.yaml`). */
  path(file: string): string {
    return path.join(this.root, ...file.split('/'));
  }

  /** Reads `file` with its version; refuses anything but a regular UTF-8 file (a link, a folder). */
  async read(file: string): Promise<DataFileState> {
    const target = this.path(file);
    const stats = await lstat(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!stats) return { file, text: null, version: null };
    if (!stats.isFile())
      throw unusableFile(file, stats.isSymbolicLink() ? 'a symbolic link' : 'not a regular file');
    const bytes = await readFile(target);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw unusableFile(file, 'not UTF-8 text');
    }
    return { file, text, version: versionOf(bytes) };
  }

  /** Reads `file`, which must exist. */
  async readExisting(file: string): Promise<DataFileState & { text: string; version: string }> {
    const state = await this.read(file);
    if (state.text === null || state.version === null) throw unusableFile(file, 'missing');
    return state as DataFileState & { text: string; version: string };
  }

  /** Every source file (`sources/*.yaml`, or `<importFolder>/sources/*.yaml`), sorted as ingestion reads them. */
  async sourceFiles(importFolder?: string): Promise<string[]> {
    const folder = importFolder ? `${importFolder}/${SOURCES_FOLDER}` : SOURCES_FOLDER;
    const names = await readdir(this.path(folder)).catch(() => [] as string[]);
    return names
      .filter((name) => SOURCE_FILE.test(name))
      .sort()
      .map((name) => `${folder}/${name}`);
  }
}

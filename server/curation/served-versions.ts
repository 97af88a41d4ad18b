// The contents of the file versions curation has handed out, kept a while so a stale write can be told what changed.
import { LRUCache } from 'lru-cache';
import { versionOf } from './data-folder';

/** How many versions, and how many characters in all, are kept; the least recently used go first. */
export const SERVED_VERSIONS_LIMITS = { versions: 200, characters: 16_000_000 };

/** A bounded memory of `file` + `version` -> text: filled wherever a version is served, read when one comes back. */
export class ServedVersions {
  private readonly texts: LRUCache<string, string>;

  constructor(private readonly limits = SERVED_VERSIONS_LIMITS) {
    this.texts = new LRUCache({
      max: limits.versions,
      maxSize: limits.characters,
      sizeCalculation: (text) => Math.max(1, text.length),
    });
  }

  /** Keeps `text` as `file`'s `version` (a file that does not exist has no version and is not kept). */
  remember(file: string, version: string | null, text: string | null): void {
    if (version === null || text === null || text.length > this.limits.characters) return;
    this.texts.set(`${file}\n${version}`, text);
  }

  /** Keeps a text written, under the version its bytes have. */
  rememberWritten(file: string, text: string): void {
    this.remember(file, versionOf(Buffer.from(text, 'utf8')), text);
  }

  /** The text of `file` at `version`, or undefined when it was never served or is no longer kept. */
  recall(file: string, version: string): string | undefined {
    return this.texts.get(`${file}\n${version}`);
  }
}

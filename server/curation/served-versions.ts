// The contents of the file versions curation has handed out, kept a while so a stale write can be told what changed.
import { versionOf } from './data-folder';

/** How many versions, and how many characters in all, are kept; the least recently used go first. */
export const SERVED_VERSIONS_LIMITS = { versions: 200, characters: 16_000_000 };

/** A bounded memory of `file` + `version` -> text: filled wherever a version is served, read when one comes back. */
export class ServedVersions {
  private readonly texts = new Map<string, string>();
  private characters = 0;

  constructor(private readonly limits = SERVED_VERSIONS_LIMITS) {}

  /** Keeps `text` as `file`'s `version` (a file that does not exist has no version and is not kept). */
  remember(file: string, version: string | null, text: string | null): void {
    if (version === null || text === null || text.length > this.limits.characters) return;
    const key = `${file}\n${version}`;
    const known = this.texts.get(key);
    if (known !== undefined) {
      this.texts.delete(key);
      this.characters -= known.length;
    }
    this.texts.set(key, text);
    this.characters += text.length;
    for (const [oldest, old] of this.texts) {
      if (this.texts.size <= this.limits.versions && this.characters <= this.limits.characters) break;
      this.texts.delete(oldest);
      this.characters -= old.length;
    }
  }

  /** Keeps a text written, under the version its bytes have. */
  rememberWritten(file: string, text: string): void {
    this.remember(file, versionOf(Buffer.from(text, 'utf8')), text);
  }

  /** The text of `file` at `version`, or undefined when it was never served or is no longer kept. */
  recall(file: string, version: string): string | undefined {
    const key = `${file}\n${version}`;
    const text = this.texts.get(key);
    if (text !== undefined) {
      this.texts.delete(key);
      this.texts.set(key, text);
    }
    return text;
  }
}

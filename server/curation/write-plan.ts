// What a curation write is, before anything is written: the files it changes with their new texts, the evidence
// to check against article texts, and how a problem in a file maps back to the request's field.
import type { FieldIssue } from './curation-errors';
import type { DataFileState, DataFolder } from './data-folder';
import type { EvidenceToCheck } from './would-be-corpus';

export interface WritePlan {
  /** What the write does, for the log and the answer (e.g. `save-source`). */
  action: string;
  /** Each file the write changes (path inside the data folder) with its whole new text. */
  writes: Map<string, string>;
  /** Claims whose evidence must stand in the article text given. */
  evidence: Array<{ text: string; claims: EvidenceToCheck[] }>;
  /** Problems found while planning, reported with those of the would-be files. */
  issues: FieldIssue[];
  /** The request's field an issue at `keys` of `file` is about, or null when it is not one of the request's. */
  field(file: string, keys: readonly PropertyKey[]): string | null;
  /** What the answer reports besides the files written (counts, ids). */
  summary: Record<string, unknown>;
}

/** The data files one write reads, each read once: the plan, the version check and the commit see the same. */
export class FileReads {
  private readonly states = new Map<string, Promise<DataFileState>>();

  constructor(readonly folder: DataFolder) {}

  read(file: string): Promise<DataFileState> {
    let state = this.states.get(file);
    if (!state) {
      state = this.folder.read(file);
      this.states.set(file, state);
    }
    return state;
  }

  async readExisting(file: string): Promise<DataFileState & { text: string }> {
    const state = await this.read(file);
    if (state.text === null) return this.folder.readExisting(file);
    return state as DataFileState & { text: string };
  }
}

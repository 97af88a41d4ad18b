// Reads a data folder (actors.yaml + sources/*.yaml, and the same in each import folder such as imported/), checks every file against its schema and the whole
// against the cross-file rules, and returns the corpus or throws every issue at once. Files are parsed one at a
// time and only what they say is kept, so a corpus of a million claims reads in bounded memory; a file known to
// be unchanged since it was last ingested can be left unread. Every file passes the guards of safe-file.ts
// (inside the data folder, under the size limit, UTF-8) before it is parsed.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { DEFAULT_DATA_FILE_LIMITS, type DataFileLimits } from '../config/config';
import { CorpusValidationError, type DataIssue } from './data-issue';
import { ownString } from '../text/own-string';
import {
  dataFileSchemas,
  type ActorRecord,
  type ActorsFile,
  type DataFileSchemas,
  type SourceRecord,
} from './file-schemas';
import { FileRefusedError, readTextFile, resolveInside } from './safe-file';
import { parseYaml, placeIssues, type LocatedYaml } from './yaml-file';
import { CorpusChecker } from './check-corpus';
import type { Claim, Corpus } from './corpus';

export const ACTORS_FILE = 'actors.yaml';
export const SOURCES_FOLDER = 'sources';
const SOURCE_FILE = /\.ya?ml$/;
const DRAFT_ACTORS = /^actors:/m;
/** An import's collection of sources opens its own list with `sources:` (a source file has `source:`). */
const COLLECTION = /^sources:/m;
/** Sub-folders of a data folder that are never import folders. */
const RESERVED_FOLDERS = new Set([SOURCES_FOLDER, 'schema']);
/** An import folder's name: what `npm run import -- --into` accepts (no dot folders, no spaces). */
export const IMPORT_FOLDER_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** One data file that passed its schema: what it says, and its name as issues show it. */
export interface ParsedFile<T> {
  file: string;
  data: T;
}

/** A corpus read with some files left unread because they are known unchanged. */
export interface ReadCorpus extends Corpus {
  /** Content hash of every source file, by source id (read or not). */
  fileHashes: Map<string, string>;
  /** Source ids of the files left unread. */
  unread: Set<string>;
  /** Source files (and collections) read, and left unread because they are known unchanged. */
  files: { read: number; unread: number };
}

export interface ReadCorpusOptions {
  /** How large files and fields may be (the configuration's `dataFiles`); the defaults otherwise. */
  limits?: DataFileLimits;
}

export interface ReadSourcesOptions {
  /**
   * Asked for each source file before it is parsed: the ids of its claims when the file with this content hash
   * is known to be checked and stored already (it is then left unread), or undefined to read it.
   */
  knownClaimIds?: (sourceId: string, fileHash: string) => Iterable<string> | undefined;
  /**
   * Asked for each collection file of an import folder before it is parsed: the claim ids of each of its sources,
   * by source id, when a collection with this content hash is known to be checked and stored already.
   */
  knownCollection?: (fileHash: string) => ReadonlyMap<string, readonly string[]> | undefined;
  /**
   * When given, each file's sources (one, or those of a collection: `collection` true) are handed to it as soon
   * as they are parsed, instead of kept in the corpus.
   */
  onSources?: (file: string, sources: readonly SourceRecord[], collection: boolean) => void;
  /** When given, each file's claims are handed to it as soon as they pass, instead of kept in the corpus. */
  onClaims?: (claims: Claim[]) => void;
}

function schemaIssues(yaml: LocatedYaml, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      return yaml.issueAt(
        [...issue.path, key],
        `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: check its spelling`,
      );
    }
    if (issue.code === 'custom') return yaml.issueAt(issue.path, issue.message);
    return yaml.issueWithValue(issue.path, issue.message);
  });
}

/** Parses and shapes one file's text; the parsed YAML is dropped as soon as the file passes its schema. */
export function parseDataFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  issues: DataIssue[],
): ParsedFile<T> | undefined {
  const parsed = parseYaml(file, text);
  issues.push(...parsed.issues);
  if (!parsed.yaml) return undefined;
  const result = schema.safeParse(parsed.yaml.value ?? {});
  if (!result.success) {
    issues.push(...schemaIssues(parsed.yaml, result.error));
    return undefined;
  }
  return { file, data: result.data };
}

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
}

/** True when `name` may name an import folder of a data folder. */
export function isImportFolderName(name: string): boolean {
  return IMPORT_FOLDER_NAME.test(name) && !RESERVED_FOLDERS.has(name);
}

/**
 * The import folders of a data folder, sorted: its direct sub-folders (other than sources/ and schema/) that hold
 * an actors.yaml or a sources/ folder, as `npm run import` writes them (data/imported/ by default). Ingestion
 * reads each like the data folder itself: its actors join the registry, its sources the corpus.
 */
export async function importFolders(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  const folders: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || !isImportFolderName(entry.name)) continue;
    const folder = path.join(dataDir, entry.name);
    if ((await isFile(path.join(folder, ACTORS_FILE))) || (await isFolder(path.join(folder, SOURCES_FOLDER))))
      folders.push(entry.name);
  }
  return folders.sort();
}

/** An issue for a whole file (refused by a guard, or failing in a way no rule foresaw). */
function fileIssue(file: string, error: unknown): DataIssue {
  if (error instanceof FileRefusedError) return { file, ...error.place, path: '', message: error.problem };
  const reason = error instanceof Error ? error.message : String(error);
  return { file, path: '', message: `could not be read (${reason}): expected a readable YAML file` };
}

/** The hash that tells whether a file changed since it was ingested. */
export function fileHashOf(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/**
 * A data folder being read: the actor registry first (its actors are known before any source is read), then
 * the sources. Nothing is returned unless the whole corpus is valid.
 */
export class CorpusReader {
  private readonly issues: DataIssue[] = [];
  private checker?: CorpusChecker;
  /** The import folders read after the data folder's own files. */
  private imports: string[] = [];
  private readonly limits: DataFileLimits;
  private readonly schemas: DataFileSchemas;

  private constructor(
    readonly dataDir: string,
    options: ReadCorpusOptions,
  ) {
    this.limits = options.limits ?? DEFAULT_DATA_FILE_LIMITS;
    this.schemas = dataFileSchemas(this.limits);
  }

  /** Opens `dataDir` and reads its actor registry; throws at once when the folder is not there. */
  static async open(dataDir: string, options: ReadCorpusOptions = {}): Promise<CorpusReader> {
    const reader = new CorpusReader(dataDir, options);
    await reader.readActors();
    return reader;
  }

  /** The registry's actors, or undefined when it did not pass its schema (the issues are thrown by readSources). */
  get actors(): ReadonlyMap<string, ActorRecord> | undefined {
    return this.checker?.actors;
  }

  private display(...parts: string[]): string {
    return path.join(this.dataDir, ...parts);
  }

  /** A file's text, once it passed the guards: inside the data folder, not too large, UTF-8. */
  private readText = (file: string): Promise<string> =>
    readTextFile(file, { folder: this.dataDir, maxBytes: this.limits.maxFileBytes });

  /** The source files' names of `parent` (the data folder or an import folder), sorted; none (and an issue) when
   * the folder leads outside the data folder. */
  private async sourceFileNames(parent: string): Promise<string[]> {
    const folder = this.display(parent, SOURCES_FOLDER);
    if (!(await isFolder(folder))) return [];
    try {
      const names = await readdir(await resolveInside(this.dataDir, folder));
      return names.filter((name) => SOURCE_FILE.test(name)).sort();
    } catch (error) {
      this.issues.push(fileIssue(folder, error));
      return [];
    }
  }

  private async readActors(): Promise<void> {
    if (!(await isFolder(this.dataDir))) {
      throw new CorpusValidationError([
        {
          file: this.dataDir,
          path: '',
          message: 'not a folder: expected a data folder holding actors.yaml and sources/',
        },
      ]);
    }
    this.imports = await importFolders(this.dataDir);
    const registries: Array<ParsedFile<ActorsFile> | undefined> = [];
    for (const folder of ['', ...this.imports]) {
      const file = this.display(folder, ACTORS_FILE);
      // An import folder's actors.yaml adds to the registry; it is optional (its sources may use curated actors).
      if (folder !== '' && !(await isFile(file))) continue;
      try {
        const text = await this.readText(file);
        registries.push(parseDataFile<ActorsFile>(file, text, this.schemas.actorsFile, this.issues));
      } catch (error) {
        const missing = error instanceof FileRefusedError && error.refusal === 'missing';
        this.issues.push(
          missing
            ? { file, path: '', message: 'missing: expected the actor registry here' }
            : fileIssue(file, error),
        );
        registries.push(undefined);
      }
    }
    // Cross-file rules need the registry; they run on the files that pass their schema.
    if (registries.every((registry) => registry !== undefined))
      this.checker = new CorpusChecker(registries as Array<ParsedFile<ActorsFile>>, this.issues);
  }

  /** Reads and checks every source file (but those `options` says are known); throws every issue found. */
  async readSources(options: ReadSourcesOptions = {}): Promise<ReadCorpus> {
    const corpus: ReadCorpus = {
      actors: this.checker ? [...this.checker.actors.values()] : [],
      sources: [],
      claims: [],
      fileHashes: new Map(),
      unread: new Set(),
      files: { read: 0, unread: 0 },
    };
    for (const folder of ['', ...this.imports]) {
      for (const name of await this.sourceFileNames(folder)) {
        const file = this.display(folder, SOURCES_FOLDER, name);
        let claims: Claim[] | undefined;
        try {
          const text = await this.readText(file);
          claims = COLLECTION.test(text)
            ? this.readCollection(file, folder, text, corpus, options)
            : this.readSource(file, name, text, corpus, options);
        } catch (error) {
          this.issues.push(fileIssue(file, error));
        }
        if (!claims) continue;
        if (options.onClaims) options.onClaims(claims);
        else for (const claim of claims) corpus.claims.push(claim);
      }
    }
    if (this.issues.length > 0 || !this.checker)
      throw new CorpusValidationError(await placeIssues(this.issues, this.readText));
    return corpus;
  }

  /** Checks one source file's text (or records it as known); returns its claims when it passes. */
  private readSource(
    file: string,
    name: string,
    text: string,
    corpus: ReadCorpus,
    options: ReadSourcesOptions,
  ) {
    const fileHash = fileHashOf(text);
    const sourceId = name.replace(SOURCE_FILE, '');
    // Only a file named after its source can have been stored (any other is read, to report its name).
    // A draft that proposes actors is always read: its actors are part of the registry.
    const known =
      this.checker &&
      name === `${sourceId}.yaml` &&
      !DRAFT_ACTORS.test(text) &&
      options.knownClaimIds?.(sourceId, fileHash);
    if (known) {
      this.checker?.knownClaims(file, sourceId, known);
      corpus.fileHashes.set(sourceId, fileHash);
      corpus.unread.add(sourceId);
      corpus.files.unread += 1;
      return undefined;
    }
    corpus.files.read += 1;
    const parsed = parseDataFile(file, text, this.schemas.sourceFile, this.issues);
    if (!parsed || !this.checker) return undefined;
    corpus.actors.push(...this.checker.draftActors(parsed));
    const claims = this.checker.checkSource(name, parsed);
    if (options.onSources) options.onSources(file, [parsed.data.source], false);
    else corpus.sources.push(parsed.data.source);
    corpus.fileHashes.set(ownString(parsed.data.source.id), fileHash);
    return claims;
  }

  /**
   * Checks one collection file of an import folder (or records its sources as known); returns its claims when it
   * passes. A collection in the data folder's own sources/ is refused: curated sources have one file each.
   */
  private readCollection(
    file: string,
    folder: string,
    text: string,
    corpus: ReadCorpus,
    options: ReadSourcesOptions,
  ): Claim[] | undefined {
    if (folder === '') {
      this.issues.push({
        file,
        path: 'sources',
        message: `a collection of sources is read only in an import folder: expected one source here ("source:" with its "claims:")`,
      });
      return undefined;
    }
    const fileHash = fileHashOf(text);
    const known = this.checker && options.knownCollection?.(fileHash);
    if (known) {
      for (const [sourceId, claimIds] of known) {
        this.checker?.knownClaims(file, sourceId, claimIds);
        corpus.fileHashes.set(sourceId, fileHash);
        corpus.unread.add(sourceId);
      }
      corpus.files.unread += 1;
      return undefined;
    }
    corpus.files.read += 1;
    const parsed = parseDataFile(file, text, this.schemas.sourceCollectionFile, this.issues);
    if (!parsed || !this.checker) return undefined;
    const claims = this.checker.checkCollection(parsed);
    const sources = parsed.data.sources.map(({ source }) => source);
    for (const source of sources) corpus.fileHashes.set(ownString(source.id), fileHash);
    if (options.onSources) options.onSources(file, sources, true);
    else for (const source of sources) corpus.sources.push(source);
    return claims;
  }
}

/**
 * Reads and validates the corpus in `dataDir`. Throws CorpusValidationError listing every problem found;
 * nothing is returned unless the whole corpus is valid.
 */
export async function readCorpus(dataDir: string, options: ReadCorpusOptions = {}): Promise<Corpus> {
  const { actors, sources, claims } = await (await CorpusReader.open(dataDir, options)).readSources();
  return { actors, sources, claims };
}

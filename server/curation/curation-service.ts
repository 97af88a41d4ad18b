// Curation's write path: one write at a time per data folder; each reads the files once, refuses stale versions
// (409), checks the would-be folder with ingestion's rules (422 naming the fields), writes every file or none, then
// has Neo4j mirror the folder again. The reads serve the viewer's review screens.
import path from 'node:path';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { ingest, type IngestReport } from '../ingest/ingest';
import { actorsFileSchema, sourceFileSchema, type ActorsFile, type SourceFile } from '../ingest/file-schemas';
import { parseDataFile } from '../ingest/read-corpus';
import type { DataIssue } from '../ingest/data-issue';
import type { ExtractionResult } from '../api/extraction';
import { extractArticle } from '../extract/extract';
import { loadRegistry } from '../extract/actors/registry';
import { HttpError, invalidParameter, notFound } from '../errors';
import { paragraphsOf } from '../text/paragraphs';
import { commitFiles, recoverInterruptedCommit, type CommitHooks } from './atomic-commit';
import { ACTORS_FILE, DataFolder, sourceFile, textFile, versionOf, type DataFileState } from './data-folder';
import { curationOff, fieldIssue, invalidData, versionConflict, type FieldIssue } from './curation-errors';
import { planEditClaim, planRetractClaim } from './claim-plans';
import { actorReferences, planMergeActors } from './merge-plan';
import type { ExtractRequest } from './extract-body';
import { CURATION_LIMITS, type EditClaimBody, type SaveSourceBody, type Versions } from './request-bodies';
import { planSaveSource } from './save-source-plan';
import { ServedVersions } from './served-versions';
import { evidenceIssues, wouldBeIssues } from './would-be-corpus';
import { FileReads, type WritePlan } from './write-plan';
import { YamlEditError } from './yaml-edit';

export interface CurationOptions {
  /** The data folder `npm start` ingests (tests use a temporary copy); none means nothing to read or write. */
  dataDir?: string;
  /** Whether writes are allowed (config `CURATION`). */
  enabled: boolean;
  /** Failure injection for tests of the all-or-nothing commit. */
  commitHooks?: CommitHooks;
}

/** Who asks for a write, for the log. */
export interface WriteContext {
  requestId: string;
  logger: Logger;
}

/** The answer of a write: the files written with their new versions, what changed, and the ingestion's counts. */
export interface WriteResult {
  action: string;
  files: Array<{ file: string; change: 'created' | 'updated'; version: string }>;
  versions: Record<string, string>;
  ingest: { ok: true; actors: unknown; sources: unknown; claims: unknown } | { ok: false; message: string };
  [summary: string]: unknown;
}

const DATA_FILE = /^(?:actors\.yaml|sources\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:yaml|txt))$/;

/** One queue per data folder, so two apps in one process over the same folder still write one at a time. */
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(key: string, task: () => Promise<T>): Promise<T> {
  const result = (queues.get(key) ?? Promise.resolve()).then(task);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return result;
}

export class CurationService {
  readonly enabled: boolean;
  private readonly folder?: DataFolder;
  /** The texts of the versions handed out, so a stale write's 409 can say what changed since. */
  private readonly served = new ServedVersions();

  constructor(
    private readonly db: Database,
    private readonly options: CurationOptions,
  ) {
    this.folder = options.dataDir ? new DataFolder(path.resolve(options.dataDir)) : undefined;
    this.enabled = options.enabled && this.folder !== undefined;
  }

  /** Remembers the text of a version about to be handed out, and passes the state on. */
  private serve<State extends DataFileState>(state: State): State {
    this.served.remember(state.file, state.version, state.text);
    return state;
  }

  private dataFolder(): DataFolder {
    if (!this.folder) throw notFound('This server has no data folder to read');
    return this.folder;
  }

  /** Whether writes are on, the limits, and the version of actors.yaml (a new article's save carries it). */
  async status() {
    const folder = this.dataFolder();
    const actors = this.serve(await folder.read(ACTORS_FILE));
    return { curation: this.enabled, limits: CURATION_LIMITS, versions: { [ACTORS_FILE]: actors.version } };
  }

  /** A source as its file says, its claims, its text, and the versions of its files and of actors.yaml. */
  async source(sourceId: string) {
    const folder = this.dataFolder();
    const serveRead = async (file: string) => this.serve(await folder.read(file));
    const [yaml, text, actors] = await Promise.all([
      serveRead(sourceFile(sourceId)),
      serveRead(textFile(sourceId)),
      serveRead(ACTORS_FILE),
    ]);
    if (yaml.text === null) throw notFound(`No source with id "${sourceId}" in the data files`);
    const issues: DataIssue[] = [];
    const parsed = parseDataFile<SourceFile>(yaml.file, yaml.text, sourceFileSchema, issues);
    if (!parsed) throw invalidData(issues.map((issue) => fieldIssue(issue, () => null)));
    return {
      source: parsed.data.source,
      claims: parsed.data.claims,
      text: text.text,
      versions: { [yaml.file]: yaml.version, [text.file]: text.version, [ACTORS_FILE]: actors.version },
    };
  }

  /** An article's text and its numbered paragraphs, so a claim card can show its evidence in context. */
  async sourceText(sourceId: string) {
    const text = this.serve(await this.dataFolder().read(textFile(sourceId)));
    if (text.text === null) throw notFound(`No text kept for source "${sourceId}" (${text.file})`);
    return { source: sourceId, text: text.text, paragraphs: paragraphsOf(text.text), version: text.version };
  }

  /** The claims that name actor `id`, and the versions of the files a merge of it would rewrite. */
  async actorReferences(id: string) {
    const reads = new FileReads(this.dataFolder());
    const registry = this.serve(await reads.readExisting(ACTORS_FILE));
    const issues: DataIssue[] = [];
    const actors = parseDataFile<ActorsFile>(ACTORS_FILE, registry.text, actorsFileSchema, issues);
    if (!actors) throw invalidData(issues.map((issue) => fieldIssue(issue, () => null)));
    if (!actors.data.actors.some((actor) => actor.id === id))
      throw notFound(`No actor with id "${id}" in actors.yaml`);
    const references = await actorReferences(id, reads);
    const versions: Record<string, string | null> = { [ACTORS_FILE]: registry.version };
    for (const { file } of references) versions[file] = this.serve(await reads.read(file)).version;
    return { actor: id, references, versions };
  }

  /**
   * The extractor's proposals for an article, its actors resolved against the folder's registries (actors.yaml and
   * the import folders'); writes nothing. Served while curation is on, as the review screen that uses it.
   */
  async extract(request: ExtractRequest): Promise<ExtractionResult> {
    if (!this.enabled) throw curationOff();
    const folder = this.dataFolder();
    const registry = await loadRegistry(folder.root).catch(() => {
      throw new HttpError(
        409,
        'invalid_registry',
        'The actor registry does not validate (npm run ingest -- --check says where): fix it, then extract again',
        { file: ACTORS_FILE },
      );
    });
    return extractArticle(request.text, registry, request.info);
  }

  saveSource(body: SaveSourceBody, context: WriteContext): Promise<WriteResult> {
    return this.write(context, body.versions, (reads) => planSaveSource(body, reads));
  }

  editClaim(id: string, body: EditClaimBody, context: WriteContext): Promise<WriteResult> {
    return this.write(context, body.versions, (reads) => planEditClaim(id, body.claim, reads));
  }

  retractClaim(id: string, versions: Versions, context: WriteContext): Promise<WriteResult> {
    return this.write(context, versions, (reads) => planRetractClaim(id, reads));
  }

  mergeActors(id: string, into: string, versions: Versions, context: WriteContext): Promise<WriteResult> {
    return this.write(context, versions, (reads) => planMergeActors(id, into, reads));
  }

  /** Plans, checks, commits and ingests one write, after any earlier one is done. */
  private write(
    context: WriteContext,
    versions: Versions,
    plan: (reads: FileReads) => Promise<WritePlan>,
  ): Promise<WriteResult> {
    if (!this.enabled || !this.folder) return Promise.reject(curationOff());
    const folder = this.folder;
    return serialised(folder.root, async () => {
      const restored = await recoverInterruptedCommit(folder.root);
      if (restored.length > 0)
        context.logger.warn(
          { requestId: context.requestId, restored },
          'curation: an interrupted write was rolled back',
        );
      const reads = new FileReads(folder);
      for (const file of Object.keys(versions))
        if (!DATA_FILE.test(file))
          throw invalidParameter(
            `versions`,
            `found "${file.slice(0, 80)}": expected actors.yaml or sources/<id>.yaml|.txt`,
          );
      let planned: WritePlan;
      try {
        planned = await plan(reads);
      } catch (error) {
        if (error instanceof YamlEditError)
          throw invalidData([{ field: null, file: '', path: '', message: error.message }]);
        throw error;
      }
      await this.checkVersions(reads, planned, versions);
      await this.checkData(folder, planned);
      const before = new Map<string, string | null>();
      for (const file of planned.writes.keys()) before.set(file, (await reads.read(file)).version);
      // The files are read once more just before the commit: a hand edit since the plan is refused, not overwritten.
      for (const file of planned.writes.keys()) {
        const now = await folder.read(file);
        if (now.version !== before.get(file)) {
          const read = (await reads.read(file)).text ?? undefined;
          throw versionConflict(file, now.version, before.get(file) ?? null, { read, current: now.text });
        }
      }
      const writes = [...planned.writes].map(([file, text]) => ({ file, text }));
      await commitFiles(folder.root, writes, this.options.commitHooks);
      for (const { file, text } of writes) this.served.rememberWritten(file, text);
      const files = writes.map(({ file, text }) => ({
        file,
        change: before.get(file) === null ? ('created' as const) : ('updated' as const),
        version: versionOf(Buffer.from(text, 'utf8')),
      }));
      context.logger.info(
        { requestId: context.requestId, action: planned.action, files, ...planned.summary },
        'curation: data files written',
      );
      return {
        action: planned.action,
        ...planned.summary,
        files,
        versions: Object.fromEntries(files.map(({ file, version }) => [file, version])),
        ingest: await this.ingestFolder(folder, context),
      };
    });
  }

  /** Every file the write changes must carry its current version (none for a new file); any version given must match. */
  private async checkVersions(reads: FileReads, plan: WritePlan, versions: Versions): Promise<void> {
    const files = new Set([...Object.keys(versions), ...plan.writes.keys()]);
    for (const file of [...files].sort()) {
      const { version: current, text } = await reads.read(file);
      const given = versions[file] ?? null;
      if (current !== given)
        throw versionConflict(file, current, given, {
          read: given === null ? undefined : this.served.recall(file, given),
          current: text,
        });
    }
  }

  /** The would-be folder passes ingestion's validation and every claim written cites its text; else 422. */
  private async checkData(folder: DataFolder, plan: WritePlan): Promise<void> {
    const issues: FieldIssue[] = [...plan.issues];
    const dataIssues = await wouldBeIssues(folder, plan.writes);
    for (const { text, claims } of plan.evidence) dataIssues.push(...evidenceIssues(text, claims));
    issues.push(...dataIssues.map((issue) => fieldIssue(issue, plan.field)));
    if (issues.length > 0) throw invalidData(issues);
  }

  private async ingestFolder(folder: DataFolder, context: WriteContext): Promise<WriteResult['ingest']> {
    try {
      const report: IngestReport = await ingest(this.db, folder.root);
      return { ok: true, actors: report.actors, sources: report.sources, claims: report.claims };
    } catch (error) {
      context.logger.error(
        { err: error, requestId: context.requestId },
        'curation: the files are written but Neo4j was not updated',
      );
      return {
        ok: false,
        message:
          'The files are saved, but Neo4j was not updated; the next ingestion (npm run ingest) loads them',
      };
    }
  }
}

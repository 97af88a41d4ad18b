// An import from start to end: reads the data folder (its actors, and the claims already there), streams each
// event file through its format, merges duplicates, resolves actors, hands claims to the writer, and commits only
// when every row passed (or, with skipInvalid, leaves the bad rows out and lists them).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { cameoCodebook, relationForCameo } from '../model/cameo';
import { relationDefinition } from '../model/relations';
import { CorpusValidationError, type DataIssue } from '../ingest/data-issue';
import type { ClaimRecord } from '../ingest/file-schemas';
import { CorpusReader, SOURCES_FOLDER } from '../ingest/read-corpus';
import type { CodedEvent, EventFormat, RowProblem } from './coded-event';
import { readEventRows } from './import-files';
import { LISTED_ROWS, type ImportReport } from './import-report';
import { ImportWriter } from './import-writer';
import { ActorResolver } from './resolve-actors';
import { CompactIdMap } from '../ingest/compact-id-map';

export interface ImportOptions {
  format: EventFormat;
  files: string[];
  /** The data folder ingestion reads (it holds actors.yaml). */
  dataDir: string;
  /** The import folder written, a sub-folder of dataDir. */
  intoDir: string;
  /** Import the valid rows and list the invalid ones, rather than stop and write nothing. */
  skipInvalid: boolean;
  /** Hears how far the reading is: which file (by index) and how many of its bytes are read. */
  onProgress?: (fileIndex: number, bytesRead: number) => void;
  /** Hears how far the writing is, once every row is read: parts of the sources made, of how many. */
  onWriting?: (done: number, total: number) => void;
}

/** The key of "the same event": same day, actors, CAMEO code and source, whatever its id (hashed, to stay small). */
function eventKey(date: string | null, from: string, cameo: string, to: string, sourceId: string): string {
  return createHash('sha1')
    .update(`${date}|${from}|${cameo}|${to}|${sourceId}`)
    .digest('base64')
    .slice(0, 16);
}

/** An event id as a number when it fits one exactly (a set of a million numbers is a third of one of texts). */
function compactId(eventId: string): number | string {
  return /^[1-9]\d{0,14}$/.test(eventId) ? Number(eventId) : eventId;
}

function count(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * Claim ids and event keys of every claim the data folder holds, and the collection file of each source of the
 * import folder; throws the folder's issues if it is invalid.
 */
async function readDataFolder(dataDir: string, intoDir: string) {
  const reader = await CorpusReader.open(dataDir);
  const claimIds = new CompactIdMap<true>();
  const eventKeys = new Set<string>();
  const collections = new CompactIdMap<string>();
  const importSources = path.resolve(intoDir, SOURCES_FOLDER);
  const oneSourceFiles: string[] = [];
  await reader.readSources({
    onSources: (file, sources, collection) => {
      if (path.resolve(path.dirname(file)) !== importSources) return;
      if (!collection) oneSourceFiles.push(file);
      const name = path.basename(file).replace(/\.ya?ml$/, '');
      for (const { id } of sources) collections.set(id, name);
    },
    onClaims: (claims) => {
      for (const claim of claims) {
        claimIds.set(claim.id, true);
        if (claim.provenance)
          eventKeys.add(eventKey(claim.date, claim.from, claim.provenance.cameo, claim.to, claim.sourceId));
      }
    },
  });
  if (oneSourceFiles.length > 0)
    throw new CorpusValidationError([
      {
        file: oneSourceFiles[0] ?? '',
        path: '',
        message: `one source per file, as imports wrote before collections (and ${oneSourceFiles.length - 1} more): expected the import folder's sources in collection files; move the folder away and import its event files again`,
      },
    ]);
  return { actors: [...(reader.actors?.values() ?? [])], claimIds, eventKeys, collections };
}

/** Runs one import; returns its report, or throws (writing nothing) when a file or a row is not right. */
export async function importEvents(options: ImportOptions): Promise<ImportReport> {
  const { format, files, dataDir, intoDir, skipInvalid } = options;
  const existing = await readDataFolder(dataDir, intoDir);
  const resolver = new ActorResolver(existing.actors);
  const names = new Map(existing.actors.map((actor) => [actor.id, actor.name]));
  const report: ImportReport = {
    format: format.origin,
    files,
    into: intoDir,
    rowsRead: 0,
    eventsImported: 0,
    alreadyInCorpus: 0,
    duplicatesMerged: { sameEventId: 0, sameEvent: 0 },
    leftOut: {},
    actors: { matched: 0, created: 0 },
    sources: { created: 0, extended: 0 },
    skipped: { rows: 0, byReason: {}, listed: [] },
  };
  const seenIds = new Set<number | string>();
  const seenKeys = new Set<string>();
  const usedActors = new Set<string>();
  const writer = await ImportWriter.open(dataDir, intoDir);

  const resolve = (mention: CodedEvent['from']): string => {
    const { id } = resolver.resolve(mention);
    if (!names.has(id)) names.set(id, mention.name);
    return id;
  };
  let datasetId: string | undefined;

  const problem = (file: string, line: number, { reason, column, message }: RowProblem): void => {
    report.skipped.rows += 1;
    count(report.skipped.byReason, reason);
    if (report.skipped.listed.length < LISTED_ROWS)
      report.skipped.listed.push({ file, line, path: column ?? '', message });
  };

  const take = async (event: CodedEvent): Promise<void> => {
    const claimId = `${format.origin}-${event.eventId}`;
    const seenId = compactId(event.eventId);
    if (seenIds.has(seenId)) {
      report.duplicatesMerged.sameEventId += 1;
      return;
    }
    seenIds.add(seenId);
    if (existing.claimIds.has(claimId)) {
      report.alreadyInCorpus += 1;
      return;
    }
    const from = resolve(event.from);
    const to = resolve(event.to);
    if (from === to) {
      count(report.leftOut, 'same actor at both ends');
      return;
    }
    const key = eventKey(event.date, from, event.cameo, to, event.source.id);
    if (existing.eventKeys.has(key)) {
      report.alreadyInCorpus += 1;
      return;
    }
    if (seenKeys.has(key)) {
      report.duplicatesMerged.sameEvent += 1;
      return;
    }
    seenKeys.add(key);
    datasetId ??= resolve(format.dataset);
    const type = relationForCameo(event.cameo);
    const coded = cameoCodebook().get(event.cameo);
    if (!type || !coded) throw new Error(`CAMEO code ${event.cameo} passed the row check but has no type`);
    const claim: ClaimRecord = {
      id: claimId,
      type,
      from,
      to,
      date: event.date,
      certainty: 'claim',
      assertedBy: datasetId,
      summary: `${names.get(from)} ${relationDefinition(type).label} ${names.get(to)}: ${format.label} coded “${event.eventText ?? coded.name}” (CAMEO ${event.cameo}) from ${event.source.title}.`,
      origin: format.origin,
      status: 'accepted',
      provenance: {
        eventId: event.eventId,
        sentence: event.sentence,
        cameo: event.cameo,
        cameoLabel: coded.name,
        goldstein: event.goldstein,
        mentions: event.mentions,
        sources: event.sources,
        articles: event.articles,
        tone: event.tone,
        place: event.place,
        latitude: event.latitude,
        longitude: event.longitude,
      },
    };
    for (const id of [from, to, datasetId]) usedActors.add(id);
    report.eventsImported += 1;
    // A source stays in the file it is in, or the first its events named in this import.
    let collection = existing.collections.get(event.source.id);
    if (collection === undefined) existing.collections.set(event.source.id, (collection = event.collection));
    await writer.add(collection, event.source, claim);
  };

  try {
    for (const [fileIndex, file] of files.entries()) {
      let first = true;
      for await (const row of readEventRows(file, (bytes) => options.onProgress?.(fileIndex, bytes))) {
        if (first) {
          first = false;
          const notThisFormat = format.checkFirstRow(row.fields);
          if (notThisFormat)
            throw new CorpusValidationError([{ file, line: row.line, path: '', message: notThisFormat }]);
          if (format.hasHeader) continue;
        }
        report.rowsRead += 1;
        const outcome = format.readRow(row.fields);
        if ('problem' in outcome) problem(file, row.line, outcome.problem);
        else if ('leftOut' in outcome) count(report.leftOut, outcome.leftOut);
        // Once a row is bad and bad rows stop the import, the rest is only checked.
        else if (skipInvalid || report.skipped.rows === 0) await take(outcome.event);
      }
      if (first)
        throw new CorpusValidationError([
          { file, path: '', message: `empty: expected ${format.label} event rows` },
        ]);
    }
    if (report.skipped.rows > 0 && !skipInvalid) throw invalidRows(report);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const created = resolver.created.filter((actor) => usedActors.has(actor.id));
  const written = await writer.commit(created, options.onWriting);
  report.actors = { matched: resolver.matchedCount, created: created.length };
  report.sources = { created: written.sourcesCreated, extended: written.sourcesExtended };
  return report;
}

/** The error of an import stopped by invalid rows: the rows listed, and how many more there were. */
function invalidRows(report: ImportReport): CorpusValidationError {
  const issues: DataIssue[] = [...report.skipped.listed];
  const more = report.skipped.rows - issues.length;
  if (more > 0)
    issues.push({
      file: report.files.join(', '),
      path: '',
      message: `and ${more} more invalid rows (${Object.entries(report.skipped.byReason)
        .map(([reason, rows]) => `${reason}: ${rows}`)
        .join(', ')}); --skip-invalid imports the rest`,
    });
  return new CorpusValidationError(issues);
}

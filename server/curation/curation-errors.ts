// The errors of curation's write path, each with its status, stable code and the file or field it is about.
import type { DataIssue } from '../ingest/data-issue';
import { HttpError } from '../errors';
import { describeChanges, fileChanges, type FileChanges } from './file-changes';

/** A problem of the would-be data, told at the request's field when it maps to one. */
export interface FieldIssue {
  /** The request body's field, e.g. `claims[2].date`; null when the problem is in a file the request did not name. */
  field: string | null;
  /** The data file, e.g. `sources/x.yaml`, and the place in it. */
  file: string;
  path: string;
  message: string;
}

/** 403 for every write while curation is off (a shared or remote server is read-only unless CURATION=on). */
export function curationOff(): HttpError {
  return new HttpError(
    403,
    'curation_off',
    'Curation is off on this server: the data files are read-only (set CURATION=on to allow writes)',
  );
}

/** 403 for a write sent from another site (a form or script on a page this server did not serve). */
export function crossOrigin(origin: string): HttpError {
  return new HttpError(
    403,
    'cross_origin',
    `A write from ${origin.slice(0, 100)} is refused: expected a request from this server's own pages`,
  );
}

/** 415 for a write whose body is not JSON. */
export function notJson(contentType: string | undefined): HttpError {
  return new HttpError(
    415,
    'unsupported_media_type',
    `found Content-Type ${contentType ? `"${contentType.slice(0, 60)}"` : 'none'}: expected application/json`,
  );
}

/** The texts behind a version conflict: the one read (undefined when no longer known) and the current one. */
export interface ConflictTexts {
  read: string | undefined;
  current: string | null;
}

/** What changed since the version read, in words and by record (null when it cannot be told). */
function whatChanged(
  file: string,
  texts: ConflictTexts | undefined,
): { words: string; changes: FileChanges | null } {
  const changedSince = `${file} changed since it was read`;
  if (!texts || texts.current === null) return { words: changedSince, changes: null };
  if (texts.read === undefined)
    return { words: `${changedSince}; the version read is no longer known`, changes: null };
  const changes = fileChanges(file, texts.read, texts.current);
  if (!changes)
    return {
      words: `${changedSince}; one of its versions is not valid YAML, so its records cannot be compared`,
      changes,
    };
  return {
    words: `${changedSince}: ${describeChanges(file, changes) ?? 'only its layout or comments changed'}`,
    changes,
  };
}

/**
 * 409 when a file changed since the version the request carries was read: nothing is written. `changes` lists the
 * records added, removed and changed since then, when the text of the version read is still known.
 */
export function versionConflict(
  file: string,
  current: string | null,
  given: string | null,
  texts?: ConflictTexts,
): HttpError {
  const { words, changes } =
    current === null
      ? { words: `${file} no longer exists`, changes: null }
      : given === null
        ? { words: `${file} exists, and the request carries no version of it`, changes: null }
        : whatChanged(file, texts);
  return new HttpError(
    409,
    'version_conflict',
    `${words}. Read it again (its current version is in the answer) and redo the change`,
    { file, currentVersion: current, givenVersion: given, changes },
  );
}

/** 422 listing every problem of the would-be data files; nothing is written. */
export function invalidData(issues: readonly FieldIssue[]): HttpError {
  const first = issues[0];
  const place = first ? (first.field ?? `${first.file} ${first.path}`.trim()) : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new HttpError(422, 'invalid_data', `${place}: ${first?.message ?? 'invalid'}${more}`, {
    issues,
  });
}

/** 409 for a data file curation cannot use as it is (a link, a folder, not UTF-8, missing). */
export function unusableFile(file: string, why: string): HttpError {
  return new HttpError(409, 'unusable_file', `${file} is ${why}: expected a regular UTF-8 file`, { file });
}

/** A data issue (from ingestion's validation) as a field issue; `field` maps its path to the request's field. */
export function fieldIssue(
  issue: DataIssue,
  field: (file: string, keys: readonly PropertyKey[]) => string | null,
): FieldIssue {
  return {
    field: issue.keys ? field(issue.file, issue.keys) : null,
    file: issue.file,
    path: issue.path,
    message: issue.message,
  };
}

// A refused save, told where it belongs: each field error of a 422 at its claim or actor, anything else (a 409
// conflict, a 403, the server away) at the top of the screen.
import type { ApiError } from '../api/api-error';
import type { ReviewModel } from './review-model';

export interface PlacedIssues {
  /** Field errors by claim key, then field (date, quote, from...). */
  claims: Map<string, Map<string, string>>;
  /** Field errors by actor id, then field. */
  actors: Map<string, Map<string, string>>;
  /** Messages that belong to no field. */
  other: string[];
}

interface Issue {
  field: string | null;
  file: string;
  path: string;
  message: string;
}

function put(map: Map<string, Map<string, string>>, key: string, field: string, message: string): void {
  const fields = map.get(key) ?? new Map<string, string>();
  fields.set(field, fields.has(field) ? `${fields.get(field)}; ${message}` : message);
  map.set(key, fields);
}

/** A 409 in words: the server's message names the file and what changed in it since this review read it. */
export function conflictMessage(error: ApiError): string {
  return `Not saved: ${error.message}. Nothing was written (someone else saved, or the file was edited by hand, since this review opened).`;
}

/** Places the errors of a refused save. */
export function issuesByPlace(error: ApiError | null, model: ReviewModel, raw: unknown): PlacedIssues {
  const placed: PlacedIssues = { claims: new Map(), actors: new Map(), other: [] };
  if (!error) {
    placed.other.push(raw instanceof Error ? raw.message : String(raw));
    return placed;
  }
  if (error.code === 'version_conflict') {
    placed.other.push(conflictMessage(error));
    return placed;
  }
  const issues = Array.isArray(error.details.issues) ? (error.details.issues as Issue[]) : [];
  if (issues.length === 0 && typeof error.details.parameter === 'string') {
    const place = model.placeOf(error.details.parameter);
    if (place?.claim) put(placed.claims, place.claim.key, place.key, error.message);
    else if (place?.actor) put(placed.actors, place.actor.id, place.key, error.message);
    else placed.other.push(error.message);
    return placed;
  }
  if (issues.length === 0) placed.other.push(error.message);
  for (const issue of issues) {
    const place = issue.field ? model.placeOf(issue.field) : null;
    if (place?.claim) put(placed.claims, place.claim.key, place.key, issue.message);
    else if (place?.actor) put(placed.actors, place.actor.id, place.key, issue.message);
    else placed.other.push(`${issue.field ?? `${issue.file} ${issue.path}`}: ${issue.message}`);
  }
  if (placed.other.length === 0)
    placed.other.push('Not saved: correct the fields marked below. Nothing was written.');
  return placed;
}

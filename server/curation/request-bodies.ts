// The bodies of curation's write requests: their envelope is checked here (each problem names its field); the
// records inside are checked as the files they become, by ingestion's own schemas.
import { z } from 'zod';
import { formatPath } from '../ingest/data-issue';
import { invalidParameter } from '../errors';

/** Documented limits of a save. */
export const CURATION_LIMITS = {
  /** An article's text, in bytes of UTF-8. */
  textBytes: 1_000_000,
  /** Claims and actors in one save. */
  claims: 2000,
  actors: 1000,
  /** A write request's JSON body (a text with every character escaped still fits). */
  bodyBytes: 8_000_000,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const id = (what: string) =>
  z.string({ error: `expected ${what} as text` }).regex(SLUG, {
    error: `expected ${what}: lower-case letters, digits and single dashes`,
  });

const record = z.record(z.string(), z.unknown(), { error: 'expected an object of fields' });

/** `{ "<file>": "<version>" }`, as read from a GET; null says the file is expected not to exist. */
const versions = z
  .record(
    z.string().max(300),
    z.string({ error: 'expected a version as text (or null)' }).max(100).nullable(),
    { error: 'expected an object { "<file>": "<version>" }' },
  )
  .default({});

const actorEntry = z.looseObject({
  id: id('an actor id'),
  /** Set when the proposed actor is an existing one: its name and aliases become that actor's aliases. */
  mergeInto: id('an existing actor id').optional(),
  /** From the extractor's output; informative only. */
  isNew: z.boolean({ error: 'expected true or false' }).optional(),
});

export const saveSourceBody = z.strictObject({
  source: z.looseObject({ id: id('the source id') }, { error: 'expected the source object' }),
  text: z.string({ error: "expected the article's text" }),
  claims: z
    .array(record, { error: 'expected a list of claims' })
    .max(CURATION_LIMITS.claims, { error: `expected at most ${CURATION_LIMITS.claims} claims` }),
  actors: z
    .array(actorEntry, { error: 'expected a list of actors' })
    .max(CURATION_LIMITS.actors, { error: `expected at most ${CURATION_LIMITS.actors} actors` })
    .default([]),
  versions,
});

export const editClaimBody = z.strictObject({
  claim: record.refine((fields) => Object.keys(fields).length > 0, { error: 'expected fields to change' }),
  versions,
});

export const retractClaimBody = z.strictObject({ versions });

export const mergeActorsBody = z.strictObject({ into: id('the surviving actor id'), versions });

export type SaveSourceBody = z.infer<typeof saveSourceBody>;
export type EditClaimBody = z.infer<typeof editClaimBody>;
export type ActorEntry = z.infer<typeof actorEntry>;
export type Versions = Record<string, string | null>;

/** Parses a body with `schema`; the first problem becomes a 400 naming its field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? formatPath(issue.path) || 'body' : 'body';
  if (issue?.code === 'unrecognized_keys')
    throw invalidParameter(
      field === 'body' ? (issue.keys[0] ?? 'body') : `${field}.${issue.keys[0] ?? ''}`,
      'unknown field: check its spelling',
    );
  throw invalidParameter(field, issue?.message ?? 'invalid');
}

/** An id in the path (`:id`), checked before it names a file. */
export function pathId(name: string, value: unknown): string {
  if (typeof value !== 'string' || !SLUG.test(value))
    throw invalidParameter(
      name,
      `found "${String(value ?? '').slice(0, 60)}": expected an id (lower-case letters, digits, single dashes)`,
    );
  return value;
}

/** Checks an article's text: within the size limit, well-formed Unicode, no binary control characters. */
export function checkedText(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > CURATION_LIMITS.textBytes)
    throw invalidParameter(
      'text',
      `found ${bytes} bytes: expected an article of at most ${CURATION_LIMITS.textBytes} bytes`,
    );
  if (LONE_SURROGATE.test(text))
    throw invalidParameter('text', 'found broken Unicode (a lone surrogate): expected plain text');
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control)
    throw invalidParameter(
      'text',
      `found the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} at character ${control.index}: expected plain text, not binary data`,
    );
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw invalidParameter('text', "missing: expected the article's text");
  return normalised.endsWith('\n') ? normalised : `${normalised}\n`;
}

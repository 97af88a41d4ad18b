// The shape of the curated data files (actors registry, one file per source article), as zod schemas.
import { z } from 'zod';
import { DEFAULT_DATA_FILE_LIMITS, type DataFileLimits } from '../config/config';
import { ACTOR_KINDS, CERTAINTIES } from '../model/actors';
import { RELATION_TYPES } from '../model/relations';
import { DATE_PATTERN, dateProblem } from '../model/dates';

/** Marks the date fields, whose JSON Schema also admits a bare year written as a YAML number. */
export const PARTIAL_DATE = 'A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Dates may be written `2018` (a YAML number) or `"2018-05"`, `2018-05-07`: all become ISO text. */
const isoDate = z
  .preprocess(
    (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
    z
      .string({ error: 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD' })
      .regex(DATE_PATTERN, { error: 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD' })
      .superRefine((value, context) => {
        const problem = DATE_PATTERN.test(value) ? dateProblem(value) : null;
        if (problem)
          context.addIssue({ code: 'custom', message: `"${value}" is not a real date: ${problem}` });
      }),
  )
  .describe(PARTIAL_DATE);

/** The schemas of both data files, with fields no longer than `limits` allows. */
export function dataFileSchemas(limits: Pick<DataFileLimits, 'maxTextChars' | 'maxNameChars'>) {
  const atMost = (max: number, setting: string) => ({
    error: `expected at most ${max.toLocaleString('en')} characters (${setting} sets the limit)`,
  });
  const longText = atMost(limits.maxTextChars, 'DATA_MAX_TEXT_CHARS');
  const name = atMost(limits.maxNameChars, 'DATA_MAX_NAME_CHARS');

  const slug = (what: string) =>
    z
      .string({ error: `expected the ${what} as text` })
      .max(limits.maxNameChars, name)
      .regex(SLUG, {
        error: `expected a ${what}: lower-case letters, digits and single dashes, e.g. kim-jong-un`,
      });

  const text = (what: string, max: number, tooLong: { error: string }) =>
    z
      .string({ error: `expected ${what} as text` })
      .trim()
      .min(1, { error: `expected ${what}, not an empty text` })
      .max(max, tooLong);

  const actor = z.strictObject({
    id: slug('actor id'),
    name: text('a name', limits.maxNameChars, name),
    kind: z.enum(ACTOR_KINDS, { error: `expected a kind: one of ${ACTOR_KINDS.join(', ')}` }),
    aliases: z.array(text('an alias', limits.maxNameChars, name)).default([]),
    description: text('a description', limits.maxTextChars, longText).optional(),
    /** True for an actor the source quotes without naming (e.g. "a former senior government official"). */
    unnamed: z.boolean().default(false),
  });

  const actorsFile = z.strictObject({
    actors: z.array(actor, { error: 'expected a list of actors' }),
  });

  const evidence = z.strictObject({
    paragraph: z
      .number({ error: 'expected the paragraph number' })
      .int({ error: 'expected a whole paragraph number' })
      .min(1, { error: 'expected a paragraph number from 1' }),
    quote: z
      .string({ error: 'expected a short quote as text' })
      .trim()
      .min(1, { error: 'expected a quote of a few words, not an empty text' })
      .max(limits.maxTextChars, longText)
      .refine((quote) => quote.split(/\s+/).length <= 12, { error: 'expected a quote of at most 12 words' })
      .optional(),
  });

  const claim = z.strictObject({
    id: slug('claim id'),
    type: z.enum(RELATION_TYPES as [string, ...string[]], {
      error: `expected a relation type: one of ${RELATION_TYPES.join(', ')}`,
    }),
    from: slug('actor id'),
    to: slug('actor id'),
    date: isoDate.nullable().default(null),
    dateEnd: isoDate.optional(),
    certainty: z.enum(CERTAINTIES, { error: `expected a certainty: one of ${CERTAINTIES.join(', ')}` }),
    assertedBy: slug('actor id').nullable().default(null),
    summary: text('a summary', limits.maxTextChars, longText),
    evidence,
  });

  const source = z.strictObject({
    id: slug('source id'),
    title: text('a title', limits.maxTextChars, longText),
    publisher: text('a publisher', limits.maxNameChars, name),
    published: isoDate.nullable().default(null),
    authors: z.array(text('an author name', limits.maxNameChars, name)).default([]),
    url: z.url({ error: 'expected a URL' }).max(limits.maxTextChars, longText).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code, e.g. en' })
      .default('en'),
    note: text('a note', limits.maxTextChars, longText).optional(),
  });

  const sourceFile = z.strictObject({
    source,
    claims: z.array(claim, { error: 'expected a list of claims' }),
  });

  return { actor, actorsFile, evidence, claim, source, sourceFile };
}

export type DataFileSchemas = ReturnType<typeof dataFileSchemas>;

/** The schemas at the default limits (their JSON Schemas are those written to data/schema/). */
export const {
  actor: actorSchema,
  actorsFile: actorsFileSchema,
  evidence: evidenceSchema,
  claim: claimSchema,
  source: sourceSchema,
  sourceFile: sourceFileSchema,
} = dataFileSchemas(DEFAULT_DATA_FILE_LIMITS);

export type ActorRecord = z.infer<typeof actorSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type ClaimRecord = z.infer<typeof claimSchema>;
export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;

// The shape of the curated data files (actors registry, one file per source article), as zod schemas.
import { z } from 'zod';
import { ACTOR_KINDS, CERTAINTIES } from '../model/actors';
import { RELATION_TYPES } from '../model/relations';
import { DATE_PATTERN, dateProblem } from '../model/dates';

/** Marks the date fields, whose JSON Schema also admits a bare year written as a YAML number. */
export const PARTIAL_DATE = 'A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = (what: string) =>
  z.string({ error: `expected the ${what} as text` }).regex(SLUG, {
    error: `expected a ${what}: lower-case letters, digits and single dashes, e.g. kim-jong-un`,
  });

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, not an empty text` });

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

export const actorSchema = z.strictObject({
  id: slug('actor id'),
  name: text('a name'),
  kind: z.enum(ACTOR_KINDS, { error: `expected a kind: one of ${ACTOR_KINDS.join(', ')}` }),
  aliases: z.array(text('an alias')).default([]),
  description: text('a description').optional(),
  /** True for an actor the source quotes without naming (e.g. "a former senior government official"). */
  unnamed: z.boolean().default(false),
});

export const actorsFileSchema = z.strictObject({
  actors: z.array(actorSchema, { error: 'expected a list of actors' }),
});

export const evidenceSchema = z.strictObject({
  paragraph: z
    .number({ error: 'expected the paragraph number' })
    .int({ error: 'expected a whole paragraph number' })
    .min(1, { error: 'expected a paragraph number from 1' }),
  quote: z
    .string({ error: 'expected a short quote as text' })
    .trim()
    .min(1, { error: 'expected a quote of a few words, not an empty text' })
    .refine((quote) => quote.split(/\s+/).length <= 12, { error: 'expected a quote of at most 12 words' })
    .optional(),
});

export const claimSchema = z.strictObject({
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
  summary: text('a summary'),
  evidence: evidenceSchema,
});

export const sourceSchema = z.strictObject({
  id: slug('source id'),
  title: text('a title'),
  publisher: text('a publisher'),
  published: isoDate.nullable().default(null),
  authors: z.array(text('an author name')).default([]),
  url: z.url({ error: 'expected a URL' }).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code, e.g. en' })
    .default('en'),
  note: text('a note').optional(),
});

export const sourceFileSchema = z.strictObject({
  source: sourceSchema,
  claims: z.array(claimSchema, { error: 'expected a list of claims' }),
});

export type ActorRecord = z.infer<typeof actorSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type ClaimRecord = z.infer<typeof claimSchema>;
export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;

// The shape of the data files (actors registry, one file per source article, an import's collections of
// sources), as zod schemas.
import { z } from 'zod';
import { DEFAULT_DATA_FILE_LIMITS, type DataFileLimits } from '../config/config';
import { ACTOR_KINDS, CERTAINTIES, CLAIM_ORIGINS, CLAIM_STATUSES } from '../model/actors';
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

const count = (what: string) =>
  z
    .number({ error: `expected ${what} as a number` })
    .int({ error: `expected ${what} as a whole number` })
    .min(0, { error: `expected ${what} from 0` });

const origin = z
  .enum(CLAIM_ORIGINS, { error: `expected an origin: one of ${CLAIM_ORIGINS.join(', ')}` })
  .default('curated');

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
    /** The state the actor belongs to, as an ISO 3166-1 alpha-3 code (as CAMEO and ICEWS use). */
    country: z
      .string({ error: 'expected a country code as text' })
      .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 3166-1 alpha-3 country code, e.g. PRK' })
      .optional(),
    /** Sectors the actor acts in, as event data names them: government, military, opposition, ... */
    sectors: z.array(text('a sector', limits.maxNameChars, name)).optional(),
    /** The actor's codes in other schemes: `cameo` is its CAMEO actor code, e.g. PRKGOV. */
    codes: z
      .strictObject({
        cameo: z
          .string({ error: 'expected a CAMEO actor code as text' })
          .regex(/^[A-Z0-9]{3,15}$/, {
            error: 'expected a CAMEO actor code: capitals and digits, e.g. PRKGOV',
          })
          .optional(),
      })
      .optional(),
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

  /** Where a claim imported from coded event data comes from, as the dataset gives it. */
  const provenance = z.strictObject({
    eventId: text('the event id', limits.maxNameChars, name),
    sentence: count('the sentence number').optional(),
    cameo: z
      .string({ error: 'expected a CAMEO event code as text' })
      .regex(/^\d{2,4}$/, { error: 'expected a CAMEO event code of 2 to 4 digits, e.g. 046' }),
    cameoLabel: text('the CAMEO label', limits.maxTextChars, longText),
    /** ICEWS's intensity or GDELT's Goldstein scale, -10 to 10. */
    goldstein: z
      .number({ error: 'expected a Goldstein score as a number' })
      .min(-10, { error: 'expected a Goldstein score from -10 to 10' })
      .max(10, { error: 'expected a Goldstein score from -10 to 10' })
      .optional(),
    mentions: count('the number of mentions').optional(),
    sources: count('the number of sources').optional(),
    articles: count('the number of articles').optional(),
    tone: z.number({ error: 'expected the average tone as a number' }).optional(),
    place: text('a place name', limits.maxNameChars, name).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  });

  const claim = z
    .strictObject({
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
      /** `curated` a person wrote it; `icews`, `gdelt` imported; `extracted` proposed by the extractor. */
      origin,
      /** `candidate` for a proposal nobody has checked yet; `accepted` otherwise. */
      status: z
        .enum(CLAIM_STATUSES, { error: `expected a status: one of ${CLAIM_STATUSES.join(', ')}` })
        .default('accepted'),
      /** How sure the extractor is of a proposed claim, 0 to 1. */
      confidence: z
        .number({ error: 'expected a confidence as a number' })
        .min(0, { error: 'expected a confidence from 0 to 1' })
        .max(1, { error: 'expected a confidence from 0 to 1' })
        .optional(),
      /** Curated and extracted claims cite the text; imported ones cite the coded event instead. */
      evidence: evidence.optional(),
      provenance: provenance.optional(),
    })
    .superRefine((claim, context) => {
      const fromText = claim.origin === 'curated' || claim.origin === 'extracted';
      if (fromText && !claim.evidence)
        context.addIssue({
          code: 'custom',
          path: ['evidence'],
          message: `missing evidence: expected the paragraph (and a quote) this ${claim.origin} claim comes from`,
        });
      if (!fromText && !claim.provenance)
        context.addIssue({
          code: 'custom',
          path: ['provenance'],
          message: `missing provenance: expected the coded event this ${claim.origin} claim comes from`,
        });
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
    /** Where the source entered the corpus: `curated` by hand, or the dataset it was imported from. */
    origin,
  });

  const sourceFile = z.strictObject({
    source,
    /** A draft's proposed actors (`npm run extract` writes them): they join the registry with the draft. */
    actors: z.array(actor, { error: 'expected a list of actors' }).optional(),
    claims: z.array(claim, { error: 'expected a list of claims' }),
  });

  /**
   * An import folder's file of many sources (`npm run import` writes one per day, or per site and day): each
   * entry is a source with its claims, checked exactly as a source file is.
   */
  const sourceCollectionFile = z.strictObject({
    sources: z.array(
      z.strictObject({
        source,
        claims: z.array(claim, { error: 'expected a list of claims' }),
      }),
      { error: 'expected a list of sources, each with its claims' },
    ),
  });

  return { actor, actorsFile, evidence, claim, source, sourceFile, sourceCollectionFile };
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
  sourceCollectionFile: sourceCollectionFileSchema,
} = dataFileSchemas(DEFAULT_DATA_FILE_LIMITS);

export type ActorRecord = z.infer<typeof actorSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type ClaimRecord = z.infer<typeof claimSchema>;
export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
export type SourceCollectionFile = z.infer<typeof sourceCollectionFileSchema>;

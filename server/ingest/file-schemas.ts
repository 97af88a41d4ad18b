// The shape of the curated data files (actors registry, one file per source article), as zod schemas.
import { z } from 'zod';
import { ACTOR_KINDS, CERTAINTIES, CLAIM_ORIGINS, CLAIM_STATUSES } from '../model/actors';
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
  /** The state the actor belongs to, as an ISO 3166-1 alpha-3 code (as CAMEO and ICEWS use). */
  country: z
    .string({ error: 'expected a country code as text' })
    .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 3166-1 alpha-3 country code, e.g. PRK' })
    .optional(),
  /** Sectors the actor acts in, as event data names them: government, military, opposition, ... */
  sectors: z.array(text('a sector')).optional(),
  /** The actor's codes in other schemes: `cameo` is its CAMEO actor code, e.g. PRKGOV. */
  codes: z
    .strictObject({
      cameo: z
        .string({ error: 'expected a CAMEO actor code as text' })
        .regex(/^[A-Z0-9]{3,15}$/, { error: 'expected a CAMEO actor code: capitals and digits, e.g. PRKGOV' })
        .optional(),
    })
    .optional(),
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

const count = (what: string) =>
  z
    .number({ error: `expected ${what} as a number` })
    .int({ error: `expected ${what} as a whole number` })
    .min(0, { error: `expected ${what} from 0` });

/** Where a claim imported from coded event data comes from, as the dataset gives it. */
export const provenanceSchema = z.strictObject({
  eventId: text('the event id'),
  sentence: count('the sentence number').optional(),
  cameo: z
    .string({ error: 'expected a CAMEO event code as text' })
    .regex(/^\d{2,4}$/, { error: 'expected a CAMEO event code of 2 to 4 digits, e.g. 046' }),
  cameoLabel: text('the CAMEO label'),
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
  place: text('a place name').optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

export const claimSchema = z
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
    summary: text('a summary'),
    /** Who made the claim: `curated` a person wrote it; `icews`, `gdelt` imported; `extracted` proposed by the extractor. */
    origin: z
      .enum(CLAIM_ORIGINS, { error: `expected an origin: one of ${CLAIM_ORIGINS.join(', ')}` })
      .default('curated'),
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
    /** Imported claims: the coded event they come from. Curated and extracted claims cite text instead. */
    evidence: evidenceSchema.optional(),
    provenance: provenanceSchema.optional(),
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
  /** Where the source entered the corpus: `curated` by hand, or the dataset it was imported from. */
  origin: z
    .enum(CLAIM_ORIGINS, { error: `expected an origin: one of ${CLAIM_ORIGINS.join(', ')}` })
    .default('curated'),
});

export const sourceFileSchema = z.strictObject({
  source: sourceSchema,
  /** A draft's proposed actors (`npm run extract` writes them): they join the registry with the draft. */
  actors: z.array(actorSchema, { error: 'expected a list of actors' }).optional(),
  claims: z.array(claimSchema, { error: 'expected a list of claims' }),
});

export type ActorRecord = z.infer<typeof actorSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type ClaimRecord = z.infer<typeof claimSchema>;
export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;

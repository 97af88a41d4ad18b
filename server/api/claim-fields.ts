// A claim's fields, declared once: the API's claim type, the OpenAPI schema of a claim, the mapper from Neo4j
// rows and the export columns are derived from this list. No runtime dependencies (the viewer reads it too).

/** A field's JSON type: a text, a whole number or any number. */
export type ClaimFieldType = 'string' | 'integer' | 'number';

/**
 * When a served claim has the field: `always` (never null), `nullable` (always there, null when unknown), or
 * `optional` (left out when the claim has no value, as an imported event's provenance).
 */
export type ClaimFieldPresence = 'always' | 'nullable' | 'optional';

/** The closed sets some text fields take their values from; the OpenAPI schema lists them. */
export type ClaimFieldValues = 'relation types' | 'certainties' | 'origins' | 'statuses';

/** One field of a served claim. */
export interface ClaimField {
  name: string;
  type: ClaimFieldType;
  presence: ClaimFieldPresence;
  description: string;
  /**
   * Where the value comes from: a property of the claim's relationship (`property`, the default), or its
   * relationship type and the vocabulary (`relationship`: `type` and `label`).
   */
  from?: 'property' | 'relationship';
  values?: ClaimFieldValues;
  /** What an `always` text is when the stored claim has none. */
  fallback?: string;
  minimum?: number;
  maximum?: number;
}

/** Every field of a served claim, in the order exports list them. */
export const CLAIM_FIELDS = [
  {
    name: 'type',
    type: 'string',
    presence: 'always',
    from: 'relationship',
    values: 'relation types',
    description: 'The relation type, from the vocabulary.',
  },
  {
    name: 'label',
    type: 'string',
    presence: 'always',
    from: 'relationship',
    description: 'How the relation reads between two names ("meets").',
  },
  {
    name: 'date',
    type: 'string',
    presence: 'nullable',
    description: 'When it happened, at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD).',
  },
  { name: 'dateEnd', type: 'string', presence: 'nullable', description: 'When it ended, if it lasted.' },
  {
    name: 'sourceId',
    type: 'string',
    presence: 'always',
    fallback: '',
    description: 'The source article that states the claim.',
  },
  {
    name: 'certainty',
    type: 'string',
    presence: 'always',
    fallback: '',
    values: 'certainties',
    description: "fact, claim (someone's reported account) or assessment (an analyst's reading).",
  },
  {
    name: 'assertedBy',
    type: 'string',
    presence: 'nullable',
    description: 'The actor whose account or assessment it is.',
  },
  {
    name: 'paragraph',
    type: 'integer',
    presence: 'nullable',
    description: 'The paragraph of the source holding the evidence.',
  },
  {
    name: 'quote',
    type: 'string',
    presence: 'nullable',
    description: 'The evidence, quoted from the source.',
  },
  {
    name: 'summary',
    type: 'string',
    presence: 'always',
    fallback: '',
    description: 'The claim in one sentence.',
  },
  {
    name: 'origin',
    type: 'string',
    presence: 'always',
    fallback: 'curated',
    values: 'origins',
    description: 'Where the claim comes from: curated (a person checked it), icews, gdelt, extracted.',
  },
  {
    name: 'status',
    type: 'string',
    presence: 'optional',
    values: 'statuses',
    description: '`candidate` while nobody has checked the claim; absent when accepted.',
  },
  {
    name: 'confidence',
    type: 'number',
    presence: 'optional',
    minimum: 0,
    maximum: 1,
    description: "The extractor's confidence in a candidate claim.",
  },
  {
    name: 'eventId',
    type: 'string',
    presence: 'optional',
    description: "Imported events: the dataset's event id.",
  },
  {
    name: 'eventSentence',
    type: 'integer',
    presence: 'optional',
    description: 'Imported events: the sentence of the story the event was coded from.',
  },
  {
    name: 'cameoCode',
    type: 'string',
    presence: 'optional',
    description: 'Imported events: the CAMEO code.',
  },
  {
    name: 'cameoLabel',
    type: 'string',
    presence: 'optional',
    description: "Imported events: the CAMEO code's label.",
  },
  {
    name: 'goldstein',
    type: 'number',
    presence: 'optional',
    minimum: -10,
    maximum: 10,
    description: "Imported events: the Goldstein scale's weight of the event.",
  },
  {
    name: 'mentions',
    type: 'integer',
    presence: 'optional',
    description: 'Imported events: how many mentions the dataset counted.',
  },
  {
    name: 'sourceCount',
    type: 'integer',
    presence: 'optional',
    description: 'Imported events: how many sources the dataset counted.',
  },
  {
    name: 'articleCount',
    type: 'integer',
    presence: 'optional',
    description: 'Imported events: how many articles the dataset counted.',
  },
  { name: 'tone', type: 'number', presence: 'optional', description: 'Imported events: the average tone.' },
  { name: 'place', type: 'string', presence: 'optional', description: 'Imported events: where it happened.' },
  {
    name: 'latitude',
    type: 'number',
    presence: 'optional',
    description: "Imported events: the place's latitude.",
  },
  {
    name: 'longitude',
    type: 'number',
    presence: 'optional',
    description: "Imported events: the place's longitude.",
  },
] as const satisfies readonly ClaimField[];

type Field = (typeof CLAIM_FIELDS)[number];
type FieldValue<F extends Field> = F['type'] extends 'string' ? string : number;
type ValueOf<F extends Field> = F['presence'] extends 'nullable' ? FieldValue<F> | null : FieldValue<F>;

/** A served claim's fields, as CLAIM_FIELDS declares them. */
export type ClaimFields = {
  [F in Field as F['presence'] extends 'optional' ? never : F['name']]: ValueOf<F>;
} & {
  [F in Field as F['presence'] extends 'optional' ? F['name'] : never]?: ValueOf<F>;
};

/** The name of a claim field. */
export type ClaimFieldName = Field['name'];

/** The fields stored as properties of the claim's relationship, in the order of CLAIM_FIELDS. */
export const STORED_CLAIM_FIELDS: readonly ClaimField[] = CLAIM_FIELDS.filter(
  (field: ClaimField) => field.from !== 'relationship',
);

/** The fields every served claim has (null or not): the export columns listed even when no claim has a value. */
export const LEADING_CLAIM_FIELDS: readonly ClaimField[] = CLAIM_FIELDS.filter(
  (field: ClaimField) => field.presence !== 'optional',
);

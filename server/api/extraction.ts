// What the article extractor answers (`npm run extract -- --json`, and `POST /api/extract`): one shape, no runtime code.

/** The article the claims were read from. */
export interface ExtractedSource {
  id: string;
  title: string;
  publisher: string | null;
  /** The publication date as given (YYYY-MM-DD), or null: relative dates then stay unresolved. */
  published: string | null;
  url: string | null;
}

/** An actor a proposed claim names: one of the registry's (`isNew: false`) or proposed by the extractor. */
export interface ExtractedActor {
  id: string;
  name: string;
  kind: 'person' | 'state' | 'organisation' | 'group' | 'territory';
  aliases: string[];
  /** ISO 3166-1 alpha-3 code of the actor's state, when known. */
  country: string | null;
  isNew: boolean;
}

/** Where a proposed claim was read: the paragraph as the data format counts it, a few verbatim words, the sentence. */
export interface ExtractedEvidence {
  paragraph: number;
  /** At most 12 words that occur verbatim in the text. */
  quote: string;
  sentence: string;
}

/** One proposed claim: never checked by a person (it becomes `origin: extracted`, `status: candidate`). */
export interface ExtractedClaim {
  id: string;
  /** A relation type of the vocabulary (server/model/relations.ts). */
  type: string;
  /** Actor ids, each listed in `actors`. */
  from: string;
  to: string;
  /** ISO at the precision of the text (YYYY, YYYY-MM, YYYY-MM-DD), or null when the text gives none. */
  date: string | null;
  dateEnd: string | null;
  certainty: 'fact' | 'claim' | 'assessment';
  /** Whose account or reading it is (an actor id), null for the article's own voice. */
  assertedBy: string | null;
  /** How sure the extractor is, 0 to 1. */
  confidence: number;
  evidence: ExtractedEvidence;
}

/** The extractor's whole answer for one article. */
export interface ExtractionResult {
  source: ExtractedSource;
  actors: ExtractedActor[];
  claims: ExtractedClaim[];
}

// Actor kinds and claim certainty levels: the small closed sets the data model is built on.

/** What sort of actor a node is. */
export const ACTOR_KINDS = ['person', 'state', 'organisation', 'group', 'territory'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_DESCRIPTIONS: Record<ActorKind, string> = {
  person: 'A named individual, or an unnamed one the article quotes (an official, an analyst).',
  state: 'A sovereign country acting as a whole.',
  organisation: 'A government body, party, armed force, university, institute or news outlet.',
  group: 'A people or an informal set of actors.',
  territory: 'A region or area that others act upon.',
};

/** Hex colour of each kind in the viewer and in exports. */
export const ACTOR_KIND_COLOURS: Record<ActorKind, string> = {
  person: '#4e79a7',
  state: '#e15759',
  organisation: '#59a14f',
  group: '#edc948',
  territory: '#b07aa1',
};

/**
 * How sure the source is of a claim:
 * `fact` the article states it in its own voice; `claim` it reports someone's account (a memoir, a statement);
 * `assessment` it reports an analyst's or observer's reading, or makes one itself.
 */
export const CERTAINTIES = ['fact', 'claim', 'assessment'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CERTAINTY_DESCRIPTIONS: Record<Certainty, string> = {
  fact: 'Stated as fact by the source.',
  claim: "Someone's account that the source reports (assertedBy says whose).",
  assessment: "An analyst's or observer's judgement (assertedBy names the analyst when the source does).",
};

/**
 * Where a claim comes from: `curated` a person wrote and checked it; `icews` and `gdelt` imported from coded event
 * data; `extracted` proposed by the article extractor. Analysts must always see which claims a person checked.
 */
export const CLAIM_ORIGINS = ['curated', 'icews', 'gdelt', 'extracted'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

/** `candidate` a proposal waiting for a person; `accepted` part of the graph. */
export const CLAIM_STATUSES = ['accepted', 'candidate'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_ORIGIN_DESCRIPTIONS: Record<ClaimOrigin, string> = {
  curated: 'Written and checked by a person from the article, with its paragraph and quote.',
  icews: 'Imported from ICEWS coded event data, not checked by a person.',
  gdelt: 'Imported from GDELT coded event data, not checked by a person.',
  extracted: 'Proposed by the article extractor, not checked by a person.',
};

/** The origins whose claims a person wrote or checked. */
export const CHECKED_ORIGINS: readonly ClaimOrigin[] = ['curated'];

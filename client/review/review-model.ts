// The review of one article, as data: each candidate claim with its decision and fields, each actor the claims
// name with what the analyst made of it, and the save body they become. No DOM here, so it is unit-testable.
import type { ArticleFields, Versions } from '../api/curation';
import type { ExtractedActor, ExtractedClaim, ExtractionResult } from '../api/types';
import { paragraphsOf, type Paragraph } from '../../server/text/paragraphs';

export type Decision = 'pending' | 'accepted' | 'rejected';

/** A claim's editable fields, in the data format's terms (the quote and paragraph are its evidence). */
export interface ClaimFields {
  id: string;
  type: string;
  from: string;
  to: string;
  date: string;
  dateEnd: string;
  certainty: string;
  assertedBy: string;
  summary: string;
  paragraph: number;
  quote: string;
}

export interface ReviewClaim {
  /** Stable key in the review (the extractor's id, or `added-N`). */
  key: string;
  fields: ClaimFields;
  decision: Decision;
  confidence: number | null;
  /** The sentence the extractor read it in, shown as context; none for a claim the analyst added. */
  sentence: string | null;
  added: boolean;
}

/** An actor the review's claims may name: known (in a registry) or proposed by the extractor. */
export interface ReviewActor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  country: string;
  isNew: boolean;
  /** For a proposed actor: the existing actor it is the same as (its name becomes an alias there). */
  mergeInto: { id: string; name: string } | null;
}

/** A label for each relation type, and a summary wording, from the vocabulary /api/meta serves. */
export type Labels = ReadonlyMap<string, string>;

const SLUG_CHARS = /[^a-z0-9]+/g;

/** A slug of `text`: lower-case words joined by single dashes. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(SLUG_CHARS, '-')
    .replace(/^-+|-+$/g, '');
}

/** Blank when absent, as form fields hold it. */
const blank = (value: string | null | undefined): string => value ?? '';

export class ReviewModel {
  readonly paragraphs: Paragraph[];
  readonly claims: ReviewClaim[];
  readonly actors = new Map<string, ReviewActor>();
  sourceId: string;
  /** The title the extractor read from the headline when the form gave none. */
  readonly title: string;
  private addedCount = 0;

  constructor(
    readonly article: ArticleFields,
    result: ExtractionResult,
    readonly labels: Labels,
    /** The versions the save carries (actors.yaml as read when the review opened). */
    readonly versions: Versions,
  ) {
    this.paragraphs = paragraphsOf(article.text);
    this.sourceId = result.source.id;
    this.title = article.title || result.source.title;
    for (const actor of result.actors) this.addActor(actor);
    this.claims = result.claims.map((claim) => this.candidate(claim));
  }

  private candidate(claim: ExtractedClaim): ReviewClaim {
    const fields: ClaimFields = {
      id: claim.id,
      type: claim.type,
      from: claim.from,
      to: claim.to,
      date: blank(claim.date),
      dateEnd: blank(claim.dateEnd),
      certainty: claim.certainty,
      assertedBy: blank(claim.assertedBy),
      summary: '',
      paragraph: claim.evidence.paragraph,
      quote: claim.evidence.quote,
    };
    fields.summary = this.summaryOf(fields);
    return {
      key: claim.id,
      fields,
      decision: 'pending',
      confidence: claim.confidence,
      sentence: claim.evidence.sentence,
      added: false,
    };
  }

  /** Adds an actor the claims may name (from the extractor, or found by search); returns it. */
  addActor(
    actor: { id: string; name: string; kind: string } & Partial<Omit<ExtractedActor, 'kind'>>,
  ): ReviewActor {
    const known = this.actors.get(actor.id);
    if (known) return known;
    const entry: ReviewActor = {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: [...(actor.aliases ?? [])],
      country: blank(actor.country),
      isNew: actor.isNew ?? false,
      mergeInto: null,
    };
    this.actors.set(actor.id, entry);
    return entry;
  }

  name(id: string): string {
    const actor = this.actors.get(id);
    return actor?.mergeInto?.name ?? actor?.name ?? id;
  }

  /** A plain summary of the fields, in the project's words (the analyst rewrites it as needed). */
  summaryOf(fields: Pick<ClaimFields, 'type' | 'from' | 'to' | 'certainty' | 'assertedBy'>): string {
    const label = this.labels.get(fields.type) ?? fields.type;
    const voice =
      fields.certainty === 'fact'
        ? ''
        : ` (${fields.certainty === 'claim' ? 'according to' : 'as read by'} ${fields.assertedBy ? this.name(fields.assertedBy) : 'the article'})`;
    return `${this.name(fields.from)} ${label} ${this.name(fields.to)}${voice}.`;
  }

  /** The paragraph holding the offsets `start`..`end` of the text, or null. */
  paragraphAt(offset: number): Paragraph | null {
    return this.paragraphs.find((p) => offset >= p.start && offset <= p.start + p.text.length) ?? null;
  }

  /** A claim the extractor missed, from words the analyst selected in paragraph `paragraph`. */
  addClaim(paragraph: number, quote: string, type: string): ReviewClaim {
    this.addedCount += 1;
    const words = quote.trim().split(/\s+/).slice(0, 12).join(' ');
    const first = [...this.actors.keys()];
    const fields: ClaimFields = {
      id: '',
      type,
      from: first[0] ?? '',
      to: first[1] ?? first[0] ?? '',
      date: '',
      dateEnd: '',
      certainty: 'fact',
      assertedBy: '',
      summary: '',
      paragraph,
      quote: words,
    };
    fields.summary = this.summaryOf(fields);
    const claim: ReviewClaim = {
      key: `added-${this.addedCount}`,
      fields,
      decision: 'accepted',
      confidence: null,
      sentence: null,
      added: true,
    };
    this.claims.push(claim);
    return claim;
  }

  /** The claims grouped by paragraph, in the text's order. */
  byParagraph(): Array<{ paragraph: number; claims: ReviewClaim[] }> {
    const groups = new Map<number, ReviewClaim[]>();
    for (const claim of this.claims) {
      const list = groups.get(claim.fields.paragraph) ?? [];
      list.push(claim);
      groups.set(claim.fields.paragraph, list);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a - b)
      .map(([paragraph, claims]) => ({ paragraph, claims }));
  }

  /** The claims in the order the list shows them (by paragraph), for next / previous. */
  ordered(): ReviewClaim[] {
    return this.byParagraph().flatMap((group) => group.claims);
  }

  accepted(): ReviewClaim[] {
    return this.ordered().filter((claim) => claim.decision === 'accepted');
  }

  /** The ids the accepted claims name (ends and asserters), in order. */
  private namedActors(): string[] {
    const ids = new Set<string>();
    for (const { fields } of this.accepted())
      for (const id of [fields.from, fields.to, fields.assertedBy]) if (id) ids.add(id);
    return [...ids];
  }

  /** A claim id that says what it is, unique in the save. */
  private claimId(fields: ClaimFields, taken: Set<string>): string {
    const base =
      fields.id ||
      slugOf(`${this.sourceId} ${fields.from} ${fields.type} ${fields.to} ${fields.date}`).slice(0, 120);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  }

  /** POST /api/sources's body: the source, its text, the accepted claims (in the list's order) and their actors. */
  saveBody(): Record<string, unknown> {
    const { article } = this;
    const taken = new Set<string>();
    const claims = this.accepted().map(({ fields }) => ({
      id: this.claimId(fields, taken),
      type: fields.type,
      from: fields.from,
      to: fields.to,
      date: fields.date || null,
      ...(fields.dateEnd ? { dateEnd: fields.dateEnd } : {}),
      certainty: fields.certainty,
      assertedBy: fields.assertedBy || null,
      summary: fields.summary,
      evidence: { paragraph: fields.paragraph, quote: fields.quote },
    }));
    const actors = this.namedActors().map((id) => {
      const actor = this.actors.get(id);
      if (!actor) return { id };
      if (actor.mergeInto)
        return {
          id,
          name: actor.name,
          kind: actor.kind,
          aliases: actor.aliases,
          mergeInto: actor.mergeInto.id,
        };
      if (!actor.isNew) return { id, name: actor.name };
      return {
        id,
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        ...(actor.country ? { country: actor.country } : {}),
      };
    });
    return {
      source: {
        id: this.sourceId,
        title: this.title,
        publisher: article.publisher ?? '',
        published: article.published || null,
        authors: [],
        ...(article.url ? { url: article.url } : {}),
      },
      text: article.text,
      claims,
      actors,
      versions: this.versions,
    };
  }

  /** Where in the review a field the server named (`claims[2].date`, `actors[0].kind`) is: its claim or actor. */
  placeOf(field: string): { claim?: ReviewClaim; actor?: ReviewActor; key: string } | null {
    const claim = /^claims\[(\d+)\]\.?(.*)$/.exec(field);
    if (claim) {
      const found = this.accepted()[Number(claim[1])];
      return found ? { claim: found, key: (claim[2] ?? '').replace(/^evidence\./, '') || 'id' } : null;
    }
    const actor = /^actors\[(\d+)\]\.?(.*)$/.exec(field);
    if (actor) {
      const id = this.namedActors()[Number(actor[1])];
      const found = id ? this.actors.get(id) : undefined;
      return found ? { actor: found, key: actor[2] || 'id' } : null;
    }
    return null;
  }
}

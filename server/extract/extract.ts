// The article extractor: one pure pipeline over one document. text -> paragraphs and sentences -> mentions ->
// actors resolved -> relation cues -> attribution and certainty -> dates -> candidate claims with evidence.
import type { ExtractedSource, ExtractionResult } from '../api/extraction';
import type { RelationType } from '../model/relations';
import { ArticleActors, type ActorInfo, type ActorRegistry } from './actor-table';
import {
  attribute,
  isNegatedOrConditional,
  paragraphQuotes,
  sentenceVoices,
  type Voice,
} from './attribution';
import { buildClaims, dateOf, type ClaimDraft } from './claims';
import { relationCandidates, type RelationCandidate } from './cues';
import { sentenceDates } from './dates';
import { readArticle, type Paragraph } from './document';
import { ArticleMemory, type Role, type SentenceMentions } from './mentions';
import { findMentions } from './people';
import { ASSESSMENT_MARKERS } from './lexicon/attribution';
import { PhraseMatcher } from './phrases';

/** What is known of the article besides its text. */
export interface ArticleInfo {
  id?: string;
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD; without it relative dates stay unresolved. */
  published?: string;
  url?: string;
}

const ASSESSING = new PhraseMatcher(ASSESSMENT_MARKERS);

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The first paragraph is the title when it reads as a headline: short, without a final full stop. */
function headline(paragraphs: Paragraph[]): string | null {
  const first = paragraphs[0]?.text;
  if (!first || first.length > 200 || /[.!?]$/.test(first) || first.split(/\s+/).length > 25) return null;
  return first;
}

function sourceOf(info: ArticleInfo, paragraphs: Paragraph[]): ExtractedSource {
  const title = info.title ?? headline(paragraphs) ?? 'Untitled article';
  const words = slug(title).split('-').slice(0, 6).join('-');
  const id =
    info.id ?? ([slug(info.publisher ?? ''), info.published, words].filter(Boolean).join('-') || 'article');
  return {
    id,
    title,
    publisher: info.publisher ?? null,
    published: info.published ?? null,
    url: info.url ?? null,
  };
}

function confidenceOf(c: RelationCandidate, certainty: string): number {
  let confidence = 0.55;
  for (const end of [c.from, c.to]) {
    if (!end.actor.isNew) confidence += 0.08;
    if (end.via === 'pronoun' || end.via === 'coref') confidence -= 0.12;
  }
  if (c.frame === 'verb' || c.frame === 'between' || c.frame === 'compound') confidence += 0.08;
  if (certainty === 'assessment') confidence -= 0.08;
  return confidence;
}

function tieType(role: Role): RelationType {
  if (role.title === 'spouse') return 'SPOUSE_OF';
  if (role.head && role.member.kind === 'person') return 'LEADS';
  return 'AFFILIATED_WITH';
}

function tieDrafts(found: SentenceMentions): ClaimDraft[] {
  return found.roles.flatMap((role) => {
    if (!role.of || role.of.id === role.member.id) return [];
    const type = tieType(role);
    if (type === 'AFFILIATED_WITH' && role.of.kind === 'person') return [];
    const common = {
      sentence: found.sentence,
      start: role.start,
      end: role.end,
      cueStart: role.start,
      cueEnd: role.end,
    };
    return [
      {
        ...common,
        type,
        from: role.member,
        to: role.of,
        certainty: 'fact' as const,
        assertedBy: null,
        confidence: 0.7,
      },
    ];
  });
}

/** "X said ... Y probably wants ...": the speaker's reading of the first other actor the reading is about. */
function assessmentDraft(
  found: SentenceMentions,
  speaker: ActorInfo,
  from: number,
  to: number,
): ClaimDraft | undefined {
  const { tokens } = found.sentence;
  if (!ASSESSING.occursIn(tokens, from, to)) return undefined;
  const inside = found.mentions.filter((m) => m.start >= from && m.end <= to && m.actor.id !== speaker.id);
  const target = inside.find((m) => m.actor.kind === 'person') ?? inside[0];
  if (!target) return undefined;
  const common = {
    sentence: found.sentence,
    start: target.start,
    end: Math.min(to, target.end + 8),
    cueStart: target.start,
    cueEnd: target.end,
  };
  return {
    ...common,
    type: 'ASSESSES',
    from: speaker,
    to: target.actor,
    certainty: 'assessment',
    assertedBy: speaker,
    confidence: 0.5,
  };
}

/** Extracts candidate claims from one article's text, resolving actors against `registry`. */
export function extractArticle(
  text: string,
  registry: ActorRegistry,
  info: ArticleInfo = {},
): ExtractionResult {
  const article = readArticle(text);
  const source = sourceOf(info, article.paragraphs);
  const actors = new ArticleActors(registry);
  const memory = new ArticleMemory(actors);
  const authors = new Map<string, ActorInfo>();
  const drafts: Array<{ draft: ClaimDraft; date: string | null; dateEnd: string | null }> = [];
  const datesOf = new Map<number, ReturnType<typeof sentenceDates>>();
  const add = (draft: ClaimDraft) => {
    const { index, text: sentenceText } = draft.sentence;
    const dates = datesOf.get(index) ?? sentenceDates(sentenceText, source.published);
    datesOf.set(index, dates);
    drafts.push({ draft, ...dateOf(draft, dates, source.published) });
  };
  for (const paragraph of article.paragraphs) {
    const found = paragraph.sentences.map((sentence) => findMentions(sentence, memory));
    const quotes = paragraphQuotes(paragraph, found);
    for (const sentence of found) {
      const voices: Voice[] = sentenceVoices(sentence, authors);
      const middle = sentence.sentence.offset + sentence.sentence.text.length / 2;
      const quote = quotes.find((q) => middle >= q.from && middle < q.to);
      for (const candidate of relationCandidates(sentence)) {
        if (isNegatedOrConditional(candidate)) continue;
        const { certainty, assertedBy } = attribute(candidate, voices, quote?.speaker);
        const asserter = assertedBy ? (actors.get(assertedBy) ?? null) : null;
        add({
          ...candidate,
          type: candidate.type,
          from: candidate.from.actor,
          to: candidate.to.actor,
          certainty,
          assertedBy: asserter,
          confidence: confidenceOf(candidate, certainty),
        });
      }
      for (const tie of tieDrafts(sentence)) add(tie);
      const readings = voices
        .filter((v) => v.opinion)
        .map((v) => ({ speaker: v.speaker, from: v.from, to: v.to }));
      if (quote) readings.push({ speaker: quote.speaker, from: 0, to: sentence.sentence.tokens.length });
      for (const reading of readings) {
        const draft = assessmentDraft(sentence, reading.speaker, reading.from, reading.to);
        if (draft) add(draft);
      }
    }
  }
  const claims = buildClaims(source.id, drafts);
  const named = new Map<string, ActorInfo>();
  for (const claim of claims)
    for (const id of [claim.from, claim.to, claim.assertedBy])
      if (id && !named.has(id)) named.set(id, actors.get(id) as ActorInfo);
  return { source, actors: [...named.values()], claims };
}

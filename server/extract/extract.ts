// The article extractor: one pure pipeline over one document. text -> paragraphs and sentences -> mentions ->
// actors resolved -> relation cues -> attribution and certainty -> dates -> candidate claims with evidence.
import type { ExtractedSource, ExtractionResult } from '../api/extraction';
import { relationDefinition, type RelationType } from '../model/relations';
import { ArticleActors, type ActorInfo, type ActorRegistry } from './actors/actor-table';
import {
  actsBySaying,
  Analysts,
  attribute,
  isNegatedOrConditional,
  paragraphQuotes,
  doubtfulPronounSpeakers,
  fullQuotation,
  elaboration,
  quotedTokens,
  readingTarget,
  sentenceVoices,
  Tellings,
  type Voice,
} from './attribution';
import { buildClaims, dateOf, type ClaimDraft } from './claims';
import {
  leadersMeant,
  namesTwoActors,
  relationCandidates,
  summitOfLeaders,
  type RelationCandidate,
} from './relations/cues';
import {
  dateAtThatTime,
  RankedEvents,
  reactionSpan,
  relativeDays,
  sameClause,
  sentenceDates,
  SessionDays,
  StatementDates,
  type TextDate,
} from './dates';
import { readArticle, type Paragraph } from './document';
import {
  ArticleMemory,
  brusselsAsUnion,
  brusselsIsTheUnion,
  type Mention,
  type Role,
  type SentenceMentions,
} from './actors/mentions';
import { findMentions } from './actors/people';
import { withFirstPerson } from './relations/first-person';
import { jointMentions } from './relations/joint';
import { interviewTurns } from './interviews';
import { Coreference } from './actors/coreference';
import { memberRoles } from './actors/memberships';
import { ASSESSMENT_MARKERS } from './lexicon/attribution';
import { FORMER_WORDS, STATE_HEAD_TITLES } from './lexicon/titles';
import { PhraseMatcher } from './phrases';
import { builtTie, hyphenedAct, standingPresent, tenseAfter, tenseOf, tieEnds } from './tense';
import { visitsOfMeeting, visitsOfPresence } from './relations/visits';
import { withGoodsOf } from './relations/goods';
import { encounters } from './relations/encounters';
import { replies } from './relations/replies';
import { fears, threatenedActs, warnings } from './relations/warnings';
import { leverage } from './relations/leverage';
import { mobilisation } from './relations/mobilisation';
import { subjectBefore } from './relations/subjects';
import {
  leadTiedToStatement,
  perfect,
  pluperfect,
  SPEECH,
  TELLS_NOW,
  toldAsAct,
  type LeadSentences,
} from './speech-dates';

/** What is known of the article besides its text. */
export interface ArticleInfo {
  id?: string;
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD; without it relative dates stay unresolved. */
  published?: string;
  /** Candidates less sure than this are not proposed; MIN_CONFIDENCE unless given. */
  minConfidence?: number;
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

/**
 * Candidates less sure than this are not proposed: a wrong claim costs a curator more than a missed one. With
 * the weights below, a relation between two actors both found only by pronoun or a later mention, or a noun's
 * reading between two actors the registry does not know, falls under it.
 */
export const MIN_CONFIDENCE = 0.5;

/** Frames that read a relation from a noun: "Kim's visit to China", "the summit between", "the A-B summit". */
const NOUN_FRAMES = new Set(['owner', 'between', 'compound', 'adjunct']);
/** Events that happen on a day (a visit, a summit), unlike a stance a noun may state ("Ankara's backing of"). */
const CONTACTS = new Set<RelationType>([
  'MEETS',
  'VISITS',
  'HOSTS',
  'ACCOMPANIES',
  'CONSULTS',
  'NEGOTIATES_WITH',
  'SIGNS_AGREEMENT_WITH',
]);
/** What a contact read from a noun loses when neither its sentence nor the one before dates it. */
const UNDATED_NOUN_EVENT = 0.25;
/** What "the A-B summit" loses unless its own sentence dates it in the past ("on June 12", "last May"). */
const COMPOUND = 0.25;
/**
 * A meeting or a visit labelled by its two parties ("the A-B summit") may be one to come; talks so labelled, or a
 * standing relation ("Turkey-Israel economic relations", "US-China tensions"), name what is.
 */
const labelledEvent = (frame: string | undefined, type: RelationType) =>
  frame === 'compound' && type !== 'NEGOTIATES_WITH' && CONTACTS.has(type);

/**
 * Events between people told by their surnames ("Erdogan met Putin in Sochi"): a surname the article has tied to a
 * person named in full is as sure as the name, unlike a pronoun or a description ("the country").
 */
const SURNAME_EVENTS = new Set<RelationType>([
  ...CONTACTS,
  'REQUESTS',
  'DEMANDS',
  'AGREES_TO_COOPERATE',
  'REJECTS',
]);

function bySurname(c: RelationCandidate, end: RelationCandidate['from']): boolean {
  if (!SURNAME_EVENTS.has(c.type) || end.actor.kind !== 'person' || end.end - end.start !== 1) return false;
  const word = c.sentence.tokens[end.start]?.text;
  return word !== undefined && /^\p{Lu}/u.test(word) && end.actor.name.split(' ').includes(word);
}

/** Verbs of saying whose subject "he" or "she" in the clause they open stands for: "Dodik said he would ask". */
const SAYING = new Set([
  'said',
  'says',
  'saying',
  'told',
  'tells',
  'telling',
  'added',
  'announced',
  'stated',
]);
/** How far before the pronoun the verb of saying may stand: "telling journalists in Banja Luka on Wednesday that". */
const SAYING_SPAN = 14;

/**
 * "Dodik ..., telling journalists that he would ask Russia to ...": a pronoun opening the clause of a verb of
 * saying, resolved to that verb's own subject, is the speaker, as sure as the name.
 */
function speakerSelf(c: RelationCandidate, end: RelationCandidate['from'], mentions: Mention[]): boolean {
  if (end.via !== 'pronoun' || end.actor.kind !== 'person') return false;
  const { tokens } = c.sentence;
  const at = tokens[end.start - 1]?.lower === 'that' ? end.start - 1 : end.start;
  for (let i = at - 1; i >= 0 && at - i <= SAYING_SPAN; i--) {
    const word = tokens[i]?.lower ?? '';
    if (SAYING.has(word) && tokens[i]?.pos === 'VERB') {
      // "Dodik rejected the warrant, telling ...": a participle's subject is the person its clause follows.
      const speaker =
        subjectBefore(tokens, mentions, i) ??
        (word.endsWith('ing') ? mentions.filter((m) => m.end <= i && m.actor.kind === 'person') : []).at(-1);
      return speaker?.actor.id === end.actor.id;
    }
    if (['.', ';', ':', '“', '”', '"'].includes(word)) return false;
    // "told Putin that he ...": the pronoun may be the one told.
    const other = mentions.find((m) => m.start <= i && m.end > i);
    if (other && other.actor.kind === 'person' && other.actor.id !== end.actor.id) return false;
  }
  return false;
}

/** Personal pronouns that may open a clause as its subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** Closing quotation marks after which a pronoun opens the clause of saying: '"...," he told reporters'. */
const CLOSING_QUOTES = new Set(['”', '"']);

/**
 * "Harris arrived in Manila on Monday. She met Marcos on Tuesday.": "he" or "she" opening a sentence (or the clause
 * after a quotation) and resolved to the subject of the sentence before stands for the one the story is following,
 * as sure as a name when it tells an event of that person.
 */
function continuedSubject(
  c: RelationCandidate,
  end: RelationCandidate['from'],
  mentions: Mention[],
  before?: string,
): boolean {
  if (!before || end.via !== 'pronoun' || end.actor.id !== before || end.actor.kind !== 'person')
    return false;
  if (!SURNAME_EVENTS.has(c.type) || end !== c.from) return false;
  const { tokens } = c.sentence;
  if (!SUBJECT_PRONOUNS.has(tokens[end.start]?.lower ?? '')) return false;
  if (end.start === 0 || CLOSING_QUOTES.has(tokens[end.start - 1]?.text ?? '')) return true;
  // "On Tuesday, she met Marcos", "Later, he told reporters": a fronted adjunct with no verb and no actor of its own.
  return (
    tokens[end.start - 1]?.text === ',' &&
    end.start <= FRONTED_SPAN &&
    tokens.slice(0, end.start - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',') &&
    !mentions.some((m) => m.start < end.start)
  );
}
/** How many words a fronted adjunct before the pronoun may hold: "Earlier on Tuesday,". */
const FRONTED_SPAN = 6;

/** How far before an encounter's cue the verb of saying may stand: "said after wrapping up meetings with". */
const SAID_SPAN = 5;

/** An encounter read from the adjunct of a verb of saying in the past: "Rubio said after meeting Lavrov". */
function toldAfterMeeting(draft: ClaimDraft): boolean {
  if (draft.frame !== 'clause' || draft.tense !== undefined || !CONTACTS.has(draft.type)) return false;
  const { tokens } = draft.sentence;
  for (let i = draft.cueStart - 1; i >= 0 && draft.cueStart - i <= SAID_SPAN; i--) {
    const word = tokens[i]?.lower ?? '';
    if (word === 'said' || word === 'told') return true;
    if ([',', '.', ';', ':', '“', '”', '"'].includes(word)) return false;
  }
  return false;
}

function confidenceOf(
  c: RelationCandidate,
  certainty: string,
  mentions: Mention[],
  tense?: string,
  before?: string,
): number {
  let confidence = 0.55;
  for (const end of [c.from, c.to]) {
    if (!end.actor.isNew) confidence += 0.08;
    // "the two leaders" is resolved only when unambiguous (joint.ts): no less sure than a name.
    if (c.frame === 'joint' && end.via === 'coref') continue;
    if (speakerSelf(c, end, mentions) || continuedSubject(c, end, mentions, before)) continue;
    if (end.via === 'pronoun' || (end.via === 'coref' && !bySurname(c, end))) confidence -= 0.12;
  }
  if (['verb', 'light', 'between', 'copula'].includes(c.frame)) confidence += 0.08;
  // "the North Korea-US summit" labels a meeting by its states; who met (most often their leaders) is unsaid, and
  // the summit may be one to come: proposed only when its own sentence dates it (in add). "North Korea-US talks"
  // names the parties to the talks as they are meant.
  if (labelledEvent(c.frame, c.type)) confidence -= COMPOUND;
  // A reading is less sure than a fact; an event announced as scheduled is no less sure for being still to come.
  if (certainty === 'assessment' && tense !== 'future') confidence -= 0.08;
  return confidence;
}

const STATE_HEADS = new Set(STATE_HEAD_TITLES);
const FORMER = new Set(FORMER_WORDS);
/** Verbs that give a title to their subject: "X is the former director of Y". */
const COPULAS = new Set(['is', 'was', 'became', 'remains']);

function tieType(role: Role): RelationType {
  if (role.title === 'spouse') return 'SPOUSE_OF';
  if (!role.head || role.member.kind !== 'person') return 'AFFILIATED_WITH';
  if (role.of?.kind === 'state' && !STATE_HEADS.has(role.title)) return 'AFFILIATED_WITH';
  return 'LEADS';
}

/**
 * "former Syrian president Bashar al-Assad", "Jane Roe, a former director of ...": a title held once, at no date the
 * sentence gives.
 */
function isFormer(found: SentenceMentions, role: Role): boolean {
  const { tokens } = found.sentence;
  for (let i = role.start - 1; i >= Math.max(0, role.start - 2); i--)
    if (FORMER.has(tokens[i]?.lower ?? '')) return true;
  for (let i = role.start + 1; i < role.end; i++) {
    const before =
      tokens[i - 1]?.lower === ',' ? 1 : ['a', 'an', 'the'].includes(tokens[i - 1]?.lower ?? '') ? 2 : 0;
    if (!before || !FORMER.has(tokens[i]?.text ?? '')) continue;
    // ", a former director of", or after a copula: "Jane Roe is the former director of", "was a former envoy".
    const opener = tokens[i - before]?.lower ?? '';
    if (opener === ',' || (before === 2 && COPULAS.has(opener))) return true;
  }
  return false;
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
        former: role.former === true || isFormer(found, role),
        ended: tieEnds(found.sentence.tokens, role.end),
      },
    ];
  });
}

/**
 * "X said ... Y probably wants ...": the speaker's reading of the actor the reading is about. Whatever an analyst
 * says is a reading; anyone else's only when its words read motives or likely conduct.
 */
function assessmentDraft(
  found: SentenceMentions,
  speaker: ActorInfo,
  from: number,
  to: number,
  analyst: boolean,
): ClaimDraft | undefined {
  const { tokens } = found.sentence;
  if (!analyst && !ASSESSING.occursIn(tokens, from, to)) return undefined;
  // "What does Kim think?": a question reads no one.
  if (tokens.slice(from, to).some((t) => t.text === '?')) return undefined;
  const target = readingTarget(found, speaker, from, to);
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

interface DatedEvent {
  draft: ClaimDraft;
  date: string | null;
  dateEnd: string | null;
}

/** Sentences back that a date is carried over. */
const DATE_CARRY = 2;

/**
 * The date of the same event told a sentence or two before in the paragraph, for a sentence that gives none:
 * the same two actors (either order), or one of them in a relation of the same type ("Kim visited China in
 * June. He met Xi there."). The latest such event wins; none when nothing so near matches.
 */
function carriedDate(
  events: DatedEvent[],
  draft: ClaimDraft,
): { date: string | null; dateEnd: string | null } | undefined {
  const here = draft.sentence.index;
  const ends = new Set([draft.from.id, draft.to.id]);
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i] as DatedEvent;
    if (here - event.draft.sentence.index > DATE_CARRY || event.draft.sentence.index >= here) continue;
    const shared = [event.draft.from.id, event.draft.to.id].filter((id) => ends.has(id)).length;
    if (shared === 2 || (shared === 1 && event.draft.type === draft.type))
      return { date: event.date, dateEnd: event.dateEnd };
  }
  return undefined;
}

/**
 * The cues' candidates and the encounters, replies, warnings, fears, threatened acts, pressure as an aim and
 * forces sent they do not read (encounters.ts, replies.ts, warnings.ts, leverage.ts, mobilisation.ts), each
 * relation once.
 */
function withEncounters(
  found: RelationCandidate[],
  sentence: SentenceMentions,
  visits: RelationCandidate[],
): RelationCandidate[] {
  // Their ends are the sentence's mentions too: with fewer than two actors named there is none to find.
  const read = namesTwoActors(sentence.mentions)
    ? [
        ...encounters(sentence),
        ...replies(sentence),
        ...warnings(sentence),
        ...fears(sentence),
        ...threatenedActs(sentence),
        ...leverage(sentence),
        ...mobilisation(sentence),
      ]
    : [];
  const more = [...read, ...visits].filter(
    (e) =>
      !found.some(
        (c) => c.type === e.type && c.from.actor.id === e.from.actor.id && c.to.actor.id === e.to.actor.id,
      ),
  );
  return more.length === 0 ? found : [...found, ...more];
}

/** Extracts candidate claims from one article's text, resolving actors against `registry`. */
export function extractArticle(
  text: string,
  registry: ActorRegistry,
  info: ArticleInfo = {},
): ExtractionResult {
  const minConfidence = info.minConfidence ?? MIN_CONFIDENCE;
  const article = readArticle(text);
  const source = sourceOf(info, article.paragraphs);
  const titleParagraph = headline(article.paragraphs) ? article.paragraphs[0]?.number : undefined;
  const actors = new ArticleActors(registry);
  const memory = new ArticleMemory(actors);
  memory.setPublisher(info.publisher);
  memory.published = source.published ?? undefined;
  const authors = new Map<string, ActorInfo>();
  const analysts = new Analysts();
  const ranked = new RankedEvents();
  const statements = new StatementDates();
  const sessions = new SessionDays();
  let lead: LeadSentences | undefined;
  const tellings = new Tellings();
  const coreference = new Coreference();
  const drafts: Array<{ draft: ClaimDraft; date: string | null; dateEnd: string | null }> = [];
  const datesOf = new Map<number, ReturnType<typeof sentenceDates>>();
  // The dates a sentence's own words give, read once: both its relations and the sentences after it ask.
  const givenDates = new Map<string, ReturnType<typeof sentenceDates>>();
  const datesGiven = (told: string) => {
    let dates = givenDates.get(told);
    if (dates === undefined) givenDates.set(told, (dates = sentenceDates(told, source.published)));
    return dates;
  };
  let events: DatedEvent[] = [];
  /** Each sentence's subject (the actor named last before its first verb) and the dates it gives. */
  const subjects = new Map<number, { subject: string; dates: () => readonly TextDate[] }>();
  const toldOn = (draft: ClaimDraft): { date: string; dateEnd: string | null } | undefined => {
    const { index, tokens } = draft.sentence;
    const verb = tokens[draft.cueStart];
    if (draft.tense !== undefined || pluperfect(draft) || verb?.pos !== 'VERB') return undefined;
    // An infinitive or a gerund is no act told ("Trump's threat to impose tariffs").
    if (tokens[draft.cueStart - 1]?.lower === 'to' || verb.lower.endsWith('ing')) return undefined;
    const before = subjects.get(index - 1);
    if (before?.subject !== draft.from.id || subjects.get(index)?.subject !== draft.from.id) return undefined;
    const [given, ...more] = before.dates();
    // A time ahead of the article ("will travel next week") is no time of a past act, nor a span up to it ("in the
    // past month") the time of one.
    if (!given || more.length > 0 || given.rolling || (source.published && given.date > source.published))
      return undefined;
    return { date: given.date, dateEnd: given.dateEnd };
  };
  // A speaker quoted on the lead's news in the sentences right after it, at no day of their own, spoke on the lead's
  // day: the day their later undated acts of speech take ("Washington's envoy urged Beijing").
  const toldDates = (
    found: SentenceMentions,
    voices: readonly Voice[],
    own: readonly TextDate[],
  ): readonly TextDate[] => {
    const lead = statements.leadDay(found.sentence.index);
    // Only remarks quoted ('"...," X told reporters'): an act of speech told in its own right ("X accused Y")
    // is news of its own, at no day the lead gives.
    if (!lead || !/[“”"]/.test(found.sentence.text)) return own;
    const { tokens } = found.sentence;
    const tokenAt = (at: number) =>
      Math.max(
        0,
        tokens.findIndex((t) => t.end > at),
      );
    const undated = voices.filter(
      (v) => v.verb !== undefined && !own.some((d) => sameClause(tokens, tokenAt(d.index), v.verb as number)),
    );
    return [...own, ...undated.map((v) => ({ ...lead, index: tokens[v.verb as number]?.start ?? 0 }))];
  };
  /** Per sentence, the speakers it reports in the present at no day ("Casin says Turkey's recent efforts ..."). */
  const toldNow = new Map<number, Set<string>>();
  const add = (found: ClaimDraft) => {
    let draft = found;
    const { index, text: sentenceText } = draft.sentence;
    const compound = labelledEvent(draft.frame, draft.type);
    if (draft.confidence < minConfidence && !compound) return;
    const dates = datesOf.get(index) ?? datesGiven(sentenceText);
    datesOf.set(index, dates);
    if (compound && dates.length > 0 && draft.tense !== 'future')
      draft = { ...draft, confidence: draft.confidence + COMPOUND };
    if (draft.confidence < minConfidence) return;
    const isEvent = relationDefinition(draft.type).family === 'event';
    let dated = dateOf(draft, dates, source.published);
    // An undated event takes the date of the same event told just before, unless it goes on as the article is
    // written ("is seeking"): that is of the publication day; nor one told in the present perfect ("have accused
    // Beijing of genocide"), which the text does not tie to that day.
    if (isEvent && dates.length === 0) {
      if (draft.tense !== 'present' && draft.tense !== 'future' && !pluperfect(draft) && !perfect(draft))
        dated = carriedDate(events, draft) ?? tellings.dayOf(draft.type, draft.from) ?? dated;
    } else if (isEvent && dated.date) events.push({ draft, ...dated });
    // '"...," Rubio said after wrapping up meetings with G7 foreign ministers': an encounter told as the occasion of
    // an undated remark was on the day the speaker was last told to speak.
    if (isEvent && !dated.date && dates.length === 0 && toldAfterMeeting(draft))
      dated = tellings.spokeOn(draft.from) ?? dated;
    // "Trump last week issued a string of tariff decisions. Trump at first imposed tariffs on Canada, ...": an
    // undated act in the simple past by the subject of the sentence just before goes on telling what that actor
    // did at the one time that sentence gives.
    if (isEvent && !dated.date && dates.length === 0) dated = toldOn(draft) ?? dated;
    // "... at Friday's meeting. China expressed concern about heightened tensions": what is said after a meeting the
    // story dates, in the simple past at no day of its own, was said there: also when the sentence's only dates are
    // of something else ("Fu blamed Washington for withdrawing in 2017": the withdrawal's year).
    if (
      isEvent &&
      !dated.date &&
      !hyphenedAct(draft.sentence.tokens, draft.cueStart) &&
      SPEECH.has(draft.type) &&
      draft.tense === undefined &&
      toldAsAct(draft) &&
      !pluperfect(draft) &&
      !perfect(draft)
    ) {
      const day = sessions.dayOf(index);
      if (day) dated = { date: day, dateEnd: null };
    }
    // "Casin says Turkey's recent efforts to improve ties with Saudi Arabia could ...": what a speaker the story
    // gathered says in the present, at no day, is said in the month of publication: what it names by a noun or
    // tells in the present, not an act it tells by a verb of another tense ("says Turkey met Egypt").
    if (
      !dated.date &&
      dates.length === 0 &&
      source.published &&
      draft.certainty === 'claim' &&
      draft.assertedBy &&
      toldNow.get(index)?.has(draft.assertedBy.id) &&
      (draft.tense === 'present' || !toldAsAct(draft))
    )
      dated = { date: source.published.slice(0, 7), dateEnd: null };
    // A headline tells the day's news: its undated events are of the publication day.
    if (isEvent && !dated.date && draft.sentence.paragraph === titleParagraph)
      dated = { date: source.published, dateEnd: null };
    // "Kim's third visit to China" with no date near: an event told elsewhere, which this sentence cannot place.
    if (isEvent && !dated.date && NOUN_FRAMES.has(draft.frame ?? '') && CONTACTS.has(draft.type)) {
      draft = { ...draft, confidence: draft.confidence - UNDATED_NOUN_EVENT };
      if (draft.confidence < minConfidence) return;
    }
    drafts.push({ draft, ...dated });
  };
  // The headline is read last: it names people by surname ("Erdogan Reaches Out to Egypt"), which counts only
  // once the body has named them in full.
  const paragraphs =
    titleParagraph === undefined
      ? article.paragraphs
      : [...article.paragraphs.slice(1), ...article.paragraphs.slice(0, 1)];
  // The sentences read so far, nearest first, with their dates read on demand: "at that time" looks back to them.
  // "Brussels" for the European Union in a story that names the Union and never Belgium.
  const brusselsForUnion = brusselsIsTheUnion(text);
  let union: ActorInfo | undefined;
  const readBefore: Array<() => readonly ReturnType<typeof sentenceDates>[number][]> = [];
  for (const paragraph of paragraphs) {
    events = [];
    const named = paragraph.sentences
      .map((sentence) => findMentions(sentence, memory))
      .map((sentence) => {
        union ??= sentence.mentions.find((m) => m.actor.id === 'european-union')?.actor;
        return union && brusselsForUnion ? brusselsAsUnion(sentence, union) : sentence;
      });
    if (paragraph.number === titleParagraph) coreference.reset();
    const found = named
      .map((sentence, i) => jointMentions(sentence, named[i - 1], (iso3) => actors.state(iso3)))
      .map((sentence) => coreference.resolve(sentence));
    // Quoted passages first: a quotation inside an interview's answer is its own speaker's.
    // "he said" after a speaker no actor was made of: not trusted to name the actor coreference found.
    const doubtful = doubtfulPronounSpeakers(found);
    const quotes = [...paragraphQuotes(paragraph, found, doubtful), ...interviewTurns(paragraph, found)];
    const read = new Set<number>();
    for (const sentence of found) analysts.learn(sentence);
    for (const sentence of found) {
      const { index, text: told } = sentence.sentence;
      // chrono runs only where a date is needed: a ranked event to remember, a telling, a relation (in add).
      let own: ReturnType<typeof sentenceDates> | undefined;
      const ownDates = () => (own ??= datesGiven(told));
      if (RankedEvents.names(told)) {
        ranked.learn(told, ownDates());
        if (ownDates().length === 0) datesOf.set(index, ranked.recall(told));
      }
      // "At that time, talks had just begun": the time of the sentences before, when this one gives none; "one day
      // earlier": a day counted from the last one given.
      // "The statement said ...": the date of the statement the text dated; "Europe retaliated": from the day of
      // the act before to publication.
      const stated = statements.read(index, told, ownDates, source.published);
      if (!lead) lead = { index, next: undefined };
      else if (index === lead.index + 1) lead.next = { text: told, dates: ownDates };
      sessions.read(index, told, ownDates, source.published);
      if (!datesOf.has(index)) {
        const framed = [
          ...(/\btime\b/i.test(told) && ownDates().length === 0 ? dateAtThatTime(told, readBefore) : []),
          ...(/\bdays?\b/i.test(told) ? relativeDays(told, ownDates(), readBefore) : []),
          ...stated,
        ];
        // A reaction runs from the act before it, unless the sentence counts its own day ("One day earlier, ...").
        if (framed.length === 0) framed.push(...reactionSpan(told, ownDates, readBefore, source.published));
        if (framed.length > 0)
          datesOf.set(
            index,
            [...ownDates(), ...framed].sort((a, b) => a.index - b.index),
          );
      }
      readBefore.unshift(() => {
        const known = datesOf.get(index) ?? ownDates();
        datesOf.set(index, known);
        return known;
      });
      const voices: Voice[] = sentenceVoices(sentence, authors).filter(
        (v) => !v.pronoun || !doubtful.has(found.indexOf(sentence)),
      );
      const present = voices.filter(
        (v) => !v.opinion && TELLS_NOW.has(sentence.sentence.tokens[v.verb ?? -1]?.lower ?? ''),
      );
      if (present.length > 0) toldNow.set(index, new Set(present.map((v) => v.speaker.id)));
      if (voices.some((v) => !v.opinion))
        tellings.learn(sentence, voices, toldDates(sentence, voices, ownDates()));
      const middle = sentence.sentence.offset + sentence.sentence.text.length / 2;
      const quote = quotes.find((q) => middle >= q.from && middle < q.to);
      const leaderOf = (state: ActorInfo) => memory.roles.get(`${state.id} leader`);
      const homeOf = (person: ActorInfo) =>
        person.country ? actors.state(person.country) : memory.statesOf.get(person.id);
      // "“We reject ...,” said X": the first person of a quotation is its speaker.
      const inQuote = quotes.find(
        (q) => q.from < sentence.sentence.offset + told.length && q.to > sentence.sentence.offset,
      );
      // Its subject: the speaker of the quotation it is part of, else the actor named last before its first verb
      // ("On Thursday, the spokesperson ..., X, repeated").
      const verb = sentence.sentence.tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
      const subject = inQuote?.speaker ?? sentence.mentions.filter((m) => m.end <= verb).at(-1)?.actor;
      if (subject) subjects.set(index, { subject: subject.id, dates: ownDates });
      const spoken = inQuote
        ? withFirstPerson(sentence, inQuote.speaker, ...quotedTokens(sentence.sentence, inQuote))
        : sentence;
      const presences = visitsOfPresence(spoken, homeOf);
      for (const candidate of withEncounters(relationCandidates(withGoodsOf(spoken)), spoken, presences)
        .map((c) => leadersMeant(summitOfLeaders(c, leaderOf), leaderOf))
        .flatMap((c) => [c, ...visitsOfMeeting(c, sentence.mentions, homeOf)])) {
        if (isNegatedOrConditional(candidate)) continue;
        const attribution = attribute(candidate, voices, quote?.speaker, analysts);
        // An official saying what their state offers or asks is the official acting: a fact, theirs.
        const stateOf = (id: string) => (analysts.has(id) ? undefined : memory.statesOf.get(id));
        const bySaying = actsBySaying(candidate, attribution, stateOf);
        const { certainty, assertedBy } = bySaying
          ? { certainty: 'fact' as const, assertedBy: null }
          : attribution;
        const actor = bySaying && attribution.assertedBy ? actors.get(attribution.assertedBy) : undefined;
        const { tokens } = sentence.sentence;
        // "Turkey-Israel economic relations are in good condition": a standing relation named by a noun takes the
        // tense of the verb it is the subject of. A contact so named ("Kim's visit to China is seen as") happened
        // at a time of its own.
        // A cue after an owner's "'s" is a noun, however tagged ("North Korea's transfer of arms to Russia").
        const owned = ["'s", '’s'].includes(tokens[candidate.cueStart - 1]?.lower ?? '');
        const named = (NOUN_FRAMES.has(candidate.frame) || owned) && !CONTACTS.has(candidate.type);
        const tense =
          tenseOf(tokens, candidate.cueStart, candidate.cueEnd) ??
          (named ? tenseAfter(tokens, Math.max(candidate.end, candidate.cueEnd)) : undefined) ??
          (named && relationDefinition(candidate.type).family === 'event'
            ? standingPresent(tokens, candidate.cueStart, candidate.cueEnd)
            : undefined) ??
          // A tie built up by now is cooperation kept up, not the act of agreeing to it.
          (relationDefinition(candidate.type).event?.side === 'material-cooperation'
            ? builtTie(tokens, candidate.cueStart, candidate.cueEnd)
            : undefined);
        const asserter = assertedBy ? (actors.get(assertedBy) ?? null) : null;
        add({
          ...candidate,
          type: candidate.type,
          from: actor ?? candidate.from.actor,
          to: candidate.to.actor,
          certainty,
          assertedBy: asserter,
          confidence: confidenceOf(
            candidate,
            certainty,
            sentence.mentions,
            tense,
            subjects.get(index - 1)?.subject,
          ),
          tense,
        });
      }
      // "ministers from Britain, Canada ... at the G7 talks": the members a sentence names with their body.
      const members = memberRoles(sentence, registry, source.published ?? undefined);
      for (const tie of tieDrafts({ ...sentence, roles: [...sentence.roles, ...members] })) add(tie);
      // The quotation the sentence is part of, even when it closes early in it ('... imminent," said X, director').
      const { offset, text: said } = sentence.sentence;
      const quoted = fullQuotation(
        sentence.sentence,
        quotes.find((q) => q.from < offset + said.length && q.to > offset),
        voices,
      );
      const readings = voices
        .filter((v) => v.opinion || analysts.has(v.speaker.id))
        // A quotation is read once, from its own words.
        .filter((v) => v.opinion || v.speaker.id !== quoted?.speaker.id)
        .map((v) => ({ speaker: v.speaker, from: v.from, to: v.to, quote: -1, belief: !!v.belief }));
      if (quoted && !read.has(quoted.run)) {
        const [from, to] = quotedTokens(sentence.sentence, quoted);
        readings.push({ speaker: quoted.speaker, from, to, quote: quoted.run, belief: false });
        // '"I don't know how long you can rely on hard power," said X, pointing out Turkey's involvement ...': what
        // the speaker goes on about, when the quotation itself names no one.
        const more = to < sentence.sentence.tokens.length ? elaboration(sentence.sentence, to) : undefined;
        if (more)
          readings.push({
            speaker: quoted.speaker,
            from: more[0],
            to: more[1],
            quote: quoted.run,
            belief: false,
          });
      }
      for (const reading of readings) {
        // An official's views are the stances of their office, told as their claims, not readings of others.
        if (analysts.isOfficial(reading.speaker.id)) continue;
        if (reading.quote >= 0 && read.has(reading.quote)) continue;
        const analyst = analysts.has(reading.speaker.id);
        // A body's or a state's statement is a stance or a claim, not a reading.
        if (reading.speaker.kind !== 'person') continue;
        // "Gause thinks North Korea could ...": a belief is a reading whoever holds it.
        const draft = assessmentDraft(
          sentence,
          reading.speaker,
          reading.from,
          reading.to,
          analyst || reading.belief,
        );
        if (draft) add(draft);
        // One reading of a quotation: the actor its first sentence that names one is about.
        if (draft && reading.quote >= 0) read.add(reading.quote);
      }
    }
  }
  if (lead) leadTiedToStatement(drafts, lead, source.published);
  drafts.sort((a, b) => a.draft.sentence.index - b.draft.sentence.index);
  const claims = buildClaims(source.id, drafts);
  const named = new Map<string, ActorInfo>();
  for (const claim of claims)
    for (const id of [claim.from, claim.to, claim.assertedBy])
      if (id && !named.has(id)) named.set(id, actors.get(id) as ActorInfo);
  return { source, actors: [...named.values()], claims };
}

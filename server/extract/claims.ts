// Stage 6: attributed candidates, ties and assessments -> candidate claims with evidence (paragraph, a few
// verbatim words, the sentence), a date and a confidence.
import type { ExtractedClaim } from '../api/extraction';
import type { Certainty } from '../model/actors';
import { relationDefinition, type RelationType } from '../model/relations';
import type { ActorInfo } from './actors/actor-table';
import type { Sentence } from './document';
import { relativeClause, saidOn, sameClause, type TextDate } from './dates';
import { hyphenedAct, simplePast, type Tense } from './tense';

const MAX_QUOTE_WORDS = 12;

/** What a claim is made of before it gets its id. */
export interface ClaimDraft {
  type: RelationType;
  from: ActorInfo;
  to: ActorInfo;
  certainty: Certainty;
  assertedBy: ActorInfo | null;
  sentence: Sentence;
  /** Token spans: the whole phrase (for the quote) and the cue (for the date and the quote's centre). */
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
  confidence: number;
  /** How its ends were found (cues.ts): verb, light, adjunct, passive, joint, owner, between, compound. */
  frame?: string;
  /** A tie held once ("former president"): it takes no date. */
  former?: boolean;
  /** A tie the sentence ends ("President Morsi was ousted in 2013"): it takes the date of its ending, if any. */
  ended?: boolean;
  /** The tense the cue is stated in, when its words tell (tense.ts). */
  tense?: Tense;
}

/** A few words of the sentence that hold the relation, verbatim: the whole phrase, or the words around the cue. */
export function quoteOf(
  sentence: Sentence,
  start: number,
  end: number,
  cueStart: number,
  cueEnd: number,
): string {
  const { tokens } = sentence;
  const words = (from: number, to: number) =>
    sentence.text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  let from = start;
  let to = end;
  const count = () => words(from, to).split(/\s+/).length;
  if (count() > MAX_QUOTE_WORDS) {
    from = Math.max(start, cueStart - 4);
    to = Math.min(end, cueEnd + 5);
    while (count() > MAX_QUOTE_WORDS && to - from > cueEnd - cueStart) {
      if (to > cueEnd + 1) to--;
      if (count() > MAX_QUOTE_WORDS && from < cueStart) from++;
    }
  }
  return words(from, to).trim();
}

/** Words that put a gerund after a verb: "blamed Washington for withdrawing", "by meeting", "after signing". */
const GERUND_HOSTS = new Set(['by', 'for', 'of', 'after', 'before', 'since', 'without', 'while', 'in', 'on']);

/**
 * True when a gerund put after the cue, in its clause, stands between the cue and a date the sentence gives after
 * it: the date is the gerund's ("the envoy blamed Washington for breaking the deal by withdrawing in 2017": 2017 is
 * when it withdrew, not when he blamed it).
 */
function ofGerund(tokens: ClaimDraft['sentence']['tokens'], cueEnd: number, at: number): boolean {
  for (let i = cueEnd; i < at; i++) {
    const token = tokens[i];
    if (
      token?.pos === 'VERB' &&
      token.lower.endsWith('ing') &&
      GERUND_HOSTS.has(tokens[i - 1]?.lower ?? '') &&
      sameClause(tokens, cueEnd - 1, i)
    )
      return true;
  }
  return false;
}

/** Nouns of the time of day, which a day stands before without dating a thing: "Tuesday night", "Friday morning". */
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'noon', 'midnight', 'overnight']);

/** Words that make a date the time of their clause: "on Friday", "in 2019", "since March". */
const TIME_PREPOSITIONS = new Set([
  'on',
  'in',
  'since',
  'by',
  'until',
  'till',
  'through',
  'during',
  'at',
  'from',
  'before',
  'after',
  'over',
  'for',
  'between',
  'to',
  'throughout',
  'around',
  'early',
  'late',
  'mid',
]);

/**
 * True when the date stands before a noun as its attribute and so dates that noun, not the verb: "criticized
 * China's July decision to impose sanctions", "named in January and February articles as ships Tehran is using
 * to import ...". Not when the noun is the cue itself ("the March talks with China": the talks are of March), nor
 * a time of day ("Tuesday night"). A date joined by "and" to such a date is one too.
 */
function attributive(
  tokens: ClaimDraft['sentence']['tokens'],
  date: TextDate,
  dates: readonly TextDate[],
  cue: [number, number],
): boolean {
  if (date.end === undefined || date.possessive) return false;
  const next = tokens.findIndex((t) => t.start >= (date.end as number));
  const token = tokens[next];
  if (!token) return false;
  if (token.lower === 'and' || token.lower === 'or') {
    const joined = dates.find((d) => d.index === tokens[next + 1]?.start);
    return !!joined && joined !== date && attributive(tokens, joined, dates, cue);
  }
  // "On Friday officials met", "in 2019 protesters ...": a time the preposition gives the clause.
  // The date's own words may hold the preposition ("on Tuesday") and the comma after it.
  const first = tokens.findIndex((t) => t.end > date.index);
  if (first <= 0 || TIME_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '')) return false;
  if (TIME_PREPOSITIONS.has(tokens[first]?.lower ?? '')) return false;
  // "met Xi on Tuesday, state media said": a comma closes the date; the noun after it is no longer its.
  if (/^[,;:]$/.test(tokens[next - 1]?.text ?? '')) return false;
  return (
    token.pos === 'NOUN' &&
    /^\p{Ll}/u.test(token.text) &&
    !TIMES_OF_DAY.has(token.lower) &&
    (next < cue[0] || next >= cue[1])
  );
}

/** Words before a day's name that make the thing it owns the time of the act: "at Friday's meeting". */
const SCENE_PREPOSITIONS = new Set([
  'at',
  'during',
  'on',
  'in',
  'amid',
  'after',
  'following',
  'since',
  'from',
]);

/**
 * True when a day with an owner's mark stands after the cue and names the time of a thing the act is about, not of
 * the act: "rejected Kenya's request to brief it before the start of Monday's opening", "welcomed Tuesday's
 * agreement". Not a scene the act took place at ("accused Russia at Friday's meeting").
 */
function dayOfObject(tokens: ClaimDraft['sentence']['tokens'], date: TextDate, cueEnd: number): boolean {
  if (!date.possessive) return false;
  const first = tokens.findIndex((t) => t.end > date.index);
  if (first < cueEnd) return false;
  return !SCENE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '');
}

/**
 * The date of the cue's own clause nearest the cue ("imposed tariffs in March, then lifted them on Friday": March
 * for the tariffs); of another clause only when the cue's gives none. What is yet to happen takes no earlier day.
 */
function clauseDate(draft: ClaimDraft, dates: TextDate[], published: string | null): TextDate | undefined {
  const { tokens } = draft.sentence;
  const at = tokens[draft.cueStart]?.start ?? 0;
  const ahead = (d: TextDate) => {
    const last = d.dateEnd ?? d.date;
    const now = published?.slice(0, last.length) ?? '';
    // "will meet on Wednesday" in a story of that Wednesday: later the same day.
    return last >= now;
  };
  const tokenAt = (index: number) =>
    Math.max(
      0,
      tokens.findIndex((t) => t.end > index),
    );
  const fitting = (draft.tense === 'future' ? dates.filter(ahead) : dates).filter(
    (d) =>
      !ofGerund(tokens, draft.cueEnd, tokenAt(d.index)) &&
      !attributive(tokens, d, dates, [draft.cueStart, draft.cueEnd]) &&
      !dayOfObject(tokens, d, draft.cueEnd),
  );
  const inClause = fitting.filter((d) => sameClause(tokens, tokenAt(d.index), draft.cueStart));
  // "Xi said Monday he would meet Kim next week": the day after "said" is when it was said; another date of the
  // clause is the relation's own.
  const told = inClause.filter((d) => saidOn(draft.sentence.text, d.index));
  const own =
    told.length > 0 && told.length < inClause.length ? inClause.filter((d) => !told.includes(d)) : inClause;
  // A cue inside a relative clause set off by commas takes only that clause's dates: the main clause's date dates
  // its own verb ("The peace process, which stemmed from the U.S.-Taliban deal, started in Doha last September").
  const relative = relativeClause(tokens, draft.cueStart);
  if (relative) {
    const [from, to] = relative;
    return own
      .filter((d) => tokenAt(d.index) >= from && tokenAt(d.index) < to)
      .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  }
  // What is yet to happen is dated by its own clause only: "On Friday, Rubio said leaders will meet". Another
  // clause's "Tuesday's attack" dates the attack, not this cue ("rejected the claim that Tuesday's attack ...").
  const pool = own.length > 0 || draft.tense === 'future' ? own : fitting.filter((d) => !d.possessive);
  return [...pool].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
}

/** Past verbs and auxiliaries that put a sentence in the past: "was once invited", "visited". */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had']);
/** Words before a year that date no act of the sentence's past: "born in 1953", "since 2012", "until 2030". */
const NOT_THEN = new Set(['born', 'since', 'until', 'till', 'through', 'by']);
/** Years before publication after which a time told is history, not the news: titles then are not titles now. */
const HISTORY_YEARS = 5;

/**
 * "In 1972, President Richard Nixon visited China", "was once invited to the White House of President Nixon": a
 * title in a sentence in the past about a time long gone is held then, not on the day of publication. The tie takes
 * the year the sentence gives, or no date after "once".
 */
/** Words before a title that say it is held now. */
const NOW_HELD = new Set(['current', 'incumbent', 'sitting']);

function historicalTime(
  draft: ClaimDraft,
  dates: TextDate[],
  published: string,
): { date: string | null; dateEnd: string | null } | undefined {
  const { tokens, text } = draft.sentence;
  // "a coup led by current president Abdel Fattah el-Sisi in 2013": a title said to be held now is of the present.
  // "Egypt's current president ..." the same way.
  if (tokens.slice(Math.max(0, draft.start - 1), draft.start + 3).some((t) => NOW_HELD.has(t.lower)))
    return undefined;
  const past = tokens.some(
    (t) => PAST_AUXILIARIES.has(t.lower) || (t.pos === 'VERB' && /[^e]ed$|ied$/.test(t.lower)),
  );
  if (!past) return undefined;
  const once = tokens.findIndex(
    (t, i) =>
      t.lower === 'once' &&
      // Not "at once", nor "Once elected, ..." (a condition, sentence-first or after a comma).
      tokens[i - 1]?.lower !== 'at' &&
      /\w/.test(tokens[i - 1]?.text ?? '') &&
      (PAST_AUXILIARIES.has(tokens[i - 1]?.lower ?? '') || /[^e]ed$/.test(tokens[i + 1]?.lower ?? '')),
  );
  if (once >= 0) return { date: null, dateEnd: null };
  const tokenAt = (index: number) =>
    Math.max(
      0,
      tokens.findIndex((t) => t.end > index),
    );
  // The time of the title's own clause, or one that opens the sentence ("In 1972, President ..."): "Fu Cong blamed
  // Washington for withdrawing in 2017" dates the withdrawal, not Fu's post.
  const told = dates.filter(
    (d) =>
      !d.rolling &&
      !d.possessive &&
      !tokens.slice(Math.max(0, tokenAt(d.index) - 3), tokenAt(d.index)).some((t) => /ing$/.test(t.lower)) &&
      (sameClause(tokens, tokenAt(d.index), draft.cueStart) || tokenAt(d.index) < 3),
  );
  if (told.length === 0) return undefined;
  const limit = Number(published.slice(0, 4)) - HISTORY_YEARS;
  const history = told.every((d) => {
    const before = text
      .slice(Math.max(0, d.index - 12), d.index)
      .toLowerCase()
      .split(/\s+/);
    return Number((d.dateEnd ?? d.date).slice(0, 4)) <= limit && !before.some((w) => NOT_THEN.has(w));
  });
  if (!history) return undefined;
  const at = tokens[draft.cueStart]?.start ?? 0;
  const nearest = [...told].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0] as TextDate;
  return { date: nearest.date.slice(0, 4), dateEnd: null };
}

/** The date nearest the cue, or the one a standing tie or a reading takes from the publication date. */
export function dateOf(
  told: ClaimDraft,
  dates: TextDate[],
  published: string | null,
): { date: string | null; dateEnd: string | null } {
  let draft = told;
  const family = relationDefinition(draft.type).family;
  if (family === 'tie' && draft.ended) {
    const until = clauseDate(draft, dates, published);
    return { date: until?.date ?? null, dateEnd: until?.dateEnd ?? null };
  }
  // A stance named by a noun of the one who holds it ("Turkey's rival Greece") is, like a tie, said of the
  // present: a date of the clause around it ("Cairo last year signed an agreement with Turkey's rival Greece")
  // dates the clause's verb.
  const named = family !== 'event' && draft.frame === 'owner';
  // "Syrians who resisted the regime": a stance told in the simple past holds at no date the text gives.
  if (family !== 'event' && draft.tense === undefined && simplePast(draft.sentence.tokens, draft.cueStart))
    draft = { ...draft, tense: 'past' };
  if (family === 'tie' && !draft.former && draft.tense !== 'past' && published) {
    const then = historicalTime(draft, dates, published);
    if (then) return then;
  }
  if (family === 'tie' || named)
    return { date: draft.former || draft.tense === 'past' ? null : published, dateEnd: null };
  if (draft.type === 'ASSESSES') return { date: published?.slice(0, 7) ?? null, dateEnd: null };
  if (family === 'event' && hyphenedAct(draft.sentence.tokens, draft.cueStart))
    return { date: null, dateEnd: null };
  const nearest = clauseDate(draft, dates, published);
  // A stance or an aim stated in the present, and what is going on as the article is written ("is seeking",
  // "visits"), hold on the day of publication; a past the text does not date stays undated.
  const holdsNow = draft.tense === 'present' || (family !== 'event' && draft.tense !== 'past');
  if (nearest && (family === 'event' || draft.tense !== 'present'))
    return { date: nearest.date, dateEnd: nearest.dateEnd };
  if (!published) return { date: null, dateEnd: null };
  // "leaders from the U.S. and China will meet at some point": yet to happen, at no day the text gives.
  if (family === 'event' && draft.tense === 'future') return { date: null, dateEnd: null };
  if (draft.certainty === 'assessment') return { date: published.slice(0, 7), dateEnd: null };
  if (holdsNow) return { date: published, dateEnd: null };
  return { date: null, dateEnd: null };
}

/** Numbers the drafts into claims, dropping repeats of one relation in one paragraph (of a tie, in the article). */
export function buildClaims(
  sourceId: string,
  drafts: Array<{ draft: ClaimDraft; date: string | null; dateEnd: string | null }>,
): ExtractedClaim[] {
  const seen = new Set<string>();
  const claims: ExtractedClaim[] = [];
  for (const { draft, date, dateEnd } of drafts) {
    const symmetric = relationDefinition(draft.type).symmetric;
    const ends = [draft.from.id, draft.to.id];
    if (symmetric) ends.sort();
    // A tie stands through the article: said again in another paragraph, it is the same claim.
    const where = relationDefinition(draft.type).family === 'tie' ? 'article' : draft.sentence.paragraph;
    // The same relation told by another voice (the story and a speaker, or two speakers) is another claim.
    const voice = draft.certainty === 'fact' ? '' : (draft.assertedBy?.id ?? '');
    const key = [draft.type, ...ends, where, date, voice].join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push({
      id: `${sourceId}-${claims.length + 1}-${draft.type.toLowerCase().replace(/_/g, '-')}`,
      type: draft.type,
      from: draft.from.id,
      to: draft.to.id,
      date,
      dateEnd,
      certainty: draft.certainty,
      assertedBy: draft.certainty === 'fact' ? null : (draft.assertedBy?.id ?? null),
      confidence: Math.round(Math.min(0.95, Math.max(0.05, draft.confidence)) * 100) / 100,
      evidence: {
        paragraph: draft.sentence.paragraph,
        quote: quoteOf(draft.sentence, draft.start, draft.end, draft.cueStart, draft.cueEnd),
        sentence: draft.sentence.text,
      },
    });
  }
  return claims;
}

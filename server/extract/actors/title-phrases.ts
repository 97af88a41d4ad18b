// Stage 2, people: reading a title phrase: the words that qualify a title before it ("deputy U.N.", "foreign
// ministry"), a title after its qualifiers, and the body it is held at after it ("professor of law at ...").
import type { Token } from '../document';
import { isCapitalised, NOT_NAME, TITLES, type Mention } from './mentions';
import { FIELD_ADJECTIVE_WORDS, ROLE_PREPOSITIONS, TITLE_GROUPS } from '../lexicon/titles';
import {
  TITLE_MODIFIERS,
  POSSESSIVE,
  DETERMINERS,
  endingAt,
  startingAt,
  isBody,
  isStateMention,
  ACRONYM,
  endsPhrase,
  CREED_ADJECTIVES,
} from './person-spans';

export const ROLE_LINKS = new Set(ROLE_PREPOSITIONS);

/**
 * Where the words that qualify a title begin, going back from it: modifiers ("deputy"), at most two lower-case
 * nouns of its field ("communication chief", "foreign ministry spokesperson") and an acronym of the body served
 * ("U.S. deputy U.N. ambassador").
 */
export function qualifiersStart(tokens: Token[], titleStart: number, mentions: Mention[] = []): number {
  let at = titleStart;
  let nouns = 0;
  // "Iraqi Interior Minister": in a title written in capitals, its field is too.
  const capitals = isCapitalised(tokens[titleStart]);
  for (;;) {
    const token = tokens[at - 1];
    if (!token || endingAt(mentions, at)) return at;
    if (TITLE_MODIFIERS.has(token.lower)) at--;
    // "high-profile education minister": a modifier of two words a hyphen joins, read as three tokens.
    else if (tokens[at - 2]?.text === '-' && TITLE_MODIFIERS.has(joinedWord(tokens, at - 3, at))) at -= 3;
    else if (nouns < 2 && isFieldWord(token, capitals)) {
      nouns++;
      at--;
    } else return at;
  }
}

/** The words from `start` to `end` as one word, when nothing stands between them: "high-profile". */
function joinedWord(tokens: Token[], start: number, end: number): string {
  if (start < 0) return '';
  const parts = tokens.slice(start, end);
  return parts.every((t, k) => k === 0 || parts[k - 1]?.end === t.start)
    ? parts.map((t) => t.lower).join('')
    : '';
}

/** A noun of a title's field: "foreign ministry spokesperson", and in capitals "Interior Minister". */
export function isFieldWord(token: Token, capitals: boolean): boolean {
  if (token.pos === 'NOUN' && /^\p{Ll}+$/u.test(token.text)) return true;
  if (FIELD_ADJECTIVES.has(token.text)) return true;
  return (
    capitals &&
    ['NOUN', 'PROPN'].includes(token.pos) &&
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    !NOT_NAME.has(token.text) &&
    !TITLES.matchAt([token], 0)
  );
}

const FIELD_ADJECTIVES = new Set(FIELD_ADJECTIVE_WORDS);

/** Titles of those a state sends to a body: "U.N. ambassador" names where they serve, not whom. */
export const ENVOY_TITLES = new Set(TITLE_GROUPS.flat());

/** Modifiers of a title that make its holder second to the head: "deputy leader", "vice chair". */
export const DEPUTY_WORDS = new Set(['deputy', 'vice', 'assistant', 'associate']);

/** Nouns before a head title that keep it the head of the whole body: "executive director". */
const WHOLE_BODY_WORDS = new Set(['executive', 'managing']);

/**
 * A title after its qualifiers: "deputy U.N. ambassador", "presidential foreign policy adviser". `unit` when a
 * noun of a field qualifies it: a "project director" or "program director" heads a unit, not the body.
 */
export function titleAt(tokens: Token[], mentions: Mention[], from: number) {
  let nouns = 0;
  let unit = false;
  let deputy = false;
  for (let at = from; at < from + 5; at++) {
    const title = TITLES.matchAt(tokens, at);
    if (title) return { ...title, unit, deputy };
    const token = tokens[at];
    if (!token) return undefined;
    deputy = deputy || DEPUTY_WORDS.has(token.lower);
    if (TITLE_MODIFIERS.has(token.lower)) continue;
    // "the associate women's rights director": a field noun's possessive ("women's rights") is one field.
    if (POSSESSIVE.has(token.lower) && nouns > 0 && /^\p{Ll}+$/u.test(tokens[at - 1]?.text ?? '')) {
      nouns--;
      continue;
    }
    if (ACRONYM.test(token.text) && !isStateMention(startingAt(mentions, at))) continue;
    // "a senior Iran analyst at the Eurasia Group": a state the holder studies, a field of the title.
    const studied = startingAt(mentions, at);
    if (isStateMention(studied) && studied && at > from && TITLE_MODIFIERS.has(tokens[at - 1]?.lower ?? '')) {
      unit = true;
      at = studied.end - 1;
      continue;
    }
    // "the Ghazni provincial head for the Red Cross": a place nobody knows opens a local post's title.
    if (at === from && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !startingAt(mentions, at)) {
      const next = tokens[at + 1];
      if (
        next &&
        /^\p{Ll}/u.test(next.text) &&
        (isFieldWord(next, false) || TITLES.matchAt(tokens, at + 1))
      ) {
        unit = true;
        continue;
      }
    }
    if (nouns++ < 2 && isFieldWord(token, false)) {
      unit = unit || !WHOLE_BODY_WORDS.has(token.lower);
      continue;
    }
    // "territorial administration minister", "public affairs chief": an adjective of a field noun that follows.
    const next = tokens[at + 1];
    if (
      nouns < 2 &&
      token.pos === 'ADJ' &&
      /^\p{Ll}+$/u.test(token.text) &&
      next &&
      isFieldWord(next, false) &&
      !TITLES.matchAt(tokens, at + 1)
    ) {
      unit = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Titles of those who speak for a body: "for" a state, they serve it rather than deal with it. */
export const SPEAKER_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Links after a title's field that name the body it is held at: "professor of law at ...". */
const FIELD_LINKS = new Set(['at', 'with']);

/**
 * After a title, the field it is of, in lower case, before the body it is held at: "professor of political
 * philosophy at Koya University", "director of research at the Institute ...". The position of that "at", if any.
 */
export function fieldEnd(tokens: Token[], titleEnd: number): number | undefined {
  // "assistant professor in Modern Chinese Studies at Leiden University": a field "in" is named in capitals.
  const link = tokens[titleEnd]?.lower;
  if (link !== 'of' && link !== 'in') return undefined;
  for (let at = titleEnd + 1; at <= titleEnd + 4; at++) {
    const token = tokens[at];
    if (!token) return undefined;
    if (at > titleEnd + 1 && FIELD_LINKS.has(token.lower)) return at;
    const capitals = link === 'in' && /^\p{Lu}\p{Ll}+$/u.test(token.text);
    const word = capitals || (/^\p{Ll}+$/u.test(token.text) && ['NOUN', 'ADJ'].includes(token.pos));
    if (!word && !(token.lower === 'and' && at > titleEnd + 1)) return undefined;
  }
  return undefined;
}

/**
 * "the Germany-based Kurdish Center ...", "a London-based think tank": a place named with "-based" says where the
 * body named next sits; that body is the one meant, if one follows.
 */
function pastBase(tokens: Token[], mentions: Mention[], place: Mention | undefined): Mention | undefined {
  if (!place || tokens[place.end]?.text !== '-' || tokens[place.end + 1]?.lower !== 'based') return place;
  return startingAt(mentions, place.end + 2) ?? describedOrganisation(tokens, mentions, place.end + 2);
}

/**
 * "at geopolitical risk consultancy Control Risks", "of the Mogadishu-based group Somali Public Agenda": at most
 * three lower-case words that say what a body is, then the organisation's name.
 */
function describedOrganisation(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  for (let end = at; end < at + 3; end++) {
    const token = tokens[end];
    if (!token) return undefined;
    // "leader of the Islamist Hayat Tahrir al-Sham": a creed's adjective, capitalised, describes it too.
    const lower = /^\p{Ll}+$/u.test(token.text) && (token.pos === 'NOUN' || token.pos === 'ADJ');
    if (!lower && !CREED_ADJECTIVES.has(token.text)) return undefined;
    const body = startingAt(mentions, end + 1);
    if (body) return body.actor.kind === 'organisation' ? body : undefined;
  }
  return undefined;
}

/**
 * The body a title after a person belongs to: "director of the Institute ...", "professor at ...". A state that
 * only qualifies what follows ("director of the U.S.-Korea policy program") is not it, nor the state a post
 * is for ("special representative for North Korea at the State Department" is of the State Department).
 */
export function bodyOf(
  tokens: Token[],
  mentions: Mention[],
  titleEnd: number,
  title = '',
): Mention | undefined {
  const field = fieldEnd(tokens, titleEnd);
  if (field) titleEnd = field;
  const link = tokens[titleEnd]?.lower ?? '';
  // "an emeritus professor from the University of ...": "from" a body, not a state (where one comes from).
  const from = link === 'from';
  if (!ROLE_LINKS.has(link) && !from) return undefined;
  const at = DETERMINERS.has(tokens[titleEnd + 1]?.lower ?? '') ? titleEnd + 2 : titleEnd + 1;
  let body = pastBase(
    tokens,
    mentions,
    startingAt(mentions, at) ?? describedOrganisation(tokens, mentions, at),
  );
  if (!body || !isBody(body) || (from && body.actor.kind !== 'organisation')) return undefined;
  if (body.actor.kind === 'state' && POSSESSIVE.has(tokens[body.end]?.lower ?? '')) {
    const owned = startingAt(mentions, body.end + 1);
    return isBody(owned) ? owned : undefined;
  }
  // "a spokesperson for Pakistan's Ministry of Foreign Affairs": one who speaks for a state serves it.
  if (body.actor.kind === 'state' && link === 'for' && SPEAKER_TITLES.has(title)) return body;
  if (body.actor.kind === 'state' && link === 'for') {
    if (tokens[body.end]?.lower !== 'at') return undefined;
    const skip = DETERMINERS.has(tokens[body.end + 1]?.lower ?? '') ? 2 : 1;
    body = startingAt(mentions, body.end + skip);
    return body?.actor.kind === 'organisation' ? body : undefined;
  }
  if (body.actor.kind === 'state' && !endsPhrase(tokens, body.end)) return undefined;
  return body;
}

// Words that bound a clause or link its parts (breaks, copulas, prepositions, days and months), shared by the
// readers of a cue's subject and object.
import type { Token } from '../document';
import { isCapitalised, NOT_NAME } from '../actors/mentions';
import { INFINITIVE_HOSTS } from '../lexicon/attribution';

export const BREAKS = new Set([
  ';',
  ':',
  '“',
  '”',
  '"',
  '(',
  ')',
  '—',
  'said',
  'says',
  'told',
  'while',
  'whereas',
  'but',
  'which',
  'that',
]);
export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Verbs that link a subject to a noun saying what it is: "X is an ally of Y", "X became Y's partner". */
export const COPULAS = new Set([...BE, "'s", 'remains', 'remained', 'remain', 'became', 'become', 'becomes']);
/** Pronouns that own what follows them: "its neighbour", "their talks". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
export const ARTICLES = new Set(['a', 'an', 'the', ...POSSESSIVE_PRONOUNS]);
/** Prepositions before a place or a time: "In Beijing, Xi met", "Mosques across Turkey broadcast". */
export const SKIPPED_BEFORE = new Set([
  'in',
  'at',
  'during',
  'after',
  'before',
  'since',
  'from',
  'across',
  'throughout',
]);
export const MAX_GAP = 6;
/** Between a verb and its object, a preposition the cue does not end with puts the name in an adjunct. */
export const PREPOSITIONS = new Set([
  'about',
  'of',
  'over',
  'for',
  'from',
  'against',
  'on',
  'in',
  'at',
  'into',
  'to',
  'with',
  'by',
  'toward',
  'towards',
  'under',
  'after',
  'before',
  'during',
  'through',
  'amid',
  'despite',
  'between',
  'among',
  'as',
  // Of place: "attacked ships near Yemen", "off the coast of", "outside Iran".
  'near',
  'off',
  'outside',
  'inside',
  'around',
  'along',
  'beyond',
  'within',
]);
/**
 * Verbs of wanting: of asking before an object ("wants China to impose"), of the subject's own aim right before
 * "to" ("China wants to expand its influence").
 */
export const WANTING = new Set(['want', 'wants', 'wanted']);
export const HOSTS_INFINITIVE = new Set([
  ...INFINITIVE_HOSTS,
  'has',
  'have',
  'had',
  'need',
  'needs',
  'forced',
  'able',
  // Verbs of aim whose "to" brings the subject's own act: "China wants to expand", "Iran aims to".
  ...WANTING,
  'aims',
  'aim',
  'aimed',
  'hope',
  'seek',
]);
/** Nouns of time that may stand between a subject and its verb: "Xi last week visited". */
export const TIME_NOUNS = new Set([
  'week',
  'month',
  'year',
  'day',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
]);

/** Capitalised words that name no one: a clause's first word, days and months. */
export const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

export const isVerb = (token: Token | undefined) => token?.pos === 'VERB' || token?.pos === 'AUX';

/** A capitalised word the mention stage named no one by: most often a name it does not know. */
export function isUnknownName(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || i === 0 || !isCapitalised(token) || CALENDAR_WORD.test(token.text)) return false;
  if (NOT_NAME.has(token.text) || /^[“"‘'(]$/.test(tokens[i - 1]?.text ?? '')) return false;
  return /\p{L}/u.test(token.text);
}

/**
 * Participles that, hyphenated after a name, make it qualify the noun that follows ("Iranian-backed militias",
 * "Russia-based hackers", "Hamas-run Gaza"): the noun, not the name, is what a verb acts on. "-led" is not among
 * them: "condemned the U.S.-led strikes" blames the one who leads.
 */
const QUALIFYING_PARTICIPLES = new Set([
  'backed',
  'based',
  'run',
  'funded',
  'financed',
  'sponsored',
  'supported',
  'allied',
  'aligned',
  'affiliated',
  'linked',
  'controlled',
  'held',
  'occupied',
  'armed',
  'trained',
  'owned',
  'registered',
  'flagged',
  'born',
  'made',
  'built',
  'friendly',
  'leaning',
]);

/** True when the name ending at token `end` is hyphenated to a qualifying participle: "Iranian-backed". */
export function hyphenQualifies(tokens: Token[], end: number): boolean {
  return tokens[end]?.text === '-' && QUALIFYING_PARTICIPLES.has(tokens[end + 1]?.lower ?? '');
}

/**
 * Nouns of people a state's adjective tells the origin of, who do not act for that state and are often against it:
 * "the Syrian opposition", "Afghan migrants", "Hong Kong activists"; and private people and firms, who do not act
 * for it either.
 */
const GROUPS_APART = new Set([
  'opposition',
  'opponents',
  'rebels',
  'insurgents',
  'dissidents',
  'exiles',
  'activists',
  'protesters',
  'protestors',
  'demonstrators',
  'refugees',
  'migrants',
  'asylum',
  'asylum-seekers',
  'minorities',
  'minority',
  'civilians',
  'separatists',
  'defectors',
  'diaspora',
  // Private people and firms of a state's origin: "sanctioned five Chinese companies", "detained Iranian nationals".
  'companies',
  'firms',
  'businesses',
  'entities',
  'individuals',
  'nationals',
  'citizens',
  'residents',
  'tourists',
  'students',
  'journalists',
  'hackers',
  'smugglers',
  'traffickers',
]);

/** True when the words after a name, a few at most, end in a noun of people apart from its state. */
export function namesGroupApart(tokens: Token[], end: number): boolean {
  for (let j = end; j < end + 3; j++) {
    const token = tokens[j];
    if (!token || !['NOUN', 'ADJ', 'PROPN'].includes(token.pos)) return false;
    if (GROUPS_APART.has(token.lower)) return true;
  }
  return false;
}

/**
 * A negation word that only makes a compound modifier of the noun after it, and negates no verb: "a 'no
 * limits' partnership", "a no-fly zone", "a “no first use” pledge". It follows an article, past an opening quote,
 * or a hyphen follows it.
 */
export function modifierNegation(tokens: readonly Token[], at: number): boolean {
  if (tokens[at + 1]?.text === '-') return true;
  const before = /^[“"‘']$/.test(tokens[at - 1]?.text ?? '') ? at - 2 : at - 1;
  return ['a', 'an', 'the'].includes(tokens[before]?.lower ?? '');
}

// Frames of answers to charges and of concern: "rejected the allegations made by Pakistan", "denied Pakistan's
// charge" (a denial comments on the one who alleges), "voiced concern over the violence in Israel" (concern over
// what happens in a place speaks of that place's actor).
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention } from '../actors/mentions';

/** Nouns of what one alleges of another. */
export const ALLEGATION_NOUNS = new Set([
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'charge',
  'charges',
  'claim',
  'claims',
]);

/** Verbs that deny or dismiss what is alleged, in their forms as written. */
export const DENYING = new Set([
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'deny',
  'denies',
  'denied',
  'denying',
  'dismiss',
  'dismisses',
  'dismissed',
  'dismissing',
  'refute',
  'refutes',
  'refuted',
  'refuting',
  'rebut',
  'rebuts',
  'rebutted',
  'rebutting',
]);

/** Participles between a charge and its author: "the allegations made by", "charges leveled by". */
const AUTHORED = new Set(['made', 'leveled', 'levelled', 'raised', 'brought', 'voiced']);

/**
 * The author of the charge a denying verb at `verb` takes as object: "rejected the baseless allegations made by
 * Pakistan" -> Pakistan. Only determiners and adjectives may stand between the verb and the noun of the charge,
 * and the author comes at once after "by" or the participle and "by".
 */
export function chargeAuthor(tokens: Token[], mentions: Mention[], verb: number): Mention | undefined {
  let at = verb + 1;
  while (at < tokens.length && at - verb <= 4 && ['DET', 'ADJ', 'ADV'].includes(tokens[at]?.pos ?? '')) at++;
  if (!ALLEGATION_NOUNS.has(tokens[at]?.lower ?? '')) return undefined;
  at++;
  if (AUTHORED.has(tokens[at]?.lower ?? '')) at++;
  if (tokens[at]?.lower !== 'by') return undefined;
  const author = mentionAt(mentions, at + 1);
  return author && author.start === at + 1 ? author : undefined;
}

/** Prepositions that place a topic in or on an actor: "the violence in Israel", "tensions on the Peninsula". */
const PLACING = new Set(['in', 'on', 'inside', 'within']);

/**
 * The actor a topic of concern is placed in: "concern over the violence in Israel", "concern about heightened
 * tensions on the Korean Peninsula". From `at` (just past "over" or "about"), a short noun phrase with no name in
 * it, then one of the placing prepositions, then a name.
 */
export function placedTopic(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  let i = at;
  while (i < tokens.length && i - at < 4 && ['DET', 'ADJ', 'NOUN', 'VERB'].includes(tokens[i]?.pos ?? '')) {
    if (mentionAt(mentions, i)) return undefined;
    i++;
  }
  if (i === at || tokens[i - 1]?.pos !== 'NOUN' || !PLACING.has(tokens[i]?.lower ?? '')) return undefined;
  const next = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const place = mentionAt(mentions, next);
  return place && place.start === next ? place : undefined;
}

/** A denial found in a sentence: the token of its verb and the one whose charge it answers. */
export interface Denial {
  verb: number;
  author: Mention;
}

/**
 * "rejected the baseless allegations made by Pakistan", "denied Pakistan's allegation": each verb of denial whose
 * object is a charge with a named author. Whoever denies is the verb's subject, found by the caller.
 */
export function denials(tokens: Token[], mentions: Mention[]): Denial[] {
  const result: Denial[] = [];
  tokens.forEach((token, verb) => {
    if (!DENYING.has(token.lower) || token.pos !== 'VERB') return;
    const byAuthor = chargeAuthor(tokens, mentions, verb);
    if (byAuthor) {
      result.push({ verb, author: byAuthor });
      return;
    }
    // "denied Pakistan's allegation", "refuted Washington's claims": the owner of the charge.
    const at = tokens[verb + 1]?.pos === 'DET' ? verb + 2 : verb + 1;
    const owner = mentionAt(mentions, at);
    if (!owner || owner.start !== at || !POSSESSIVE.has(tokens[owner.end]?.lower ?? '')) return;
    let noun = owner.end + 1;
    while (tokens[noun]?.pos === 'ADJ' && noun < owner.end + 3) noun++;
    if (ALLEGATION_NOUNS.has(tokens[noun]?.lower ?? '')) result.push({ verb, author: owner });
  });
  return result;
}

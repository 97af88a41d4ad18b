// Accusations told from the side of the accused: "Israel faced criticism from Turkey", "drew sharp condemnation
// from the EU", "came under fire from Washington". The one after "from" accuses the clause's subject. Also blame
// laid by holding another to account: "held Iran responsible", whose subject accuses the one held.
import type { Token } from '../document';
import { mentionAt, type Mention } from '../actors/mentions';
import { POSSESSIVE_PRONOUNS } from './clause-words';

/** Verbs of meeting with what others say: "faced", "drew", "came under". */
const MET_WITH = new Set([
  'face',
  'faces',
  'faced',
  'facing',
  'draw',
  'draws',
  'drew',
  'drawn',
  'drawing',
  'receive',
  'receives',
  'received',
  'receiving',
  'attract',
  'attracts',
  'attracted',
  'attracting',
  'under',
]);

/** Nouns of what is said against one. */
const CRITICISM = new Set([
  'criticism',
  'criticisms',
  'condemnation',
  'condemnations',
  'rebuke',
  'rebukes',
  'censure',
  'fire',
  'backlash',
  'accusations',
]);

/** Nouns of a stand taken against one: "faces growing opposition from Greece" (OPPOSES, not a charge). */
const OPPOSITION = new Set(['opposition', 'resistance', 'pushback', 'hostility']);

/** One accusation (or opposition) told from the accused's side: the verb's token and the accuser after "from". */
export interface Rebuke {
  verb: number;
  noun: number;
  accuser: Mention;
  type: 'ACCUSES' | 'OPPOSES';
}

/**
 * Each "faced [sharp] criticism from X" in the sentence. "under fire" only after "came", "come(s)" or "is/was";
 * "fire" only after "under" (elsewhere it is shooting).
 */
export function rebukes(tokens: Token[], mentions: Mention[]): Rebuke[] {
  const result: Rebuke[] = [];
  tokens.forEach((token, verb) => {
    if (!MET_WITH.has(token.lower)) return;
    let noun = verb + 1;
    while (
      noun < tokens.length &&
      noun - verb <= 3 &&
      ['ADJ', 'ADV', 'DET'].includes(tokens[noun]?.pos ?? '')
    )
      noun++;
    const word = tokens[noun]?.lower ?? '';
    const opposed = OPPOSITION.has(word) && token.lower !== 'under';
    if ((!CRITICISM.has(word) && !opposed) || (word === 'fire') !== (token.lower === 'under')) return;
    if (tokens[noun + 1]?.lower !== 'from') return;
    const at = tokens[noun + 2]?.lower === 'the' ? noun + 3 : noun + 2;
    const accuser = mentionAt(mentions, at);
    if (accuser && accuser.start === at)
      result.push({ verb, noun, accuser, type: opposed ? 'OPPOSES' : 'ACCUSES' });
  });
  return result;
}

/** Verbs that, with "responsible" or "accountable" after their object, blame it: "holds Hamas responsible". */
const HOLDING = new Set(['hold', 'holds', 'held', 'holding']);
const ANSWERABLE = new Set(['responsible', 'accountable', 'liable']);

/** One "held X responsible": the verb's token, the one held and the last token of the phrase. */
export interface Blame {
  verb: number;
  held: Mention;
  end: number;
}

/**
 * Each "held Iran responsible for the attack", "holds the government accountable" in the sentence: the one held
 * is named at once after the verb ("the" aside), and "responsible" follows it at once.
 */
export function heldResponsible(tokens: Token[], mentions: Mention[]): Blame[] {
  const result: Blame[] = [];
  tokens.forEach((token, verb) => {
    if (!HOLDING.has(token.lower)) return;
    const at = tokens[verb + 1]?.lower === 'the' ? verb + 2 : verb + 1;
    const held = mentionAt(mentions, at);
    if (!held || held.start !== at || !ANSWERABLE.has(tokens[held.end]?.lower ?? '')) return;
    result.push({ verb, held, end: held.end + 1 });
  });
  return result;
}

/** Verbs of blame that lay a deed "on" the one blamed: "blamed the attack on India". */
const BLAMING = new Set(['blame', 'blames', 'blamed', 'blaming']);
/** Words of the short phrase of the deed blamed: "the attack", "several recent bombings", "Monday's blast". */
const DEED_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PART']);

/**
 * Each "blamed the attack on India", "blames the bombing on the Pakistani Taliban" in the sentence: after the verb,
 * a phrase of at most six words naming no actor, then "on" and, at once ("the" aside), the one blamed.
 */
export function blamedOn(tokens: Token[], mentions: Mention[]): Blame[] {
  const result: Blame[] = [];
  tokens.forEach((token, verb) => {
    if (!BLAMING.has(token.lower)) return;
    let on = verb + 1;
    while (on < tokens.length && on - verb <= 6 && tokens[on]?.lower !== 'on') {
      if (!DEED_WORDS.has(tokens[on]?.pos ?? '') || mentionAt(mentions, on)) return;
      on++;
    }
    if (on === verb + 1 || tokens[on]?.lower !== 'on') return;
    const at = tokens[on + 1]?.lower === 'the' ? on + 2 : on + 1;
    const held = mentionAt(mentions, at);
    if (!held || held.start !== at) return;
    result.push({ verb, held, end: held.end });
  });
  return result;
}

/** How far before the one it acts on the verb of an act taken for an alleged wrong may stand. */
const ACT_SPAN = 8;

/**
 * "Mogadishu cut ties with Kenya for allegedly meddling in its affairs", "Washington sanctioned Iran over its
 * alleged support for the rebels": an act taken against another for a wrong it is alleged to have done charges it
 * with that wrong. The one charged is the name right before "for" or "over"; the one who charges is the subject
 * of the verb before it.
 */
export function allegedWrongs(tokens: Token[], mentions: Mention[]): Blame[] {
  const result: Blame[] = [];
  tokens.forEach((token, at) => {
    let prep = at - 1;
    if (token.lower === 'alleged' && POSSESSIVE_PRONOUNS.has(tokens[at - 1]?.lower ?? '')) prep = at - 2;
    else if (token.lower !== 'allegedly') return;
    if (!['for', 'over'].includes(tokens[prep]?.lower ?? '')) return;
    const held = mentionAt(mentions, prep - 1);
    if (!held || held.end !== prep) return;
    for (let i = held.start - 1; i >= 0 && held.start - i <= ACT_SPAN; i--) {
      if (tokens[i]?.text === ',' || mentionAt(mentions, i)) return;
      if (tokens[i]?.pos === 'VERB') {
        result.push({ verb: i, held, end: at + 1 });
        return;
      }
    }
  });
  return result;
}

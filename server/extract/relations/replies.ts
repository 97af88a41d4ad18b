// Stage 3, beside the cues: answers to what another actor put forward, and bargaining cards named as such.
//
// - Accepting or refusing another's offer, proposal, plan, invitation, request or demand: "Ukraine accepted the
//   U.S. proposal for a ceasefire" (AGREES_TO_COOPERATE), "Israel accepted Hamas's terms" (YIELDS_TO: giving in to
//   what another demands), "Iran refused Washington's offer of talks" (REJECTS). The verb alone says nothing of an
//   actor ("accepted responsibility", "refused him entry"): only the noun of something put forward, owned by the
//   actor who put it forward, makes it an answer to that actor.
// - A card played against another: "Moscow is using gas supplies as leverage against Europe", "used the hostages as
//   a bargaining chip with Israel" (SEEKS_LEVERAGE_OVER from the subject of the verb of using).
import type { RelationType } from '../../model/relations';
import type { Token } from '../document';
import { PhraseMatcher } from '../phrases';
import { mentionAt, POSSESSIVE, type SentenceMentions } from '../actors/mentions';
import { candidate, type RelationCandidate } from './cue-table';
import { subjectBefore } from './subjects';

/**
 * Verbs of answering, and what accepting or refusing is. Maps, not objects, as every token is looked up: a word
 * read from a text is found in a Map by its hash alone.
 */
const ANSWERS = new Map<string, 'accept' | 'refuse'>([
  ['accept', 'accept'],
  ['accepts', 'accept'],
  ['accepted', 'accept'],
  ['accepting', 'accept'],
  ['refuse', 'refuse'],
  ['refuses', 'refuse'],
  ['refused', 'refuse'],
  ['refusing', 'refuse'],
  ['reject', 'refuse'],
  ['rejects', 'refuse'],
  ['rejected', 'refuse'],
  ['rejecting', 'refuse'],
]);
/** "agreed to Russia's proposal": agreeing to a thing put forward is accepting it. */
const AGREE = new Set(['agree', 'agrees', 'agreed', 'agreeing']);
/** Nouns of what an actor puts forward to another; those of pressure make accepting them giving in. */
const PUT_FORWARD = new Map<string, 'offer' | 'demand'>([
  ['offer', 'offer'],
  ['offers', 'offer'],
  ['proposal', 'offer'],
  ['proposals', 'offer'],
  ['plan', 'offer'],
  ['invitation', 'offer'],
  ['request', 'offer'],
  ['requests', 'offer'],
  ['call', 'offer'],
  ['calls', 'offer'],
  ['demand', 'demand'],
  ['demands', 'demand'],
  ['terms', 'demand'],
  ['conditions', 'demand'],
  ['ultimatum', 'demand'],
]);
/** Prepositions that name the owner after the thing put forward: "a proposal from Egypt", "the demands of Hamas". */
const BY = new Set(['from', 'by', 'of']);
/** Words between the owner and the noun: "the U.S. ceasefire proposal", "Russia's latest peace plan". */
const MODIFIER_SPAN = 3;

/** The noun of a thing put forward at `at` or a few modifiers after it, and its index. */
function putForwardAt(tokens: Token[], at: number): { noun: number; kind: 'offer' | 'demand' } | undefined {
  for (let i = at; i < tokens.length && i - at <= MODIFIER_SPAN; i++) {
    const token = tokens[i] as Token;
    const kind = PUT_FORWARD.get(token.lower);
    if (kind && token.pos === 'NOUN') return { noun: i, kind };
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(token.pos) && token.text !== '-') return undefined;
  }
  return undefined;
}

/** "accepted the U.S. proposal", "refused Hamas's demands", "agreed to Russia's plan": the answer to its owner. */
function answers(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    const answer =
      ANSWERS.get(token.lower) ??
      (AGREE.has(token.lower) && tokens[verb + 1]?.lower === 'to' ? 'accept' : undefined);
    if (!answer || token.pos !== 'VERB') return;
    let at = verb + (AGREE.has(token.lower) ? 2 : 1);
    if (['the', 'a', 'an'].includes(tokens[at]?.lower ?? '')) at++;
    const before = mentionAt(mentions, at);
    let owner = before?.start === at ? before : undefined;
    let thing: ReturnType<typeof putForwardAt>;
    if (owner) {
      const after = POSSESSIVE.has(tokens[owner.end]?.lower ?? '') ? owner.end + 1 : owner.end;
      thing = putForwardAt(tokens, after);
    } else if (!before) {
      // "accepted a ceasefire proposal from Egypt", "rejected the demands of Hamas": its owner named after it.
      thing = putForwardAt(tokens, at);
      let by = thing && BY.has(tokens[thing.noun + 1]?.lower ?? '') ? thing.noun + 2 : -1;
      if (tokens[by]?.lower === 'the') by++;
      const after = by > 0 ? mentionAt(mentions, by) : undefined;
      // "the terms of the UN plan": a name that qualifies another noun owns nothing.
      const qualifies = ['NOUN', 'PROPN'].includes(tokens[after?.end ?? 0]?.pos ?? '');
      owner = after?.start === by && !qualifies ? after : undefined;
    }
    if (!owner || !thing) return;
    const subject = subjectBefore(tokens, mentions, verb);
    if (!subject || subject.actor.id === owner.actor.id) return;
    const type: RelationType =
      answer === 'refuse' ? 'REJECTS' : thing.kind === 'demand' ? 'YIELDS_TO' : 'AGREES_TO_COOPERATE';
    result.push(
      candidate(type, subject, owner, { start: verb, end: thing.noun + 1 }, found.sentence, 'verb'),
    );
  });
  return result;
}

/** Verbs of using a thing as a card. */
const USING = new Set(['use', 'uses', 'used', 'using', 'wield', 'wields', 'wielded', 'wielding']);
/** The card's name after "as": "as leverage", "as a bargaining chip", "as a lever". */
const CARDS = new PhraseMatcher(['leverage', 'a bargaining chip', 'bargaining chips', 'a lever']);
/** Prepositions naming the one the card is played against. */
const AGAINST = new Set(['against', 'over', 'on', 'with']);
/** How far after the verb "as" may stand: "using its gas supplies to Europe as leverage". */
const CARD_SPAN = 8;

/** "is using gas supplies as leverage against Europe": the user seeks leverage over the one named after. */
function cards(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!USING.has(token.lower) || token.pos !== 'VERB') return;
    for (let as = verb + 2; as < tokens.length && as - verb <= CARD_SPAN; as++) {
      const word = tokens[as]?.lower ?? '';
      if (['.', ';', ','].includes(word)) return;
      if (word !== 'as') continue;
      const end = CARDS.matchAt(tokens, as + 1)?.end;
      if (end === undefined || !AGAINST.has(tokens[end]?.lower ?? '')) return;
      let at = end + 1;
      if (tokens[at]?.lower === 'the') at++;
      const target = mentionAt(mentions, at);
      const user = subjectBefore(tokens, mentions, verb);
      if (!target || target.start !== at || !user || user.actor.id === target.actor.id) return;
      result.push(
        candidate('SEEKS_LEVERAGE_OVER', user, target, { start: verb, end }, found.sentence, 'verb'),
      );
      return;
    }
  });
  return result;
}

/** The answers and cards of a sentence (see the head of this file). */
export function replies(found: SentenceMentions): RelationCandidate[] {
  return [...answers(found), ...cards(found)];
}

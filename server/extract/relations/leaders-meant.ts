// Leaders meant by their states: "the Turkish and French leaders", "the North Korea-US summit" are their heads
// when the article has named them.
import type { RelationType } from '../../model/relations';
import type { ActorInfo } from '../actors/actor-table';
import type { Token } from '../document';
import type { Mention } from '../actors/mentions';
import type { RelationCandidate } from './cue-table';

/**
 * "the first North Korea-US summit on June 12": a summit labelled by its states is a meeting of their leaders.
 * When the article has named the head of each state (`leaderOf`), the meeting is between those two people;
 * otherwise it stays between the states. Talks and other relations labelled so keep the states.
 */
const LEADER_NOUNS = new Set(['leader', 'leaders']);
/** What leaders do in person (words, meetings); a treaty or an alliance they sign binds their states. */
const PERSONAL_ACTS = new Set<RelationType>([
  'ACCUSES',
  'MEETS',
  'CONSULTS',
  'VISITS',
  'THREATENS',
  'REQUESTS',
  'DEMANDS',
  'REJECTS',
  'COMMENTS_ON',
]);

/**
 * "the Turkish and French leaders had been exchanging angry barbs": a state named before "leader(s)" (alone or
 * coordinated with others) stands for its head when the article has named them; else it stays the state.
 */
function leaderMeant(
  tokens: Token[],
  end: Mention,
  leaderOf: (state: ActorInfo) => ActorInfo | undefined,
): Mention {
  if (end.actor.kind !== 'state' || end.via === 'coref') return end;
  let at = end.end;
  let others = ['and', ','].includes(tokens[end.start - 1]?.lower ?? '');
  // Past the other states coordinated with this one: "Turkish and French leaders", "U.S., Chinese leaders".
  while (at < tokens.length && at - end.end < 8) {
    const word = tokens[at]?.lower ?? '';
    if (word === 'and' || word === ',') [at, others] = [at + 1, true];
    else if (/^[A-Z]/.test(tokens[at]?.text ?? '') && !LEADER_NOUNS.has(word)) at++;
    else break;
  }
  if (!LEADER_NOUNS.has(tokens[at]?.lower ?? '')) return end;
  // "urged Somali leaders to agree": the leaders of one state are several of its people, not its head.
  if (tokens[at]?.lower === 'leaders' && !others) return end;
  const leader = leaderOf(end.actor);
  return leader ? { ...end, actor: leader } : end;
}

/** A candidate with each state written before "leader(s)" read as its head (see leaderMeant). */
export function leadersMeant(
  c: RelationCandidate,
  leaderOf: (state: ActorInfo) => ActorInfo | undefined,
): RelationCandidate {
  if (!PERSONAL_ACTS.has(c.type)) return c;
  const { tokens } = c.sentence;
  const from = leaderMeant(tokens, c.from, leaderOf);
  const to = leaderMeant(tokens, c.to, leaderOf);
  if (from === c.from && to === c.to) return c;
  if (from.actor.id === to.actor.id) return c;
  return { ...c, from, to };
}

export function summitOfLeaders(
  c: RelationCandidate,
  leaderOf: (state: ActorInfo) => ActorInfo | undefined,
): RelationCandidate {
  if (c.frame !== 'compound' || c.type !== 'MEETS') return c;
  if (c.from.actor.kind !== 'state' || c.to.actor.kind !== 'state') return c;
  const from = leaderOf(c.from.actor);
  const to = leaderOf(c.to.actor);
  if (!from || !to || from.id === to.id) return c;
  return { ...c, from: { ...c.from, actor: from }, to: { ...c.to, actor: to } };
}

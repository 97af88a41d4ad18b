// Second readings of a stance by what its object is: opposing another's plan or bid turns it down ("Hungary
// opposed the EU's plan" rejects the EU's proposal, it is no hostility to the EU), and a concern voiced over
// another's threatening conduct ("voiced concern over China's military buildup") is distrust of it, not a remark.
import type { Token } from '../document';
import type { RelationType } from '../../model/relations';
import { POSSESSIVE, type Mention } from '../actors/mentions';
import type { RelationCandidate } from './cue-table';
import { namesThreat } from './verb-frames';
import { ALLEGATION_NOUNS } from './denials';

/** Verbs of opposition that, with another's proposal as object, turn the proposal down. */
const OPPOSING = new Set(
  ['oppose', 'opposes', 'opposed', 'opposing', 'resist', 'resists', 'resisted', 'resisting'].concat([
    'object',
    'objects',
    'objected',
    'objecting',
  ]),
);

/** Nouns of what one actor puts to others to accept: a plan, a proposal, a bid, a request. */
export const PROPOSAL_NOUNS = new Set(
  ['plan', 'plans', 'proposal', 'proposals', 'bid', 'bids', 'offer', 'offers', 'request', 'requests']
    .concat(['demand', 'demands', 'call', 'calls', 'initiative', 'push', 'idea', 'resolution', 'draft'])
    .concat(['candidacy', 'nomination', 'membership', 'application', 'accession', 'proposition']),
);

/**
 * The noun of the phrase an object's name opens: "the EU's [new] plan", "the U.S. proposal", "Ukraine's bid". Past
 * a possessive, at most three modifiers (adjectives, nouns, names: "Belt and Road Initiative" is read to its head).
 */
export function ownedNoun(
  tokens: Token[],
  after: number,
  nouns: ReadonlySet<string> = PROPOSAL_NOUNS,
): string {
  let at = POSSESSIVE.has(tokens[after]?.lower ?? '') ? after + 1 : after;
  for (let seen = 0; seen < 5 && at < tokens.length; seen++, at++) {
    const token = tokens[at] as Token;
    if (nouns.has(token.lower)) return token.lower;
    const modifier = ['ADJ', 'NOUN', 'PROPN'].includes(token.pos) || (token.lower === 'and' && seen > 0);
    if (!modifier) return '';
  }
  return '';
}

/** Verbs of countering, which with another's claims as object answer them rather than oppose their author. */
const COUNTERING = new Set(['counter', 'counters', 'countered', 'countering']);
/** Nouns of what another asserts: countered, they are answered ("countered the U.S. claims"). */
const ASSERTION_NOUNS = new Set(
  [...ALLEGATION_NOUNS].concat([
    'narrative',
    'narratives',
    'argument',
    'arguments',
    'assertion',
    'assertions',
  ]),
);

/** Cue words of a concern voiced: "expressed concern over", "raised concerns about". */
const CONCERN = new Set(['concern', 'concerns']);

/** Stances, which a question or an obligation only raises. */
const STANCES = new Set<RelationType>(
  ['ACCUSES', 'OPPOSES', 'SUPPORTS', 'DISTRUSTS', 'COOPERATES_WITH', 'REJECTS', 'THREATENS'].concat([
    'ALLIED_WITH',
    'DEMANDS',
    'REQUESTS',
    'COMMENTS_ON',
  ]) as RelationType[],
);

/** Words that open a question answered yes or no: "Will Turkey oppose ...?", "Does China back ...?". */
const ASKING = new Set(
  ['will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'does', 'do', 'did'].concat([
    'is',
    'are',
    'was',
    'were',
    'has',
    'have',
    'had',
  ]),
);

/**
 * "Will Turkey oppose Sweden's membership?": a question that asks whether the stance holds asserts none. Only a
 * question opening with an auxiliary (a question opening with "why" or "how" takes the stance as given).
 */
function askedOnly(tokens: Token[]): boolean {
  const first = ['"', '“', '‘', "'"].includes(tokens[0]?.text ?? '') ? 1 : 0;
  const last =
    tokens.length - 1 - (['"', '”', '’', "'"].includes(tokens[tokens.length - 1]?.text ?? '') ? 1 : 0);
  return tokens[last]?.text === '?' && ASKING.has(tokens[first]?.lower ?? '');
}

/** Modals of obligation: "the EU must confront Russia" says what it ought to do, not what it does. */
const OBLIGED = new Set(['must', 'should']);
const OBLIGED_TO = new Set(['need', 'needs', 'ought', 'has', 'have']);

/** A stance verb after a modal of obligation, an adverb between allowed: "must firmly oppose", "needs to back". */
function obliged(tokens: Token[], cue: number): boolean {
  let at = cue - 1;
  if (tokens[at]?.pos === 'ADV') at--;
  if (OBLIGED.has(tokens[at]?.lower ?? '')) return true;
  return tokens[at]?.lower === 'to' && OBLIGED_TO.has(tokens[at - 1]?.lower ?? '');
}

/**
 * A stance read again by its object and its clause: a proposal opposed is rejected, a threat one voices concern
 * over is feared, and a stance only asked about or said to be owed is none.
 */
export function stanceReading(c: RelationCandidate): RelationCandidate[] {
  const { tokens } = c.sentence;
  if (STANCES.has(c.type) && (askedOnly(tokens) || (c.frame === 'verb' && obliged(tokens, c.cueStart))))
    return [];
  const verb = tokens[c.cueStart]?.lower ?? '';
  if (c.type === 'OPPOSES' && c.frame === 'verb' && OPPOSING.has(verb) && ownedNoun(tokens, c.to.end))
    return [{ ...c, type: 'REJECTS' }];
  // "China countered the U.S. claims with a report of its own": a rebuttal, which comments on the claims' author
  // (as a denial does) and is no hostility to it.
  if (c.type === 'OPPOSES' && COUNTERING.has(verb) && ownedNoun(tokens, c.to.end, ASSERTION_NOUNS))
    return [{ ...c, type: 'COMMENTS_ON' }];
  const concern = tokens.slice(c.cueStart, c.cueEnd).some((t) => CONCERN.has(t.lower));
  if (c.type === 'COMMENTS_ON' && concern && c.to.start > c.cueEnd - 1 && namesThreat(tokens, c.to))
    return [{ ...c, type: 'DISTRUSTS' }];
  return [c];
}

/** Verbs of turning down, whose object owned by "its" is another's proposal: "rejected its offer". */
const TURNING_DOWN = new Set(
  [
    'reject',
    'rejects',
    'rejected',
    'rejecting',
    'rebuffed',
    'rebuffs',
    'spurned',
    'spurns',
    'dismissed',
  ].concat(['refused', 'declined', 'snubbed']),
);
/** Verbs of criticism, whose object owned by "its" is another's act: "condemned its decision". */
const CRITICISING = new Set(
  [
    'criticized',
    'criticised',
    'criticizes',
    'criticises',
    'condemned',
    'condemns',
    'denounced',
    'denounces',
  ].concat(['slammed', 'slams', 'decried', 'decries', 'deplored', 'deplores', 'blasted', 'blasts']),
);

/**
 * "... the United States warned, as Tehran rejected its offer for talks", "Beijing condemned its decision": "its"
 * after a verb of turning down (before a noun of a proposal) or of criticism names the one actor other than the
 * subject that the sentence named before, in an earlier clause (a verb between them), not a person. With two such
 * actors, or none, or "its own", nothing is read.
 */
export function pronounOwned(
  tokens: Token[],
  mentions: Mention[],
  subjectOf: (verb: number) => Mention | undefined,
): { type: RelationType; from: Mention; to: Mention; cue: { start: number; end: number } }[] {
  const result: { type: RelationType; from: Mention; to: Mention; cue: { start: number; end: number } }[] =
    [];
  tokens.forEach((token, verb) => {
    if (tokens[verb + 1]?.lower !== 'its' || tokens[verb + 2]?.lower === 'own' || token.pos !== 'VERB')
      return;
    const rejecting = TURNING_DOWN.has(token.lower);
    if (!rejecting && !CRITICISING.has(token.lower)) return;
    if (rejecting && !ownedNoun(tokens, verb + 2)) return;
    if (!rejecting && !['NOUN', 'ADJ'].includes(tokens[verb + 2]?.pos ?? '')) return;
    const subject = subjectOf(verb);
    if (!subject) return;
    const clauseApart = (m: Mention) =>
      tokens.slice(m.end, subject.start).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const owners = new Map(
      mentions
        .filter((m) => m.end <= subject.start && m.actor.id !== subject.actor.id && m.actor.kind !== 'person')
        .filter(clauseApart)
        .map((m) => [m.actor.id, m]),
    );
    if (owners.size !== 1) return;
    const owner = [...owners.values()][0] as Mention;
    const type = rejecting ? 'REJECTS' : 'ACCUSES';
    result.push({ type, from: subject, to: owner, cue: { start: verb, end: verb + 2 } });
  });
  return result;
}

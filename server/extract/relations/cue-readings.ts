// Second readings of a candidate: a person who hosts another meets them, words called an attack accuse, a
// rejection that characterises accuses, agreeing with a view supports it, rejecting an allegation answers it.
import type { RelationType } from '../../model/relations';
import type { Token } from '../document';
import { POSSESSIVE } from '../actors/mentions';
import { ALLEGATION_NOUNS } from './denials';
import type { RelationCandidate } from './cue-table';
import { BREAKS, isVerb } from './clause-words';

/** Relations one implies between two people: a person who hosts another meets them. */
const IMPLIED: Partial<Record<RelationType, RelationType>> = { HOSTS: 'MEETS' };

export function withImplied(c: RelationCandidate): RelationCandidate[] {
  const implied = IMPLIED[c.type];
  const people = c.from.actor.kind === 'person' && c.to.actor.kind === 'person';
  return implied && people ? [c, { ...c, type: implied }] : [c];
}

/**
 * Words of a hostility both sides keep up: "the rivalry between Tokyo and Beijing", "Kenya's dispute with Somalia",
 * "Turkey's rival Greece", "clashed with". Each side opposes the other; "enemy of", "opposition to", "confronted",
 * "faced off against" (one side's move, as the text tells it) say only one side's stance.
 */
const MUTUAL = new Set(
  [
    'rivalry',
    'rival',
    'rivals',
    'archrival',
    'archrivals',
    'tension',
    'tensions',
    'dispute',
    'disputes',
    'standoff',
    'feud',
    'feuds',
  ]
    .concat(['feuded', 'feuding', 'rift', 'spat', 'quarrel', 'quarrels', 'quarreled', 'quarrelled'])
    .concat(['friction', 'frictions', 'clash', 'clashed', 'clashes', 'clashing', 'odds', 'loggerheads'])
    .concat(['spar', 'spars', 'sparred', 'sparring', 'competitor', 'competitors']),
);

/** An opposition said by a word of mutual hostility: "a rivalry", "clashed with". */
export function isMutual(type: RelationType, tokens: Token[], cue: { start: number; end: number }): boolean {
  return type === 'OPPOSES' && tokens.slice(cue.start, cue.end).some((t) => MUTUAL.has(t.lower));
}

/** An opposition said by a word of mutual hostility, read both ways. */
export function withMutual(c: RelationCandidate): RelationCandidate[] {
  if (!isMutual(c.type, c.sentence.tokens, { start: c.cueStart, end: c.cueEnd })) return [c];
  return [c, { ...c, from: c.to, to: c.from }];
}

/** What one agrees with when one shares a view: "agreed with the U.S. proposal", "with China's position". */
const VIEW_NOUNS = new Set(
  [
    'proposal',
    'proposals',
    'plan',
    'position',
    'view',
    'views',
    'assessment',
    'stance',
    'decision',
    'call',
  ].concat([
    'approach',
    'argument',
    'analysis',
    'conclusion',
    'demand',
    'demands',
    'idea',
    'suggestion',
    'statement',
  ]),
);

/** A named person "attacks" with words: "Trump attacked the newspaper" is an accusation, not an assault. */
export function verbal(c: RelationCandidate): RelationCandidate {
  const noun = c.sentence.tokens[c.cueEnd - 1]?.lower ?? '';
  const words =
    c.frame === 'verb' || (c.frame === 'light' && ['attack', 'attacks', 'assault'].includes(noun));
  if (c.type === 'ATTACKS' && c.from.actor.kind === 'person' && words) return { ...c, type: 'ACCUSES' };
  if (c.type === 'REJECTS' && c.frame === 'verb' && characterised(c)) return { ...c, type: 'ACCUSES' };
  // "agreed with Washington's assessment", "agreed with the U.S. proposal": a view shared, not an accord made.
  if (
    c.type === 'AGREES_TO_COOPERATE' &&
    c.frame === 'verb' &&
    c.sentence.tokens[c.cueStart]?.lower === 'agreed'
  ) {
    const { tokens } = c.sentence;
    const owned = POSSESSIVE.has(tokens[c.to.end]?.lower ?? '') ? c.to.end + 1 : c.to.end;
    if (VIEW_NOUNS.has(tokens[owned]?.lower ?? '')) return { ...c, type: 'SUPPORTS' };
  }
  // "rejected Pakistan's allegation": denying what another alleges answers it (CAMEO 016, deny responsibility).
  if (c.type === 'REJECTS' && c.frame === 'verb' && ALLEGATION_NOUNS.has(ownedAfter(c)))
    return { ...c, type: 'COMMENTS_ON' };
  return c;
}

/** The noun the object owns: "Pakistan's allegation" -> allegation (adjectives passed over). */
function ownedAfter(c: RelationCandidate): string {
  const { tokens } = c.sentence;
  if (!POSSESSIVE.has(tokens[c.to.end]?.lower ?? '')) return '';
  let at = c.to.end + 1;
  while (tokens[at]?.pos === 'ADJ' && at < c.to.end + 3) at++;
  return tokens[at]?.lower ?? '';
}

/**
 * "dismissed Putin's response as “deliberately” setting conditions", "rejected the findings as biased": what is
 * rejected is called something, which is a charge against its author.
 */
function characterised(c: RelationCandidate): boolean {
  const { tokens } = c.sentence;
  for (let i = c.to.end; i < Math.min(tokens.length, c.to.end + 6); i++) {
    const word = tokens[i]?.lower ?? '';
    // "as part of a review", "as well": no description of what was dismissed.
    if (word === 'as') return !['part', 'well', 'such', 'soon'].includes(tokens[i + 1]?.lower ?? '');
    if (BREAKS.has(word) || word === ',' || word === '.' || isVerb(tokens[i])) return false;
  }
  return false;
}

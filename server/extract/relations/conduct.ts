// The actor behind what a stance is taken on: "condemned the continuing brutality of the Myanmar military",
// "criticized the attacks by Hamas", "rejected the proposal of the EU". One praises, blames or rejects an
// actor's conduct, and so the actor.
import type { Token } from '../document';
import { ALLEGATION_NOUNS } from './denials';
import { mentionAt, POSSESSIVE, type Mention } from '../actors/mentions';

/**
 * Nouns of an actor's own conduct, whose "of" names the one who acts ("the policies of Russia"); nouns of what is
 * done to someone ("the arrest of", "the killing of") are not among them, since their "of" names the one who
 * suffers it.
 */
const CONDUCT_OF = new Set([
  'action',
  'actions',
  'conduct',
  'behavior',
  'behaviour',
  'policy',
  'policies',
  'decision',
  'decisions',
  'aggression',
  'brutality',
  'role',
  'stance',
  'position',
  'handling',
  'response',
  'move',
  'moves',
  'statement',
  'statements',
  'remarks',
  'comments',
  'proposal',
  'proposals',
  'plan',
  'plans',
  'interference',
  'provocations',
  'efforts',
  'leadership',
]);

/** Words that may stand between the verb and the noun of conduct: "the continuing", "its recent". */
const BEFORE_NOUN = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

/**
 * The actor whose conduct is the object of the verb ending at `at`: past a short noun phrase with no name in it,
 * a noun of conduct and "of", or any noun and "by", then the name at once.
 */
export function conductAuthor(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  let i = at;
  while (i < tokens.length && i - at < 4) {
    const token = tokens[i] as Token;
    if (mentionAt(mentions, i)) return undefined;
    const participle = token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower) && i > at;
    if (!BEFORE_NOUN.has(token.pos) && !participle) break;
    i++;
  }
  const noun = tokens[i];
  if (noun?.pos !== 'NOUN' || mentionAt(mentions, i)) return undefined;
  // "rejected the allegations by Pakistan": a denial, which comments on the one who alleges (denials.ts).
  if (ALLEGATION_NOUNS.has(noun.lower)) return undefined;
  const link = tokens[i + 1]?.lower ?? '';
  if (link !== 'by' && !(link === 'of' && CONDUCT_OF.has(noun.lower))) return undefined;
  const next = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
  const author = mentionAt(mentions, next);
  return author && author.start === next ? author : undefined;
}

/** The owner of a noun of conduct right after `at`: "welcomed Ukraine's decision" -> Ukraine. */
export function conductOwner(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  const owner = mentionAt(mentions, start);
  if (!owner || owner.start !== start || !POSSESSIVE.has(tokens[owner.end]?.lower ?? '')) return undefined;
  let noun = owner.end + 1;
  while (tokens[noun]?.pos === 'ADJ' && noun < owner.end + 3) noun++;
  return CONDUCT_OF.has(tokens[noun]?.lower ?? '') ? owner : undefined;
}

/** Verbs of welcoming, which back what another does but as often greet a guest. */
export const WELCOMING = new Set(['welcome', 'welcomes', 'welcomed', 'welcoming']);

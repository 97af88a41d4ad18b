// Stage 3, beside the cues: forces sent to another's door. "China sent 30 warplanes toward Taiwan", "Russia
// deployed troops near the Ukrainian border", "moved tanks along its border with Armenia": the one who sends
// mobilises against the one whose land or border the forces face (MOBILIZES_AGAINST). Forces sent "to" or "into" a
// country are left alone: they may be sent to help it ("deployed troops to Mali to fight the insurgents"). Forces
// pulled back from another's door ease the pressure on it (EASES_PRESSURE_ON): "withdrew its troops from the border
// with Ukraine".
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention, type SentenceMentions } from '../actors/mentions';
import { candidate, type RelationCandidate } from './cue-table';
import { BE, POSSESSIVE_PRONOUNS } from './clause-words';
import { subjectOfVerb } from './subjects';
import type { RelationType } from '../../model/relations';

/** Nouns of armed forces and their weapons. */
const FORCES = new Set([
  'troops',
  'soldiers',
  'forces',
  'warships',
  'warplanes',
  'aircraft',
  'jets',
  'bombers',
  'ships',
  'vessels',
  'tanks',
  'missiles',
  'drones',
  'destroyers',
  'carrier',
  'carriers',
  'submarines',
  'battalions',
  'brigades',
  'artillery',
]);
/** Verbs that send forces out, and those that pull them back. */
const SENDING = new Set([
  'sent',
  'send',
  'sends',
  'sending',
  'deployed',
  'deploy',
  'deploys',
  'deploying',
  'dispatched',
  'dispatch',
  'dispatches',
  'dispatching',
  'moved',
  'moving',
  'massed',
  'massing',
  'amassed',
  'amassing',
  'positioned',
  'stationed',
  'flew',
  'sailed',
]);
const PULLING = new Set(['withdrew', 'withdraw', 'withdraws', 'withdrawing', 'withdrawn', 'pulled']);
/** Where sent forces face another: "toward Taiwan", "near the border with", "along its border with". */
const FACING = new Set(['toward', 'towards', 'near', 'around', 'along', 'off']);
/** Words of the force's phrase between the verb and its noun: "30 Chinese military aircraft", "more troops". */
const PHRASE = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const OWNERS = new Set(['the', ...POSSESSIVE_PRONOUNS]);
/** Words of a count before the force: "more than 100,000 troops", "at least 20 warships", "up to 30 jets". */
const COUNTING = new Set(['than', 'least', 'at', 'about', 'nearly', 'some', 'up', 'to', 'of']);

/** Nouns of a land's border. */
const BORDERS = new Set(['border', 'borders', 'frontier']);
/** Nouns of a land's edge, airspace or waters. */
const EDGES = new Set([...BORDERS, 'airspace', 'waters', 'air']);
/** Nouns of a land's edge that may follow its name: "the Ukrainian border", "the Chinese coast". */
const SHORES = new Set([...BORDERS, 'coast', 'waters']);

/**
 * The actor a place phrase at `at` names: "Taiwan", "the Ukrainian border", "the border with Ukraine", "Ukraine's
 * border", "its border with Armenia".
 */
function facedActor(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  let i = at;
  if (OWNERS.has(tokens[i]?.lower ?? '')) i++;
  if (BORDERS.has(tokens[i]?.lower ?? '')) return partnerAfter(tokens, mentions, i + 1);
  const mention = mentionAt(mentions, i) ?? mentionAt(mentions, at);
  if (!mention || mention.start < at) return undefined;
  // "Ukraine's border", "the Ukrainian border": the land the border belongs to; "Poland's border with Belarus":
  // the one on its other side.
  const after = tokens[mention.end];
  const edge = POSSESSIVE.has(after?.lower ?? '') ? mention.end + 1 : mention.end;
  if (EDGES.has(tokens[edge]?.lower ?? '') && tokens[edge + 1]?.lower === 'with')
    return partnerAfter(tokens, mentions, edge + 1);
  if (POSSESSIVE.has(after?.lower ?? '')) return mention;
  // "toward Taiwanese fishing boats": a noun after the name other than its edge makes the name a modifier of it.
  if (after?.pos === 'NOUN' && !SHORES.has(after.lower)) return undefined;
  return mention;
}

/** The one named after "with" at `at` ("with Ukraine", "with the Philippines"), if "with" stands there. */
function partnerAfter(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  if (tokens[at]?.lower !== 'with') return undefined;
  return (
    mentionAt(mentions, at + 1) ?? (tokens[at + 1]?.lower === 'the' ? mentionAt(mentions, at + 2) : undefined)
  );
}

/** True when the place phrase at `at` names another's edge: "the border with", "Taiwan's airspace", "the Ukrainian border". */
function edgeAhead(tokens: Token[], mentions: Mention[], at: number): boolean {
  let i = at;
  if (OWNERS.has(tokens[i]?.lower ?? '')) i++;
  if (EDGES.has(tokens[i]?.lower ?? '')) return tokens[i + 1]?.lower === 'with';
  const mention = mentionAt(mentions, i);
  if (!mention) return false;
  const after = POSSESSIVE.has(tokens[mention.end]?.lower ?? '') ? mention.end + 1 : mention.end;
  return EDGES.has(tokens[after]?.lower ?? '');
}

function read(
  tokens: Token[],
  mentions: Mention[],
  verb: number,
  type: RelationType,
): { doer: Mention; faced: Mention; end: number } | undefined {
  // "were deployed near": a passive names no one who sends.
  if (BE.has(tokens[verb - 1]?.lower ?? '')) return undefined;
  let i = verb + 1;
  if (tokens[i]?.lower === 'back' || tokens[i]?.lower === 'out') i++;
  let force = -1;
  for (; i < tokens.length && i - verb <= 6; i++) {
    const token = tokens[i] as Token;
    if (FORCES.has(token.lower)) force = i;
    else if (force >= 0 || !(PHRASE.has(token.pos) || OWNERS.has(token.lower) || COUNTING.has(token.lower)))
      break;
  }
  if (force < 0) return undefined;
  let preposition = tokens[force + 1]?.lower ?? '';
  let place = force + 2;
  // "pulled its troops out of Syria", "deployed troops close to the border".
  if (
    (preposition === 'out' && tokens[place]?.lower === 'of') ||
    (preposition === 'close' && tokens[place]?.lower === 'to')
  ) {
    preposition = preposition === 'out' ? 'from' : 'near';
    place++;
  }
  // "to the border with Ukraine", "into Taiwan's air defense zone", "on its border with": only a border, airspace
  // or waters, not a land forces may be sent to help.
  const toEdge = ['to', 'into', 'at', 'on'].includes(preposition) && edgeAhead(tokens, mentions, place);
  // Forces pulled out of a land may have stood there as its allies ("pulled its troops out of Syria"): only those
  // pulled back from another's edge ease the pressure on it.
  const facing =
    type === 'MOBILIZES_AGAINST'
      ? FACING.has(preposition) || toEdge
      : preposition === 'from' && edgeAhead(tokens, mentions, place);
  if (!facing) return undefined;
  const faced = facedActor(tokens, mentions, place);
  if (!faced) return undefined;
  const doer = subjectOfVerb(tokens, mentions, verb);
  if (!doer || doer.actor.id === faced.actor.id) return undefined;
  return { doer, faced, end: faced.end };
}

/** "X sent/deployed (forces) toward/near Y", "X withdrew (forces) from Y": X mobilises against, or eases on, Y. */
export function mobilisation(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  let result: RelationCandidate[] | undefined;
  for (let verb = 1; verb < tokens.length; verb++) {
    const lower = (tokens[verb] as Token).lower;
    const type: RelationType | undefined = SENDING.has(lower)
      ? 'MOBILIZES_AGAINST'
      : PULLING.has(lower)
        ? 'EASES_PRESSURE_ON'
        : undefined;
    if (!type) continue;
    const ends = read(tokens, mentions, verb, type);
    if (!ends) continue;
    result ??= [];
    result.push(
      candidate(type, ends.doer, ends.faced, { start: verb, end: verb + 1 }, found.sentence, 'clause'),
    );
  }
  return result ?? [];
}

// Noun frames: a cue noun's owner and object ("Kim's visit to China", "US sanctions on Iran"), the pair after
// "between", two names joined by a dash ("the North Korea-US summit"), the subject a copula links to the noun
// ("China is North Korea's closest ally"), the doer after "by", and the clause a meeting or a call frames.
import { relationDefinition, type RelationType } from '../../model/relations';
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention, type SentenceMentions } from '../actors/mentions';
import { type CueDefinition, type RelationCandidate, candidate } from './cue-table';
import { BREAKS, COPULAS, ARTICLES, CALENDAR_WORD, isVerb } from './clause-words';
import { coordinated } from './coordination';
import { subjectBefore, subjectOfVerb } from './subjects';
import { objectAfter } from './objects';
import { isMutual } from './cue-readings';
import { LIGHT_VERBS, SOUGHT_NOUNS, SEEKING, seekingBefore, lightVerbSubject } from './light-verbs';

/** Words of a field that may stand between an owner and its noun: "Ankara military backing", "US economic aid". */
const FIELDS = new Set(['military', 'economic', 'financial', 'diplomatic', 'political', 'trade', 'security']);

/** The owner of a noun: "Kim's (fourth) visit", "US sanctions", "the Trump administration's decision". */
export function ownerOf(tokens: Token[], mentions: Mention[], cueStart: number): Mention | undefined {
  // "Ankara military backing of the GNA", "U.S. economic sanctions": the owner may stand before the noun's field.
  let head = cueStart;
  while (head > cueStart - 2 && FIELDS.has(tokens[head - 1]?.lower ?? '') && !mentionAt(mentions, head - 1))
    head--;
  for (let i = cueStart - 1; i >= 0 && cueStart - i <= 4; i--) {
    const mention = mentionAt(mentions, i);
    if (
      mention &&
      (mention.end === cueStart || mention.end === head || POSSESSIVE.has(tokens[mention.end]?.lower ?? ''))
    )
      return mention;
    if (mention || BREAKS.has(tokens[i]?.lower ?? '') || tokens[i]?.text === ',') return undefined;
    // "Hungary's opposition to sanctions on Russia": the possessive owns the noun before the preposition.
    if (tokens[i]?.pos === 'ADP' || tokens[i]?.lower === 'to') return undefined;
  }
  return undefined;
}

/**
 * The subject of a noun that a copula links to it: "Morsi was a close ally of Erdogan", "Egypt and Turkey are
 * traditionally allies". Articles, adjectives and adverbs may stand between the copula and the noun.
 */
function copulaSubject(tokens: Token[], mentions: Mention[], cueStart: number): Mention | undefined {
  let at = cueStart - 1;
  while (
    at >= 0 &&
    cueStart - at <= 5 &&
    (ARTICLES.has(tokens[at]?.lower ?? '') ||
      ['ADJ', 'ADV'].includes(tokens[at]?.pos ?? '') ||
      tokens[at]?.text === '-' ||
      tokens[at - 1]?.text === '-')
  )
    at--;
  // "was at war with", "is in open conflict with": a preposition of state after the copula.
  if (['at', 'in'].includes(tokens[at]?.lower ?? '') && COPULAS.has(tokens[at - 1]?.lower ?? '')) at--;
  if (!COPULAS.has(tokens[at]?.lower ?? '') || mentionAt(mentions, at)) return undefined;
  let verb = at;
  while (tokens[verb - 1]?.pos === 'ADV' || ['has', 'have', 'had'].includes(tokens[verb - 1]?.lower ?? ''))
    verb--;
  return subjectBefore(tokens, mentions, verb, 1);
}

/** Nouns of a role one plays toward another, which a name set off by a comma before them plays. */
const ROLE_NOUNS = new Set(
  ['critic', 'critics', 'supporter', 'supporters', 'backer', 'backers', 'ally', 'allies', 'opponent'].concat([
    'opponents',
    'rival',
    'rivals',
    'enemy',
    'foe',
    'adversary',
    'partner',
    'competitor',
  ]),
);

/**
 * "Navalny, a vocal critic of the Kremlin", "Iran, a close ally of Russia": the name just before the comma that
 * opens an apposition whose head is a noun of a role is the one who plays it.
 */
function appositionSubject(
  tokens: Token[],
  mentions: Mention[],
  cue: { start: number; end: number },
): Mention | undefined {
  if (!ROLE_NOUNS.has(tokens[cue.end - 1]?.lower ?? '')) return undefined;
  let at = cue.start - 1;
  while (
    at >= 0 &&
    cue.start - at <= 4 &&
    (ARTICLES.has(tokens[at]?.lower ?? '') || ['ADJ', 'ADV'].includes(tokens[at]?.pos ?? ''))
  )
    at--;
  if (tokens[at]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[at + 1]?.lower ?? '')) return undefined;
  const named = mentionAt(mentions, at - 1);
  return named && named.end === at ? named : undefined;
}

/** Closing quotation marks around a cue noun ("the “denuclearization negotiations” between"): passed over. */
const CLOSING_QUOTES = new Set(['’', '”', '"', "'"]);
/** Past closing quotation marks and a day after a cue noun: "the “negotiations” between", "talks Tuesday with". */
export function pastQuotes(tokens: Token[], at: number): number {
  const next = CLOSING_QUOTES.has(tokens[at]?.text ?? '') ? at + 1 : at;
  return CALENDAR_WORD.test(tokens[next]?.text ?? '') && tokens[next + 1]?.pos === 'ADP' ? next + 1 : next;
}

/**
 * Past the place of a meeting or talks named between the noun and its preposition: "a meeting in Beijing with
 * Iran", "talks in Geneva between Russia and the U.S.". Only a name alone, then the cue's own preposition.
 */
function pastPlace(
  tokens: Token[],
  mentions: Mention[],
  at: number,
  prepositions: readonly string[],
): number {
  if (!['in', 'at'].includes(tokens[at]?.lower ?? '')) return at;
  const place = mentionAt(mentions, at + 1);
  if (!place || place.start !== at + 1 || !prepositions.includes(tokens[place.end]?.lower ?? '')) return at;
  return place.end;
}

/** Prepositions that put a meeting or talks around what a clause tells: "said during talks with", "at a meeting with". */
const AROUND = new Set(['during', 'at', 'after', 'following', 'before', 'ahead']);
/** Relations one takes part in by being at the meeting or the talks a noun names. */
const CONTACT_NOUNS = new Set<RelationType>(['MEETS', 'NEGOTIATES_WITH', 'CONSULTS']);

/**
 * "Xi said during talks with Putin that ...", "the United States hopes to resolve the pause during talks with
 * Ukrainian officials": the subject of the clause that a meeting or talks frame takes part in them.
 */
function adjunctSubject(
  tokens: Token[],
  mentions: Mention[],
  cueStart: number,
  type: RelationType,
): Mention | undefined {
  if (!CONTACT_NOUNS.has(type)) return undefined;
  let at = cueStart - 1;
  while (at >= 0 && cueStart - at <= 4 && ['DET', 'ADJ', 'NUM'].includes(tokens[at]?.pos ?? '')) at--;
  if (!AROUND.has(tokens[at]?.lower ?? '') || tokens[at - 1]?.text === ',') return undefined;
  for (let i = at - 1; i >= 0 && at - i <= 15; i--) {
    const token = tokens[i] as Token;
    if (mentionAt(mentions, i)) continue;
    if (['said', 'says', 'told'].includes(token.lower)) return subjectBefore(tokens, mentions, i);
    if (BREAKS.has(token.lower) || token.text === ',') return undefined;
    if (token.pos === 'VERB') return subjectOfVerb(tokens, mentions, i);
  }
  return undefined;
}

/**
 * "China spoke in support of Russia", "Turks rallied in protest against Israel": a stance said by "in" and a noun
 * is taken by the subject of the clause it qualifies, toward the one after the noun's preposition.
 */
function stanceAdjunct(
  found: SentenceMentions,
  cue: { start: number; end: number },
  definition: CueDefinition,
  next: number,
): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  if (!definition.prepositions.includes(tokens[next]?.lower ?? '')) return [];
  const object = objectAfter(tokens, mentions, next + 1, true);
  if (!object) return [];
  let subject: Mention | undefined;
  for (let i = cue.start - 1; i >= 0 && cue.start - i <= 12 && !subject; i--) {
    const token = tokens[i] as Token;
    if (mentionAt(mentions, i)) continue;
    if (BREAKS.has(token.lower) || token.text === ',') return [];
    if (isVerb(token)) subject = subjectOfVerb(tokens, mentions, i);
    if (isVerb(token) && !subject) return [];
  }
  if (!subject) return [];
  const objects = coordinated(tokens, mentions, object, 1);
  return coordinated(tokens, mentions, subject, -1).flatMap((s) =>
    objects.map((o) => candidate(definition.type, s, o, cue, found.sentence, 'adjunct')),
  );
}

/** Prepositions that put a call around what a verb tells: "told Trump in a phone call", "during a call". */
const DURING_CALL = new Set(['in', 'during', 'on', 'over']);

/**
 * "Sheinbaum and Trudeau told Trump in phone conversations", "Biden assured Zelenskyy during a call": the subject
 * of a verb and its object, the call just after the object, consult each other.
 */
function toldDuring(tokens: Token[], mentions: Mention[], cueStart: number): Array<[Mention, Mention]> {
  let at = cueStart - 1;
  while (at >= 0 && cueStart - at <= 3 && ['DET', 'ADJ', 'NUM'].includes(tokens[at]?.pos ?? '')) at--;
  if (!DURING_CALL.has(tokens[at]?.lower ?? '')) return [];
  const object = mentionAt(mentions, at - 1);
  if (!object || object.end !== at) return [];
  const verb = object.start - 1;
  if (!isVerb(tokens[verb]) || mentionAt(mentions, verb)) return [];
  const subject = subjectOfVerb(tokens, mentions, verb);
  if (!subject) return [];
  return coordinated(tokens, mentions, subject, -1).map((s): [Mention, Mention] => [s, object]);
}

/** "attacks on Syria by Israeli forces": the doer named after the object. */
function agentAfter(tokens: Token[], mentions: Mention[], objects: Mention[]): Mention | undefined {
  const last = objects[objects.length - 1];
  if (!last || tokens[last.end]?.lower !== 'by') return undefined;
  const agent = mentionAt(mentions, last.end + 1) ?? mentionAt(mentions, last.end + 2);
  return agent && agent.start <= last.end + 2 ? agent : undefined;
}

/**
 * "the attack by Russia on Ukraine", "a visit by Putin to North Korea": a noun's doer named after "by", then the
 * one it acts on after one of the noun's prepositions. None when the noun has an owner ("Kyiv's capture by
 * Russia" is done to the owner, a reading left out) or no object follows at once.
 */
function agentFirst(
  tokens: Token[],
  mentions: Mention[],
  by: number,
  definition: CueDefinition,
): Array<[Mention, Mention]> {
  const first = mentionAt(mentions, by + 1) ?? mentionAt(mentions, by + 2);
  if (!first || first.start > by + 2 || (first.start === by + 2 && tokens[by + 1]?.lower !== 'the'))
    return [];
  const agents = coordinated(tokens, mentions, first, 1);
  const last = agents[agents.length - 1] as Mention;
  if (!definition.prepositions.includes(tokens[last.end]?.lower ?? '')) return [];
  const object = objectAfter(tokens, mentions, last.end + 1, true);
  if (!object) return [];
  const objects = coordinated(tokens, mentions, object, 1);
  return agents.flatMap((a) => objects.map((o): [Mention, Mention] => [a, o]));
}

/** "the leader's Muslim Brotherhood": the one named with a possessive just before a name. */
function possessorOf(tokens: Token[], mentions: Mention[], owned: Mention): Mention | undefined {
  if (!POSSESSIVE.has(tokens[owned.start - 1]?.lower ?? '')) return undefined;
  const possessor = mentionAt(mentions, owned.start - 2);
  return possessor && possessor.end === owned.start - 1 ? possessor : undefined;
}

export function nounFrame(
  found: SentenceMentions,
  cue: { start: number; end: number },
  definition: CueDefinition,
): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const { type } = definition;
  const next = pastPlace(tokens, mentions, pastQuotes(tokens, cue.end), definition.prepositions);
  const after = tokens[next]?.lower ?? '';
  // A rivalry or a dispute joins its two sides as a symmetric relation does (each opposes the other).
  const symmetric = relationDefinition(type).symmetric || isMutual(type, tokens, cue);
  if (tokens[cue.start]?.lower === 'in') return stanceAdjunct(found, cue, definition, next);
  if (after === 'between' && definition.prepositions.includes('between')) {
    const first = objectAfter(tokens, mentions, next + 1);
    const pair = first ? coordinated(tokens, mentions, first, 1) : [];
    if (pair.length >= 2)
      return [candidate(type, pair[0] as Mention, pair[1] as Mention, cue, found.sentence, 'between')];
    return [];
  }
  const byAgent =
    after === 'by' && !ownerOf(tokens, mentions, cue.start)
      ? agentFirst(tokens, mentions, next, definition)
      : [];
  if (byAgent.length > 0) return byAgent.map(([a, o]) => candidate(type, a, o, cue, found.sentence, 'owner'));
  const linked = ownerOf(tokens, mentions, cue.start)
    ? undefined
    : (copulaSubject(tokens, mentions, cue.start) ?? appositionSubject(tokens, mentions, cue));
  const owner = ownerOf(tokens, mentions, cue.start) ?? linked;
  // "Egypt and Turkey are allies": a joint subject and a plural noun of a symmetric relation, no object.
  if (linked && symmetric && !definition.prepositions.includes(after)) {
    const subjects = coordinated(tokens, mentions, linked, -1);
    const [first, second] = (linked.joint ? subjects : [...subjects].reverse()) as [Mention, Mention];
    return subjects.length === 2 ? [candidate(type, first, second, cue, found.sentence, 'copula')] : [];
  }
  // "the North Korea-US summit": two names joined by a dash before the noun; not when the noun only qualifies the
  // next one ("the US-China trade war").
  if (owner && symmetric && tokens[owner.start - 1]?.text === '-') {
    if (tokens[cue.end]?.pos === 'NOUN') return [];
    const other = mentionAt(mentions, owner.start - 2);
    if (other) return [candidate(type, other, owner, cue, found.sentence, 'compound')];
  }
  // "the inter-Korean summit": one word names both states; "their second summit": two people named before
  // (coreference.ts), read as "the two leaders" are.
  if (owner?.joint && owner.via !== 'pronoun' && symmetric && owner.end === cue.start)
    return [
      candidate(type, owner, owner.joint, cue, found.sentence, owner.via === 'coref' ? 'joint' : 'compound'),
    ];
  // "Turkey's rival Greece", "a key Egyptian ally, France": a noun of a relation written `=` takes its other end
  // in apposition.
  const apposed = definition.prepositions.includes('=')
    ? mentionAt(mentions, cue.end + (tokens[cue.end]?.text === ',' ? 1 : 0))
    : undefined;
  // "Michal's invitation to visit Tallinn", "a request to join NATO": what is asked for follows "to", not who is
  // asked.
  const askedToAct = type === 'REQUESTS' && after === 'to' && tokens[next + 1]?.pos === 'VERB';
  const object = askedToAct
    ? undefined
    : definition.prepositions.includes(after)
      ? objectAfter(tokens, mentions, next + 1)
      : apposed?.start === cue.end || apposed?.start === cue.end + 1
        ? apposed
        : undefined;
  if (!owner) return ownerlessFrame(found, cue, type, object);
  // "the ousted leader's Muslim Brotherhood supporters": the body before the noun is its doer, and the one owning
  // them is the other end (the Brotherhood supports the leader).
  const possessor = !object && !linked ? possessorOf(tokens, mentions, owner) : undefined;
  if (possessor) return [candidate(type, owner, possessor, cue, found.sentence, 'owner')];
  // "China has long been North Korea's closest ally": the subject is the noun's one end, its owner the other.
  if (!object && !linked) {
    const subject = copulaSubject(tokens, mentions, owner.start);
    if (!subject) return [];
    return coordinated(tokens, mentions, subject, -1).map((s) =>
      candidate(type, s, owner, cue, found.sentence, 'copula'),
    );
  }
  if (!object) return [];
  const sought = SOUGHT_NOUNS.has(tokens[cue.end - 1]?.lower ?? '');
  if (sought && !linked && !seekingBefore(tokens, owner.start)) return [];
  return coordinated(tokens, mentions, object, 1).flatMap((o) =>
    (linked ? coordinated(tokens, mentions, linked, -1) : [owner]).map((s) =>
      candidate(type, s, o, cue, found.sentence, linked ? 'copula' : 'owner'),
    ),
  );
}

/** Nouns of rivalry that, bare before a name, name the rival of the one the clause is about. */
const BARE_RIVALS = new Set(['rival', 'archrival']);

/**
 * "Pakistani officials blamed archrival India", "Hamas and rival Fatah": a noun of rivalry with no article and no
 * owner, right before the name it stands in apposition with, names the rival of the verb's subject or of the name
 * that "and" follows.
 */
function bareRivalSubject(
  tokens: Token[],
  mentions: Mention[],
  cue: { start: number; end: number },
  object: Mention | undefined,
): Mention | undefined {
  if (!object || object.start !== cue.end || !BARE_RIVALS.has(tokens[cue.end - 1]?.lower ?? ''))
    return undefined;
  // "hosted rival Libyan factions": a name that qualifies the noun after it names no rival.
  if (['NOUN', 'PROPN'].includes(tokens[object.end]?.pos ?? '')) return undefined;
  const before = cue.start - 1;
  if (tokens[before]?.lower === 'and') return mentionAt(mentions, before - 1);
  if (tokens[before]?.pos === 'VERB') return subjectOfVerb(tokens, mentions, before);
  return undefined;
}

/**
 * A cue noun with no owner: its doer is the subject of a light verb ("North Korea has maintained a ‘blood
 * alliance’ with China", "U.S. forces carried out airstrikes against IS", "Russia and China deepened their
 * partnership") or is named after the object ("the attack on Kyiv by Russia").
 */
function ownerlessFrame(
  found: SentenceMentions,
  cue: { start: number; end: number },
  type: RelationType,
  object: Mention | undefined,
): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const objects = object ? coordinated(tokens, mentions, object, 1) : [];
  const agent = object ? agentAfter(tokens, mentions, objects) : undefined;
  if (agent) return objects.map((o) => candidate(type, agent, o, cue, found.sentence, 'passive'));
  const told = !object && type === 'CONSULTS' ? toldDuring(tokens, mentions, cue.start) : [];
  if (told.length > 0) return told.map(([s, o]) => candidate(type, s, o, cue, found.sentence, 'adjunct'));
  const intent = relationDefinition(type).family === 'intent';
  const light = lightVerbSubject(tokens, mentions, cue.start, intent ? SEEKING : LIGHT_VERBS);
  const adjunct = light || !object ? undefined : adjunctSubject(tokens, mentions, cue.start, type);
  const bare = light || adjunct ? undefined : bareRivalSubject(tokens, mentions, cue, object);
  const subject = light ?? adjunct ?? bare;
  if (!subject) return [];
  const frame = adjunct ? 'adjunct' : bare ? 'owner' : 'light';
  const subjects = coordinated(tokens, mentions, subject, -1);
  if (object)
    return subjects.flatMap((s) => objects.map((o) => candidate(type, s, o, cue, found.sentence, frame)));
  if (subjects.length !== 2 || !(relationDefinition(type).symmetric || isMutual(type, tokens, cue)))
    return [];
  const [first, second] = (subject.joint ? subjects : [...subjects].reverse()) as [Mention, Mention];
  return [candidate(type, first, second, cue, found.sentence, 'joint')];
}

// Verb frames: a cue verb's subject and object (active, passive, joint subjects of a symmetric or reciprocal
// relation), with the readings a verb's context changes: a threat ("threatened to impose"), an effort toward an
// accord, a stance on an actor's conduct, a gerund kept from being done ("warned Iran against attacking").
import { relationDefinition, type RelationType } from '../../model/relations';
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention, type SentenceMentions } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';
import { conductAuthor } from './conduct';
import { placedTopic } from './denials';
import { type RelationCandidate, inflections, DEFINITIONS, candidate } from './cue-table';
import { BE, PREPOSITIONS, HOSTS_INFINITIVE } from './clause-words';
import { coordinated } from './coordination';
import { isMutual } from './cue-readings';
import { subjectBefore, purposeSubject } from './subjects';
import { objectAfter, prepositionalObject, agentBy } from './objects';
import {
  pressedToAct,
  onlyQuestionedOrAgreed,
  imposesNoPenalty,
  launchesNoBlow,
  qualifiesLaunched,
  bringsDispute,
  dismissesAllegation,
  thankedForHelp,
  suppliesTradedGoods,
} from './cue-guards';
import { ownerOf } from './noun-frames';

export function verbFrame(
  found: SentenceMentions,
  cue: { start: number; end: number },
  cueType: RelationType,
  prepositions: readonly string[] = [],
): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const before = tokens[cue.start - 1]?.lower ?? '';
  const gerund = /ing$/.test(tokens[cue.start]?.lower ?? '');
  // "warned Iran against attacking Israel", "barred him from visiting": what one is kept from is not done.
  if (KEPT_FROM.has(before) && gerund) return [];
  // "urged the Commission to reconsider raising tariffs": what is weighed or put off is not done.
  if (WEIGHED.has(before) && gerund) return [];
  // "look to Washington for support": a word the tagger took for a verb after a preposition is a noun.
  if (PREPOSITIONS.has(before) && before !== 'to' && !gerund) return [];
  // "the Houthis attacked ships linked to Israel": a word in -s right after a verb is that verb's object, a noun.
  if (tokens[cue.start - 1]?.pos === 'VERB' && /[^s]s$/.test(tokens[cue.start]?.lower ?? '')) return [];
  // "assured visiting Australian Foreign Minister Payne", "the visiting delegation": a participle before a noun
  // names a visitor, whose visit the sentence does not tell.
  const prenominal =
    tokens[cue.start - 1]?.pos === 'DET' ||
    (tokens[cue.start - 1]?.pos === 'VERB' && cueType === 'VISITS' && cue.end - cue.start === 1);
  if (gerund && prenominal) return [];
  // "China must quit intimidating Taiwan": a verb of stopping before a gerund stops that act, not ties.
  if (
    cueType === 'REDUCES_RELATIONS_WITH' &&
    cue.end - cue.start === 1 &&
    /^[a-z]+ing$/.test(tokens[cue.end]?.lower ?? '')
  )
    return [];
  let type = cueType;
  const by = agentBy(tokens, cue.end);
  const be = BE.has(tokens[cue.start - 1]?.lower ?? '');
  // "was criticized by China"; also a participle after its noun: "the Council meeting requested by the US".
  const passive = by >= 0;
  // "is due to meet", "agreed to visit": the clause's subject; "visited China to meet": the subject of the
  // purpose; "efforts to impose", "urged China to meet": no one said.
  const infinitive =
    tokens[cue.start - 1]?.lower === 'to' && !HOSTS_INFINITIVE.has(tokens[cue.start - 2]?.lower ?? '');
  // "threatened to impose tariffs on Canada", "Trump's threat to impose tariffs on X": what is threatened is not
  // done; the threat is the relation, the one who threatens its subject or the noun's owner.
  const threat =
    tokens[cue.start - 1]?.lower === 'to' && THREAT_WORDS.has(tokens[cue.start - 2]?.lower ?? '');
  if (threat && !COERCIVE.has(type)) return [];
  if (threat) type = 'THREATENS';
  const threatNoun = threat && tokens[cue.start - 2]?.pos === 'NOUN';
  // "Turkey's recent efforts to improve ties with Saudi Arabia": an effort toward an accord is the owner's.
  const effort =
    infinitive && EFFORT_NOUNS.has(tokens[cue.start - 2]?.lower ?? '') && SOUGHT_ACCORDS.has(type);
  const left =
    threatNoun || effort
      ? ownerOf(tokens, mentions, cue.start - 2)
      : infinitive
        ? purposeSubject(tokens, mentions, cue.start - 1)
        : subjectBefore(tokens, mentions, be ? cue.start - 1 : cue.start);
  // "discussed China": what is discussed is a topic; the one consulted comes after "with".
  const topic = !passive && TOPIC_VERBS.has(tokens[cue.end - 1]?.lower ?? '');
  let right =
    (topic ? undefined : objectAfter(tokens, mentions, passive ? by + 1 : cue.end, !passive)) ??
    (passive || prepositions.length === 0
      ? undefined
      : prepositionalObject(tokens, mentions, cue.end, prepositions));
  // "Iran-backed Houthis", "Russian-backed separatists worries Ukraine": a hyphenated participle qualifies the
  // noun it stands before, which is its object or no one named.
  if (right && tokens[cue.start - 1]?.text === '-' && cue.end - cue.start === 1)
    if (tokens.slice(cue.end, right.start).some((t) => t.pos !== 'ADJ' && t.pos !== 'PROPN'))
      right = undefined;
  // "condemned the continuing brutality of the Myanmar military", "criticized attacks by Hamas": the one whose
  // conduct a stance is taken on.
  if (!right && !passive && !topic && CONDUCT_STANCES.has(type))
    right = conductAuthor(tokens, mentions, cue.end);
  // "voiced concern over the violence in Israel": a concern placed in an actor speaks of that actor.
  if (!right && !passive && type === 'COMMENTS_ON' && prepositions.includes(tokens[cue.end]?.lower ?? ''))
    right = placedTopic(tokens, mentions, cue.end + 1);
  // "warned in July of a possible IS resurgence", "warned of Russian aggression": a warning to no one named, of
  // a threat another poses, distrusts that other.
  if (!right && !passive && type === 'THREATENS' && WARNING.has(tokens[cue.start]?.lower ?? '')) {
    const feared = prepositionalObject(tokens, mentions, cue.end, ['of', 'about']);
    if (feared && (namesThreat(tokens, feared) || !qualifies(tokens, feared))) {
      right = feared;
      type = 'DISTRUSTS';
    }
  }
  // "concerned about the IAEA report": a name that only qualifies the noun after it is not the one feared, unless
  // that noun is a threat it poses ("concerned about Chinese expansion").
  if (right && type === 'DISTRUSTS' && CONCERNED.has(tokens[cue.start]?.lower ?? ''))
    if (qualifiesNoun(tokens, right) && !namesThreat(tokens, right)) right = undefined;
  // "the tariffs imposed by Trump on Canada", "strikes launched by Israel against Iran": a participle after a
  // common noun, its agent, then the object its preposition brings.
  if (!left && passive && right && prepositions.length > 0) {
    const agents = coordinated(tokens, mentions, right, 1);
    const last = agents[agents.length - 1] as Mention;
    const object = prepositionalObject(tokens, mentions, last.end, prepositions);
    if (!object || tokens[cue.start - 1]?.pos !== 'NOUN') return [];
    return agents.flatMap((a) =>
      coordinated(tokens, mentions, object, 1).map((o) =>
        candidate(type, a, o, cue, found.sentence, 'passive'),
      ),
    );
  }
  if (!left) return [];
  if (runInHeading(tokens, left, cue)) return [];
  // "assured visiting Australian Foreign Minister Marise Payne": the one visiting is the person after the word.
  if (tokens[cue.start]?.lower === 'visiting' && right?.actor.kind === 'person' && right.start === cue.end)
    return [];
  const subjects = coordinated(tokens, mentions, left, -1);
  if (right && !passive) right = apposedHead(tokens, mentions, right) ?? right;
  if (passive && right) {
    const agents = coordinated(tokens, mentions, right, 1);
    return agents.flatMap((a) => subjects.map((s) => candidate(type, a, s, cue, found.sentence, 'passive')));
  }
  if (passive) return [];
  if (right && !pressedToAct(tokens, cue, type, right)) return [];
  if (right && imposesNoPenalty(tokens, cue, type, right)) return [];
  // "launched Iranian drones at Ukraine": the target is the one "at", "on" or "against" brings.
  if (right && qualifiesLaunched(tokens, cue, type, right))
    right = prepositionalObject(tokens, mentions, right.end, LAUNCHED_AT);
  if (right && launchesNoBlow(tokens, cue, type, right)) return [];
  if (right && bringsDispute(tokens, type, right)) {
    right = prepositionalObject(tokens, mentions, right.end, ['with', 'against']);
    type = 'ACCUSES';
  }
  if (right && dismissesAllegation(tokens, cue, type, right)) type = 'COMMENTS_ON';
  if (right && suppliesTradedGoods(tokens, cue, type, right)) type = 'COOPERATES_WITH';
  if (right && onlyQuestionedOrAgreed(tokens, cue, type, right)) return [];
  if (right && thankedForHelp(tokens, cue, type, right))
    return subjects.map((s) => candidate(type, right as Mention, s, cue, found.sentence, 'verb'));
  if (right) {
    const objects = coordinated(tokens, mentions, right, 1);
    const inOrder = [...subjects].sort((a, b) => a.start - b.start);
    return inOrder.flatMap((s) => objects.map((o) => candidate(type, s, o, cue, found.sentence, 'verb')));
  }
  if (subjects.length !== 2) return [];
  // "the agreement with Iran, which Russia and China signed": the verb's object is the noun the relative clause
  // hangs on; the two signed it (with whoever it names), not with each other.
  const firstSubject = Math.min(...subjects.map((m) => m.start));
  const relative = tokens[firstSubject - 1]?.lower ?? '';
  if (relative === 'which' || (relative === 'that' && tokens[firstSubject - 2]?.pos === 'NOUN')) return [];
  // In text order: "X and Y" is found from Y back to X; "the two leaders" gives its two actors in order.
  const [first, second] = (left.joint ? subjects : [...subjects].reverse()) as [Mention, Mention];
  if (relationDefinition(type).symmetric || isMutual(type, tokens, cue))
    return [candidate(type, first, second, cue, found.sentence, 'joint')];
  // "Both countries withdrew their ambassadors", "X and Y cut ties", "... criticized each other": each acts on
  // the other.
  if (isReciprocal(tokens, cue))
    return [
      candidate(type, first, second, cue, found.sentence, 'joint'),
      candidate(type, second, first, cue, found.sentence, 'joint'),
    ];
  return [];
}

/** Stances that may be taken on an actor's conduct rather than the actor named as object. */
const CONDUCT_STANCES = new Set<RelationType>(['ACCUSES', 'SUPPORTS', 'OPPOSES', 'REJECTS', 'DISTRUSTS']);

/** Adjectives of worry that, with "about" or "over", make their subject wary of the object. */
const CONCERNED = new Set(['concerned', 'worried', 'alarmed']);

/**
 * "US support crucial Aurangzeb, speaking Sunday, dismissed ...": a state opening the sentence, then a cue word
 * that is also a cue noun, with no verb ending, at once, is a noun phrase (a subheading run into the text), since a state takes a verb that
 * agrees with one ("the US supports"). Lists ("India, Mauritius upgrade ties") are plural and stay verbs.
 */
function runInHeading(tokens: Token[], subject: Mention, cue: { start: number; end: number }): boolean {
  if (subject.start !== 0 || subject.end !== cue.start || subject.actor.kind !== 'state' || subject.joint)
    return false;
  const word = tokens[cue.start]?.lower ?? '';
  // Only a word the cues also read as a noun ("support", "trade"); "bought" is a verb of any subject.
  const noun = DEFINITIONS.get(word)?.some((d) => d.noun) ?? false;
  return noun && !/(?:s|ed|ing)$/.test(word) && cue.end - cue.start === 1;
}

/** Verbs of warning, which threaten the one warned but, warning of another's conduct, distrust that other. */
const WARNING = new Set(['warn', 'warns', 'warned', 'warning']);

/** Nouns of a threat an actor poses, which a name before them (its adjective or possessive) says who poses. */
const THREAT_NOUNS = new Set(
  ['threat', 'threats', 'aggression', 'expansion', 'expansionism', 'resurgence', 'influence', 'interference']
    .concat([
      'meddling',
      'incursion',
      'incursions',
      'buildup',
      'build-up',
      'militarization',
      'militarisation',
    ])
    .concat(['ambitions', 'assertiveness', 'provocation', 'provocations', 'espionage', 'spying', 'invasion'])
    .concat([
      'retaliation',
      'attack',
      'attacks',
      'coercion',
      'hacking',
      'cyberattacks',
      'presence',
      'arsenal',
    ])
    .concat(['program', 'programme', 'weapons', 'missiles', 'intentions', 'activities']),
);
/** Words of a field that may stand between the name and the noun of a threat: "Chinese military expansion". */
const THREAT_FIELDS = new Set(['military', 'nuclear', 'naval', 'missile', 'economic', 'cyber']);

/** A name followed by a noun it qualifies: "the IAEA report", "Chinese investment". */
function qualifiesNoun(tokens: Token[], m: Mention): boolean {
  const next = tokens[m.end];
  return next?.pos === 'NOUN' || next?.pos === 'PROPN';
}

/** A name followed by a noun it qualifies or a possessive: "the IAEA report", "China's plans". */
function qualifies(tokens: Token[], m: Mention): boolean {
  return qualifiesNoun(tokens, m) || POSSESSIVE.has(tokens[m.end]?.lower ?? '');
}

/** "Russian aggression", "China's growing military presence", "a possible IS resurgence": a threat the name poses. */
export function namesThreat(tokens: Token[], m: Mention): boolean {
  let at = POSSESSIVE.has(tokens[m.end]?.lower ?? '') ? m.end + 1 : m.end;
  // Adjectives, fields and participles: "possible", "military", "growing".
  const modifier = (t: Token | undefined) =>
    t?.pos === 'ADJ' ||
    THREAT_FIELDS.has(t?.lower ?? '') ||
    (t?.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower));
  while (at < m.end + 4 && modifier(tokens[at])) at++;
  return THREAT_NOUNS.has(tokens[at]?.lower ?? '');
}

/** Nouns of striving whose owner does what the infinitive after them says: "Turkey's efforts to improve ties". */
const EFFORT_NOUNS = new Set(['effort', 'efforts', 'bid', 'attempt', 'attempts', 'push', 'drive', 'moves']);
/** Relations that striving for already states: an offer of better ties, talks, mediation, a quest for influence. */
const SOUGHT_ACCORDS = new Set<RelationType>([
  'AGREES_TO_COOPERATE',
  'NEGOTIATES_WITH',
  'MEDIATES',
  'SEEKS_INFLUENCE_OVER',
]);

/** Verbs whose direct object is what is talked about, not who is talked to. */
const TOPIC_VERBS = new Set(['discuss', 'discusses', 'discussed', 'discussing']);

/** Prepositions before a gerund that keep what it says from being done: "against attacking", "from visiting". */
const KEPT_FROM = new Set(['against', 'from']);
/** Prepositions that bring the target of what is launched. */
const LAUNCHED_AT = ['at', 'on', 'against', 'into'];
/**
 * Verbs before a gerund that leave it undone: "considering imposing", "avoid visiting". ("Quit intimidating" says
 * the act goes on, and stays.)
 */
const WEIGHED = new Set(
  ['consider', 'reconsider', 'weigh', 'mull', 'avoid', 'postpone', 'delay'].flatMap(inflections),
);

/** Nouns of a relation that name the one they relate to by apposition: "Turkey's rival Greece". */
const RELATION_HEADS = new Set([
  ...[...DEFINITIONS.entries()]
    .filter(([, list]) => list.some((d) => d.noun && d.prepositions.includes('=')))
    .map(([words]) => words),
  'neighbor',
  'neighbour',
  'counterpart',
  'proxy',
]);

/**
 * "signed an agreement with Turkey's rival Greece", "made overtures to another key Egyptian ally, France": the
 * name first found only qualifies a noun of a relation whose head, in apposition, is the object.
 */
function apposedHead(tokens: Token[], mentions: Mention[], object: Mention): Mention | undefined {
  let at = object.end;
  if (POSSESSIVE.has(tokens[at]?.lower ?? '')) at++;
  let noun = at;
  while (noun < at + 3 && !RELATION_HEADS.has(tokens[noun]?.lower ?? '')) noun++;
  if (!RELATION_HEADS.has(tokens[noun]?.lower ?? '')) return undefined;
  if (tokens.slice(at, noun).some((t) => !['ADJ', 'NOUN'].includes(t.pos))) return undefined;
  const next = tokens[noun + 1]?.text === ',' ? noun + 2 : noun + 1;
  const head = mentionAt(mentions, next);
  return head && head.start === next ? head : undefined;
}

/** Words before "to" that make what follows a threat: "threatened to impose", "a threat to attack". */
const THREAT_WORDS = new Set(['threaten', 'threatens', 'threatened', 'threatening', 'threat', 'threats']);
/** Relations of force or pressure that one may threaten (CAMEO 13: threaten with sanctions, force, a cut). */
const COERCIVE = new Set<RelationType>([
  'SANCTIONS',
  'ATTACKS',
  'COERCES',
  'REDUCES_RELATIONS_WITH',
  'MOBILIZES_AGAINST',
]);

const RECIPROCAL_OBJECT = new PhraseMatcher(['each other', 'one another']);

/** A cue whose object is the subjects themselves: "each other", or a relation noun with no partner ("cut ties"). */
function isReciprocal(tokens: Token[], cue: { start: number; end: number; phrase?: string }): boolean {
  for (let i = cue.end; i < Math.min(tokens.length, cue.end + 4); i++)
    if (RECIPROCAL_OBJECT.matchAt(tokens, i)) return true;
  const last = tokens[cue.end - 1]?.lower ?? '';
  const words = tokens.slice(cue.start, cue.end).map((t) => t.lower);
  return (
    words.includes('their') ||
    ['ties', 'relations', 'ambassadors', 'cooperate', 'fire', 'accusations', 'barbs', 'insults'].includes(
      last,
    )
  );
}

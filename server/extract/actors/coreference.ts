// Stage 2d: later mentions by description. "the country", "the government", "the group", "the organization", "the
// bloc", "the alliance" stand for an actor of their kind named just before: resolved only when the sentence up to
// the phrase and the one before name exactly one actor that fits (one state for "the country"; one body outside
// any state for "the group"; one body with member states for "the bloc"). "The agency", "the court", "the party"
// stand for the one body named in the last few sentences whose name holds that noun. People's pronouns ("he", "his") and
// "the two leaders" are read elsewhere (people.ts, joint.ts). "It" is read as a state or body only where the
// sentence says so plainly ("China said it would ..."; "It" opening a sentence after one whose subject was that
// actor); "the two" as a subject after exactly two actors; "they" only after a subject of two actors the text names ("China and Russia met. They agreed ..."):
// elsewhere it stands as often for people the text names by no name ("the girls", "officials") as for the body
// named before.
import { nameWords, type ActorInfo } from './actor-table';
import type { Token } from '../document';
import type { Mention, SentenceMentions } from './mentions';
import { membershipBody } from './memberships';
import { namesStateBody } from './people';
import { SPEECH_VERBS } from '../lexicon/attribution';
import { AGENT_NOUNS } from '../lexicon/agents';

type Fit = (actor: ActorInfo) => boolean;

/** Words that make a body's name one of a state's organs wherever they stand: "National Intelligence and Security Agency". */
const STATE_ORGAN_WORDS = new Set(['Agency', 'Command', 'Department', 'Intelligence', 'Ministry', 'Police']);

/** Nouns of a state's forces, which a body outside any state's name may hold too ("Liberation Army"). */
const STATE_FORCES = new Set(['army', 'navy', 'police']);

const isState: Fit = (actor) => actor.kind === 'state';
/** "The group" is one outside the state: not a ministry, an agency or a command of a state the text names. */
const isBody: Fit = (actor) => {
  if (actor.kind !== 'organisation' || actor.country) return false;
  const words = nameWords(actor.name);
  return !namesStateBody(words) && !words.some((w) => STATE_ORGAN_WORDS.has(w));
};
const isBloc: Fit = (actor) => isBody(actor) && membershipBody(actor) !== undefined;

/** Nouns that, after "the", name an actor of one kind spoken of before (a Map: a word read is found by its hash). */
const DESCRIPTIONS: ReadonlyMap<string, Fit> = new Map([
  ['country', isState],
  ['regime', isState],
  ['nation', isState],
  ['group', isBody],
  ['organization', isBody],
  ['organisation', isBody],
  ['movement', isBody],
  ['bloc', isBloc],
  ['alliance', isBloc],
  ['kingdom', isState],
  ['government', isState],
  ['militia', isBody],
  // "The junta" rules a state; "the watchdog" is a body that monitors others ("Media watchdog RSF ...").
  ['junta', isState],
  ['watchdog', isBody],
]);

/**
 * Nouns that, after "the", stand for the one body named before whose name holds them as a word: "the agency" after
 * "the International Atomic Energy Agency", "the court" after "the International Criminal Court", "the party" after
 * "the Workers' Party of Korea", "the administration" after "the Trump administration". A Map to the fit: read for
 * every "the", most of them before no such noun.
 */
const HEAD_NOUNS: ReadonlyMap<string, Fit> = new Map(
  [
    'administration',
    'agency',
    'army',
    'assembly',
    'association',
    'authority',
    'bank',
    'board',
    'bureau',
    'cabinet',
    'coalition',
    'commission',
    'committee',
    'company',
    'congress',
    'corporation',
    'council',
    'court',
    'embassy',
    'federation',
    'foundation',
    'front',
    'fund',
    'institute',
    'league',
    'militia',
    'mission',
    'navy',
    'parliament',
    'party',
    'police',
    'senate',
    'service',
    'tribunal',
    'union',
    'university',
  ].map((noun): [string, Fit] => [noun, namedBy(noun)]),
);

/** A body whose name holds `noun` as one of its words: "Agency" for "the agency". */
function namedBy(noun: string): Fit {
  // "The army" is a state's (a body of known country): not the "Arakan Army" an armed group calls itself.
  const stateOrgan = STATE_FORCES.has(noun);
  return (actor) =>
    actor.kind === 'organisation' &&
    (!stateOrgan || actor.country !== null) &&
    nameWords(actor.name).some((word) => word.toLowerCase() === noun);
}

/** Sentences before a description by a body's own noun ("the agency") looked back over: a noun its name holds. */
const HEAD_WINDOW = 3;

/** Words that may stand between "the" and "group": "the militant group", "the terror group". */
const GROUP_KINDS = new Set([
  'armed',
  'extremist',
  'insurgent',
  'islamist',
  'jihadist',
  'militant',
  'rebel',
  'separatist',
  'terror',
  'terrorist',
  // "the rights group", "the human rights group", "the aid group", "the opposition alliance".
  'human',
  'rights',
  'aid',
  'advocacy',
  'opposition',
  'paramilitary',
]);

/** Nouns of a body a kind of group may stand before: "the rebel alliance", "the separatist movement". */
const GROUP_NOUNS = new Set([
  'group',
  'alliance',
  'coalition',
  'movement',
  'militia',
  'organization',
  'organisation',
  'faction',
]);

/**
 * Words before a bare "authorities" that make it a sentence's own noun for a state's organs ("In 2022, authorities
 * arrested him", "a call to authorities"), as "the authorities" is: not "Thai authorities", "local authorities".
 */
const BARE_AUTHORITIES_AFTER = new Set([
  ',',
  'and',
  'but',
  'to',
  'by',
  'with',
  'that',
  'when',
  'after',
  'as',
  'said',
]);

/** Words after a description that make it no mention of one before: "the country of", "the group Hamas". */
const NOT_ANAPHOR_AFTER = new Set(['of', 'that', 'which', 'who', 'whose', '-']);

/** Sentences before a description or pronoun looked back over for what it stands for. */
const WINDOW = 1;

/** The description of an actor at token `i` ("the group"): its end, what fits it, and whether by a name's noun. */
function descriptionAt(
  tokens: Token[],
  i: number,
): { end: number; fits: Fit; byName: boolean; far?: 'state' | 'group'; main?: true } | undefined {
  const first = tokens[i]?.lower;
  if (first === 'authorities' && (i === 0 || BARE_AUTHORITIES_AFTER.has(tokens[i - 1]?.lower ?? '')))
    return authorities(tokens, i);
  if (first !== 'the') return undefined;
  const at = i + 1;
  // "the rebel alliance", "the human rights group": a body outside any state, of a kind the words before say.
  let kinds = 0;
  while (kinds < 2 && GROUP_KINDS.has(tokens[at + kinds]?.lower ?? '')) kinds++;
  if (kinds > 0 && GROUP_NOUNS.has(tokens[at + kinds]?.lower ?? '')) {
    const after = tokens[at + kinds + 1];
    if (after && (NOT_ANAPHOR_AFTER.has(after.lower) || /^\p{Lu}/u.test(after.text))) return undefined;
    if (after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) return undefined;
    return { end: at + kinds + 1, fits: isBody, byName: false, far: 'group' };
  }
  if (tokens[at]?.lower === 'authorities') return authorities(tokens, at);
  const noun = tokens[at];
  if (!noun) return undefined;
  // "The Group of Seven" is a name; a capital in mid-sentence makes a title of it, but for the noun of a name
  // written before ("the Council" after "the U.N. Security Council").
  const title = /^\p{Lu}/u.test(noun.text) && i > 0;
  const kind = title ? undefined : DESCRIPTIONS.get(noun.lower);
  const named = at === i + 1 ? HEAD_NOUNS.get(noun.lower) : undefined;
  if (!kind && !named) return undefined;
  const after = tokens[at + 1];
  if (after && (NOT_ANAPHOR_AFTER.has(after.lower) || /^\p{Lu}/u.test(after.text))) return undefined;
  // "the government soldiers", "the party leadership": the noun of a compound, which names no actor.
  if (after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) return undefined;
  // "The militia" is the one body named before, of that name or none ("Hezbollah ... the militia").
  if (kind && named) return { end: at + 1, fits: (actor) => kind(actor) || named(actor), byName: false };
  if (!kind) return { end: at + 1, fits: named as Fit, byName: true };
  // Further back: the story's own state ("the country"), or a group of a named kind ("the insurgent group"); not
  // "the group", which names as often a body the text never names.
  const far = kind === isState ? 'state' : at > i + 1 ? 'group' : undefined;
  return { end: at + 1, fits: kind, byName: false, far };
}

/** Words after "authorities" that name whose they are, a place or another state: "the authorities in Kabul". */
const NOT_AUTHORITIES_AFTER = new Set(['in', 'of', 'on', 'at', 'across', 'from', 'there', '-']);

/**
 * "The authorities" (or a bare "authorities" opening a clause): the state named just before, or the story's own state
 * further back; not "the authorities in Kabul", "the authorities of", "authorities on both sides", where a place or
 * another state is named after.
 */
function authorities(
  tokens: Token[],
  at: number,
): { end: number; fits: Fit; byName: boolean; far: 'state'; main: true } | undefined {
  const after = tokens[at + 1];
  if (after && (NOT_AUTHORITIES_AFTER.has(after.lower) || /^\p{Lu}/u.test(after.text))) return undefined;
  return { end: at + 1, fits: isState, byName: false, far: 'state', main: true };
}

/** Meetings two people hold, which "their" before them makes those two people's: "their second summit". */
const MEETINGS = new Set(['summit', 'meeting', 'talks', 'call', 'encounter']);
/** Words between "their" and the meeting: "their first face-to-face meeting", "their second summit". */
const MEETING_MODIFIERS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'last',
  'latest',
  'previous',
  'phone',
  'telephone',
  'face',
  '-',
  'to',
  'one',
  'on',
  'bilateral',
]);

/** The end of a meeting noun from `at`, past its modifiers, if one stands there. */
function meetingAfter(tokens: Token[], at: number): number | undefined {
  let i = at;
  while (i < at + 5 && MEETING_MODIFIERS.has(tokens[i]?.lower ?? '')) i++;
  return MEETINGS.has(tokens[i]?.lower ?? '') ? i + 1 : undefined;
}

/** The two people `mentions` name, in order, when they name exactly two. */
function lastTwoPeople(mentions: readonly Mention[]): [ActorInfo, ActorInfo] | undefined {
  const people = new Map<string, ActorInfo>();
  for (const mention of mentions)
    for (const actor of [mention.actor, mention.joint?.actor])
      if (actor?.kind === 'person') people.set(actor.id, actor);
  const pair = [...people.values()];
  return pair.length === 2 ? (pair as [ActorInfo, ActorInfo]) : undefined;
}

/** A common noun in the plural, by its ending: "officials", "countries" (not "status", "crisis"). */
const isPluralNoun = (token: Token) =>
  token.pos === 'NOUN' && /^\p{Ll}+s$/u.test(token.text) && !/(?:ss|us|is)$/.test(token.text);

/** Words "their" may stand before the noun it owns through: "their growing economic ties". */
function modifiersAfter(tokens: Token[], at: number): number {
  let i = at;
  while (
    i < at + 4 &&
    (tokens[i]?.pos === 'ADJ' || tokens[i]?.text === '-' || /^\p{Ll}+ing$/u.test(tokens[i]?.text ?? ''))
  )
    i++;
  return i;
}

/**
 * "Kenya and Uganda said their border talks ...": the two actors of one kind an "and" joins just before "their"
 * in its sentence, with no plural noun between that "their" may as well stand for ("Kenya and Uganda said the
 * rebels had left their bases").
 */
function pairBefore(
  tokens: Token[],
  mentions: readonly Mention[],
  at: number,
): [ActorInfo, ActorInfo] | undefined {
  const second = mentions[mentions.length - 1];
  const first = mentions[mentions.length - 2];
  if (!first || !second || first.joint || second.joint || at - second.end > 8) return undefined;
  if (second.start !== first.end + 1 || tokens[first.end]?.lower !== 'and') return undefined;
  // "China, the United States and North Korea": a longer list, which "their" stands for whole.
  const before = tokens[first.start - 1]?.lower === 'the' ? first.start - 2 : first.start - 1;
  if (tokens[before]?.text === ',') return undefined;
  if (first.actor.kind !== second.actor.kind || first.actor.id === second.actor.id) return undefined;
  if (first.via === 'pronoun' || second.via === 'pronoun') return undefined;
  if (!['state', 'person'].includes(first.actor.kind)) return undefined;
  if (tokens.slice(second.end, at).some((t) => isPluralNoun(t) || t.text === ';')) return undefined;
  return [first.actor, second.actor];
}

/**
 * "Pyongyang and Moscow's treaty", "Kenya and Uganda's border talks": two actors of one kind an "and" joins, owning
 * together what follows them. Read as one mention of the first joined to the second, as "the two countries" is, so
 * that what the sentence says of the thing owned is said of both. Not in a longer list ("China, Iran and Russia's
 * ..."), not before a person's name ("Russia and China's leaders Putin and Xi"), nor when the second owns a person
 * ("Russia and Ukraine's president").
 */
function jointOwners(tokens: Token[], mentions: Mention[]): Mention[] {
  let joined: Mention[] | undefined;
  for (let n = 1; n < mentions.length; n++) {
    const first = mentions[n - 1] as Mention;
    const second = mentions[n] as Mention;
    if (second.start !== first.end + 1 || tokens[first.end]?.lower !== 'and') continue;
    if (!POSSESSIVE_MARKS.has(tokens[second.end]?.lower ?? '')) continue;
    if (first.joint || second.joint || first.via === 'pronoun' || second.via === 'pronoun') continue;
    if (first.actor.kind !== second.actor.kind || first.actor.id === second.actor.id) continue;
    if (!['state', 'organisation'].includes(first.actor.kind)) continue;
    const before = tokens[first.start - 1]?.lower === 'the' ? first.start - 2 : first.start - 1;
    if (tokens[before]?.text === ',') continue;
    // What they own: a common noun, perhaps after adjectives, and no person named right after.
    const owned = tokens[second.end + 1];
    if (!owned || !/^\p{Ll}/u.test(owned.text) || mentions[n + 1]?.start === second.end + 1) continue;
    if (OWNED_PEOPLE.has(owned.lower)) continue;
    joined ??= [...mentions];
    const at = joined.indexOf(first);
    joined.splice(at, 2, {
      start: first.start,
      end: second.end,
      actor: first.actor,
      via: first.via,
      joint: second,
    });
  }
  return joined ?? mentions;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s']);
/** Nouns of people a state or body has, which an "and" before its owner does not share: "and Ukraine's president". */
const OWNED_PEOPLE = new Set([
  'president',
  'prime',
  'foreign',
  'leader',
  'minister',
  'ambassador',
  'envoy',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'chief',
  'head',
  'king',
  'queen',
  'chancellor',
]);

/** The one actor that fits among `mentions`, or none when there are none or several. */
function only(mentions: readonly Mention[], fits: Fit): ActorInfo | undefined {
  let found: ActorInfo | undefined;
  for (const mention of mentions) {
    for (const actor of [mention.actor, mention.joint?.actor]) {
      if (!actor || !fits(actor)) continue;
      if (found && found.id !== actor.id) return undefined;
      found = actor;
    }
  }
  return found;
}

/** True when a mention covers token `i`. */
function covered(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (i >= m.start && i < m.end) return true;
  return false;
}

/** The mentions that end before token `i`: read only where a word may refer back, as most tokens are no such word. */
function mentionsBefore(mentions: readonly Mention[], i: number): Mention[] {
  return mentions.filter((m) => m.end <= i);
}

/** Verbs of saying whose clause after them has the speaker for its subject when "it": "China said it would ...". */
const SAYING = new Set([
  ...SPEECH_VERBS.filter((verb) => !verb.includes(' ')),
  'warned',
  'warns',
  'warning',
  'vowed',
  'vows',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'stressed',
  'denied',
  'denies',
  'signaled',
  'signalled',
  'indicated',
  'hopes',
  'hoped',
]);
/** Words between a speaker and the verb of saying: "China also said", "Ankara is warning". */
const BEFORE_SAYING = new Set(['also', 'has', 'had', 'is', 'was', 'again', 'later', 'earlier', 'repeatedly']);
/** What an "it" that opens a sentence stands for no actor before: "It is unclear", "It takes time". */
const EMPTY_IT_VERBS = new Set([
  'is',
  'was',
  "'s",
  '’s',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'remained',
  'takes',
  'took',
  'means',
  'meant',
  'matters',
  'happened',
  'happens',
]);
/** States and bodies: what "it" may stand for (a person is "he" or "she"). */
const isStateOrBody: Fit = (actor) => actor.kind === 'state' || actor.kind === 'organisation';

/**
 * The state or body an "it" at `i` stands for, when the sentence says it plainly: after a verb of saying whose
 * subject is that actor ("Iran said Tuesday that it had ..." reads no date: "Iran said it would", "Iran said that it
 * would", "Ankara is warning it could"), or opening a sentence whose verb is no "is", "seems", "takes" and whose
 * previous sentence opens with that actor as its subject ("Iran denied the report. It said ...").
 */
function itAt(
  tokens: Token[],
  i: number,
  mentions: readonly Mention[],
  previous?: SentenceMentions,
): ActorInfo | undefined {
  const next = tokens[i + 1];
  if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV')) return undefined;
  if (i === 0) {
    if (EMPTY_IT_VERBS.has(next.lower)) return undefined;
    // "It will be difficult", "It has been a year".
    if (tokens.slice(i + 1, i + 4).some((t) => t.lower === 'be' || t.lower === 'been')) return undefined;
    if (!previous) return undefined;
    const before = previous.sentence.tokens;
    if (/^\p{Pi}|^["“]/u.test(before[0]?.text ?? '')) return undefined;
    const opening = before[0]?.lower === 'the' ? 1 : 0;
    const first = previous.mentions[0];
    if (!first || first.start !== opening || first.joint || first.via === 'pronoun') return undefined;
    if (!isStateOrBody(first.actor)) return undefined;
    // The subject: a verb right after the name ("Iran denied"), no possessive ("Iran's envoy said").
    let at = first.end;
    while (before[at]?.pos === 'ADV' && at < first.end + 2) at++;
    const verb = before[at];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
    return first.actor;
  }
  let at = i - 1;
  if (tokens[at]?.lower === 'that') at--;
  if (!SAYING.has(tokens[at]?.lower ?? '')) return undefined;
  let end = at;
  while (end > at - 3 && BEFORE_SAYING.has(tokens[end - 1]?.lower ?? '')) end--;
  const speaker = mentions.find((m) => m.end === end);
  if (!speaker || speaker.joint || speaker.via === 'pronoun' || !isStateOrBody(speaker.actor))
    return undefined;
  return speaker.actor;
}

/** Nouns of people a plural "they" may as well stand for: "Kenya and Uganda sent troops. They ...". */
const PEOPLE_PLURALS = new Set([
  ...AGENT_NOUNS.filter((noun) => noun.endsWith('s')),
  'people',
  'residents',
  'protesters',
  'civilians',
  'workers',
  'students',
  'children',
  'women',
  'men',
  'refugees',
  'migrants',
  'journalists',
  'analysts',
  'experts',
  'voters',
  'families',
  'victims',
  'hostages',
  'prisoners',
  'citizens',
]);

/**
 * The two actors a sentence opens with as its subject, joined by "and" ("China and Russia held talks"), or named
 * by one phrase ("The two leaders met"): the end of that subject and the pair, as one mention of the first joined to
 * the second.
 */
function openingPair(
  tokens: Token[],
  mentions: readonly Mention[],
): { end: number; pair: Mention } | undefined {
  const opening = tokens[0]?.lower === 'the' ? 1 : 0;
  const first = mentions[0];
  if (!first || first.via === 'pronoun' || (first.start !== opening && first.start !== 0)) return undefined;
  if (/^\p{Pi}|^["“]/u.test(tokens[0]?.text ?? '')) return undefined;
  let pair: Mention | undefined;
  let end = first.end;
  if (first.joint) pair = first;
  else {
    const second = mentions[1];
    if (!second || second.joint || second.via === 'pronoun' || tokens[first.end]?.lower !== 'and')
      return undefined;
    const at = tokens[first.end + 1]?.lower === 'the' ? first.end + 2 : first.end + 1;
    if (second.start !== at || second.actor.id === first.actor.id) return undefined;
    // Two people, or two states or bodies: not a person and the state he serves.
    if ((first.actor.kind === 'person') !== (second.actor.kind === 'person')) return undefined;
    pair = { ...first, end: second.end, joint: second };
    end = second.end;
  }
  let at = end;
  while (tokens[at]?.pos === 'ADV' && at < end + 2) at++;
  const verb = tokens[at];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
  return { end, pair };
}

/** True when a plural noun of people stands in `tokens` from `start` to `end`, which "they" may mean instead. */
const peopleBetween = (tokens: Token[], start: number, end: number) =>
  tokens.slice(start, end).some((t) => PEOPLE_PLURALS.has(t.lower));

/** True when `mention` names one of the two actors of `pair` ("Beijing" after "China and Russia"). */
const inPair = (mention: Mention, pair: Mention) =>
  !mention.joint && (mention.actor.id === pair.actor.id || mention.actor.id === pair.joint?.actor.id);

/** Words that open a clause whose subject "they" may be: "..., and they agreed", "said they would". */
const THEY_AFTER = new Set(['and', 'but', 'that', 'where', 'after', 'before', 'when', 'while', 'as']);

/**
 * "China and Russia held talks on Monday. They agreed to ...", "Kenya and Uganda met, and they agreed": "they" as
 * the subject of a clause right after a subject of two actors the text names, in the sentence before or earlier in
 * its own, with no other actor and no people ("troops", "officials") named between that "they" may stand for.
 */
function theyAt(
  tokens: Token[],
  i: number,
  mentions: readonly Mention[],
  previous?: SentenceMentions,
): Mention | undefined {
  const next = tokens[i + 1];
  if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV')) return undefined;
  if (i === 0) {
    if (!previous) return undefined;
    const before = previous.sentence.tokens;
    const subject = openingPair(before, previous.mentions);
    if (!subject) return undefined;
    const later = previous.mentions.some((m) => m.start >= subject.end && !inPair(m, subject.pair));
    if (later || peopleBetween(before, subject.end, before.length)) return undefined;
    return subject.pair;
  }
  const word = tokens[i - 1]?.lower ?? '';
  if (!THEY_AFTER.has(word) && !SAYING.has(word)) return undefined;
  const subject = openingPair(tokens, mentions);
  if (!subject || subject.end > i) return undefined;
  if (
    mentions.some((m) => m.start >= subject.end && m.start < i && !inPair(m, subject.pair)) ||
    peopleBetween(tokens, subject.end, i)
  )
    return undefined;
  return subject.pair;
}

/**
 * "Kenya and Uganda signed a deal. The two have long disputed the border": "the two" as a subject (a verb after it)
 * stands for the two actors the sentence before and this one up to it name, when they name exactly two, both people
 * or neither.
 */
function theTwoAt(tokens: Token[], i: number, window: readonly Mention[]): Mention | undefined {
  if (tokens[i]?.lower !== 'the' || tokens[i + 1]?.lower !== 'two') return undefined;
  const next = tokens[i + 2];
  if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV')) return undefined;
  const actors = new Map<string, ActorInfo>();
  for (const mention of window)
    for (const actor of [mention.actor, mention.joint?.actor]) if (actor) actors.set(actor.id, actor);
  if (actors.size !== 2) return undefined;
  const [first, second] = [...actors.values()] as [ActorInfo, ActorInfo];
  if ((first.kind === 'person') !== (second.kind === 'person')) return undefined;
  const joint: Mention = { start: i, end: i + 2, actor: second, via: 'coref' };
  return { start: i, end: i + 2, actor: first, via: 'coref', joint };
}

const UNITED_NATIONS = 'united-nations';
/** "world body" from token `at`: how news names the United Nations again ("the world body's envoy"). */
const isWorldBody = (tokens: Token[], at: number) =>
  tokens[at]?.lower === 'world' && tokens[at + 1]?.lower === 'body';

/** Reads an article's sentences in order, adding the mentions their descriptions make. */
export class Coreference {
  private before: SentenceMentions[] = [];
  /** The sentences read before, as far back as a body's own noun looks ("the agency"). */
  private further: SentenceMentions[] = [];
  /** How often each state has been named by name so far, by id. */
  private stateCounts = new Map<string, number>();
  /** The United Nations, once named: "the world body" after it. */
  private worldBody?: ActorInfo;

  /** Forgets what was read: the headline, read last, looks back on nothing. */
  reset(): void {
    this.before = [];
    this.further = [];
    this.stateCounts = new Map();
    this.worldBody = undefined;
  }

  /**
   * "The country" two or three sentences after the state it stands for, when the sentences between name no state:
   * the actor that fits in the nearest sentence that names any, when it names only one and the sentence up to the
   * phrase and the one before name none.
   */
  private nearest(inSentence: readonly Mention[], fits: Fit, far: 'state' | 'group'): ActorInfo | undefined {
    if (inSentence.some((m) => fits(m.actor) || (m.joint && fits(m.joint.actor)))) return undefined;
    for (let n = this.further.length - 1; n >= 0; n--) {
      const mentions = (this.further[n] as SentenceMentions).mentions;
      if (!mentions.some((m) => fits(m.actor) || (m.joint && fits(m.joint.actor)))) continue;
      const actor = only(mentions, fits);
      // A state named in passing ("The U.S. government has provided training") is not "the country" of a story
      // about another: only the state the story has named most so far.
      return far === 'group' || (actor && actor.id === this.mostNamedState()) ? actor : undefined;
    }
    return undefined;
  }

  /** The state named by name more often than any other so far, and more than once, by id. */
  private mostNamedState(): string | undefined {
    let top: string | undefined;
    let most = 0;
    let tied = false;
    for (const [id, count] of this.stateCounts) {
      if (count > most) [top, most, tied] = [id, count, false];
      else if (count === most) tied = true;
    }
    return tied || most < 2 ? undefined : top;
  }

  /** `found` with its descriptions as mentions. */
  resolve(read: SentenceMentions): SentenceMentions {
    const { tokens } = read.sentence;
    const owners = jointOwners(tokens, read.mentions);
    const found = owners === read.mentions ? read : { ...read, mentions: owners };
    const earlier = this.before.flatMap((s) => s.mentions);
    const added: Mention[] = [];
    const mentions = found.mentions;
    for (let i = 0; i < tokens.length; i++) {
      if (covered(mentions, i)) continue;
      if (tokens[i]?.lower === 'it') {
        const actor = itAt(tokens, i, mentions, this.before[this.before.length - 1]);
        if (actor) added.push({ start: i, end: i + 1, actor, via: 'pronoun' });
        continue;
      }
      if (tokens[i]?.lower === 'they') {
        const pair = theyAt(tokens, i, mentions, this.before[this.before.length - 1]);
        if (pair?.joint) {
          const second: Mention = { start: i, end: i + 1, actor: pair.joint.actor, via: 'coref' };
          added.push({ start: i, end: i + 1, actor: pair.actor, via: 'coref', joint: second });
        }
        continue;
      }
      if (tokens[i]?.lower === 'their') {
        const inSentence = mentionsBefore(mentions, i);
        // "China and North Korea ... their": two actors joined just before; else, before a meeting ("their
        // second summit"), the two people the sentence before and this one name. The mention reaches the noun
        // "their" owns, as a name before it would.
        const meeting = meetingAfter(tokens, i + 1);
        const pair =
          pairBefore(tokens, inSentence, i) ??
          (meeting ? lastTwoPeople([...earlier, ...inSentence]) : undefined);
        if (pair) {
          const end = meeting ? meeting - 1 : modifiersAfter(tokens, i + 1);
          const second: Mention = { start: i, end, actor: pair[1], via: 'coref' };
          added.push({ start: i, end, actor: pair[0], via: 'coref', joint: second });
        }
        continue;
      }
      // "The world body" is the United Nations, once the article has named it.
      if (this.worldBody && tokens[i]?.lower === 'the' && isWorldBody(tokens, i + 1)) {
        added.push({ start: i, end: i + 3, actor: this.worldBody, via: 'coref' });
        i += 2;
        continue;
      }
      // The window of mentions is built only at "the two": most tokens are no such words.
      const two =
        tokens[i]?.lower === 'the' && tokens[i + 1]?.lower === 'two'
          ? theTwoAt(tokens, i, [...earlier, ...mentionsBefore(mentions, i)])
          : undefined;
      if (two) {
        added.push(two);
        i++;
        continue;
      }
      const description = descriptionAt(tokens, i);
      if (!description) continue;
      // "Authorities" of a story are its own state's: the state it has named most, wherever named last.
      if (description.main) {
        const main = this.mostNamedState();
        const fits = description.fits;
        description.fits = (actor) => fits(actor) && actor.id === main;
      }
      const back = description.byName ? this.further.flatMap((s) => s.mentions) : earlier;
      const actor =
        only([...back, ...mentionsBefore(mentions, i)], description.fits) ??
        (description.far
          ? this.nearest(mentionsBefore(mentions, i), description.fits, description.far)
          : undefined);
      if (actor) added.push({ start: i, end: description.end, actor, via: 'coref' });
      i = description.end - 1;
    }
    const result =
      added.length === 0
        ? found
        : { ...found, mentions: [...found.mentions, ...added].sort((a, b) => a.start - b.start) };
    this.before = [...this.before, result].slice(-WINDOW);
    this.further = [...this.further, result].slice(-HEAD_WINDOW);
    for (const m of found.mentions) if (m.actor.id === UNITED_NATIONS) this.worldBody = m.actor;
    for (const m of found.mentions)
      if (m.actor.kind === 'state' && !m.joint && (m.via === 'name' || m.via === 'new'))
        this.stateCounts.set(m.actor.id, (this.stateCounts.get(m.actor.id) ?? 0) + 1);
    return result;
  }
}

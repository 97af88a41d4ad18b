// Stage 3: mentions -> relation candidates. Finds the vocabulary's cue words in a sentence and the actors at each
// end: subject and object of a verb (active or passive, joint subjects for symmetric types), owner and object of a
// noun ("Kim's visit to China", "the summit between X and Y", "the North Korea-US summit").
import { relationDefinition, type RelationType } from '../model/relations';
import { RELATION_CUES } from '../model/relation-cues';
import type { ActorInfo } from './actor-table';
import type { Sentence, Token } from './document';
import {
  mentionAt,
  POSSESSIVE,
  isCapitalised,
  NOT_NAME,
  TITLES,
  type Mention,
  type SentenceMentions,
} from './mentions';
import { PhraseMatcher } from './phrases';
import { clauseFrames } from './clause-frames';
import { conductAuthor, conductOwner, WELCOMING } from './conduct';
import { rebukes } from './criticism';
import { ALLEGATION_NOUNS, denials, placedTopic } from './denials';
import { ASKING_VERBS, INFINITIVE_HOSTS } from './lexicon/attribution';
import { AGENT_NOUNS } from './lexicon/agents';

interface CueDefinition {
  type: RelationType;
  noun: boolean;
  prepositions: string[];
}

/** A relation a sentence seems to state, before attribution and dates. */
export interface RelationCandidate {
  type: RelationType;
  from: Mention;
  to: Mention;
  /** Token span of the cue. */
  cueStart: number;
  cueEnd: number;
  /** Token span that holds both ends and the cue, for the quote. */
  start: number;
  end: number;
  sentence: Sentence;
  /** How the ends were found: verb, light, adjunct, passive, joint, owner, between, compound, clause. */
  frame: string;
}

/** The regular forms of a verb: "accuse" -> accuse, accuses, accused, accusing; "rely" -> relies, relied. */
export function inflections(verb: string): string[] {
  if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [verb, `${stem}ies`, `${stem}ied`, `${verb}ing`];
  }
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return [verb, `${verb}es`, `${verb}ed`, `${verb}ing`];
  if (/[^aeioy]e$/.test(verb)) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  return [verb, `${verb}s`, `${verb}ed`, `${verb}ing`];
}

/** A cue's phrases: a word written `word+` stands for each of its regular forms ("impose+ sanctions on"). */
function expand(words: string): string[] {
  const marked = words.split(' ').findIndex((word) => word.endsWith('+'));
  if (marked < 0) return [words];
  const parts = words.split(' ');
  return inflections((parts[marked] as string).slice(0, -1)).map((form) =>
    parts.map((word, i) => (i === marked ? form : word)).join(' '),
  );
}

const DEFINITIONS = new Map<string, CueDefinition[]>();
for (const [type, cues] of Object.entries(RELATION_CUES)) {
  for (const cue of cues ?? []) {
    const [kind, rest = ''] = cue.split(/:(.*)/s) as [string, string];
    const [written = '', prepositions = ''] = rest.split('>');
    for (const words of expand(written)) {
      const list = DEFINITIONS.get(words) ?? [];
      if (list.some((d) => d.type === type && d.noun === (kind === 'n'))) continue;
      list.push({
        type: type as RelationType,
        noun: kind === 'n',
        prepositions: prepositions.split(',').filter(Boolean),
      });
      DEFINITIONS.set(words, list);
    }
  }
}
const CUES = new PhraseMatcher([...DEFINITIONS.keys()]);

const BREAKS = new Set([
  ';',
  ':',
  '“',
  '”',
  '"',
  '(',
  ')',
  '—',
  'said',
  'says',
  'told',
  'while',
  'whereas',
  'but',
  'which',
  'that',
]);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Verbs that link a subject to a noun saying what it is: "X is an ally of Y", "X became Y's partner". */
const COPULAS = new Set([...BE, "'s", 'remains', 'remained', 'remain', 'became', 'become', 'becomes']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
/** Prepositions before a place or a time: "In Beijing, Xi met", "Mosques across Turkey broadcast". */
const SKIPPED_BEFORE = new Set([
  'in',
  'at',
  'during',
  'after',
  'before',
  'since',
  'from',
  'across',
  'throughout',
]);
const MAX_GAP = 6;
/** Between a verb and its object, a preposition the cue does not end with puts the name in an adjunct. */
const PREPOSITIONS = new Set([
  'about',
  'of',
  'over',
  'for',
  'from',
  'against',
  'on',
  'in',
  'at',
  'into',
  'to',
  'with',
  'by',
  'toward',
  'towards',
  'under',
  'after',
  'before',
  'during',
  'through',
  'amid',
  'despite',
  'between',
  'among',
  'as',
]);
const HOSTS_INFINITIVE = new Set([
  ...INFINITIVE_HOSTS,
  'has',
  'have',
  'had',
  'need',
  'needs',
  'forced',
  'able',
]);
/** Nouns of time that may stand between a subject and its verb: "Xi last week visited". */
const TIME_NOUNS = new Set([
  'week',
  'month',
  'year',
  'day',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
]);

/** Capitalised words that name no one: a clause's first word, days and months. */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

const AGENTS = new Set(AGENT_NOUNS);
const ASKING = new PhraseMatcher(ASKING_VERBS);
const isVerb = (token: Token | undefined) => token?.pos === 'VERB' || token?.pos === 'AUX';

/**
 * "U.S. officials", "Chinese forces", "Israel's military": a state or body written just before a noun of people
 * acting for it (AGENT_NOUNS) stands for the one who acts. Adjectives may stand between ("Russian naval forces").
 */
function agentOwner(tokens: Token[], mentions: Mention[], noun: number): Mention | undefined {
  if (!AGENTS.has(tokens[noun]?.lower ?? '')) return undefined;
  let at = noun - 1;
  // "Russian naval forces", "Israeli security forces": adjectives or a noun before the agent noun.
  while (
    at >= 0 &&
    at > noun - 3 &&
    ['ADJ', 'NOUN'].includes(tokens[at]?.pos ?? '') &&
    !mentionAt(mentions, at)
  )
    at--;
  if (POSSESSIVE.has(tokens[at]?.lower ?? '')) at--;
  const owner = mentionAt(mentions, at);
  if (!owner || owner.end !== at + 1 || owner.actor.kind === 'person') return undefined;
  return owner;
}

/**
 * "He and other senior U.S. officials held talks": the one named before "and other" leads the group that acts,
 * and is the subject rather than the state the others act for.
 */
function leadOfOthers(tokens: Token[], mentions: Mention[], noun: number): Mention | undefined {
  for (let at = noun - 1; at >= 1 && noun - at <= 5; at--) {
    if (tokens[at]?.lower !== 'other') continue;
    if (tokens[at - 1]?.lower !== 'and') return undefined;
    const lead = mentionAt(mentions, at - 2);
    return lead && lead.end === at - 1 ? lead : undefined;
  }
  return undefined;
}

/** "the two leaders" stands for two mentions (see joint.ts). */
const withJoint = (list: Mention[]) => list.flatMap((m) => (m.joint ? [m, m.joint] : [m]));

/** Mentions joined to `first` by "and" or commas, in the given direction. */
function coordinated(tokens: Token[], mentions: Mention[], first: Mention, direction: 1 | -1): Mention[] {
  return withJoint(coordinatedNames(tokens, mentions, first, direction));
}

function coordinatedNames(
  tokens: Token[],
  mentions: Mention[],
  first: Mention,
  direction: 1 | -1,
): Mention[] {
  const all = [first];
  let current = first;
  // A list "A, B, C and D" is read forward only, and only when it ends with "and": else a comma may open an
  // apposition ("A, B's ally").
  let commas = 0;
  let closed = false;
  for (;;) {
    let link = direction === 1 ? current.end : current.start - 1;
    let word = tokens[link]?.lower;
    const comma = direction === 1 && word === ',';
    if (comma && tokens[link + 1]?.lower === 'and') word = tokens[++link]?.lower;
    if (word !== 'and' && !comma) break;
    const skip = direction === 1 && tokens[link + 1]?.lower === 'the' ? 1 : 0;
    const next = mentionAt(mentions, link + direction + skip);
    if (!next || next.actor.id === current.actor.id) break;
    // "the Korean Peninsula, and North Korea's concern": a name that owns what follows starts a new phrase.
    if (direction === 1 && POSSESSIVE.has(tokens[next.end]?.lower ?? '')) break;
    // "imposed sanctions on Iran, and the EU later lifted them": after ", and" a name with a verb opens a clause.
    const verbAt = tokens[next.end]?.pos === 'ADV' ? next.end + 1 : next.end;
    if (comma && word === 'and' && isVerb(tokens[verbAt])) break;
    all.push(next);
    current = next;
    if (word === 'and') {
      closed = true;
      break;
    }
    commas++;
  }
  if (direction === -1 && all.length === 2) all.push(...listBefore(tokens, mentions, all[1] as Mention));
  // "The United States, United Nations and rights groups": the names listed before "and" others.
  else if (direction === -1 && all.length === 1 && tokens[first.end]?.lower === 'and')
    all.push(...listBefore(tokens, mentions, first));
  return commas > 0 && !closed ? all.slice(0, 1) : all;
}

/**
 * "Britain, France and Germany imposed": read back from the name after which "and" came, the names before it
 * set off by commas. A name after a preposition ("In Beijing, Xi and Putin met") is a place or time, and ends
 * the list.
 */
function listBefore(tokens: Token[], mentions: Mention[], from: Mention): Mention[] {
  const found: Mention[] = [];
  let current = from;
  while (tokens[current.start - 1]?.text === ',') {
    const previous = mentionAt(mentions, current.start - 2);
    if (!previous || previous.end !== current.start - 1) break;
    if (PREPOSITIONS.has(tokens[previous.start - 1]?.lower ?? '') || previous.joint) return [];
    found.push(previous);
    current = previous;
  }
  return found;
}

/** A capitalised word the mention stage named no one by: most often a name it does not know. */
function isUnknownName(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || i === 0 || !isCapitalised(token) || CALENDAR_WORD.test(token.text)) return false;
  if (NOT_NAME.has(token.text) || /^[“"‘'(]$/.test(tokens[i - 1]?.text ?? '')) return false;
  return /\p{L}/u.test(token.text);
}

/**
 * The nearest mention before token `at` in the same clause, skipping places after "in", "at". None when an
 * unknown name stands nearer (the subject is most likely that name: "Trump's envoy, Steve Witkoff, spoke with"),
 * or when the mention only owns the subject and the subject is a person by role ("Washington's envoy urged":
 * the envoy acts, not Washington).
 */
function subjectBefore(tokens: Token[], mentions: Mention[], at: number, depth = 0): Mention | undefined {
  const parenthetical = aside(tokens, mentions, at);
  if (parenthetical) return parenthetical;
  for (let i = at - 1; i >= 0 && at - i <= 14; i--) {
    const token = tokens[i] as Token;
    // "China, which has long been ...", "Lambert, who was ...": the relative pronoun stands for the name before.
    if (RELATIVES.has(token.lower) && (tokens[i - 1]?.text === ',' || mentionAt(mentions, i - 1))) {
      const head = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
      return mentionAt(mentions, head) ?? ownerOfHead(tokens, mentions, head);
    }
    if (BREAKS.has(token.lower)) return undefined;
    const mention = mentionAt(mentions, i);
    if (mention) {
      if (SKIPPED_BEFORE.has(tokens[mention.start - 1]?.lower ?? '') && !opensClause(tokens, mention, at)) {
        i = mention.start;
        continue;
      }
      if (POSSESSIVE.has(tokens[mention.end]?.lower ?? '')) {
        const owned = mention.end + 1;
        if (owned < at && TITLES.matchAt(tokens, owned)) return undefined;
      }
      return mention;
    }
    // "Congressman Andy Levin of Michigan slammed": a place named after a person, which the person is from.
    if (isUnknownName(tokens, i) && depth === 0) {
      const person = personBeforeOf(tokens, mentions, i);
      if (person) return person;
    }
    if (isUnknownName(tokens, i)) return undefined;
    // "During your visit to Taiwan, you met with": a pronoun no one was found for is the subject, unknown.
    if (token.pos === 'PRON' && SUBJECT_PRONOUNS.has(token.lower)) return undefined;
    // "The United States and others have accused": the one named before "and others".
    if (token.lower === 'others' && tokens[i - 1]?.lower === 'and') {
      const named = mentionAt(mentions, i - 2);
      return named && named.end === i - 1 ? named : undefined;
    }
    // "visited North Korea and met Kim": the verb shares the subject of the one before, not its object.
    if (token.lower === 'and' || token.lower === 'then')
      return depth === 0 ? sharedSubject(tokens, mentions, i) : undefined;
    // "U.S. officials held talks": the state the officials act for.
    if (token.pos === 'NOUN' && AGENTS.has(token.lower))
      return leadOfOthers(tokens, mentions, i) ?? agentOwner(tokens, mentions, i);
    // "The United States, the U.N. and rights groups condemned": the names listed before others who act with them.
    if (token.pos === 'NOUN' && !TIME_NOUNS.has(token.lower)) return namedBeforeOthers(tokens, mentions, i);
  }
  return undefined;
}

/** Words of a common noun phrase closing a list: "international rights groups", "its allies", "other states". */
const OTHERS_PHRASE = new Set(['NOUN', 'ADJ']);
const OTHERS_WORDS = new Set(['its', 'their', 'other']);

/**
 * "X, Y and international rights groups", "Washington and its allies": the named actor coordinated before a
 * common noun phrase that ends at `head`, when the list is a verb's subject.
 */
function namedBeforeOthers(tokens: Token[], mentions: Mention[], head: number): Mention | undefined {
  let j = head;
  while (j >= 0 && head - j < 4) {
    const token = tokens[j] as Token;
    if (mentionAt(mentions, j) || !(OTHERS_PHRASE.has(token.pos) || OTHERS_WORDS.has(token.lower))) break;
    j--;
  }
  if (tokens[j]?.lower !== 'and') return undefined;
  const named = mentionAt(mentions, j - 1);
  return named && named.end === j ? named : undefined;
}

/** The person named just before "of" and the capitalised words that end at `last`: "Andy Levin of Michigan". */
function personBeforeOf(tokens: Token[], mentions: Mention[], last: number): Mention | undefined {
  let i = last;
  while (i > 0 && last - i < 3 && isUnknownName(tokens, i - 1)) i--;
  if (tokens[i - 1]?.lower !== 'of') return undefined;
  const person = mentionAt(mentions, i - 2);
  return person?.actor.kind === 'person' && person.end === i - 1 ? person : undefined;
}

const RELATIVES = new Set(['which', 'who']);
/** Pronouns that stand as a verb's subject. */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);

/**
 * "North Korea's diplomatic strategy, which has maintained ...": a common noun owned by a name, not a title nor
 * a person by role, stands for its owner before a relative pronoun. Adjectives may stand between.
 */
function ownerOfHead(tokens: Token[], mentions: Mention[], head: number): Mention | undefined {
  if (tokens[head]?.pos !== 'NOUN' || AGENTS.has(tokens[head]?.lower ?? '')) return undefined;
  let at = head - 1;
  while (at >= 0 && head - at <= 3 && tokens[at]?.pos === 'ADJ') at--;
  if (!POSSESSIVE.has(tokens[at]?.lower ?? '')) return undefined;
  if (TITLES.matchAt(tokens, at + 1)) return undefined;
  const owner = mentionAt(mentions, at - 1);
  return owner && owner.end === at ? owner : undefined;
}

/** Words that are prepositions before a place or a time but conjunctions before a clause: "after Erdogan denounced". */
const CONJUNCTIONS = new Set(['after', 'before', 'since']);

/**
 * "two days after Erdogan denounced Israel": a name after "after", "before" or "since" that the verb follows at
 * once (adverbs and auxiliaries aside) is the subject of the clause the word opens, not a time or a place.
 */
function opensClause(tokens: Token[], mention: Mention, verb: number): boolean {
  if (!CONJUNCTIONS.has(tokens[mention.start - 1]?.lower ?? '')) return false;
  for (let i = mention.end; i < verb; i++) if (!['ADV', 'AUX'].includes(tokens[i]?.pos ?? '')) return false;
  return isVerb(tokens[verb]);
}

/**
 * The subject before an aside set off by commas just before the verb: "Mohammed bin Salman, known as MBS, met
 * Rubio", "Kim, in his speech, praised Xi". The aside holds no verb of its own save a participle.
 */
function aside(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  if (tokens[at - 1]?.text !== ',') return undefined;
  let finite = false;
  for (let i = at - 2; i >= 1 && at - i <= 16; i--) {
    const token = tokens[i] as Token;
    if (token.text !== ',') {
      if (['said', 'says', 'and', 'but', ';', ':'].includes(token.lower)) return undefined;
      // A participle ("known by his abbreviation MBS", "shown") is no finite verb.
      finite ||= token.pos === 'AUX' || (token.pos === 'VERB' && !/(?:ed|en|ing|wn)$/.test(token.lower));
      continue;
    }
    // "Lambert, who was the envoy, took up": a relative clause may hold any verb.
    if (finite && !RELATIVES.has(tokens[i + 1]?.lower ?? '')) return undefined;
    const before = mentionAt(mentions, i - 1);
    return before && before.end === i ? before : undefined;
  }
  return undefined;
}

/**
 * "Kim arrived in Beijing and met Xi": a verb after "and" with no subject of its own shares the subject of the
 * verb before it in the clause. None when "and" joins two names ("X and Y met" is read as a joint subject).
 */
function sharedSubject(tokens: Token[], mentions: Mention[], and: number): Mention | undefined {
  const next = tokens[and + 1];
  if (!isVerb(next) && !(next?.pos === 'ADV' && isVerb(tokens[and + 2]))) return undefined;
  for (let i = and - 1; i >= 0 && and - i <= 14; i--) {
    const token = tokens[i] as Token;
    if (BREAKS.has(token.lower) || token.text === ',' || token.lower === 'and') return undefined;
    // "reports to the Council based in Geneva and has made trips": a participle after a name or a noun only
    // qualifies it; the verb whose subject is shared stands before it.
    if (reducedRelative(tokens, mentions, i)) continue;
    if (isVerb(token) && !mentionAt(mentions, i)) {
      const verbStart = BE.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
      return subjectBefore(tokens, mentions, verbStart, 1);
    }
  }
  return undefined;
}

/**
 * A past participle right after a name or a common noun that a verb before takes as object, which it qualifies:
 * "reports to the Council based in Geneva".
 */
function reducedRelative(tokens: Token[], mentions: Mention[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.pos !== 'VERB' || !/(?:ed|en|wn)$/.test(token.lower)) return false;
  const before = tokens[i - 1];
  if (!before || !(before.pos === 'NOUN' || mentionAt(mentions, i - 1)?.end === i)) return false;
  // Only past a verb whose object the noun is: "Kim arrived in Beijing and met Xi" has "arrived" as its verb.
  for (let j = i - 2; j >= 0 && i - j <= 12; j--) {
    const word = tokens[j] as Token;
    if (BREAKS.has(word.lower) || word.text === ',') return false;
    if (mentionAt(mentions, j)) continue;
    // "reports to the Council based in": the noun is a verb's object, or a preposition's.
    if (isVerb(word) || word.pos === 'ADP') return true;
  }
  return false;
}

/**
 * The doer of an infinitive with no host word before its "to": "Kim visited China to meet Xi" (a purpose: the
 * clause's subject). None after a verb of asking ("urged China to meet": what is asked is not done) or a noun
 * ("efforts to impose": the doer is unsaid).
 */
function purposeSubject(tokens: Token[], mentions: Mention[], to: number): Mention | undefined {
  for (let i = to - 1; i >= 0 && to - i <= 10; i--) {
    const token = tokens[i] as Token;
    if (BREAKS.has(token.lower) || token.lower === ',') return undefined;
    if (ASKING.matchAt(tokens, i)) return undefined;
    if (isVerb(token) && !mentionAt(mentions, i)) {
      // "efforts to impose": a common noun before "to" heads the infinitive; its doer is unsaid.
      if (tokens[to - 1]?.pos === 'NOUN') return undefined;
      return subjectBefore(tokens, mentions, BE.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i, 1);
    }
  }
  return undefined;
}

/**
 * The nearest mention after token `at`, a few words at most, in the same clause. For a verb's object
 * (`direct`), a preposition or an unknown name on the way means the name found is not the object ("dismissed
 * concerns about Trump").
 */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** Nouns of a count before "of": "dozens of", "hundreds of". */
const COUNTS = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'tens',
  'millions',
  'dozen',
  'hundred',
  'thousand',
]);

function objectAfter(tokens: Token[], mentions: Mention[], at: number, direct = false): Mention | undefined {
  for (let i = at; i < tokens.length && i - at < MAX_GAP; i++) {
    const token = tokens[i] as Token;
    const mention = mentionAt(mentions, i);
    // "with his French counterpart Emmanuel Macron": the one the possessive names owns the object, is not it.
    const owned =
      mention && POSSESSIVE_PRONOUNS.has(token.lower) ? mentionAt(mentions, mention.end) : undefined;
    if (owned && owned.start === mention?.end) return owned;
    // "backing of the Libyan Government of National Accord": a state's adjective before a name it does not know
    // qualifies that name, the object, which the text names without the registry knowing it.
    const qualified = tokens[mention?.end ?? 0]?.pos === 'PROPN' && isUnknownName(tokens, mention?.end ?? 0);
    if (mention && mention.end - mention.start === 1 && qualified) return undefined;
    if (mention) return mention;
    if (BREAKS.has(token.lower) || token.text === ',' || token.text === '.') return undefined;
    // "levied what he said was a tariff": the object is the clause "what" opens, whose subject is no object.
    if (direct && token.lower === 'what') return undefined;
    // "tariffs on $20.7 billion worth of U.S. exports": "of" after a quantity keeps the phrase going.
    // "killed dozens of Ukrainian soldiers", "killed at least 12 Ukrainian soldiers": a count is no adjunct.
    const ofQuantity =
      token.lower === 'of' &&
      (tokens[i - 1]?.lower === 'worth' ||
        tokens[i - 1]?.pos === 'NUM' ||
        COUNTS.has(tokens[i - 1]?.lower ?? ''));
    const atLeast = token.lower === 'at' && ['least', 'most'].includes(tokens[i + 1]?.lower ?? '');
    if (direct && !ofQuantity && !atLeast && (PREPOSITIONS.has(token.lower) || isUnknownName(tokens, i)))
      return undefined;
    // "aiding rebels fighting then-president Gbagbo": past another verb, the object is that verb's; "commitment to
    // the ceasefire was questioned by Japan": past a noun and a verb, the name is in another clause.
    if (direct && i > at && isVerb(token)) return undefined;
    if (i > at && isVerb(token) && tokens[i - 1]?.pos === 'NOUN' && token.pos === 'AUX') return undefined;
    // "airstrikes against IS in Syria": a name the mention stage does not know heads the object.
    if (isUnknownName(tokens, i) && tokens.slice(at, i).every((t) => t.pos === 'DET' || t.pos === 'ADJ'))
      return undefined;
  }
  return undefined;
}

function candidate(
  type: RelationType,
  from: Mention,
  to: Mention,
  cue: { start: number; end: number },
  sentence: Sentence,
  frame: string,
): RelationCandidate {
  const start = Math.min(from.start, to.start, cue.start);
  const end = Math.max(from.end, to.end, cue.end);
  return { type, from, to, cueStart: cue.start, cueEnd: cue.end, start, end, sentence, frame };
}

/**
 * The object of a verb whose cue names the prepositions that bring it ("ship+>to": "shipped shells to Russia"):
 * the first mention after one of them, past a short noun phrase (the thing shipped), in the same clause.
 */
function prepositionalObject(
  tokens: Token[],
  mentions: Mention[],
  at: number,
  prepositions: readonly string[],
): Mention | undefined {
  for (let i = at; i < tokens.length && i - at < MAX_GAP + 2; i++) {
    const token = tokens[i] as Token;
    if (mentionAt(mentions, i) || BREAKS.has(token.lower) || token.text === ',' || token.text === '.')
      return undefined;
    // "seek benefit from another meeting with Kim": the object is the phrase the preposition heads, no further.
    if (prepositions.includes(token.lower)) return objectAfter(tokens, mentions, i + 1, true);
    if (isVerb(token) && i > at) return undefined;
  }
  return undefined;
}

function verbFrame(
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
  // "condemned the continuing brutality of the Myanmar military", "criticized attacks by Hamas": the one whose
  // conduct a stance is taken on.
  if (!right && !passive && !topic && CONDUCT_STANCES.has(type))
    right = conductAuthor(tokens, mentions, cue.end);
  // "voiced concern over the violence in Israel": a concern placed in an actor speaks of that actor.
  if (!right && !passive && type === 'COMMENTS_ON' && prepositions.includes(tokens[cue.end]?.lower ?? ''))
    right = placedTopic(tokens, mentions, cue.end + 1);
  // "concerned about the IAEA report": a name that only qualifies the noun after it is not the one feared.
  if (right && type === 'DISTRUSTS' && CONCERNED.has(tokens[cue.start]?.lower ?? ''))
    if (tokens[right.end]?.pos === 'NOUN' || tokens[right.end]?.pos === 'PROPN') right = undefined;
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
  if (right && onlyQuestionedOrAgreed(tokens, cue, type, right)) return [];
  if (right) {
    const objects = coordinated(tokens, mentions, right, 1);
    const inOrder = [...subjects].sort((a, b) => a.start - b.start);
    return inOrder.flatMap((s) => objects.map((o) => candidate(type, s, o, cue, found.sentence, 'verb')));
  }
  if (subjects.length !== 2) return [];
  // In text order: "X and Y" is found from Y back to X; "the two leaders" gives its two actors in order.
  const [first, second] = (left.joint ? subjects : [...subjects].reverse()) as [Mention, Mention];
  if (relationDefinition(type).symmetric)
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

/** Verbs of force that ask only when what is pressed for follows: "pressed China to act", "pushed Iran on". */
const PRESSURE_VERBS = new Set(['push', 'press'].flatMap(inflections));
/** Words after the one pressed that say what it is pressed for: "to act", "for a deal", "on trade", "over". */
const PRESSED_FOR = new Set(['to', 'for', 'on', 'over', 'into']);

/**
 * "pressed China to release", "pushed Iran for talks" ask; "pushed Hamas fighters out of the city", "pressed
 * Ukraine's defenses" are force, no request. False when a verb of force has no aim after its object.
 */
function pressedToAct(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (type !== 'REQUESTS' || cue.end - cue.start !== 1) return true;
  if (!PRESSURE_VERBS.has(tokens[cue.start]?.lower ?? '')) return true;
  return PRESSED_FOR.has(tokens[right.end]?.lower ?? '');
}

/** Verbs of asking that put a question when "about", "whether" follow their object: "asked India about". */
const ASK_VERBS = new Set(inflections('ask'));
const QUESTION_WORDS = new Set(['about', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);

/**
 * "asked Pakistan about the attack" puts a question, which asks for nothing to be done; "agreed with China that
 * the talks had failed" shares a view, no accord to act together.
 */
function onlyQuestionedOrAgreed(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  const after = tokens[right.end]?.lower ?? '';
  if (type === 'REQUESTS' && ASK_VERBS.has(tokens[cue.start]?.lower ?? '') && cue.end - cue.start === 1)
    return QUESTION_WORDS.has(after);
  if (
    type === 'AGREES_TO_COOPERATE' &&
    tokens[cue.start]?.lower === 'agreed' &&
    tokens[cue.end - 1]?.lower === 'with'
  )
    return after === 'that' || (after === ',' && tokens[right.end + 1]?.lower === 'that');
  return false;
}

/** What is imposed on a state or people that is no penalty from outside: "imposed a curfew on the city". */
const NOT_PENALTIES = new Set([
  'curfew',
  'curfews',
  'lockdown',
  'lockdowns',
  'quarantine',
  'martial',
  'emergency',
  'ceasefire',
  'will',
]);

/** "imposed a curfew on Iraq", "imposed martial law on": a bare "impose" whose object is no sanction. */
function imposesNoPenalty(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (type !== 'SANCTIONS' || !/^impos/.test(tokens[cue.start]?.lower ?? '')) return false;
  for (let i = cue.end; i < right.start && i - cue.end < 8; i++)
    if (NOT_PENALTIES.has(tokens[i]?.lower ?? '')) return true;
  return false;
}

/** Stances that may be taken on an actor's conduct rather than the actor named as object. */
const CONDUCT_STANCES = new Set<RelationType>(['ACCUSES', 'SUPPORTS', 'OPPOSES', 'REJECTS', 'DISTRUSTS']);

/** Adjectives of worry that, with "about" or "over", make their subject wary of the object. */
const CONCERNED = new Set(['concerned', 'worried', 'alarmed']);

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

/**
 * The "by" that brings a passive verb's agent: just after the verb, or past an adverb or a day ("was criticized
 * sharply by", "was rejected Monday by"); -1 when there is none.
 */
function agentBy(tokens: Token[], end: number): number {
  for (let i = end; i < end + 3 && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'by') return i;
    if (token.pos !== 'ADV' && !CALENDAR_WORD.test(token.text)) return -1;
  }
  return -1;
}

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

/** Words of a field that may stand between an owner and its noun: "Ankara military backing", "US economic aid". */
const FIELDS = new Set(['military', 'economic', 'financial', 'diplomatic', 'political', 'trade', 'security']);

/** The owner of a noun: "Kim's (fourth) visit", "US sanctions", "the Trump administration's decision". */
function ownerOf(tokens: Token[], mentions: Mention[], cueStart: number): Mention | undefined {
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

/** Closing quotation marks around a cue noun ("the “denuclearization negotiations” between"): passed over. */
const CLOSING_QUOTES = new Set(['’', '”', '"', "'"]);
/** Past closing quotation marks and a day after a cue noun: "the “negotiations” between", "talks Tuesday with". */
function pastQuotes(tokens: Token[], at: number): number {
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

/**
 * Verbs whose object noun names a relation or an event the subject takes part in: "maintained an alliance with",
 * "built a good relationship with", "carried out airstrikes against", "has close ties with".
 */
const LIGHT_VERBS = new PhraseMatcher(
  [
    'have',
    'has',
    'had',
    'having',
    'held',
    'hold',
    'holds',
    'holding',
    'kept',
    'keep',
    'keeps',
    'keeping',
    'built',
    'build',
    'builds',
    'building',
    'began',
    'begin',
    'begun',
    'begins',
    'carried out',
    'carry out',
    'carries out',
    'carrying out',
    'waged',
    'wage',
    'wages',
    'waging',
    'maintain+',
    'forge+',
    'develop+',
    'pursue+',
    'strengthen+',
    'deepen+',
    'expand+',
    'launch+',
    'start+',
    'conduct+',
    'establish+',
    'resume+',
    'enter+ into',
    'step+ up',
    'intensify',
    'intensified',
    'intensifies',
    'increase+',
    'extend+',
    'project+',
    'exert+',
    'boost+',
    'gain+',
    'wield+',
    'made',
    'make',
    'makes',
    'making',
    'pay+',
    'paid',
    'mount+',
    'stage+',
    'lodge+',
    'file+',
    'issue+',
    'level+',
    'levelled',
    'announce+',
    'unveil+',
    'express+',
    'voice+',
    'affirm+',
    'reaffirm+',
    'reiterate+',
    'pledge+',
    'renew+',
    'convene+',
  ].flatMap(expand),
);
/**
 * Nouns of an aim that an owner alone does not state: "US influence on the Korean Peninsula" is had, not sought;
 * "China is trying to increase its influence on the Korean Peninsula" seeks it.
 */
const SOUGHT_NOUNS = new Set(['influence', 'clout', 'leverage']);

/** Verbs that seek more of what the noun names: "increase its influence", "gain leverage over". */
const SEEKING = new PhraseMatcher(
  [
    'increase+',
    'expand+',
    'extend+',
    'project+',
    'boost+',
    'gain+',
    'exert+',
    'strengthen+',
    'deepen+',
    'seek',
    'seeks',
    'sought',
    'seeking',
    'build',
    'builds',
    'built',
    'building',
  ].flatMap(expand),
);

/** A verb of seeking just before `at`, past the owner's article or pronoun: "increase its", "gain more". */
function seekingBefore(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
    const light = SEEKING.matchAt(tokens, i);
    if (light && light.end >= i + 1 && isVerb(tokens[i])) return true;
    if (!ARTICLES.has(tokens[i]?.lower ?? '') && !['ADJ', 'ADV', 'DET'].includes(tokens[i]?.pos ?? ''))
      return false;
  }
  return false;
}
/** Words that may stand between a light verb and its noun: "a permanent ‘blood alliance’", "a series of strikes". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PRON']);

/** The subject of a light verb whose object is the cue noun: "North Korea ... has maintained a ‘blood alliance’". */
function lightVerbSubject(
  tokens: Token[],
  mentions: Mention[],
  cueStart: number,
  verbs: PhraseMatcher,
): Mention | undefined {
  for (let at = cueStart - 1; at >= 0 && cueStart - at <= 6; at--) {
    const token = tokens[at] as Token;
    if (mentionAt(mentions, at)) return undefined;
    // The light verb ends here: "held", "carried out".
    for (const from of [at, at - 1]) {
      const light = verbs.matchAt(tokens, from);
      if (light?.end === at + 1 && isVerb(tokens[from])) return subjectOfVerb(tokens, mentions, from);
    }
    const quote = /^[‘’“”"']$/.test(token.text);
    if (!quote && token.lower !== 'of' && !NOUN_PHRASE.has(token.pos)) return undefined;
    if (token.pos === 'PRON' && !ARTICLES.has(token.lower)) return undefined;
  }
  return undefined;
}

/**
 * The subject of the verb at `start`: the clause's, or for an infinitive the subject of the verb it serves
 * ("is due to meet", "visited China to meet"); none after a noun or a verb of asking ("urged China to meet").
 */
function subjectOfVerb(tokens: Token[], mentions: Mention[], start: number): Mention | undefined {
  let verb = start;
  while (
    BE.has(tokens[verb - 1]?.lower ?? '') ||
    ['has', 'have', 'had'].includes(tokens[verb - 1]?.lower ?? '')
  )
    verb--;
  const infinitive = tokens[verb - 1]?.lower === 'to' && !HOSTS_INFINITIVE.has(tokens[verb - 2]?.lower ?? '');
  return infinitive ? purposeSubject(tokens, mentions, verb - 1) : subjectBefore(tokens, mentions, verb);
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

function nounFrame(
  found: SentenceMentions,
  cue: { start: number; end: number },
  definition: CueDefinition,
): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const { type } = definition;
  const next = pastPlace(tokens, mentions, pastQuotes(tokens, cue.end), definition.prepositions);
  const after = tokens[next]?.lower ?? '';
  const symmetric = relationDefinition(type).symmetric;
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
    : copulaSubject(tokens, mentions, cue.start);
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
  const object = definition.prepositions.includes(after)
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
  const subject = light ?? adjunct;
  if (!subject) return [];
  const frame = adjunct ? 'adjunct' : 'light';
  const subjects = coordinated(tokens, mentions, subject, -1);
  if (object)
    return subjects.flatMap((s) => objects.map((o) => candidate(type, s, o, cue, found.sentence, frame)));
  if (subjects.length !== 2 || !relationDefinition(type).symmetric) return [];
  const [first, second] = (subject.joint ? subjects : [...subjects].reverse()) as [Mention, Mention];
  return [candidate(type, first, second, cue, found.sentence, 'joint')];
}

/** Small words a headline in title case leaves in lower case. */
const TITLE_LOWER = new Set([
  ...['over', 'with', 'from', 'into', 'onto', 'upon', 'about', 'after', 'amid', 'against', 'before'],
  ...['between', 'during', 'than', 'that', 'near', 'under', 'without', 'toward', 'towards', 'across'],
]);

/** A headline written in title case: every word of four letters or more capitalised, small words aside. */
function isTitleCase(tokens: Token[]): boolean {
  return !tokens.some((t) => /^[a-z]{4,}/.test(t.text) && !TITLE_LOWER.has(t.text));
}

/**
 * "violated U.S. Congress's Countering America's Adversaries Through Sanctions Act": a cue word capitalised inside a
 * sentence, not after a quotation mark or a colon, is part of a name (a law, an operation), not a verb or noun of it.
 */
function inName(tokens: Token[], at: number): boolean {
  if (at === 0 || !/^[A-Z][a-z]/.test(tokens[at]?.text ?? '')) return false;
  return !['"', '“', '‘', "'", ':', '(', '—', '–'].includes(tokens[at - 1]?.text ?? '');
}

/** Every relation candidate a sentence's cues give, both ends being mentions of different actors. */
export function relationCandidates(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const result: RelationCandidate[] = [];
  const titleCase = isTitleCase(tokens);
  for (const cue of CUES.matchAll(tokens)) {
    if (found.mentions.some((m) => cue.start >= m.start && cue.start < m.end)) continue;
    if (!titleCase && inName(tokens, cue.start)) continue;
    const definitions = DEFINITIONS.get(cue.phrase) ?? [];
    const after = tokens[pastQuotes(tokens, cue.end)]?.lower ?? '';
    const nouns = definitions.filter((d) => d.noun);
    const noun = nouns.find((d) => d.prepositions.includes(after)) ?? nouns[0];
    const verb = definitions.find((d) => !d.noun);
    const isNoun = noun && (!verb || tokens[cue.start]?.pos === 'NOUN' || tokens[cue.start]?.pos === 'PROPN');
    // The tagger's noun-or-verb guess decides first; when that reading finds no ends, the other is tried
    // ("Kim Jong-un visits China" read as a noun has no "to").
    const asNoun = () => (noun ? nounFrame(found, cue, noun) : []);
    const asVerb = () => (verb ? verbFrame(found, cue, verb.type, verb.prepositions) : []);
    const first = isNoun ? asNoun() : asVerb();
    // "look to Washington for support": after an article or a preposition the word is a noun, never a verb.
    const surelyNoun = isNoun && ['DET', 'ADP'].includes(tokens[cue.start - 1]?.pos ?? '');
    const found1 = first.length > 0 || surelyNoun ? first : isNoun ? asVerb() : asNoun();
    result.push(
      ...found1
        .map(verbal)
        .flatMap(withImplied)
        .filter((c) => c.from.actor.id !== c.to.actor.id && kindsFit(c)),
    );
  }
  result.push(...obligations(found).filter((c) => c.from.actor.id !== c.to.actor.id && kindsFit(c)));
  // Tolls of a strike, backing one has, views of another, ultimatums and reversals (see clause-frames.ts).
  const helpers = {
    subjectOfVerb: (verb: number) => subjectOfVerb(tokens, found.mentions, verb),
    coordinated: (first: Mention, direction: 1 | -1) => coordinated(tokens, found.mentions, first, direction),
  };
  const before = result.map((c) => ({ ...c, cue: { start: c.cueStart, end: c.cueEnd } }));
  for (const r of clauseFrames(tokens, found.mentions, helpers, before)) {
    const c = candidate(r.type, r.from, r.to, r.cue, found.sentence, 'clause');
    const known = result.some(
      (k) => k.type === c.type && k.from.actor.id === c.from.actor.id && k.to.actor.id === c.to.actor.id,
    );
    if (!known && c.from.actor.id !== c.to.actor.id && kindsFit(c)) result.push(c);
  }
  // "welcomed Ukraine's decision", "welcomed the proposal by the EU": backing what another does. A guest welcomed
  // ("welcomed Putin to Beijing") is no stance.
  tokens.forEach((token, verb) => {
    if (!WELCOMING.has(token.lower) || token.pos !== 'VERB') return;
    const backed =
      conductOwner(tokens, found.mentions, verb + 1) ?? conductAuthor(tokens, found.mentions, verb + 1);
    const backer = backed && subjectOfVerb(tokens, found.mentions, verb);
    if (!backed || !backer || backer.actor.id === backed.actor.id) return;
    const c = candidate('SUPPORTS', backer, backed, { start: verb, end: verb + 1 }, found.sentence, 'verb');
    if (kindsFit(c)) result.push(c);
  });
  for (const rebuke of rebukes(tokens, found.mentions)) {
    // "came under fire from": the verb before "under" has the subject.
    const verb = tokens[rebuke.verb]?.lower === 'under' ? rebuke.verb - 1 : rebuke.verb;
    const accused = subjectOfVerb(tokens, found.mentions, verb);
    if (!accused || accused.actor.id === rebuke.accuser.actor.id) continue;
    const cue = { start: rebuke.verb, end: rebuke.noun + 1 };
    const c = candidate('ACCUSES', rebuke.accuser, accused, cue, found.sentence, 'verb');
    if (kindsFit(c)) result.push(c);
  }
  for (const denial of denials(tokens, found.mentions)) {
    const from = subjectOfVerb(tokens, found.mentions, denial.verb);
    if (!from || from.actor.id === denial.author.actor.id) continue;
    const cue = { start: denial.verb, end: denial.verb + 1 };
    const c = candidate('COMMENTS_ON', from, denial.author, cue, found.sentence, 'verb');
    const known = result.some(
      (r) => r.type === c.type && r.from.actor.id === from.actor.id && r.to.actor.id === c.to.actor.id,
    );
    if (!known && kindsFit(c)) result.push(c);
    // "rejected the baseless allegations by Pakistan": calling the charge baseless is a charge of its own.
    const dismissive = tokens
      .slice(denial.verb + 1, denial.verb + 5)
      .findIndex((t) => DISMISSIVE.has(t.lower));
    if (dismissive < 0) continue;
    const charge = { start: denial.verb, end: denial.verb + 2 + dismissive };
    const accusation = candidate('ACCUSES', from, denial.author, charge, found.sentence, 'verb');
    if (kindsFit(accusation)) result.push(accusation);
  }
  return result;
}

/** Words that call a charge false and so blame whoever made it: "baseless allegations", "absurd claims". */
const DISMISSIVE = new Set(
  ['baseless', 'groundless', 'unfounded', 'false', 'absurd', 'ridiculous', 'fabricated', 'slanderous'].concat(
    ['irresponsible', 'malicious', 'outrageous', 'preposterous', 'unsubstantiated', 'fake'],
  ),
);

/** Modals of obligation: said of another by a speaker, they ask it to act ("says Washington needs to act"). */
const OBLIGATION = new PhraseMatcher(['need to', 'needs to', 'must', 'should', 'ought to']);
/** Predicates of blame: said of another by a speaker, they accuse it ("said Hamas was behind the attack"). */
const BLAME = new PhraseMatcher(
  ['was', 'is', 'were', 'are'].flatMap((be) => [`${be} behind`, `${be} to blame`]),
);
/** Verbs of saying whose subject is the one who speaks of the obligation. */
const SAYING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'adding',
  'saying',
  'stressed',
  'stresses',
  'insisted',
  'insists',
  'argued',
  'argues',
  'noted',
  'notes',
  'wrote',
]);
/** After a modal, words that make it no request: "must be", "should have", "must not". */
const NOT_ASKED = new Set(['be', 'have', 'not', 'never']);

/**
 * "Casin ... says Washington needs to act", "Rubio said ... that both Russia and Ukraine need to do difficult
 * things": a speaker saying that another actor must act asks it to (CAMEO 02, make an appeal or request).
 */
function obligations(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  const said = [
    ...OBLIGATION.matchAll(tokens).map((m) => ({ ...m, type: 'REQUESTS' as const })),
    ...BLAME.matchAll(tokens).map((m) => ({ ...m, type: 'ACCUSES' as const })),
  ];
  for (const modal of said) {
    const next = tokens[modal.end]?.lower ?? '';
    if (modal.type === 'REQUESTS' && (NOT_ASKED.has(next) || next === 'to')) continue;
    const last = mentionAt(mentions, modal.start - 1);
    if (!last || last.end !== modal.start) continue;
    // "said talks with China must continue", "immigration to France should stop": the name ends a phrase headed
    // by a noun; it is not the one obliged.
    const before = tokens[last.start - 1]?.lower === 'the' ? last.start - 2 : last.start - 1;
    if (PREPOSITIONS.has(tokens[before]?.lower ?? '')) continue;
    const subjects = coordinated(tokens, mentions, last, -1).sort((a, b) => a.start - b.start);
    const first = Math.min(...subjects.map((m) => m.start));
    const speaker = speakerBefore(tokens, mentions, first);
    if (!speaker) continue;
    for (const subject of subjects)
      result.push(candidate(modal.type, speaker, subject, modal, found.sentence, 'verb'));
  }
  return result;
}

/** The subject of the verb of saying that introduces the words at `at`; "adding that", "but says" go further back. */
function speakerBefore(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  for (let i = at - 1; i >= 0 && at - i <= 30; i--) {
    const word = tokens[i]?.lower ?? '';
    if (!SAYING.has(word) || mentionAt(mentions, i)) continue;
    if (word.endsWith('ing')) continue;
    const speaker = subjectBefore(tokens, mentions, i);
    if (speaker) return speaker;
    if (!['but', 'and'].includes(tokens[i - 1]?.lower ?? '')) return undefined;
  }
  return undefined;
}

/** Relations one implies between two people: a person who hosts another meets them. */
const IMPLIED: Partial<Record<RelationType, RelationType>> = { HOSTS: 'MEETS' };

function withImplied(c: RelationCandidate): RelationCandidate[] {
  const implied = IMPLIED[c.type];
  const people = c.from.actor.kind === 'person' && c.to.actor.kind === 'person';
  return implied && people ? [c, { ...c, type: implied }] : [c];
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
function verbal(c: RelationCandidate): RelationCandidate {
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
    if (word === 'as') return true;
    if (BREAKS.has(word) || word === ',' || word === '.' || isVerb(tokens[i])) return false;
  }
  return false;
}

function kindsFit(c: RelationCandidate): boolean {
  const definition = relationDefinition(c.type);
  const fits = (kinds: readonly string[] | undefined, kind: string) => !kinds || kinds.includes(kind);
  return fits(definition.fromKinds, c.from.actor.kind) && fits(definition.toKinds, c.to.actor.kind);
}

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

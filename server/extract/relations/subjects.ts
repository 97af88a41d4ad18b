// Finding a verb's subject: the nearest name before it in its clause, past asides, places and times, through a
// relative pronoun, a shared subject ("arrived and met"), a purpose ("visited China to meet") or the state that
// officials act for ("U.S. officials said").
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, TITLES, type Mention } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';
import { ASKING_VERBS } from '../lexicon/attribution';
import { AGENT_NOUNS } from '../lexicon/agents';
import {
  BREAKS,
  BE,
  SKIPPED_BEFORE,
  HOSTS_INFINITIVE,
  TIME_NOUNS,
  isVerb,
  isUnknownName,
} from './clause-words';

const AGENTS = new Set(AGENT_NOUNS);
const ASKING = new PhraseMatcher(ASKING_VERBS);

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

/**
 * The nearest mention before token `at` in the same clause, skipping places after "in", "at". None when an
 * unknown name stands nearer (the subject is most likely that name: "Trump's envoy, Steve Witkoff, spoke with"),
 * or when the mention only owns the subject and the subject is a person by role ("Washington's envoy urged":
 * the envoy acts, not Washington).
 */
export function subjectBefore(
  tokens: Token[],
  mentions: Mention[],
  at: number,
  depth = 0,
): Mention | undefined {
  const parenthetical = aside(tokens, mentions, at);
  if (parenthetical !== undefined) return parenthetical ?? undefined;
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
      // "Either Russia or Belarus attacked Poland": one branch of alternatives asserts nothing.
      if (tokens[mention.start - 1]?.lower === 'or') return undefined;
      // "Militias backed by Iran attacked", "the plan by Egypt calls for": the doer after "by" qualifies the noun
      // before it, which is the subject.
      if (agentOfPhrase(tokens, mention)) return undefined;
      const complemented = passiveAt(tokens, at) ? undefined : headOfComplement(tokens, mentions, mention);
      if (complemented !== undefined) return complemented ?? undefined;
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
    if (token.pos === 'NOUN' && AGENTS.has(token.lower)) {
      const owner = agentOwner(tokens, mentions, i);
      // "Critics of the Chinese government accused": the government completes the noun that is the subject.
      const complemented =
        owner && !passiveAt(tokens, at) ? headOfComplement(tokens, mentions, owner) : undefined;
      if (complemented !== undefined) return complemented ?? undefined;
      return leadOfOthers(tokens, mentions, i) ?? owner;
    }
    // "The United States, the U.N. and rights groups condemned": the names listed before others who act with them.
    if (token.pos === 'NOUN' && !TIME_NOUNS.has(token.lower)) return namedBeforeOthers(tokens, mentions, i);
  }
  return undefined;
}

/** A name after "by" (an article aside) and the noun or participle it follows: "backed by Iran". */
function agentOfPhrase(tokens: Token[], mention: Mention): boolean {
  const by = tokens[mention.start - 1]?.lower === 'the' ? mention.start - 2 : mention.start - 1;
  return tokens[by]?.lower === 'by' && ['NOUN', 'VERB'].includes(tokens[by - 1]?.pos ?? '');
}

/**
 * "a meeting of the Security Council requested by the United States": a participle with its agent qualifies the
 * whole phrase before it, whose name the passive reading takes as the one acted on.
 */
const passiveAt = (tokens: Token[], verb: number) =>
  tokens[verb + 1]?.lower === 'by' || tokens[verb + 2]?.lower === 'by';

/**
 * Prepositions by which a name completes the noun before it: "critics of", "ambassador to", "adviser for", "the
 * deal between China and Russia", "the agreement with Iran", "sanctions on Russia".
 */
const COMPLEMENTING = new Set(['of', 'to', 'for', 'between', 'with', 'on', 'against', 'over', 'about']);

/**
 * "Critics of the Chinese government accused Beijing", "China's ambassador to the United States criticized
 * Japan": a name brought by a preposition completes the common noun before it, which is the subject. That noun's
 * owner stands for it ("China's ambassador", "the U.S. envoy"); null when it has none. Undefined when the name is
 * no complement, or completes a noun of people acting for it ("officials of Iran", "a spokesman for China's
 * foreign ministry"): the name is then read as it was.
 */
function headOfComplement(
  tokens: Token[],
  mentions: Mention[],
  mention: Mention,
): Mention | null | undefined {
  // "the deal between China and Russia": the names listed after the preposition complete the noun together.
  // A comma joins names only in a list that "and" closes ("China, Russia and Iran"), not after a phrase set
  // before the clause ("During Kim's visit to China, Xi promised").
  let first = mention;
  let listed = false;
  for (let k = 0; k < 4; k++) {
    const joiner = tokens[first.start - 1]?.lower ?? '';
    const joins = joiner === 'and' || (joiner === ',' && listed);
    const before = joins ? mentionAt(mentions, first.start - 2) : undefined;
    if (!before || before.end !== first.start - 1) break;
    listed ||= joiner === 'and';
    first = before;
  }
  let at = first.start - 1;
  if (['the', 'a', 'an'].includes(tokens[at]?.lower ?? '')) at--;
  const preposition = tokens[at]?.lower ?? '';
  const head = at - 1;
  const noun = tokens[head];
  // A common noun, or a word the tagger took for a name as the sentence's first: "Critics of".
  const common = noun?.pos === 'NOUN' || (noun?.pos === 'PROPN' && head === 0 && !mentionAt(mentions, head));
  if (!COMPLEMENTING.has(preposition) || !noun || !common) return undefined;
  // "the leader of Hamas", "officials of Iran": a title or a noun of people acting for the body is read as the body.
  if (preposition !== 'to' && (AGENTS.has(noun.lower) || TITLES.matchAt(tokens, head))) return undefined;
  let before = head - 1;
  while (before >= 0 && head - before <= 3 && tokens[before]?.pos === 'ADJ' && !mentionAt(mentions, before))
    before--;
  if (POSSESSIVE.has(tokens[before]?.lower ?? '')) before--;
  const owner = mentionAt(mentions, before);
  return owner && owner.end === before + 1 && owner.actor.kind !== 'person' ? owner : null;
}

/** Words of a common noun phrase closing a list: "international rights groups", "its allies", "other states". */
const OTHERS_PHRASE = new Set(['NOUN', 'ADJ']);
const OTHERS_WORDS = new Set(['its', 'their', 'other']);
/**
 * A capitalised adjective of region the tagger takes for a name and that names no actor: "its Western allies",
 * "European partners", "Asian neighbors".
 */
const REGION_ADJECTIVE = /^[A-Z][a-z]+(?:ern|ean|ian|ican|ese|ish)$/;

/**
 * "X, Y and international rights groups", "Washington and its allies": the named actor coordinated before a
 * common noun phrase that ends at `head`, when the list is a verb's subject.
 */
function namedBeforeOthers(tokens: Token[], mentions: Mention[], head: number): Mention | undefined {
  let j = head;
  while (j >= 0 && head - j < 4) {
    const token = tokens[j] as Token;
    const phrase =
      OTHERS_PHRASE.has(token.pos) ||
      OTHERS_WORDS.has(token.lower) ||
      (token.pos === 'PROPN' && REGION_ADJECTIVE.test(token.text));
    if (mentionAt(mentions, j) || !phrase) break;
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
 * Rubio", "Kim, in his speech, praised Xi". The aside holds no verb of its own save a participle. Null when the
 * aside is a relative clause, a participle's or a preposition's phrase whose head names no actor ("The ministry,
 * which oversees ties with China, criticized Japan"): the subject is that head, and no name inside the aside may
 * stand for it.
 */
function aside(tokens: Token[], mentions: Mention[], at: number): Mention | null | undefined {
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
    const relative = RELATIVES.has(tokens[i + 1]?.lower ?? '');
    if (finite && !relative) return undefined;
    const before = mentionAt(mentions, i - 1);
    if (before && before.end === i) return before;
    // "The minister, speaking after talks with China, praised Japan": an aside that opens with a participle or a
    // preposition qualifies its head as a relative clause does; so does a common noun set in apposition
    // ("Venezuela's Maduro, an ally of Cuba, accused": the names that complete it are not the subject).
    const opening = tokens[i + 1];
    const qualifying =
      relative ||
      opening?.pos === 'ADP' ||
      (opening?.pos === 'VERB' && /(?:ing|ed|en)$/.test(opening.lower)) ||
      apposedNoun(tokens, mentions, i + 1);
    if (!qualifying) return undefined;
    return ownerOfHead(tokens, mentions, i - 1) ?? agentOwner(tokens, mentions, i - 1) ?? null;
  }
  return undefined;
}

/**
 * An apposition headed by a common noun that a preposition completes: "a close ally of Cuba", "the main rival
 * of Hamas", "allies of Iran". Not "the United States" (a name heads it: the aside may be the subject itself).
 */
function apposedNoun(tokens: Token[], mentions: Mention[], start: number): boolean {
  let at = start;
  if (['a', 'an', 'the'].includes(tokens[at]?.lower ?? '')) at++;
  // The tagger may take a noun of a role for an adjective: "a rival of Hamas".
  const head = at;
  while (at < head + 4 && ['ADJ', 'ADV', 'NOUN'].includes(tokens[at]?.pos ?? '') && !mentionAt(mentions, at))
    at++;
  if (at === head || tokens[at - 1]?.pos === 'ADV') return false;
  return COMPLEMENTING.has(tokens[at]?.lower ?? '');
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

/** Past participles not in -ed, -en, -wn: "lives lost", "weapons sent", "talks held". */
const IRREGULAR_PARTICIPLES = new Set(
  ['lost', 'held', 'made', 'sent', 'built', 'brought', 'bought', 'sold', 'fought', 'kept', 'paid'].concat([
    'caught',
    'found',
    'left',
    'spent',
    'won',
    'taught',
  ]),
);

/**
 * A past participle right after a name or a common noun that a verb before takes as object, which it qualifies:
 * "reports to the Council based in Geneva".
 */
function reducedRelative(tokens: Token[], mentions: Mention[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.pos !== 'VERB') return false;
  if (!/(?:ed|en|wn)$/.test(token.lower) && !IRREGULAR_PARTICIPLES.has(token.lower)) return false;
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
export function purposeSubject(tokens: Token[], mentions: Mention[], to: number): Mention | undefined {
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
 * The subject of the verb at `start`: the clause's, or for an infinitive the subject of the verb it serves
 * ("is due to meet", "visited China to meet"); none after a noun or a verb of asking ("urged China to meet").
 */
export function subjectOfVerb(tokens: Token[], mentions: Mention[], start: number): Mention | undefined {
  let verb = start;
  while (
    BE.has(tokens[verb - 1]?.lower ?? '') ||
    ['has', 'have', 'had'].includes(tokens[verb - 1]?.lower ?? '')
  )
    verb--;
  const infinitive = tokens[verb - 1]?.lower === 'to' && !HOSTS_INFINITIVE.has(tokens[verb - 2]?.lower ?? '');
  return infinitive ? purposeSubject(tokens, mentions, verb - 1) : subjectBefore(tokens, mentions, verb);
}

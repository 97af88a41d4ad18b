// Stage 2, people: later references to a person: pronouns ("he", "his government"), the subject a sentence goes on
// about, and a title that waits for the name given in a sentence after ("Russia's envoy ... Vassily Nebenzia told").
import type { Sentence } from '../document';
import { type ActorInfo } from './actor-table';
import { PRONOUNS, spanText, type ArticleMemory, type Mention, type Role } from './mentions';
import { SPEECH, unknownName } from './person-spans';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/** Nouns that, after "his" or "her", name the state a person serves rather than the person. */
const STATE_NOUNS = new Set(['government', 'administration', 'country', 'nation', 'regime', 'state']);

const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/** The person a sentence names first, before its first verb and outside a quotation: its subject. */
export function subjectOf(sentence: Sentence, mentions: readonly Mention[]): ActorInfo | undefined {
  const { tokens } = sentence;
  if (/^\p{Pi}|^["“]/u.test(tokens[0]?.text ?? '')) return undefined;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 0) return undefined;
  const first = mentions.find((m) => m.start < verb && m.actor.kind !== 'state');
  return first?.actor.kind === 'person' ? first.actor : undefined;
}

/** Words that begin another clause, whose object pronoun may be the person named last before them. */
const CLAUSE_JOINS = new Set([
  'and',
  'but',
  ';',
  'because',
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'so',
]);

/** True when a mention covers token `i` (a loop, not a closure over `i` made at every token). */
function covers(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (i >= m.start && i < m.end) return true;
  return false;
}

/** He, she, his, her: the last person named before, in this sentence or the ones before. */
export function pronouns(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const result: Mention[] = [];
  let last = memory.lastPerson;
  let prior = memory.priorPerson;
  let lastEnd = -1;
  let next = 0;
  // The last person named before a quotation this sentence opens (`undefined` outside one): "“Kim is waiting,” he
  // said" names Kim inside the words, not their speaker.
  let quoting = false;
  let beforeQuote: ActorInfo | undefined;
  let quoted = false;
  sentence.tokens.forEach((token, i) => {
    if (token.text === '“' || (token.text === '"' && !quoting)) {
      quoting = true;
      quoted = true;
      beforeQuote = last;
    } else if (token.text === '”' || token.text === '"') quoting = false;
    while (next < mentions.length && (mentions[next] as Mention).start <= i) {
      const mention = mentions[next++] as Mention;
      result.push(mention);
      if (mention.actor.kind !== 'person') continue;
      if (mention.actor.id !== last?.id) prior = last;
      last = mention.actor;
      lastEnd = mention.end;
    }
    if (!PRONOUNS.has(token.lower) || !last || covers(result, i)) return;
    // "Sullivan met Trump in May. He also played a key role ...": a sentence that opens with "he" or "she" goes on
    // about the subject of the sentence before.
    const subject = memory.lastSubject;
    if (i === 0 && SUBJECT_PRONOUNS.has(token.lower) && subject && subject.sentence === sentence.index - 1) {
      result.push({ start: i, end: i + 1, actor: subject.actor, via: 'pronoun' });
      return;
    }
    // '"Kim Jong-un is waiting," he said': the speaker of a quotation is named before it, not inside it.
    const closed = sentence.tokens[i - 1]?.text;
    if (
      quoted &&
      !quoting &&
      (closed === '”' || closed === '"') &&
      SUBJECT_PRONOUNS.has(token.lower) &&
      SPEECH.has(sentence.tokens[i + 1]?.lower ?? '')
    ) {
      if (beforeQuote) result.push({ start: i, end: i + 1, actor: beforeQuote, via: 'pronoun' });
      return;
    }
    // "Xi described his ties with him", "Witkoff said Putin told him": an object "him" is not the person named
    // last in its own clause, but the one before.
    if (
      token.lower === 'him' &&
      lastEnd >= 0 &&
      !sentence.tokens.slice(lastEnd, i).some((t) => CLAUSE_JOINS.has(t.lower))
    ) {
      if (prior && prior.id !== last.id) result.push({ start: i, end: i + 1, actor: prior, via: 'pronoun' });
      return;
    }
    // "His government", "her country": the state the person serves, or nobody the text names.
    if (POSSESSIVE_PRONOUNS.has(token.lower) && STATE_NOUNS.has(sentence.tokens[i + 1]?.lower ?? '')) {
      const state = memory.statesOf.get(last.id);
      if (state) result.push({ start: i, end: i + 2, actor: state, via: 'pronoun' });
      return;
    }
    result.push({ start: i, end: i + 1, actor: last, via: 'pronoun' });
  });
  while (next < mentions.length) result.push(mentions[next++] as Mention);
  return result;
}

/**
 * "China's U.N. ambassador told reporters ... Fu Cong blamed ...": while a title waits for its holder's name, two or
 * three capitalised words nobody knows that open a sentence before a verb name a person.
 */
export function pendingName(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const { pending } = memory;
  if (!pending || pending.sentence === sentence.index || sentence.index - pending.sentence > 2)
    return mentions;
  const { tokens } = sentence;
  let end = 0;
  while (end < 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[end]?.text ?? '')) end++;
  if (end < 2 || tokens[end]?.pos !== 'VERB' || mentions.some((m) => m.start < end)) return mentions;
  if (!unknownName(tokens.slice(0, end), memory)) return mentions;
  const actor = memory.actors.propose(spanText(sentence, 0, end), 'person');
  return [{ start: 0, end, actor, via: 'new' as const }, ...mentions];
}

/**
 * "Russia's envoy dismissed ... " then "Vassily Nebenzia told ...": a title named with its state and no person
 * is the first person named in full in the next two sentences with no tie of their own.
 */
export function bindPending(
  sentence: Sentence,
  mentions: Mention[],
  roles: Role[],
  memory: ArticleMemory,
  seen: ReadonlySet<string>,
): void {
  const { pending } = memory;
  if (!pending || pending.sentence === sentence.index) return;
  if (sentence.index - pending.sentence > 2) {
    memory.pending = undefined;
    return;
  }
  const person = mentions.find(
    (m) =>
      m.actor.kind === 'person' &&
      (m.via === 'new' || m.via === 'title') &&
      !seen.has(m.actor.id) &&
      !roles.some((r) => r.member.id === m.actor.id && r.of),
  );
  if (!person) return;
  roles.push({
    member: person.actor,
    title: pending.title,
    head: pending.head,
    of: pending.of,
    start: person.start,
    end: person.end,
  });
  memory.pending = undefined;
}

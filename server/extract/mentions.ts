// Stage 2: sentences -> actor mentions. Registry names and state forms (longest first), people by title and role,
// unknown named people and organisations (proposed as new actors), and later mentions: surnames, "the North Korean
// leader", pronouns.
import type { Sentence, Token } from './document';
import { nameKey, type ActorInfo, type ArticleActors, type NameEntry } from './actor-table';
import { HONORIFICS, NAME_LINKS, NAME_PARTICLES, NOT_NAMES, ORGANISATION_WORDS } from './lexicon/names';
import { HEAD_TITLES, MEMBER_TITLES } from './lexicon/titles';
import { SPEECH_VERBS } from './lexicon/attribution';
import { PhraseMatcher } from './phrases';

export interface Mention {
  /** Token span in the sentence, end exclusive. */
  start: number;
  end: number;
  actor: ActorInfo;
  via: 'name' | 'title' | 'new' | 'coref' | 'pronoun';
  /** "the two leaders": the second actor the same words name (see joint.ts). */
  joint?: Mention;
}

/**
 * A tie the text states in passing: a person named with a title ("Chinese President Xi Jinping", a head of China;
 * "a professor at X"), a body named as part of another ("X at Y University"), a spouse ("X and first lady Y").
 */
export interface Role {
  member: ActorInfo;
  /** The title as written, lower-case; `part of` and `spouse` for the two other ties. */
  title: string;
  head: boolean;
  /** The state or body the title belongs to, when the text names it. */
  of?: ActorInfo;
  /** Token span of the whole phrase, for the evidence. */
  start: number;
  end: number;
}

export interface SentenceMentions {
  sentence: Sentence;
  mentions: Mention[];
  roles: Role[];
}

const TITLES = new PhraseMatcher([...HEAD_TITLES, ...MEMBER_TITLES]);
const HEADS = new Set(HEAD_TITLES);
const ORG_WORDS = new Set(ORGANISATION_WORDS);
const LINKS = new Set(NAME_LINKS);
const PARTICLES = new Set(NAME_PARTICLES);
/** Days and months end a name: "Vladimir Putin on Thursday". */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
const NOT_NAME = new Set(NOT_NAMES);
const HONORIFIC = new Set(HONORIFICS);
const SPEECH = new Set(SPEECH_VERBS.filter((verb) => !verb.includes(' ')));
const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

const isCapitalised = (token: Token | undefined) => !!token && /^\p{Lu}/u.test(token.text);
const joinedTight = (a: Token, b: Token) => a.end === b.start;

/** What an article has said so far about whom: full names seen, surnames, roles, the last person named. */
export class ArticleMemory {
  readonly named = new Set<string>();
  readonly surnames = new Map<string, ActorInfo>();
  readonly roles = new Map<string, ActorInfo>();
  lastPerson?: ActorInfo;

  constructor(readonly actors: ArticleActors) {}

  remember(mention: Mention): void {
    const { actor } = mention;
    this.named.add(actor.id);
    if (actor.kind !== 'person') return;
    this.lastPerson = actor;
    const words = actor.name.split(/\s+/);
    if (words.length < 2) return;
    for (const word of [words[0], words[words.length - 1]])
      if (word && word.length > 2 && !NOT_NAME.has(word)) this.surnames.set(word, actor);
  }

  rememberRole(role: Role): void {
    if (role.of) this.roles.set(`${role.of.id} ${role.title}`, role.member);
  }
}

function actorOf(entry: NameEntry, memory: ArticleMemory): ActorInfo | undefined {
  if (entry.stateCode) return memory.actors.state(entry.stateCode);
  if (!entry.actorId) return undefined;
  if (entry.weak && !memory.named.has(entry.actorId)) return undefined;
  return memory.actors.get(entry.actorId);
}

/** Registry names, state forms and the article's surnames, longest first. */
function knownNames(tokens: Token[], memory: ArticleMemory): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = longestNameAt(tokens, i, memory);
    // "The North Korean leader": a name after "the" that reaches further wins over one that takes the "the".
    const after = matched && tokens[i]?.lower === 'the' ? longestNameAt(tokens, i + 1, memory) : undefined;
    if (matched && after && after.end > matched.end) matched = undefined;
    if (matched) found.push(matched);
    i = matched ? matched.end : i + 1;
  }
  return found;
}

function longestNameAt(tokens: Token[], i: number, memory: ArticleMemory): Mention | undefined {
  const { registry } = memory.actors;
  const first = tokens[i];
  if (!first || !(isCapitalised(first) || first.lower === 'the')) return undefined;
  let key = nameKey([first.text]);
  let best: Mention | undefined;
  for (let length = 1; ; length++) {
    const entry = registry.names.get(key);
    const actor = entry ? actorOf(entry, memory) : length === 1 ? memory.surnames.get(key) : undefined;
    if (actor) best = { start: i, end: i + length, actor, via: entry ? 'name' : 'coref' };
    const next = tokens[i + length];
    if (!next || !registry.namePrefixes.has(key)) return best;
    key = `${key} ${next.text.replace(/[’`´]/g, "'")}`;
  }
}

/** The end of a run of capitalised words from `start` (hyphenated parts and name links inside kept). */
function capitalisedRun(tokens: Token[], start: number, covered: (i: number) => boolean): number {
  let end = start;
  for (let i = start; i < tokens.length && !covered(i); i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (CALENDAR.test(token.text)) break;
    if (isCapitalised(token) && /\p{L}/u.test(token.text)) end = i + 1;
    else if (token.text === '-' && previous && joinedTight(previous, token) && tokens[i + 1]) continue;
    else if (previous?.text === '-' && joinedTight(previous, token)) end = i + 1;
    else if (
      (LINKS.has(token.lower) || token.text === "'" || token.text === '’') &&
      isCapitalised(tokens[i + 1])
    )
      continue;
    else if (
      PARTICLES.has(token.text) &&
      end === i &&
      (isCapitalised(tokens[i + 1]) || tokens[i + 1]?.text === '-')
    )
      end = i + 1;
    else break;
  }
  return end;
}

function spanText(sentence: Sentence, start: number, end: number): string {
  const first = sentence.tokens[start] as Token;
  const last = sentence.tokens[end - 1] as Token;
  return sentence.text.slice(first.start, last.end);
}

/** Evidence that a capitalised run names a person: a title before it, a role or a speech verb around it. */
function looksLikePerson(tokens: Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 2 || words.length > 4 || words.some((t) => NOT_NAME.has(t.text))) return false;
  const before = tokens[start - 1];
  const after = tokens[end];
  if (before && (HONORIFIC.has(before.text) || SPEECH.has(before.lower))) return true;
  if (after && SPEECH.has(after.lower)) return true;
  if (after?.text === ',') {
    const next = tokens[end + 1]?.lower === 'a' || tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
    if (TITLES.matchAt(tokens, next) || tokens[next]?.lower === 'who') return true;
  }
  return false;
}

/** Unknown capitalised runs that name organisations (by their head word) or people (by a role or a verb). */
function newNames(sentence: Sentence, taken: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  const covered = (i: number) => taken.some((m) => i >= m.start && i < m.end);
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i) || !isCapitalised(tokens[i]) || LINKS.has(tokens[i]?.lower ?? '')) continue;
    let end = capitalisedRun(tokens, i, covered);
    while (end > i && LINKS.has(tokens[end - 1]?.lower ?? '')) end--;
    if (end <= i) continue;
    const words = tokens.slice(i, end);
    const start = NOT_NAME.has(words[0]?.text ?? '') && words.length > 1 ? i + 1 : i;
    const name = spanText(sentence, start, end);
    if (words.some((t) => ORG_WORDS.has(t.text)) && end - start > 1) {
      found.push({ start, end, actor: memory.actors.propose(name, 'organisation'), via: 'new' });
      i = end - 1;
      continue;
    }
    // A person's name holds no link word: "Soli Ozel of Istanbul's ..." is Soli Ozel, then where he works.
    let personEnd = start;
    while (personEnd < end && !LINKS.has(tokens[personEnd]?.lower ?? '')) personEnd++;
    if (looksLikePerson(tokens, start, personEnd)) {
      const person = spanText(sentence, start, personEnd);
      found.push({ start, end: personEnd, actor: memory.actors.propose(person, 'person'), via: 'new' });
      i = personEnd - 1;
      continue;
    }
    i = end - 1;
  }
  return found;
}

export { isCapitalised, spanText, capitalisedRun, knownNames, newNames, NOT_NAME, PRONOUNS, TITLES, HEADS };

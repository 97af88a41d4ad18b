// Stage 2: sentences -> actor mentions. Registry names and state forms (longest first), people by title and role,
// unknown named people and organisations (proposed as new actors), and later mentions: surnames, "the North Korean
// leader", pronouns.
import type { Sentence, Token } from '../document';
import { nameKey, nameWords, type ActorInfo, type ArticleActors, type NameEntry } from './actor-table';
import {
  HONORIFICS,
  NAME_HONORIFICS,
  NAME_LINKS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORGANISATION_WORDS,
  POSSESSIVE_NAME_WORDS,
} from '../lexicon/names';
import {
  ENVOY_TITLE_WORDS,
  FIELD_ADJECTIVE_WORDS,
  HEAD_TITLES,
  MEMBER_TITLES,
  STATE_HEAD_TITLES,
  TITLE_GROUPS,
  TITLE_MODIFIER_WORDS,
} from '../lexicon/titles';
import { SPEECH_VERBS } from '../lexicon/attribution';
import { PhraseMatcher } from '../phrases';

export interface Mention {
  /** Token span in the sentence, end exclusive. */
  start: number;
  end: number;
  actor: ActorInfo;
  via: 'name' | 'title' | 'new' | 'coref' | 'pronoun';
  /** "the two leaders": the second actor the same words name (see joint.ts). */
  joint?: Mention;
}

/** The mention that covers token `i` of its sentence, if any. */
export const mentionAt = (mentions: readonly Mention[], i: number): Mention | undefined =>
  mentions.find((m) => i >= m.start && i < m.end);

/** What marks an owner after a name: "China's", and the bare apostrophe of a plural ("the allies'"). */
export const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

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
  /** A title the holder no longer held when the article was published ("President Barack Obama" in 2019). */
  former?: boolean;
}

export interface SentenceMentions {
  sentence: Sentence;
  mentions: Mention[];
  roles: Role[];
}

const TITLES = new PhraseMatcher([...HEAD_TITLES, ...MEMBER_TITLES]);
/** Every word of a title: "Ambassador", "General" before a name are no part of it. */
const TITLE_WORDS = new Set([...HEAD_TITLES, ...MEMBER_TITLES].flatMap((title) => title.split(/[\s-]+/)));
const HEADS = new Set(HEAD_TITLES);
const STATE_HEADS = new Set(STATE_HEAD_TITLES);
const ORG_WORDS = new Set(ORGANISATION_WORDS);
const LINKS = new Set(NAME_LINKS);
const PARTICLES = new Set(NAME_PARTICLES);
/** Days and months end a name: "Vladimir Putin on Thursday". */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.?$/;
const NOT_NAME = new Set(NOT_NAMES);
const HONORIFIC = new Set(HONORIFICS);
const TITLE_MODIFIERS = new Set(TITLE_MODIFIER_WORDS);
const FIELD_ADJECTIVES = new Set(FIELD_ADJECTIVE_WORDS);
const POSSESSIVE_MARKS = new Set(["'s", '’s']);
const NAME_HONORIFIC = new Set(NAME_HONORIFICS);
/** Nouns whose possessive begins many a body's name: "People's Liberation Army", "Women's Union". */
const POSSESSIVE_NAME = new Set(POSSESSIVE_NAME_WORDS);
const SPEECH = new Set(SPEECH_VERBS.filter((verb) => !verb.includes(' ')));
const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

/** True when a token begins with a capital: an ASCII letter is read from its code, as most tokens' first is. */
const isCapitalised = (token: Token | undefined) => {
  if (!token) return false;
  const code = token.text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(token.text);
};
const joinedTight = (a: Token, b: Token) => a.end === b.start;

/** A title named with its state and no person ("Russia's envoy dismissed ..."), waiting for the name. */
export interface PendingRole {
  title: string;
  head: boolean;
  of: ActorInfo;
  /** Index of the sentence it was read in. */
  sentence: number;
}

/** Envoys' titles: "Ambassador to the United Nations". */
const ENVOYS = new Set(ENVOY_TITLE_WORDS);
/** Titles one later mention may name by another of its group ("the Pakistani envoy" for an ambassador). */
const TITLE_GROUP = new Map(TITLE_GROUPS.flatMap((group) => group.map((title) => [title, group] as const)));

/** What an article has said so far about whom: full names seen, surnames, roles, the last person named. */
/** "Fu noted ...", "Ma said": a surname of two letters, none an English word a sentence may open with. */
const SHORT_SURNAME =
  /^(?!(?:He|Me|We|Us|It|Is|In|On|At|To|An|As|Be|By|Do|Go|If|No|Of|Or|So|Up|My|Oh|Ok|Am|Hi)$)\p{Lu}\p{Ll}$/u;

/** "al-Bashir", "el-Sisi": the Arabic article before a surname, and the surname. */
const ARABIC_ARTICLE = /^(?:al|Al|el|El)-(\p{Lu}\p{Ll}{2,})$/u;

export class ArticleMemory {
  readonly named = new Set<string>();
  readonly surnames = new Map<string, ActorInfo>();
  /** The full names of the people the article named that the registry lacks, by their key: named again in full. */
  readonly fullNames = new Map<string, ActorInfo>();
  /** The first words of those names, to look no further at any other word. */
  readonly fullNameStarts = new Set<string>();
  readonly roles = new Map<string, ActorInfo>();
  /** The state each person holds a title of (from "Chinese President Xi Jinping"). */
  readonly statesOf = new Map<string, ActorInfo>();
  /** The state-head title each head of state holds ("president"). */
  readonly stateHeads = new Map<string, string>();
  /** Acronyms the article introduced in parentheses after a new organisation's name: "(BLA)". */
  readonly acronyms = new Map<string, ActorInfo>();
  /** Initials two new bodies of the article share: neither is named by them. */
  private readonly ambiguousInitials = new Set<string>();
  lastPerson?: ActorInfo;
  /** The subject of the last sentence read, when a person: "He" opening the next one is that person. */
  lastSubject?: { actor: ActorInfo; sentence: number };
  /** The person named before the last one, another than it. */
  priorPerson?: ActorInfo;
  /** Index of the last sentence that named a person. */
  lastPersonSentence = -1;
  /** People the article has given a title or a role. */
  readonly titled = new Set<string>();
  /** The state of the last ministry named ("Afghanistan's Ministry of Foreign Affairs"), for "the ministry". */
  lastMinistry?: ActorInfo;
  /** The last official quoted without a name, for "the official" after. */
  lastUnnamed?: ActorInfo;
  pending?: PendingRole;
  /**
   * Aliases the sentence being read introduces ("Mohammed bin Salman (MBS)", "..., known as MBS"), by the token
   * the name they follow ends at: the actor named there takes the alias when it is remembered.
   */
  introduced: Array<{ at: number; alias: string }> = [];
  /** Token spans of the sentence being read that name a place and no actor ("the South China Sea"). */
  places: Array<{ start: number; end: number }> = [];

  /** The article's publisher, whose staff a byline names. */
  publisher?: ActorInfo;
  /** The day the article was published (YYYY-MM-DD), when known. */
  published?: string;
  /** The body that runs a body named after it ("Taliban Foreign Ministry"), by the named body's id. */
  readonly bodyOwners = new Map<string, ActorInfo>();
  /** How often each state has been named so far, by id. */
  readonly stateCounts = new Map<string, { state: ActorInfo; count: number }>();

  constructor(readonly actors: ArticleActors) {}

  /** Sets the publisher by name: the registry's actor, or a new organisation. */
  setPublisher(name: string | undefined): void {
    if (!name?.trim()) return;
    const entry = this.actors.registry.names.get(nameKey(name.trim().split(/\s+/)));
    const known = entry?.actorId ? this.actors.get(entry.actorId) : undefined;
    this.publisher = known ?? this.actors.propose(name.trim(), 'organisation');
  }

  remember(mention: Mention): void {
    const { actor } = mention;
    if (actor.isNew && actor.kind === 'organisation' && !this.named.has(actor.id)) this.learnInitials(actor);
    this.named.add(actor.id);
    const alias = this.introduced.find((a) => a.at === mention.end);
    if (alias && mention.via !== 'coref' && !this.actors.registry.names.has(alias.alias)) {
      if (!actor.aliases.includes(alias.alias) && actor.isNew) actor.aliases.push(alias.alias);
      this.acronyms.set(alias.alias, actor);
    }
    if (actor.kind === 'state') {
      const seen = this.stateCounts.get(actor.id);
      this.stateCounts.set(actor.id, { state: actor, count: (seen?.count ?? 0) + 1 });
    }
    if (actor.kind !== 'person') return;
    if (this.lastPerson && this.lastPerson.id !== actor.id) this.priorPerson = this.lastPerson;
    this.lastPerson = actor;
    const words = actor.name.split(/\s+/);
    if (words.length < 2) return;
    if (words.length <= FULL_NAME_LENGTH && !this.fullNames.has(nameKey(nameWords(actor.name)))) {
      const key = nameWords(actor.name);
      this.fullNames.set(nameKey(key), actor);
      this.fullNameStarts.add(key[0] as string);
    }
    for (const word of [words[0], words[words.length - 1]])
      if (word && (word.length > 2 || SHORT_SURNAME.test(word)) && !NOT_NAME.has(word))
        this.surnames.set(word, actor);
    // "Omar al-Bashir ... Bashir said", "Abdel Fattah el-Sisi ... Sisi": an Arabic surname is named again without
    // its article.
    const article = ARABIC_ARTICLE.exec(words[words.length - 1] as string);
    if (article?.[1] && !NOT_NAME.has(article[1])) this.surnames.set(article[1], actor);
  }

  /**
   * "the National Congress Party ... the NCP's assets": a new body of three words or more is named again by the
   * initials of its capitalised words, though the text never gave them in parentheses; unless two bodies share them
   * or the registry knows them as another's name.
   */
  private learnInitials(actor: ActorInfo): void {
    const words = actor.name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
    if (words.length < 3 || words.length > 6) return;
    const initials = words.map((word) => word[0]).join('');
    if (this.actors.registry.names.has(initials)) return;
    const known = this.acronyms.get(initials);
    if (known === undefined) {
      if (!this.ambiguousInitials.has(initials)) this.acronyms.set(initials, actor);
    } else if (known.id !== actor.id && !known.aliases.includes(initials)) {
      this.acronyms.delete(initials);
      this.ambiguousInitials.add(initials);
    }
  }

  /**
   * The state the article is about so far: named at least twice, and twice as often as any other (with the states
   * `also` names counted in).
   */
  mainState(also: readonly ActorInfo[] = []): ActorInfo | undefined {
    // The states of `also` counted on top of the article's, in one pass and no copy of the counts: the most named
    // (the first named of those named most), and how often the next is named.
    let added: Map<string, { state: ActorInfo; count: number }> | undefined;
    for (const state of also) {
      added ??= new Map();
      added.set(state.id, { state, count: (added.get(state.id)?.count ?? 0) + 1 });
    }
    let first: { state: ActorInfo; count: number } | undefined;
    let second: number | undefined;
    const rank = (state: ActorInfo, count: number) => {
      if (first === undefined || count > first.count) {
        if (first !== undefined) second = first.count;
        first = { state, count };
      } else if (second === undefined || count > second) second = count;
    };
    for (const [id, seen] of this.stateCounts) {
      const more = added?.get(id);
      rank(more?.state ?? seen.state, seen.count + (more?.count ?? 0));
    }
    if (added) for (const [id, more] of added) if (!this.stateCounts.has(id)) rank(more.state, more.count);
    // Named at least twice as often as any other: a story about Ivory Coast tells much of France too.
    const top = first as { state: ActorInfo; count: number } | undefined;
    if (!top || top.count < 2 || (second !== undefined && second * 2 > top.count)) return undefined;
    return top.state;
  }

  /** The one state the article has named so far, when it has named only one. */
  onlyState(): ActorInfo | undefined {
    if (this.stateCounts.size !== 1) return undefined;
    return [...this.stateCounts.values()][0]?.state;
  }

  /** `member` holds `title` of `state`, for a later mention by either ("the top U.S. diplomat"). */
  rememberTitle(state: ActorInfo, title: string, member: ActorInfo): void {
    for (const each of TITLE_GROUP.get(title) ?? [title]) this.roles.set(`${state.id} ${each}`, member);
  }

  rememberRole(role: Role): void {
    const { of, member } = role;
    if (!of || member.kind !== 'person') return;
    for (const title of TITLE_GROUP.get(role.title) ?? [role.title])
      this.roles.set(`${of.id} ${title}`, member);
    // "X, Turkey's former foreign minister": one who held a state's office once no longer speaks for it.
    if (of.kind === 'state' && !role.former) {
      if (!this.statesOf.has(member.id)) this.statesOf.set(member.id, of);
      if (role.head && STATE_HEADS.has(role.title)) {
        this.roles.set(`${of.id} leader`, member);
        this.stateHeads.set(member.id, role.title);
      }
    }
  }
}

function actorOf(entry: NameEntry, memory: ArticleMemory): ActorInfo | undefined {
  if (entry.people && entry.stateCode) return memory.actors.people(entry.stateCode, entry.people);
  if (entry.stateCode) return memory.actors.state(entry.stateCode);
  if (entry.organisation) return memory.actors.organisation(entry.organisation);
  if (!entry.actorId) return undefined;
  if (entry.weak && !memory.named.has(entry.actorId)) return undefined;
  return memory.actors.get(entry.actorId);
}

/** Words that say the word after them is another name of what was named before: "known by his abbreviation". */
const ALIAS_NOUNS = new Set(['abbreviation', 'acronym', 'initials', 'nickname']);
const OWNERS = new Set(['his', 'her', 'its', 'their', 'the']);
/** Adverbs before "known as" that are no part of the name before them. */
const KNOWN_ADVERBS = new Set(['also', 'better', 'often', 'now', 'locally']);

/**
 * The aliases a sentence introduces after a name, by the token the name ends at: an acronym in parentheses or
 * brackets ("Crown Prince Mohammed bin Salman (MBS)"), or one word after "known as", "also known as", "known by his
 * abbreviation" ("the Rapid Support Forces, known as RSF").
 */
function introducedAliases(tokens: Token[]): Array<{ at: number; alias: string }> {
  const found: Array<{ at: number; alias: string }> = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "(MBS)", and the brackets a transcript or an editor adds: "[IAEA]".
    if (token.text === '(' || token.text === '[') {
      const alias = tokens[i + 1]?.text ?? '';
      const close = tokens[i + 2]?.text;
      if ((close === ')' || close === ']') && ACRONYM.test(alias)) found.push({ at: i, alias });
      continue;
    }
    if (token.lower !== 'known') continue;
    // "..., also known as", "..., better known as", "..., commonly known by his abbreviation".
    let at = i;
    if (KNOWN_ADVERBS.has(tokens[at - 1]?.lower ?? '') || /^\p{Ll}+ly$/u.test(tokens[at - 1]?.text ?? ''))
      at--;
    if (tokens[at - 1]?.text === ',') at--;
    let next = i + 1;
    if (tokens[next]?.lower === 'as') next++;
    else if (
      tokens[next]?.lower === 'by' &&
      OWNERS.has(tokens[next + 1]?.lower ?? '') &&
      ALIAS_NOUNS.has(tokens[next + 2]?.lower ?? '')
    )
      next += 3;
    else continue;
    const alias = tokens[next];
    const after = tokens[next + 1];
    // One word that is a name ("MBS", "Hemedti"), not the start of a longer one.
    if (!alias || !/^\p{Lu}/u.test(alias.text) || NOT_NAME.has(alias.text)) continue;
    if (after && isCapitalised(after) && after.start - alias.end <= 1) continue;
    found.push({ at, alias: alias.text });
  }
  return found;
}

/**
 * A known body's name that is only the start of another's: "European Council on Foreign Relations", "CIA World
 * Factbook". A link word and an unknown capitalised word after a name ending in a body's head word, or unknown
 * capitalised words with no head word among them ("Taliban Foreign Ministry" is the Taliban's ministry, read
 * with the Taliban named).
 */
function bodyNameGoesOn(tokens: Token[], matched: Mention, memory: ArticleMemory): boolean {
  if (matched.actor.kind !== 'organisation' || matched.via !== 'name') return false;
  const last = tokens[matched.end - 1] as Token;
  const next = tokens[matched.end];
  if (!next) return false;
  if (['on', 'for', 'of'].includes(next.lower)) {
    const word = tokens[matched.end + 1];
    return (
      ORG_WORDS.has(last.text) &&
      isCapitalised(word) &&
      !CALENDAR.test(word?.text ?? '') &&
      !memory.actors.registry.names.has(nameKey([word?.text ?? '']))
    );
  }
  if (next.lower === 'and') return sharedBodyName(tokens, matched.end + 1);
  if (next.start - last.end > 1 || isTitleCase(tokens)) return false;
  // "Ambassador to the United Nations Linda Thomas-Greenfield": the body an envoy is sent to ends at its name, and
  // the envoy's name follows.
  const to = tokens[matched.start - 1]?.lower === 'the' ? matched.start - 2 : matched.start - 1;
  if (tokens[to]?.lower === 'to' && ENVOYS.has(tokens[to - 1]?.lower ?? '')) return false;
  let end = matched.end;
  while (unknownNameWord(tokens[end], memory)) end++;
  // Two unknown words at least: "NATO Summit", "Islamic State Khorasan" still name the body.
  if (end - matched.end < 2) return false;
  return !ORG_WORDS.has(tokens[end]?.text ?? '') || !isCapitalised(tokens[end]);
}

/** Head words of one body named by two movements: "Red Cross and Red Crescent Society". */
const SHARED_HEADS = new Set(['Society', 'Societies', 'Movement', 'Federation']);

/** Capitalised words from `at` that end in the head of one body the "and" before them belongs to. */
function sharedBodyName(tokens: Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at < 4; i++) {
    if (!isCapitalised(tokens[i])) return false;
    if (i > at && SHARED_HEADS.has(tokens[i]?.text ?? '')) return true;
  }
  return false;
}

/** Registry names, state forms and the article's surnames, longest first. */
function knownNames(tokens: Token[], memory: ArticleMemory): Mention[] {
  memory.introduced = introducedAliases(tokens);
  memory.places = [];
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = longestNameAt(tokens, i, memory);
    // "The North Korean leader": a name after "the" that reaches further wins over one that takes the "the".
    const after = matched && tokens[i]?.lower === 'the' ? longestNameAt(tokens, i + 1, memory) : undefined;
    if (matched && after && after.end > matched.end) matched = undefined;
    // "The Chinese Foreign Ministry", "the Chinese government": a people's name ("the Chinese") before a noun is the
    // state's adjective.
    if (matched && after && adjectiveOfState(tokens, matched, after)) matched = undefined;
    if (matched && bodyNameGoesOn(tokens, matched, memory)) matched = undefined;
    // "Al-Sharaa said": a surname named again with its Arabic article, capitalised at a sentence's start, is one
    // mention with the article.
    if (matched?.via === 'coref' && arabicArticleBefore(tokens, matched.start, found.at(-1)?.end ?? 0))
      matched = { ...matched, start: matched.start - 2 };
    if (matched?.actor === PLACE) memory.places.push({ start: matched.start, end: matched.end });
    else if (matched) found.push(matched);
    i = matched ? matched.end : i + 1;
  }
  return found;
}

const ARABIC_ARTICLES = new Set(['Al', 'al', 'El', 'el']);

/** True when "Al-" or "el-" is written right before token `at`, after token `from`. */
function arabicArticleBefore(tokens: Token[], at: number, from: number): boolean {
  const dash = tokens[at - 1];
  const article = tokens[at - 2];
  if (at - 2 < from || dash?.text !== '-' || !article || !ARABIC_ARTICLES.has(article.text)) return false;
  return dash.start === article.end && (tokens[at] as Token).start === dash.end;
}

/** "The Chinese" read as the people, where the words after it show "Chinese" to be the state's adjective. */
function adjectiveOfState(tokens: Token[], people: Mention, state: Mention): boolean {
  if (people.actor.kind !== 'group' || state.actor.kind !== 'state' || state.end !== people.end) return false;
  const next = tokens[people.end];
  if (!next || next.start - (tokens[people.end - 1] as Token).end > 1) return false;
  // "the Chinese military", "the Chinese foreign ministry": the tagger may read the word after as an adjective; the
  // people is followed by a verb or a pronoun ("the Chinese are", "the Chinese themselves").
  return (isCapitalised(next) && /\p{L}{2}/u.test(next.text)) || next.pos === 'NOUN' || next.pos === 'ADJ';
}

/** What a place's name stands for while names are matched: no actor, its words taken. */
const PLACE: ActorInfo = { id: '', name: '', kind: 'territory', aliases: [], country: null, isNew: false };

/**
 * A capitalised word the registry does not know, next to a one-word name: "Ambassador Song Kim", "Robert
 * O'Brien", "General Ahmed Sharif Chaudhry" name someone else than the Kim, Robert or Sharif named before.
 */
function unknownNameWord(token: Token | undefined, memory: ArticleMemory): boolean {
  if (!token || !isCapitalised(token) || !/\p{L}{2}/u.test(token.text) || NOT_NAME.has(token.text))
    return false;
  if (TITLE_WORDS.has(token.lower) || ORG_WORDS.has(token.text) || CALENDAR.test(token.text)) return false;
  return !memory.actors.registry.names.has(wordKey(token.text));
}

/** A headline's title case: most words capitalised ("Wang Reaches Out to North Korea"). */
function isTitleCase(tokens: Token[]): boolean {
  // A sentence is asked again for each short name in it: its answer kept for the last list of tokens asked about.
  if (tokens === titleCaseOf) return titleCase;
  titleCaseOf = tokens;
  titleCase = readTitleCase(tokens);
  return titleCase;
}
let titleCaseOf: readonly Token[] | undefined;
let titleCase = false;

function readTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length > 1 && words.filter((t) => isCapitalised(t)).length * 4 >= words.length * 3;
}

/** A surname (or a weak registry form) that is only part of a longer unknown name. */
function partOfLongerName(tokens: Token[], i: number, memory: ArticleMemory): boolean {
  if (isTitleCase(tokens)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const tight = (a: Token, b: Token) => b.start - a.end <= 1;
  const notFirst = i > 1 || before?.pos === 'PROPN';
  if (notFirst && before && tight(before, tokens[i] as Token) && unknownNameWord(before, memory)) return true;
  // "O'Brien": an apostrophe inside the next word.
  const next =
    after && (after.text === "'" || after.text === '’') && after.start === tokens[i]?.end
      ? tokens[i + 2]
      : after;
  return !!next && tight(tokens[i] as Token, after as Token) && unknownNameWord(next, memory);
}

/** Words of the longest full name of a person looked for again. */
const FULL_NAME_LENGTH = 5;

/** "Richard Armitage" again: a person the article named in full before, named in full once more. */
function fullNameAt(tokens: Token[], i: number, memory: ArticleMemory): Mention | undefined {
  if (!memory.fullNameStarts.has(tokens[i]?.text ?? '')) return undefined;
  for (let length = Math.min(FULL_NAME_LENGTH, tokens.length - i); length >= 2; length--) {
    const actor = memory.fullNames.get(nameKey(tokens.slice(i, i + length).map((t) => t.text)));
    if (actor) return { start: i, end: i + length, actor, via: actor.isNew ? 'new' : 'name' };
  }
  return undefined;
}

function longestNameAt(tokens: Token[], i: number, memory: ArticleMemory): Mention | undefined {
  const found = registryNameAt(tokens, i, memory);
  if (found && found.end - found.start > 1) return found;
  return fullNameAt(tokens, i, memory) ?? found;
}

/** `nameKey` of one word, without the list a call to it takes: asked at every capitalised word. */
function wordKey(word: string): string {
  const key = word === 'The' ? 'the' : word;
  return /[’`´]/.test(key) ? key.replace(/[’`´]/g, "'") : key;
}

function registryNameAt(tokens: Token[], i: number, memory: ArticleMemory): Mention | undefined {
  const { registry } = memory.actors;
  const first = tokens[i];
  if (!first || !(isCapitalised(first) || first.lower === 'the')) return undefined;
  let key = wordKey(first.text);
  let best: Mention | undefined;
  for (let length = 1; ; length++) {
    const entry = registry.names.get(key);
    if (entry?.place) best = { start: i, end: i + length, actor: PLACE, via: 'name' };
    let actor = entry
      ? actorOf(entry, memory)
      : length === 1
        ? (memory.acronyms.get(key) ?? memory.surnames.get(key))
        : undefined;
    if (actor && length === 1 && (!entry || entry.weak) && partOfLongerName(tokens, i, memory))
      actor = undefined;
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
    // "League for the Promotion and Defense of Human Rights": a link and "the" inside a body's name, once its head
    // word is read.
    else if (
      LINKS.has(token.lower) &&
      token.lower !== 'the' &&
      tokens[i + 1]?.lower === 'the' &&
      isCapitalised(tokens[i + 2]) &&
      tokens.slice(start, i).some((t) => ORG_WORDS.has(t.text))
    )
      continue;
    else if (
      POSSESSIVE_MARKS.has(token.lower) &&
      POSSESSIVE_NAME.has(previous?.text ?? '') &&
      end === i &&
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
  // "He says West African ways ...": words right before a common noun qualify it, as no name of a person does.
  if (
    after &&
    after.pos === 'NOUN' &&
    /^\p{Ll}/u.test(after.text) &&
    after.start - (tokens[end - 1] as Token).end <= 1
  )
    return false;
  if (before && (HONORIFIC.has(before.text) || SPEECH.has(before.lower))) return true;
  // "Sheikh Tamim met ...": an honorific before a name says it is a person's.
  if (NAME_HONORIFIC.has(words[0]?.text ?? '') && !words.some((t) => ORG_WORDS.has(t.text))) return true;
  if (after && SPEECH.has(after.lower)) return true;
  if (after?.text === ',') {
    const article = tokens[end + 1]?.lower;
    let next = article === 'a' || article === 'an' || article === 'the' ? end + 2 : end + 1;
    if (tokens[next]?.lower === 'who') return true;
    // "Robert Wood, U.S. deputy U.N. ambassador,": a state, modifiers and the body served may come first, and up
    // to two nouns of the title's field ("Hakan Fidan, Turkey's intelligence chief").
    let fields = 0;
    for (const limit = next + 5; next < limit && tokens[next]; next++) {
      if (TITLES.matchAt(tokens, next)) return true;
      const token = tokens[next] as Token;
      const field =
        ((token.pos === 'NOUN' && /^\p{Ll}+$/u.test(token.text)) || FIELD_ADJECTIVES.has(token.text)) &&
        fields++ < 2;
      const qualifier =
        isCapitalised(token) ||
        POSSESSIVE_MARKS.has(token.lower) ||
        TITLE_MODIFIERS.has(token.lower) ||
        field;
      if (!qualifier || NOT_NAME.has(token.text)) return false;
    }
  }
  return false;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]{1,6}$/u;

/** Common nouns of a body that its name may follow: "media association CamboJA", "opposition party Tisza". */
const BODY_KIND_NOUNS = new Set([
  'association',
  'group',
  'party',
  'organization',
  'organisation',
  'watchdog',
  'movement',
  'militia',
  'alliance',
  'coalition',
  'charity',
  'ngo',
  'union',
  'faction',
  // "ride-hailing startup Go-Jek", "tech giant Huawei", "the state-owned company Naftogaz".
  'company',
  'firm',
  'startup',
  'giant',
]);

/**
 * "Independent media association CamboJA said", "the rebel group Ansar Dine": a name of one to three words right
 * after a common noun of a body's kind is that body's, though it holds no word of a body's name; not a title or a
 * person's name ("party leader Jane Doe" has a title between), nor in a headline, where every word is capitalised.
 */
function namedAfterKind(tokens: Token[], start: number, end: number, paragraph: number): boolean {
  const kind = tokens[start - 1];
  if (!kind || !BODY_KIND_NOUNS.has(kind.lower) || kind.text !== kind.lower || paragraph === 1) return false;
  if (end - start > 3 || tokens[end]?.text === '-') return false;
  // "the free movement Schengen zone": a name before a common noun qualifies it.
  const after = tokens[end];
  if (after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) return false;
  for (let i = start; i < end; i++) {
    const word = tokens[i] as Token;
    if (NOT_NAME.has(word.text) || TITLE_WORDS.has(word.lower) || CALENDAR.test(word.text)) return false;
  }
  return true;
}

/**
 * "Baloch Liberation Army (BLA)": an acronym in parentheses right after a new organisation's name is its alias,
 * and names it in the rest of the article. Returns the end of the parentheses, or of the name.
 */
function introducedAcronym(tokens: Token[], end: number, actor: ActorInfo, memory: ArticleMemory): number {
  const acronym = tokens[end + 1];
  if (orAcronym(tokens, end, actor.name)) {
    const alias = tokens[end + 2]?.text as string;
    if (memory.actors.registry.names.has(nameKey([alias]))) return end;
    if (!actor.aliases.includes(alias)) actor.aliases.push(alias);
    memory.acronyms.set(alias, actor);
    return end + 3;
  }
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')' || !acronym || !ACRONYM.test(acronym.text))
    return end;
  if (memory.actors.registry.names.has(nameKey([acronym.text]))) return end;
  if (!actor.aliases.includes(acronym.text)) actor.aliases.push(acronym.text);
  memory.acronyms.set(acronym.text, actor);
  return end + 3;
}

/**
 * "The Baloch Liberation Army, or BLA, claimed ...": ", or" and an acronym of the name's initials, set off by a comma
 * or ending the sentence ("the United States, or NATO" offers another actor, and its letters are not the name's).
 */
function orAcronym(tokens: Token[], end: number, name: string): boolean {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'or') return false;
  const acronym = tokens[end + 2]?.text ?? '';
  const after = tokens[end + 3]?.text;
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || (after !== undefined && after !== ',' && after !== '.'))
    return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials === acronym;
}

/**
 * "NewsDay and Heart and Soul Television", "Amnesty International and Human Rights Watch": an "and" joins two
 * bodies, not two words of one name, when what comes before it is a name of its own (a one-word brand written
 * with a capital inside, or words that end in a body's head word, with no link word) and what follows ends in a
 * body's head word.
 */
function joinsTwoBodies(tokens: Token[], start: number, and: number, end: number): boolean {
  const before = tokens.slice(start, and);
  const last = before[before.length - 1];
  if (!last || before.some((t) => LINKS.has(t.lower) || !isCapitalised(t))) return false;
  const brand = before.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(last.text);
  if (!brand && !(before.length > 1 && ORG_WORDS.has(last.text))) return false;
  // "The Wall Street Journal and CNN": an acronym after the "and" is a name of its own.
  if (end - and === 2 && ACRONYM.test(tokens[and + 1]?.text ?? '')) return true;
  // "The Cambodia Daily, The Phnom Penh Post and Voice of Democracy": the last two names of a list.
  const opening = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  if (tokens[opening]?.text === ',' && end - and > 1) return true;
  return end - and > 2 && ORG_WORDS.has(tokens[end - 1]?.text ?? '');
}

/** Words of the names every state gives its ministries, courts and legislature: none names which state's. */
const GENERIC_BODY_WORDS = new Set([
  'Ministry',
  'Foreign',
  'Defense',
  'Defence',
  'Interior',
  'Home',
  'Justice',
  'Finance',
  'Health',
  'Education',
  'Trade',
  'Commerce',
  'Economy',
  'Information',
  'Affairs',
  'of',
  'and',
  'High',
  'Supreme',
  'Constitutional',
  'Court',
  'National',
  'Assembly',
  'Parliament',
  'Senate',
]);
const GENERIC_BODY_HEADS = new Set(['Court', 'Assembly', 'Parliament', 'Senate']);

/**
 * "Foreign Ministry", "Ministry of Foreign Affairs", "High Court", "National Assembly": a name every state gives a
 * body of its own, written with no state. A ministry speaks for its state (data README, "Who is named"); a court
 * or a legislature is a body of the state, another in each state.
 */
function genericStateBody(words: readonly Token[]): 'ministry' | 'body' | undefined {
  if (words.length < 2 || words.some((t) => !GENERIC_BODY_WORDS.has(t.text))) return undefined;
  if (LINKS.has(words[0]?.lower ?? '') || LINKS.has(words[words.length - 1]?.lower ?? '')) return undefined;
  if (words.some((t) => t.text === 'Ministry')) return 'ministry';
  return words.some((t) => GENERIC_BODY_HEADS.has(t.text)) ? 'body' : undefined;
}

/** Bodies a state sends to another body or state, named by where they are sent: "Mission to the United Nations". */
const ENVOY_BODIES = new Set(['Mission', 'Delegation', 'Embassy']);

/** A body's name that ends in its cause: a head word, "for", and words none of which is a head word. */
function forACause(tokens: Token[], start: number, end: number): boolean {
  const head = tokens.slice(start, end).findIndex((t) => ORG_WORDS.has(t.text));
  if (head < 0 || tokens[start + head + 1]?.lower !== 'for') return false;
  return !tokens.slice(start + head + 2, end).some((t) => ORG_WORDS.has(t.text));
}

/** Unknown capitalised runs that name organisations (by their head word) or people (by a role or a verb). */
function newNames(sentence: Sentence, taken: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  const covered = (i: number) =>
    taken.some((m) => i >= m.start && i < m.end) || memory.places.some((p) => i >= p.start && i < p.end);
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i) || !isCapitalised(tokens[i]) || LINKS.has(tokens[i]?.lower ?? '')) continue;
    let end = capitalisedRun(tokens, i, covered);
    while (end > i && LINKS.has(tokens[end - 1]?.lower ?? '')) end--;
    if (end <= i) continue;
    // "the University of Sarajevo", "the Central Bank of Nigeria": a place named at the end of a body's name.
    const place = tokens[end]?.lower === 'of' ? taken.find((m) => m.start === end + 1) : undefined;
    if (
      place?.actor.kind === 'state' &&
      tokens.slice(i, end).some((t) => ORG_WORDS.has(t.text)) &&
      !tokens.slice(i, end).some((t) => LINKS.has(t.lower)) &&
      !POSSESSIVE_MARKS.has(tokens[place.end]?.lower ?? '')
    )
      end = place.end;
    // "Committee for Freedom in Hong Kong", "Committee for Human Rights in North Korea": a body for a cause in a
    // state, named by the state's own name ("Institute for Peace in Washington" says where it sits).
    const cause = tokens[end]?.lower === 'in' ? taken.find((m) => m.start === end + 1) : undefined;
    if (
      cause?.actor.kind === 'state' &&
      forACause(tokens, i, end) &&
      spanText(sentence, cause.start, cause.end) === cause.actor.name &&
      !POSSESSIVE_MARKS.has(tokens[cause.end]?.lower ?? '')
    )
      end = cause.end;
    // "the U.S. Mission to the United Nations": a mission is named by the body or state it is sent to.
    if (ENVOY_BODIES.has(tokens[end - 1]?.text ?? '') && tokens[end]?.lower === 'to') {
      const at = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      const host = taken.find((m) => m.start === at && m.actor.kind !== 'person');
      if (host && !POSSESSIVE_MARKS.has(tokens[host.end]?.lower ?? '')) end = host.end;
    }
    const words = tokens.slice(i, end);
    const start = NOT_NAME.has(words[0]?.text ?? '') && words.length > 1 ? i + 1 : i;
    const name = spanText(sentence, start, end);
    // "Afghanistan's Ministry of Foreign Affairs" speaks for the state, as an unnamed ministry does.
    const owner = taken.find((m) => m.end === start - 1 && m.actor.kind === 'state');
    if (owner && POSSESSIVE_MARKS.has(tokens[start - 1]?.lower ?? '') && tokens[start]?.text === 'Ministry') {
      found.push({ start: owner.start, end, actor: owner.actor, via: 'name' });
      memory.lastMinistry = owner.actor;
      i = end - 1;
      continue;
    }
    // "U.S. Congress", "Turkish Defense Ministry": a body named with its state (not "Iraqi Government", the state).
    const state =
      tokens[start]?.text === 'Government'
        ? undefined
        : taken.find((m) => m.end === start && m.actor.kind === 'state');
    const ownName = !!state && ORG_WORDS.has(tokens[start]?.text ?? '');
    // "The Phnom Penh Post and Voice of Democracy": a place begins the first of two bodies.
    const joined = tokens.slice(start, end).findIndex((t) => t.lower === 'and');
    if (state && joined > 0 && joinsTwoBodies(tokens, state.start, start + joined, end)) {
      const first = memory.actors.propose(spanText(sentence, state.start, start + joined), 'organisation');
      const second = memory.actors.propose(spanText(sentence, start + joined + 1, end), 'organisation');
      found.push({ start: state.start, end: start + joined, actor: first, via: 'new' });
      found.push({ start: start + joined + 1, end, actor: second, via: 'new' });
      i = end - 1;
      continue;
    }
    if (state && (ownName || (end - start > 1 && words.some((t) => ORG_WORDS.has(t.text))))) {
      const full = spanText(sentence, state.start, end);
      const iso3 = memory.actors.registry.codeOfState(state.actor) ?? null;
      // "The Malawi High Court" after "Malawi's High Court": the body proposed already.
      const same =
        iso3 && genericStateBody(tokens.slice(start, end))
          ? memory.actors.bodyOfState(iso3, name)
          : undefined;
      const actor = same ?? memory.actors.propose(full, 'organisation', iso3);
      found.push({ start: state.start, end, actor, via: 'new' });
      if (words.some((t) => t.text === 'Ministry')) memory.lastMinistry = state.actor;
      i = introducedAcronym(tokens, end, actor, memory) - 1;
      continue;
    }
    // "Taliban Foreign Ministry", "Hamas Interior Ministry": a ministry named with the body that runs it is its own.
    // "U.N. Integrated Bureau for Haiti": a body named after an international one, by its acronym, is its part.
    const runner = taken.find((m) => m.end === start && m.actor.kind === 'organisation');
    // A headline capitalises every word: "UN Court Opens Hearing" names no body.
    const acronym =
      sentence.paragraph !== 1 &&
      runner &&
      runner.end - runner.start === 1 &&
      ACRONYM.test(tokens[runner.start]?.text ?? '');
    const ownBody = words.some((t) => ORG_WORDS.has(t.text)) && end - start > 1;
    if (runner && (words.some((t) => t.text === 'Ministry') || (acronym && ownBody))) {
      const actor = memory.actors.propose(spanText(sentence, runner.start, end), 'organisation');
      found.push({ start: runner.start, end, actor, via: 'new' });
      memory.bodyOwners.set(actor.id, runner.actor);
      memory.lastMinistry = runner.actor;
      i = introducedAcronym(tokens, end, actor, memory) - 1;
      continue;
    }
    // "NewsDay and Heart and Soul Television": a one-word brand ("NewsDay") or a known name before "and" is a
    // body of its own, and what follows another.
    const and = tokens.slice(start, end).findIndex((t) => t.lower === 'and');
    if (and > 0 && joinsTwoBodies(tokens, start, start + and, end)) {
      const first = memory.actors.propose(spanText(sentence, start, start + and), 'organisation');
      const second = memory.actors.propose(spanText(sentence, start + and + 1, end), 'organisation');
      found.push({ start, end: start + and, actor: first, via: 'new' });
      found.push({ start: start + and + 1, end, actor: second, via: 'new' });
      i = end - 1;
      continue;
    }
    // "The Foreign Ministry said", "the High Court": a state's organ named by no state is the main state's.
    const generic = genericStateBody(tokens.slice(start, end));
    // "Kenya's High Court": the state that owns it; else the last ministry's, or the story's main state.
    const possessor = owner && POSSESSIVE_MARKS.has(tokens[start - 1]?.lower ?? '') ? owner.actor : undefined;
    const home =
      possessor ??
      (generic === 'ministry' ? (memory.lastMinistry ?? memory.mainState()) : memory.mainState()) ??
      // "Lawyers asked the High Court ..." in a story that has named Zimbabwe once: that state's court, the one
      // later mentions take when Zimbabwe is named again (one actor, not two).
      (generic && generic !== 'ministry' ? memory.onlyState() : undefined);
    // "The Supreme Court" after "China's Supreme Court": the one body of a state so named.
    const known = generic && !home ? memory.actors.bodyOfState(undefined, name) : undefined;
    if (known) {
      found.push({ start, end, actor: known, via: 'new' });
      i = end - 1;
      continue;
    }
    if (generic && home) {
      if (generic === 'ministry') {
        found.push({ start: possessor && owner ? owner.start : start, end, actor: home, via: 'name' });
        memory.lastMinistry = home;
        i = end - 1;
        continue;
      }
      const iso3 = memory.actors.registry.codeOfState(home) ?? null;
      const actor =
        (iso3 ? memory.actors.bodyOfState(iso3, name) : undefined) ??
        memory.actors.propose(name, 'organisation', iso3, `${home.name} ${name}`);
      found.push({ start, end, actor, via: 'new' });
      i = introducedAcronym(tokens, end, actor, memory) - 1;
      continue;
    }
    if (words.some((t) => ORG_WORDS.has(t.text)) && end - start > 1) {
      // "the Constitutional Court of Bosnia and Herzegovina" is of that country (a state's organ is part of it).
      const country =
        place && end === place.end ? memory.actors.registry.codeOfState(place.actor) : undefined;
      // "the High Court of Zimbabwe" after "Zimbabwe's High Court": the body that state's court was proposed as.
      const own = tokens.slice(start, end);
      const of = own.findIndex((t) => t.lower === 'of');
      const organ = country && of > 0 ? genericStateBody(own.slice(0, of)) : undefined;
      const actor =
        (organ === 'body' && country
          ? memory.actors.bodyOfState(country, spanText(sentence, start, start + of))
          : undefined) ?? memory.actors.propose(name, 'organisation', country ?? null);
      found.push({ start, end, actor, via: 'new' });
      i = introducedAcronym(tokens, end, actor, memory) - 1;
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
    if (namedAfterKind(tokens, start, end, sentence.paragraph)) {
      const actor = memory.actors.propose(name, 'organisation');
      found.push({ start, end, actor, via: 'new' });
      i = introducedAcronym(tokens, end, actor, memory) - 1;
      continue;
    }
    i = end - 1;
  }
  return found;
}

export {
  isCapitalised,
  spanText,
  capitalisedRun,
  knownNames,
  newNames,
  NOT_NAME,
  PRONOUNS,
  TITLES,
  HEADS,
  STATE_HEADS,
};

/** The Union named in a story by its name or its Commission, and Belgium named by its own name or demonym. */
const UNION_NAMED = /\b(?:European Union|European Commission|EU|E\.U\.)(?![\w.])/;
const BELGIUM_NAMED = /\bBelgi(?:um|an|ans)\b/;

/** Whether "Brussels" in this story stands for the European Union: the Union named, Belgium never. */
export function brusselsIsTheUnion(text: string): boolean {
  return text.includes('Brussels') && UNION_NAMED.test(text) && !BELGIUM_NAMED.test(text);
}

/**
 * "Brussels is pressing Beijing" in a story on the European Union: the capital stands for the Union's institutions
 * seated there, not for Belgium. Only a mention reading "Brussels" alone, once the story has named the Union.
 */
export function brusselsAsUnion(found: SentenceMentions, union: ActorInfo): SentenceMentions {
  const { tokens } = found.sentence;
  const mentions = found.mentions.map((m) =>
    m.actor.kind === 'state' && m.end - m.start === 1 && tokens[m.start]?.text === 'Brussels'
      ? { ...m, actor: union }
      : m,
  );
  return { ...found, mentions };
}

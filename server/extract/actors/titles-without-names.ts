// Stage 2, people: a title with no name after it: an unnamed official who speaks ("a senior State Department
// official said"), a person named before by title ("the Israeli leader", "the Taliban chief"), a spokesperson whose
// name comes later, and "the ministry" in lower case.
import type { Sentence, Token } from '../document';
import { nameKey, nameWords, type ActorInfo } from './actor-table';
import { spanText, TITLES, type ArticleMemory, type Mention } from './mentions';
import { TITLE_MODIFIER_WORDS, UNNAMED_HEADS, UNNAMED_MODIFIERS } from '../lexicon/titles';
import { SPEECH, startingAt, isBody } from './person-spans';
import { SPEAKER_TITLES } from './title-phrases';

const UNNAMED = new Set(UNNAMED_HEADS);

const UNNAMED_WORDS = new Set([...UNNAMED_MODIFIERS, ...TITLE_MODIFIER_WORDS]);

/**
 * "... said Mawlawi Hibatullah Akhundzada. The Taliban chief was referring to ...": "the" with an organisation and
 * a head title, no name after, describes the person named in the sentence before, when the article has given that person no
 * title yet and names no one before it in this sentence. Where the phrase begins, if it is such a description.
 */
export function describedPerson(
  sentence: Sentence,
  owner: Mention | undefined,
  mentions: Mention[],
  memory: ArticleMemory,
): number | undefined {
  const person = memory.lastPerson;
  if (!owner || owner.actor.kind !== 'organisation' || !person || memory.titled.has(person.id))
    return undefined;
  if (memory.lastPersonSentence !== sentence.index - 1) return undefined;
  const start = owner.start - 1;
  if (sentence.tokens[start]?.lower !== 'the') return undefined;
  if (mentions.some((m) => m.start < start && m.actor.kind === 'person')) return undefined;
  return start;
}

/**
 * "A spokesman for Afghan President Ashraf Ghani", "A spokeswoman for the Taliban" opening a sentence: whom an
 * unnamed spokesperson serves, the state or body (a person's state, when the article gave one).
 */
export function spokesmanFor(
  tokens: Token[],
  mentions: Mention[],
  title: { phrase: string; start: number; end: number },
  memory: ArticleMemory,
): ActorInfo | undefined {
  if (!SPEAKER_TITLES.has(title.phrase.toLowerCase()) || tokens[title.end]?.lower !== 'for') return undefined;
  if (!['a', 'an'].includes(tokens[title.start - 1]?.lower ?? '') || title.start !== 1) return undefined;
  const at = tokens[title.end + 1]?.lower === 'the' ? title.end + 2 : title.end + 1;
  const served = startingAt(mentions, at);
  if (served?.actor.kind === 'person') return memory.statesOf.get(served.actor.id);
  return isBody(served) ? served?.actor : undefined;
}

/**
 * An official quoted without a name: "a senior State Department official told reporters" is a new unnamed person
 * (of the body or state named), "the official" after it the same one. Only one who speaks is an actor: the
 * phrase is next to a speech verb.
 */
export function unnamedOfficial(
  sentence: Sentence,
  title: { phrase: string; start: number; end: number },
  owner: Mention | undefined,
  memory: ArticleMemory,
): { actor: ActorInfo; start: number; introduced: boolean } | undefined {
  const { tokens } = sentence;
  const words = title.phrase.toLowerCase().split(' ');
  if (!UNNAMED.has(words[words.length - 1] ?? '')) return undefined;
  let at = owner?.start ?? title.start;
  while (at > 0 && UNNAMED_WORDS.has(tokens[at - 1]?.lower ?? '')) at--;
  const article = tokens[at - 1]?.lower;
  if (article === 'the' && !owner && memory.lastUnnamed)
    return { actor: memory.lastUnnamed, start: at - 1, introduced: false };
  if (article !== 'a' && article !== 'an') return undefined;
  const speaks =
    SPEECH.has(tokens[title.end]?.lower ?? '') ||
    SPEECH.has(tokens[at - 2]?.lower ?? '') ||
    (tokens[at - 2]?.lower === 'to' && tokens[at - 3]?.lower === 'according');
  if (!speaks) return undefined;
  const text = spanText(sentence, at, title.end);
  const { registry } = memory.actors;
  const country = owner
    ? owner.actor.kind === 'state'
      ? registry.codeOfState(owner.actor)
      : registry.stateOf(owner.actor)
    : undefined;
  const written = spanText(sentence, at - 1, title.end);
  // The registry's unnamed source, when it lists the phrase: "a former senior government official".
  const entry =
    registry.names.get(nameKey(nameWords(written))) ?? registry.names.get(nameKey(nameWords(text)));
  const known = entry?.actorId ? memory.actors.get(entry.actorId) : undefined;
  const actor =
    known?.kind === 'person'
      ? known
      : memory.actors.propose(`${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`, 'person', country ?? null);
  if (actor.isNew && !actor.aliases.length) actor.aliases.push(written);
  memory.lastUnnamed = actor;
  return { actor, start: at - 1, introduced: true };
}

/** A title qualified by "ministry": "foreign ministry spokesperson". */
export function qualifiedByMinistry(tokens: Token[], titleStart: number): boolean {
  const from = Math.max(0, titleStart - 3);
  return tokens.slice(from, titleStart).some((t) => t.lower === 'ministry');
}

/** True when a mention covers token `i` (a loop, not a closure over `i` made at every token). */
function covers(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (i >= m.start && i < m.end) return true;
  return false;
}

/**
 * "The ministry", "the foreign ministry" (in lower case): the ministry the article named last, which speaks for
 * its state.
 */
export function ministryMentions(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const state = memory.lastMinistry;
  if (!state) return mentions;
  const { tokens } = sentence;
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    if (token.text !== 'ministry' || covers(mentions, i)) return;
    // Not a qualifier of a title: "foreign ministry spokesperson" is a person.
    if (TITLES.matchAt(tokens, i + 1)) return;
    const start = tokens[i - 1]?.lower === 'the' ? i - 1 : tokens[i - 2]?.lower === 'the' ? i - 2 : -1;
    if (start < 0 || (start === i - 2 && !/^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? ''))) return;
    found.push({ start, end: i + 1, actor: state, via: 'coref' });
  });
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

/** "the top U.S. diplomat": "top" before a diplomat makes the state's foreign minister of him. */
export function topTitle(tokens: Token[], ownerStart: number, title: string): string {
  const top = tokens[ownerStart - 1]?.lower === 'top' || tokens[ownerStart + 1]?.lower === 'top';
  return title === 'diplomat' && top ? 'top diplomat' : title;
}

/** Titles a field's head holds in a government: "Commerce Secretary", "Trade Minister". */
const FIELD_HEAD_TITLES = ['secretary', 'minister'];

/**
 * "the Commerce chief" after "Commerce Secretary Howard Lutnick": "the", a field in capitals and "chief" or "head"
 * name the one person the article gave that field's secretary or minister title.
 */
export function fieldHead(
  tokens: Token[],
  at: number,
  title: string,
  memory: ArticleMemory,
): ActorInfo | undefined {
  const field = tokens[at - 1];
  if (!['chief', 'head'].includes(title) || tokens[at - 2]?.lower !== 'the' || !field) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(field.text)) return undefined;
  const endings = FIELD_HEAD_TITLES.map((t) => ` ${field.lower} ${t}`);
  const found = new Set<ActorInfo>();
  for (const [key, actor] of memory.roles) if (endings.some((e) => key.endsWith(e))) found.add(actor);
  return found.size === 1 ? [...found][0] : undefined;
}

/** "the Israeli leader", "the Pakistani envoy": the person the article has named with that state's title. */
export function laterMention(title: string, owner: ActorInfo, memory: ArticleMemory): ActorInfo | undefined {
  return memory.roles.get(`${owner.id} ${title}`);
}

/** Offices one person holds in a story, that "the" and the title alone may name: "the president". */
const SOLE_OFFICES = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
]);

/** Words after such a title that make it another's: "the president of the court", "the president's office". */
const NOT_ALONE = new Set(['of', "'s", '’s', '-']);

/**
 * "Kenyan President William Ruto ... The president criticized ...": "the" and an office's title with no name, no
 * state and nothing after it name the one person the article has given that title, when only one holds it (a
 * state's head, or a minister of a field: "the foreign minister").
 */
export function soleHolder(
  tokens: Token[],
  title: { phrase: string; start: number; end: number },
  memory: ArticleMemory,
): ActorInfo | undefined {
  const key = title.phrase.toLowerCase();
  if (tokens[title.start - 1]?.lower !== 'the' || NOT_ALONE.has(tokens[title.end]?.lower ?? ''))
    return undefined;
  if (!SOLE_OFFICES.has(key) && !/^\p{L}+ (?:minister|secretary)$/u.test(key)) return undefined;
  const ending = ` ${key}`;
  let found: ActorInfo | undefined;
  // A state's head is kept by person: "former President Bashar al-Assad" and "interim President Ahmed al-Sharaa"
  // are two presidents, though the later one took the state's title over.
  let heads = 0;
  for (const held of memory.stateHeads.values()) if (held === key && ++heads > 1) return undefined;
  for (const [held, actor] of memory.roles) {
    if (!held.endsWith(ending) || actor.kind !== 'person') continue;
    if (found && found.id !== actor.id) return undefined;
    found = actor;
  }
  return found;
}

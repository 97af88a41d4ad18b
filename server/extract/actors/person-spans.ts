// Stage 2, people: what the people modules share: where mentions begin and end, which are bodies, the
// words of possession, speech and former office, and the shape of a name nobody knows ("Jane Porter").
import type { Token } from '../document';
import { nameKey } from './actor-table';
import { NOT_NAME, type ArticleMemory, type Mention } from './mentions';
import { FORMER_WORDS, HEAD_TITLES, MEMBER_TITLES, TITLE_MODIFIER_WORDS } from '../lexicon/titles';
import { SPEECH_VERBS } from '../lexicon/attribution';
import { NAME_HONORIFICS, ORGANISATION_WORDS } from '../lexicon/names';

export const NAME_HONORIFIC = new Set(NAME_HONORIFICS);

export const FORMER = new Set(FORMER_WORDS);

export const TITLE_MODIFIERS = new Set(TITLE_MODIFIER_WORDS);

export const POSSESSIVE = new Set(["'s", '’s']);

export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

export const SPEECH = new Set(SPEECH_VERBS.filter((verb) => !verb.includes(' ')));

export const endingAt = (mentions: Mention[], end: number) => mentions.find((m) => m.end === end);

export const startingAt = (mentions: Mention[], start: number) => mentions.find((m) => m.start === start);

export const isBody = (m: Mention | undefined) =>
  !!m && m.actor.kind !== 'person' && m.actor.kind !== 'group';

/** A body served, named by its acronym before a title, is no state: "U.N." in "deputy U.N. ambassador". */
export const isStateMention = (mention: Mention | undefined) => mention?.actor.kind === 'state';

export const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,5}$/u;

/** True when nothing more of a noun phrase follows: "of China," but not "of the U.S.-Korea program". */
export function endsPhrase(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return true;
  if (token.text === '-' || POSSESSIVE.has(token.lower)) return false;
  // "heads the U.N. Integrated Bureau for Haiti": a capitalised word goes on with a longer name, however tagged.
  if (/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  return !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(token.pos) || /^\p{P}+$/u.test(token.text);
}

export const ORGANISATION_WORD = new Set(ORGANISATION_WORDS);

export const NAME_LINK_OF = new Set(['of', 'at', 'from']);

/** Words of a title before a body's name that are no part of it: "Deputy State Department spokesperson". */
export const TITLE_WORD = new Set([...HEAD_TITLES, ...MEMBER_TITLES, ...TITLE_MODIFIER_WORDS, 'vice']);

/** Two or three capitalised words nobody knows, that may be a person's name: "Jane Porter". */
export function unknownName(tokens: readonly Token[], memory: ArticleMemory): boolean {
  return (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    tokens.every(
      (t) =>
        /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
        !NOT_NAME.has(t.text) &&
        !ORGANISATION_WORD.has(t.text) &&
        !TITLE_WORD.has(t.lower) &&
        !memory.actors.registry.names.has(nameKey([t.text])),
    )
  );
}

/** A name is said to speak or set off by a comma: "X of Y said", "X of Y, who", "said X of Y". */
export function spokenOrSetOff(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    SPEECH.has(tokens[end]?.lower ?? '') ||
    tokens[end]?.text === ',' ||
    SPEECH.has(tokens[start - 1]?.lower ?? '')
  );
}

/**
 * Religious and ideological adjectives, capitalised in English yet no part of the name after them: "the Islamist
 * group Hayat Tahrir al-Sham", "Shiite Hezbollah", "Maoist rebels".
 */
export const CREED_ADJECTIVES = new Set(
  ['Islamist', 'Jihadist', 'Jihadi', 'Salafist', 'Salafi', 'Shiite', 'Shia', 'Sunni', 'Wahhabi'].concat([
    'Maoist',
    'Marxist',
    'Leninist',
    'Trotskyist',
    'Stalinist',
    'Fascist',
  ]),
);

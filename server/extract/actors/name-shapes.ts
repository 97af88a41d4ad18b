// Stage 2, people: the shapes of names: a person's name inside a longer new name ("John Smith of Human Rights
// Watch"), a body's name that goes on with a state ("Alliance on China"), former holders set off by a comma,
// honorifics before a name, and a later part of a full name ("La Lime").
import type { Sentence, Token } from '../document';
import { nameKey } from './actor-table';
import { NOT_NAME, spanText, type ArticleMemory, type Mention } from './mentions';
import {
  NAME_HONORIFIC,
  FORMER,
  DETERMINERS,
  SPEECH,
  startingAt,
  endsPhrase,
  ORGANISATION_WORD,
  NAME_LINK_OF,
  TITLE_WORD,
  unknownName,
  spokenOrSetOff,
  CREED_ADJECTIVES,
} from './person-spans';
import { ROLE_LINKS, titleAt } from './title-phrases';
import { HEAD_TITLES, MEMBER_TITLES } from '../lexicon/titles';

/** A capitalised word that names nothing the article or the registry knows, nor begins a sentence as a rule. */
function unknownCapital(token: Token | undefined, memory: ArticleMemory): boolean {
  if (!token || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || NOT_NAME.has(token.text)) return false;
  if (TITLE_WORD.has(token.lower) || CREED_ADJECTIVES.has(token.text)) return false;
  return !memory.actors.registry.names.has(nameKey([token.text])) && !memory.surnames.has(token.text);
}

/**
 * "The National Security Council said": a body's known name ("Security Council") right after a capitalised word
 * nobody knows is the end of a longer name, another body's; the whole name is read as a new one after.
 */
export function insideLongerNames(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  if (sentence.paragraph === 1) return mentions;
  return mentions.filter((m) => {
    if (m.actor.kind !== 'organisation' || m.end - m.start < 2 || m.via !== 'name') return true;
    const before = tokens[m.start - 1];
    const first = tokens[m.start] as Token;
    return !(before && before.end + 1 >= first.start && unknownCapital(before, memory));
  });
}

/**
 * "John Smith of Human Rights Watch said": a new name read as a body's when it joins a person's name, "of" or
 * "at", and the body's name; the person is named with a speech verb or set off by a comma, as a new person is.
 * The person and the body, each a mention of its own (the tie is read after, as for "Soli Ozel of ...").
 */
export function personOfBody(sentence: Sentence, fresh: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  const result: Mention[] = [];
  for (const mention of fresh) {
    const link = tokens.slice(mention.start, mention.end).findIndex((t) => NAME_LINK_OF.has(t.lower));
    const at = mention.start + link;
    const person = tokens.slice(mention.start, at);
    const body = tokens.slice(DETERMINERS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1, mention.end);
    const split =
      mention.actor.kind === 'organisation' &&
      mention.via === 'new' &&
      link > 0 &&
      spokenOrSetOff(tokens, mention.start, mention.end) &&
      unknownName(person, memory) &&
      body.some((t) => ORGANISATION_WORD.has(t.text));
    if (!split) {
      result.push(mention);
      continue;
    }
    const bodyStart = mention.end - body.length;
    const personName = spanText(sentence, mention.start, at);
    const bodyName = spanText(sentence, bodyStart, mention.end);
    result.push(
      { start: mention.start, end: at, actor: memory.actors.propose(personName, 'person'), via: 'new' },
      {
        start: bodyStart,
        end: mention.end,
        actor: memory.actors.propose(bodyName, 'organisation'),
        via: 'new',
      },
    );
  }
  return result;
}

/** Links after a body's head word to what the body is about: "Alliance on China", "Tribunal for Lebanon". */
const SUBJECT_LINKS = new Set(['on', 'for']);

/**
 * "the Inter-Parliamentary Alliance on China": a new body's name that ends in its head word ("Alliance") goes on
 * with "on" or "for" and a state; the state is part of the name, not an actor of the sentence.
 */
export function bodiesOnStates(
  sentence: Sentence,
  mentions: Mention[],
  fresh: readonly Mention[],
  memory: ArticleMemory,
): Mention[] {
  const { tokens } = sentence;
  let result = mentions;
  for (const body of fresh) {
    if (body.actor.kind !== 'organisation' || !ORGANISATION_WORD.has(tokens[body.end - 1]?.text ?? ''))
      continue;
    if (!SUBJECT_LINKS.has(tokens[body.end]?.lower ?? '')) continue;
    const state = startingAt(result, body.end + 1);
    if (state?.actor.kind !== 'state' || !endsPhrase(tokens, state.end)) continue;
    const name = spanText(sentence, body.start, state.end);
    const whole: Mention = { ...body, end: state.end, actor: memory.actors.propose(name, 'organisation') };
    const runner = memory.bodyOwners.get(body.actor.id);
    if (runner) memory.bodyOwners.set(whole.actor.id, runner);
    result = result.map((m) => (m === body ? whole : m)).filter((m) => m !== state);
  }
  return result;
}

/** True when a mention overlaps tokens `[start, end)` (a loop, not a closure over the loop's counter). */
function overlaps(mentions: readonly Mention[], start: number, end: number): boolean {
  for (const m of mentions) if (m.end > start && m.start < end) return true;
  return false;
}

/**
 * "Richard Roe, former deputy secretary of state, said": capitalised words nobody knows, set off by a comma before
 * a title that a former holder ("former", "ex") or a field ("the shadow justice secretary") comes before, name a
 * person (the tie is read after, when the title is held now).
 */
export function formerHolders(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  const found: Mention[] = [];
  for (let comma = 2; comma < tokens.length - 2; comma++) {
    // "Mahad Ali is the executive director of ...": a sentence that opens with the name says the title with "is".
    const said = tokens[comma]?.lower === 'is' && DETERMINERS.has(tokens[comma + 1]?.lower ?? '');
    if (tokens[comma]?.text !== ',' && !said) continue;
    let start = comma;
    while (start > comma - 3 && start > 0 && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '')) start--;
    const before = tokens[start - 1];
    if (said && before) continue;
    if (before && !(before.text === ',' || SPEECH.has(before.lower) || before.lower === 'and')) continue;
    if (overlaps(mentions, start, comma)) continue;
    if (!unknownName(tokens.slice(start, comma), memory)) continue;
    let at = comma + 1;
    if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
    if (FORMER.has(tokens[at]?.lower ?? '')) at++;
    const title = titleAt(tokens, mentions, at);
    if (!title || (said && !ROLE_LINKS.has(tokens[title.end]?.lower ?? ''))) continue;
    const actor = memory.actors.propose(spanText(sentence, start, comma), 'person');
    found.push({ start, end: comma, actor, via: 'new' });
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * "Jane Porter of the Refugee Council said": capitalised words nobody knows right before "of" or "at" and a body
 * name a person, when the phrase speaks or is set off by a comma (the tie is read after, as for "Soli Ozel of").
 */
export function peopleBeforeBodies(
  sentence: Sentence,
  mentions: Mention[],
  memory: ArticleMemory,
): Mention[] {
  const { tokens } = sentence;
  const found: Mention[] = [];
  for (const body of mentions) {
    if (body.actor.kind !== 'organisation') continue;
    const link = DETERMINERS.has(tokens[body.start - 1]?.lower ?? '') ? body.start - 2 : body.start - 1;
    if (!NAME_LINK_OF.has(tokens[link]?.lower ?? '')) continue;
    let start = link;
    while (start > link - 3 && start > 0 && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '')) start--;
    if (mentions.some((m) => m.end > start && m.start < link)) continue;
    if (!unknownName(tokens.slice(start, link), memory) || !spokenOrSetOff(tokens, start, body.end)) continue;
    const actor = memory.actors.propose(spanText(sentence, start, link), 'person');
    found.push({ start, end: link, actor, via: 'new' });
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

/** "said Mawlawi Hibatullah Akhundzada": a new person's name without the honorific before two names or more. */
export function honorificsOff(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  return mentions.map((mention) => {
    const { actor } = mention;
    if (mention.via !== 'new' || actor.kind !== 'person' || !actor.isNew) return mention;
    if (!NAME_HONORIFIC.has(tokens[mention.start]?.text ?? '') || mention.end - mention.start < 3)
      return mention;
    const name = spanText(sentence, mention.start + 1, mention.end);
    return { ...mention, actor: memory.actors.propose(name, 'person') };
  });
}

/**
 * "Helen La Lime ... La Lime said": a new name of two words or more that ends the full name of a person the article
 * has named is that person.
 */
export function laterParts(mentions: Mention[], memory: ArticleMemory): Mention[] {
  return mentions.map((mention) => {
    const { actor } = mention;
    if (mention.via !== 'new' || actor.kind !== 'person' || !actor.isNew || !actor.name.includes(' '))
      return mention;
    for (const id of memory.named) {
      const known = memory.actors.get(id);
      if (known?.kind === 'person' && known.id !== actor.id && known.name.endsWith(` ${actor.name}`))
        return { ...mention, actor: known, via: 'coref' as const };
    }
    return mention;
  });
}

/** The last word of every title, and callings the titles leave out: "expert" in "security expert", "owner". */
const PERSON_NOUNS = new Set([
  ...[...HEAD_TITLES, ...MEMBER_TITLES].map((title) => title.split(' ').pop() as string),
  'owner',
  'lecturer',
  'author',
  'novelist',
  'poet',
]);

/** Body nouns that, heading a description, say the name before it is a body's: "a Boston-based firm". */
const BODY_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'organization',
  'organisation',
  'agency',
  'newspaper',
  'network',
  'outlet',
  'unit',
  'subsidiary',
  'party',
  'website',
  'broadcaster',
  'startup',
  'platform',
  'coalition',
  'movement',
  'brand',
]);

/** Verbs of a person's teaching, right after a name that opens a sentence: "Tom Reyes lectures at ...". */
const CALLING_VERBS = new Set(['lectures', 'teaches', 'lectured', 'taught']);

/** Where a new person's name may open a clause: the sentence's start, or after a quote or a subheading's end. */
const opensClause = (token: Token | undefined) => !token || /^[\p{Pi}\p{Pf}"'“”‘’]$/u.test(token.text);

/** The end of a run of up to three capitalised words from `start` (none inside a mention). */
function nameRun(tokens: readonly Token[], mentions: readonly Mention[], start: number): number {
  let end = start;
  while (end < start + 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[end]?.text ?? '')) end++;
  return overlaps(mentions, start, end) ? start : end;
}

/**
 * "Ahmed Kico, a political and security expert, told VOA ...", "Jane Porter, owner of a consultancy, said":
 * capitalised words nobody knows that open a clause, set off by a description of a person (a calling, no body
 * noun) and then a speech verb; "Tom Reyes lectures at ...": a name that teaches; "Jane Porter of the Lakeside
 * think tank said": a name and where it works, with no comma or verb, before a speech verb. Each names a person.
 */
export function describedPeople(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  const found: Mention[] = [];
  for (let start = 0; start < tokens.length - 2; start++) {
    if (!opensClause(tokens[start - 1]) || !/^\p{Lu}/u.test(tokens[start]?.text ?? '')) continue;
    const end = nameRun(tokens, mentions, start);
    if (end - start < 2 || !unknownName(tokens.slice(start, end), memory)) continue;
    if (
      !describedAfter(tokens, end) &&
      !CALLING_VERBS.has(tokens[end]?.lower ?? '') &&
      !workplaceSpeaks(tokens, end)
    )
      continue;
    const actor = memory.actors.propose(spanText(sentence, start, end), 'person');
    found.push({ start, end, actor, via: 'new' });
    start = end - 1;
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

/** ", a political and security expert, told": a description with a calling, closed by a comma and a speech verb. */
function describedAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  let calling = false;
  for (let at = end + 1; at < end + 14; at++) {
    const token = tokens[at];
    if (!token) return false;
    if (token.text === ',') return calling && SPEECH.has(tokens[at + 1]?.lower ?? '');
    if (BODY_NOUNS.has(token.lower) && !calling) return false;
    if (token.pos === 'AUX' || SPEECH.has(token.lower) || /^[.;:!?"“”]$/u.test(token.text)) return false;
    if (PERSON_NOUNS.has(token.lower)) calling = true;
  }
  return false;
}

/** "of the Dutch think tank Clingendael said": "of" or "at", then words with no comma or clause, and a speech verb. */
function workplaceSpeaks(tokens: readonly Token[], end: number): boolean {
  if (!NAME_LINK_OF.has(tokens[end]?.lower ?? '')) return false;
  for (let at = end + 1; at < end + 12; at++) {
    const token = tokens[at];
    if (!token || /^\p{P}$/u.test(token.text) || token.pos === 'AUX') return false;
    if (SPEECH.has(token.lower))
      return at > end + 1 && /^(?:\p{Lu}|\p{Ll}+$)/u.test(tokens[at - 1]?.text ?? '');
    // "think tank" is a noun, whatever the tagger says of "think".
    if (token.pos === 'VERB' && !(token.lower === 'think' && tokens[at + 1]?.lower === 'tank')) return false;
  }
  return false;
}

/**
 * "Anwar al-Bunni ... al-Bunni said": a surname that opens with a particle in small letters ("al-", "el-") is the
 * person named with it before, though a capitalised word opens no later mention of it.
 */
export function particleSurnames(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  const found: Mention[] = [];
  for (let at = 0; at < tokens.length - 2; at++) {
    const particle = tokens[at] as Token;
    const dash = tokens[at + 1] as Token;
    const last = tokens[at + 2] as Token;
    if (dash.text !== '-' || !/^\p{Ll}{1,3}$/u.test(particle.text) || !/^\p{Lu}/u.test(last.text)) continue;
    if (dash.start !== particle.end || last.start !== dash.end || overlaps(mentions, at, at + 3)) continue;
    const actor = memory.surnames.get(`${particle.text}-${last.text}`);
    if (actor?.kind !== 'person') continue;
    found.push({ start: at, end: at + 3, actor, via: 'coref' });
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

// Stage 2, people: persons named with a title or a role ("North Korean leader Kim Jong Un", "Lee Gwan-se, director
// of the Institute ..."), later mentions by role ("the North Korean leader") or pronoun, and the ties they state.
import type { Sentence, Token } from './document';
import { nameKey } from './actor-table';
import {
  capitalisedRun,
  HEADS,
  isCapitalised,
  knownNames,
  newNames,
  NOT_NAME,
  PRONOUNS,
  spanText,
  TITLES,
  type ArticleMemory,
  type Mention,
  type Role,
  type SentenceMentions,
} from './mentions';
import { ROLE_PREPOSITIONS, SPOUSE_WORDS } from './lexicon/titles';
import { NAME_LINKS } from './lexicon/names';
import { PhraseMatcher } from './phrases';

const SPOUSES = new PhraseMatcher(SPOUSE_WORDS);
const NAME_LINK = new Set(NAME_LINKS);
const ROLE_LINKS = new Set(ROLE_PREPOSITIONS);
const POSSESSIVE = new Set(["'s", '’s']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

const endingAt = (mentions: Mention[], end: number) => mentions.find((m) => m.end === end);
const startingAt = (mentions: Mention[], start: number) => mentions.find((m) => m.start === start);
const isBody = (m: Mention | undefined) => !!m && m.actor.kind !== 'person' && m.actor.kind !== 'group';

/** Words that may stand between a state and a title: "Turkish presidential adviser", "U.S. deputy envoy". */
const TITLE_MODIFIERS = new Set([
  'presidential',
  'deputy',
  'senior',
  'top',
  'chief',
  'acting',
  'interim',
  'new',
]);

/** The state or body just before a title ("Chinese", "China's", "Turkish presidential"), if any. */
function ownerBefore(tokens: Token[], mentions: Mention[], titleStart: number): Mention | undefined {
  let at = titleStart;
  while (TITLE_MODIFIERS.has(tokens[at - 1]?.lower ?? '')) at--;
  const possessive = POSSESSIVE.has(tokens[at - 1]?.lower ?? '');
  const owner = endingAt(mentions, possessive ? at - 1 : at);
  return isBody(owner) ? owner : undefined;
}

/** The person named right after a title: a known mention, or a new capitalised name. */
function personAfter(
  sentence: Sentence,
  mentions: Mention[],
  at: number,
  memory: ArticleMemory,
): Mention | undefined {
  const known = startingAt(mentions, at);
  if (known) return known.actor.kind === 'person' ? known : undefined;
  const { tokens } = sentence;
  if (!isCapitalised(tokens[at]) || NOT_NAME.has(tokens[at]?.text ?? '')) return undefined;
  let end = capitalisedRun(tokens, at, (i) => mentions.some((m) => i >= m.start && i < m.end));
  // A person's name holds no link word: "Mesut Casin of Istanbul's Yeditepe University" is Mesut Casin.
  const link = tokens.slice(at, end).findIndex((t) => NAME_LINK.has(t.lower));
  if (link > 0) end = at + link;
  const words = tokens.slice(at, end).filter((t) => /\p{L}/u.test(t.text));
  if (end <= at || words.length > 4) return undefined;
  const name = spanText(sentence, at, end);
  const entry = memory.actors.registry.names.get(nameKey(tokens.slice(at, end).map((t) => t.text)));
  const registered = entry?.actorId ? memory.actors.get(entry.actorId) : undefined;
  if (words.length === 1 && !registered) {
    const surname = memory.surnames.get(name);
    return surname ? { start: at, end, actor: surname, via: 'coref' } : undefined;
  }
  return { start: at, end, actor: registered ?? memory.actors.propose(name, 'person'), via: 'new' };
}

/**
 * The person a title names: right after it ("President Xi", "President Mr. Moon"), or set off by a comma
 * ("Trump's special envoy, Steve Witkoff, spoke"), the apposition closed by a comma, a verb or the sentence's end.
 */
function titleHolder(
  sentence: Sentence,
  mentions: Mention[],
  at: number,
  memory: ArticleMemory,
): Mention | undefined {
  const { tokens } = sentence;
  const comma = tokens[at]?.text === ',' ? 1 : 0;
  const honorific = tokens[at + comma]?.text === 'Mr.' ? 1 : 0;
  const person = personAfter(sentence, mentions, at + comma + honorific, memory);
  if (!person || !comma) return person;
  const next = tokens[person.end];
  const closed = !next || [',', '.', ';'].includes(next.text) || next.pos === 'VERB' || next.pos === 'AUX';
  return closed ? person : undefined;
}

/** "[State] [title] [Name]" and "the [State] [title]": one person mention over the phrase, and its role. */
function titledPeople(
  sentence: Sentence,
  mentions: Mention[],
  roles: Role[],
  memory: ArticleMemory,
): Mention[] {
  const { tokens } = sentence;
  let result = mentions;
  for (let i = 0; i < tokens.length; i++) {
    if (result.some((m) => i >= m.start && i < m.end)) continue;
    const title = TITLES.matchAt(tokens, i);
    if (!title) continue;
    const owner = ownerBefore(tokens, result, i);
    const person = titleHolder(sentence, result, title.end, memory);
    const start = owner?.start ?? i;
    const key = title.phrase.toLowerCase();
    const actor = person?.actor ?? (owner ? memory.roles.get(`${owner.actor.id} ${key}`) : undefined);
    if (!actor) continue;
    const end = person?.end ?? title.end;
    const phrase: Mention = {
      start,
      end,
      actor,
      via: person ? (person.via === 'new' ? 'new' : 'title') : 'coref',
    };
    result = [...result.filter((m) => m.end <= start || m.start >= end), phrase];
    if (person) roles.push({ member: actor, title: key, head: HEADS.has(key), of: owner?.actor, start, end });
    i = end - 1;
  }
  return result.sort((a, b) => a.start - b.start);
}

/** "X, [a] director of Y", "X, Y's foreign minister", "Y1 at Y2", "X and first lady Z". */
function appositiveRoles(sentence: Sentence, mentions: Mention[], roles: Role[]): void {
  const { tokens } = sentence;
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    if (mention.actor.kind === 'person' && tokens[mention.end]?.text === ',') {
      let at = mention.end + 1;
      if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
      const owner = startingAt(mentions, at);
      if (isBody(owner) && owner)
        at = POSSESSIVE.has(tokens[owner.end]?.lower ?? '') ? owner.end + 1 : owner.end;
      const title = TITLES.matchAt(tokens, at);
      if (title) {
        const linked = ROLE_LINKS.has(tokens[title.end]?.lower ?? '');
        const bodyAt = DETERMINERS.has(tokens[title.end + 1]?.lower ?? '') ? title.end + 2 : title.end + 1;
        const body = linked ? startingAt(mentions, bodyAt) : undefined;
        const of = isBody(body) ? body : isBody(owner) ? owner : undefined;
        const key = title.phrase.toLowerCase();
        if (of)
          roles.push({
            member: mention.actor,
            title: key,
            head: HEADS.has(key),
            of: of.actor,
            start: mention.start,
            end: of.end,
          });
      }
    }
    // "Soli Ozel of Istanbul's Kadir Has University": a person of an organisation, a place aside.
    if (mention.actor.kind === 'person' && tokens[mention.end]?.lower === 'of') {
      let at = mention.end + 1;
      if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
      const place = startingAt(mentions, at);
      if (place?.actor.kind === 'state' && POSSESSIVE.has(tokens[place.end]?.lower ?? '')) at = place.end + 1;
      else if (!place && isCapitalised(tokens[at]) && POSSESSIVE.has(tokens[at + 1]?.lower ?? '')) at += 2;
      const body = startingAt(mentions, at);
      if (body?.actor.kind === 'organisation')
        roles.push({
          member: mention.actor,
          title: 'member',
          head: false,
          of: body.actor,
          start: mention.start,
          end: body.end,
        });
    }
    if (
      isBody(mention) &&
      next &&
      isBody(next) &&
      tokens[mention.end]?.lower === 'at' &&
      next.start === mention.end + 1
    )
      roles.push({
        member: mention.actor,
        title: 'part of',
        head: false,
        of: next.actor,
        start: mention.start,
        end: next.end,
      });
    if (
      mention.actor.kind === 'person' &&
      next?.actor.kind === 'person' &&
      tokens[mention.end]?.lower === 'and'
    ) {
      let at = mention.end + 1;
      if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
      const spouse = SPOUSES.matchAt(tokens, at);
      if (spouse && next.start === spouse.end)
        roles.push({
          member: mention.actor,
          title: 'spouse',
          head: false,
          of: next.actor,
          start: mention.start,
          end: next.end,
        });
    }
  });
}

/** He, she, his, her: the last person named before, in this sentence or the ones before. */
function pronouns(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const result: Mention[] = [];
  let last = memory.lastPerson;
  let next = 0;
  sentence.tokens.forEach((token, i) => {
    while (next < mentions.length && (mentions[next] as Mention).start <= i) {
      const mention = mentions[next++] as Mention;
      result.push(mention);
      if (mention.actor.kind === 'person') last = mention.actor;
    }
    if (PRONOUNS.has(token.lower) && last && !result.some((m) => i >= m.start && i < m.end))
      result.push({ start: i, end: i + 1, actor: last, via: 'pronoun' });
  });
  while (next < mentions.length) result.push(mentions[next++] as Mention);
  return result;
}

/** Finds every actor mention in a sentence, in order, and the ties it states in passing; updates the memory. */
export function findMentions(sentence: Sentence, memory: ArticleMemory): SentenceMentions {
  const roles: Role[] = [];
  let mentions = knownNames(sentence.tokens, memory);
  mentions = titledPeople(sentence, mentions, roles, memory);
  mentions = [...mentions, ...newNames(sentence, mentions, memory)].sort((a, b) => a.start - b.start);
  appositiveRoles(sentence, mentions, roles);
  const all = pronouns(sentence, mentions, memory);
  for (const mention of all) if (mention.via !== 'pronoun') memory.remember(mention);
  for (const role of roles) memory.rememberRole(role);
  return { sentence, mentions: all, roles };
}

// Stage 2, people: persons named with a title or a role ("North Korean leader Kim Jong Un", "Lee Gwan-se, director
// of the Institute ..."), later mentions by role ("the North Korean leader") or pronoun, and the ties they state.
import type { Sentence, Token } from './document';
import { nameKey, nameWords, type ActorInfo } from './actor-table';
import {
  capitalisedRun,
  HEADS,
  isCapitalised,
  knownNames,
  newNames,
  NOT_NAME,
  PRONOUNS,
  spanText,
  STATE_HEADS,
  TITLES,
  type ArticleMemory,
  type Mention,
  type Role,
  type SentenceMentions,
} from './mentions';
import {
  FORMER_WORDS,
  HEAD_TITLES,
  MEMBER_TITLES,
  PRIVATE_TITLE_WORDS,
  FIELD_ADJECTIVE_WORDS,
  ROLE_PREPOSITIONS,
  SPOUSE_WORDS,
  TITLE_BODIES,
  TITLE_GROUPS,
  TITLE_MODIFIER_WORDS,
  TITLE_STATES,
  UNNAMED_HEADS,
  UNNAMED_MODIFIERS,
} from './lexicon/titles';
import { SPEECH_VERBS } from './lexicon/attribution';
import { NAME_HONORIFICS, NAME_LINKS, NAME_PARTICLES, ORGANISATION_WORDS } from './lexicon/names';
import { PhraseMatcher } from './phrases';

const SPOUSES = new PhraseMatcher(SPOUSE_WORDS);
const NAME_HONORIFIC = new Set(NAME_HONORIFICS);
const PARTICLE_WORDS = new Set(NAME_PARTICLES);
const FORMER = new Set(FORMER_WORDS);
const NAME_LINK = new Set(NAME_LINKS);
const ROLE_LINKS = new Set(ROLE_PREPOSITIONS);
const TITLE_MODIFIERS = new Set(TITLE_MODIFIER_WORDS);
const POSSESSIVE = new Set(["'s", '’s']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

const UNNAMED = new Set(UNNAMED_HEADS);
const UNNAMED_WORDS = new Set([...UNNAMED_MODIFIERS, ...TITLE_MODIFIER_WORDS]);
const SPEECH = new Set(SPEECH_VERBS.filter((verb) => !verb.includes(' ')));

const endingAt = (mentions: Mention[], end: number) => mentions.find((m) => m.end === end);
const startingAt = (mentions: Mention[], start: number) => mentions.find((m) => m.start === start);
const isBody = (m: Mention | undefined) => !!m && m.actor.kind !== 'person' && m.actor.kind !== 'group';

/**
 * Where the words that qualify a title begin, going back from it: modifiers ("deputy"), at most two lower-case
 * nouns of its field ("communication chief", "foreign ministry spokesperson") and an acronym of the body served
 * ("U.S. deputy U.N. ambassador").
 */
function qualifiersStart(tokens: Token[], titleStart: number, mentions: Mention[] = []): number {
  let at = titleStart;
  let nouns = 0;
  // "Iraqi Interior Minister": in a title written in capitals, its field is too.
  const capitals = isCapitalised(tokens[titleStart]);
  for (;;) {
    const token = tokens[at - 1];
    if (!token || endingAt(mentions, at)) return at;
    if (TITLE_MODIFIERS.has(token.lower)) at--;
    else if (nouns < 2 && isFieldWord(token, capitals)) {
      nouns++;
      at--;
    } else return at;
  }
}

/** A noun of a title's field: "foreign ministry spokesperson", and in capitals "Interior Minister". */
function isFieldWord(token: Token, capitals: boolean): boolean {
  if (token.pos === 'NOUN' && /^\p{Ll}+$/u.test(token.text)) return true;
  if (FIELD_ADJECTIVES.has(token.text)) return true;
  return (
    capitals &&
    ['NOUN', 'PROPN'].includes(token.pos) &&
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    !NOT_NAME.has(token.text) &&
    !TITLES.matchAt([token], 0)
  );
}

const FIELD_ADJECTIVES = new Set(FIELD_ADJECTIVE_WORDS);

/** Titles of those a state sends to a body: "U.N. ambassador" names where they serve, not whom. */
const ENVOY_TITLES = new Set(TITLE_GROUPS.flat());

/** A body served, named by its acronym before a title, is no state: "U.N." in "deputy U.N. ambassador". */
const isStateMention = (mention: Mention | undefined) => mention?.actor.kind === 'state';

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,5}$/u;

/**
 * The state or body that owns a title ("Chinese", "China's", "Turkish presidential"), or the person whose aide
 * the holder is ("Erdogan's communication chief"), if any.
 */
function ownerBefore(tokens: Token[], mentions: Mention[], titleStart: number): Mention | undefined {
  let at = qualifiersStart(tokens, titleStart, mentions);
  // "U.S. deputy U.N. ambassador": the body served, an acronym, stands between the state and the title.
  const served = tokens[at - 1];
  const acronym = served && ACRONYM.test(served.text) ? endingAt(mentions, at) : undefined;
  if (served && ACRONYM.test(served.text) && !isStateMention(acronym))
    at = qualifiersStart(tokens, at - 1, mentions);
  const possessive = POSSESSIVE.has(tokens[at - 1]?.lower ?? '');
  const owner = endingAt(mentions, possessive ? at - 1 : at);
  if (isBody(owner)) return owner;
  // "IS deputy caliph ...": with no state before it, the body named by the acronym owns the title; a "U.N.
  // ambassador" is a state's envoy to it.
  const title = TITLES.matchAt(tokens, titleStart)?.phrase.toLowerCase() ?? '';
  if (acronym && isBody(acronym) && !ENVOY_TITLES.has(title)) return acronym;
  return possessive && owner?.actor.kind === 'person' ? owner : undefined;
}

/** The person a possessive pronoun or name before a title refers to ("his French counterpart"). */
function possessorBefore(
  tokens: Token[],
  mentions: Mention[],
  at: number,
  memory: ArticleMemory,
): ActorInfo | undefined {
  let i = at - 1;
  while (i >= 0 && mentions.some((m) => i >= m.start && i < m.end && m.actor.kind !== 'person')) i--;
  const token = tokens[i];
  if (!token) return undefined;
  if (token.lower === 'his' || token.lower === 'her') {
    const before = mentions.filter((m) => m.end <= i && m.actor.kind === 'person');
    return before[before.length - 1]?.actor ?? memory.lastPerson;
  }
  const owner = POSSESSIVE.has(token.lower) ? endingAt(mentions, i) : undefined;
  return owner?.actor.kind === 'person' ? owner.actor : undefined;
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
  const covered = (i: number) => mentions.some((m) => i >= m.start && i < m.end);
  let end = capitalisedRun(tokens, at, covered);
  // "Reaction from President Moise Shortly before ...": a subheading run into the text; an adverb ends a name.
  const adverb = tokens.slice(at + 1, end).findIndex((t) => t.pos === 'ADV' && /ly$/.test(t.text));
  if (adverb >= 0) end = at + 1 + adverb;
  // "Sheikh Tamim bin Hamad Al Thani", "Mawlawi Hibatullah Akhundzada": an honorific before two names or more is
  // no part of the name ("Sheikh Hasina" keeps it: one name after it).
  const mention = at;
  // "The court's president, Judge Joan Donoghue": a title written before the name is no part of it either.
  const titled = TITLES.matchAt(tokens, at);
  if (titled && titled.end < end - 1 && isCapitalised(tokens[titled.end])) at = titled.end;
  else if (NAME_HONORIFIC.has(tokens[at]?.text ?? '') && end - at > 2) at++;
  // A person's name holds no link word: "Mesut Casin of Istanbul's Yeditepe University" is Mesut Casin.
  const link = tokens.slice(at, end).findIndex((t) => NAME_LINK.has(t.lower));
  if (link > 0) end = at + link;
  // A headline capitalises every word: "Taliban Chief Hails Troop Exit" names no one; a name ends at a verb.
  if (sentence.paragraph === 1) {
    const verb = tokens.slice(at, end).findIndex((t) => t.pos === 'VERB');
    if (verb >= 0) end = at + verb;
  }
  const words = tokens.slice(at, end).filter((t) => /\p{L}/u.test(t.text));
  // "Abdallah Makki Muslih al-Rufay'i": parts joined by a hyphen or an apostrophe are one word of the name.
  // Particles ("bin", "Al") are not counted: "Tamim bin Hamad Al Thani" is three names.
  const separate = tokens
    .slice(at, end)
    .filter(
      (t, k) =>
        /\p{L}/u.test(t.text) &&
        tokens[at + k - 1]?.end !== t.start &&
        !PARTICLE_WORDS.has(t.text.toLowerCase()),
    );
  if (end <= at || separate.length > 4) return undefined;
  const name = spanText(sentence, at, end);
  const entry = memory.actors.registry.names.get(nameKey(tokens.slice(at, end).map((t) => t.text)));
  const registered = entry?.actorId ? memory.actors.get(entry.actorId) : undefined;
  if (words.length === 1 && !registered) {
    const surname = memory.surnames.get(name);
    return surname ? { start: mention, end, actor: surname, via: 'coref' } : undefined;
  }
  return { start: mention, end, actor: registered ?? memory.actors.propose(name, 'person'), via: 'new' };
}

/**
 * The person a title names: right after it ("President Xi", "President Mr. Moon"), or set off by a comma
 * ("Trump's special envoy, Steve Witkoff, spoke"), the apposition closed by a comma, a verb or the sentence's end.
 */
function titleHolder(
  sentence: Sentence,
  mentions: Mention[],
  titleEnd: number,
  memory: ArticleMemory,
  served?: { body?: Mention },
): Mention | undefined {
  let at = titleEnd;
  const { tokens } = sentence;
  // "Pakistan's permanent representative to the United Nations, Munir Akram", "the head of the Islamic State,
  // Abu Bakr al-Baghdadi": the body served comes first.
  // "the U.N. special representative in Haiti, Helen La Lime": where the post is held is no body served.
  const link = tokens[at]?.lower ?? '';
  if (['to', 'at', 'of', 'for', 'in'].includes(link) && tokens[at + 1]) {
    const body = startingAt(mentions, DETERMINERS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1);
    if (body && isBody(body) && tokens[body.end]?.text === ',') {
      at = body.end;
      if (served && link !== 'in') served.body = body;
    }
  }
  const comma = tokens[at]?.text === ',' ? 1 : 0;
  const honorific = tokens[at + comma]?.text === 'Mr.' ? 1 : 0;
  const person = personAfter(sentence, mentions, at + comma + honorific, memory);
  if (!person || !comma) return person;
  const next = tokens[person.end];
  const closed = !next || [',', '.', ';'].includes(next.text) || next.pos === 'VERB' || next.pos === 'AUX';
  return closed ? person : undefined;
}

/** The registry's body a head title names, when it is of the title's state: "Secretary of State" -> the State Department. */
function titleBody(
  title: string,
  state: ActorInfo | undefined,
  memory: ArticleMemory,
): ActorInfo | undefined {
  const { registry } = memory.actors;
  for (const form of TITLE_BODIES[title] ?? []) {
    const entry = registry.names.get(nameKey(nameWords(form)));
    const body = entry?.actorId ? memory.actors.get(entry.actorId) : undefined;
    if (!body || body.kind !== 'organisation') continue;
    const bodyState = registry.stateOf(body);
    if (bodyState && (!state || memory.actors.state(bodyState).id === state.id)) return body;
  }
  return undefined;
}

/** The tie a title states: of the state (or body) that owns it, of the state its title implies, of the body it heads. */
function titleRole(
  sentence: Sentence,
  title: { phrase: string; start: number; end: number },
  owner: Mention | undefined,
  memory: ArticleMemory,
  mentions: Mention[],
  stateRoles: readonly Role[],
): { of?: ActorInfo; head: boolean; title: string; state?: ActorInfo } {
  let key = title.phrase.toLowerCase();
  let head = HEADS.has(key);
  let of = owner?.actor;
  // "Erdogan's communication chief": an aide of a person is a member of that person's state.
  if (of?.kind === 'person') {
    const person = of;
    of = memory.statesOf.get(person.id) ?? stateRoles.find((r) => r.member.id === person.id)?.of;
    head = false;
  }
  // "his French counterpart Emmanuel Macron": the counterpart of a head of state heads the other state.
  if (key === 'counterpart') {
    const peer = possessorBefore(sentence.tokens, mentions, owner?.start ?? title.start, memory);
    const peerTitle = peer ? memory.stateHeads.get(peer.id) : undefined;
    if (peerTitle && of?.kind === 'state') {
      key = peerTitle;
      head = true;
    }
  }
  const implied = TITLE_STATES[key];
  const first = sentence.tokens[title.start];
  if (!owner && implied && first && isCapitalised(first)) of = memory.actors.state(implied);
  const body = of?.kind === 'state' || implied ? titleBody(key, of, memory) : undefined;
  // The holder heads the body and is of its state: "U.S. Secretary of State" leads the State Department.
  if (body) return { of: body, head: true, title: key, state: of };
  return { of, head, title: key };
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
    const served: { body?: Mention } = {};
    const person = titleHolder(sentence, result, title.end, memory, served);
    const start = owner?.start ?? i;
    const stateRoles = roles.filter((r) => r.of?.kind === 'state');
    const role = titleRole(sentence, title, owner, memory, result, stateRoles);
    // "the head of the Islamic State, Abu Bakr al-Baghdadi": of the body after the title.
    if (person && served.body && !owner && !role.of && tokens[i - 1]?.lower === 'the')
      role.of = bodyOf(tokens, result, title.end, role.title)?.actor;
    if (person && !owner && !role.of)
      role.of = listedState(tokens, roles, qualifiersStart(tokens, i, result));
    if (person && !owner && !role.of && !served.body)
      role.of = homeState(sentence, result, title, person, memory);
    // "Hamas deputy leader Khalil al-Hayya": a deputy heads nothing.
    if (tokens.slice(qualifiersStart(tokens, i, result), i).some((t) => DEPUTY_WORDS.has(t.lower)))
      role.head = false;
    // "Venezuelan opposition leader Maria Corina Machado", "Russian military chief ...": a field between the state
    // and a head title; the holder heads no state, and is none of it when the field stands against it.
    if (role.of?.kind === 'state' && !role.state) {
      const capitals = isCapitalised(tokens[i]);
      const fields = tokens
        .slice(owner?.end ?? i, i)
        .filter((t) => isFieldWord(t, capitals))
        .map((t) => t.lower);
      if (fields.some((field) => OUTSIDE_STATE_FIELDS.has(field))) [role.of, role.head] = [undefined, false];
      else if (fields.length) role.head = false;
    }
    // "Hamas military chief ...": the head of a field of an organisation is its member.
    if (role.of?.kind === 'organisation' && owner && !role.state)
      if (tokens.slice(owner.end, i).some((t) => isFieldWord(t, false))) role.head = false;
    // "foreign ministry spokesperson Abdul Qahar Balkhi": of the state whose ministry the article named.
    if (!owner && !role.of && memory.lastMinistry && qualifiedByMinistry(tokens, i))
      role.of = memory.lastMinistry;
    const later = person
      ? undefined
      : owner
        ? laterMention(topTitle(tokens, owner.start, role.title), owner.actor, memory)
        : fieldHead(tokens, i, role.title, memory);
    const actor = person?.actor ?? later;
    const unnamed = actor ? undefined : unnamedOfficial(sentence, title, owner, memory);
    if (unnamed) {
      // The body named inside the phrase stays a mention of its own: "State Department" is still part of the US.
      const phrase: Mention = {
        start: owner?.end ?? unnamed.start,
        end: title.end,
        actor: unnamed.actor,
        via: 'new',
      };
      result = [...result.filter((m) => m.end <= phrase.start || m.start >= phrase.end), phrase];
      if (owner && unnamed.introduced)
        roles.push({
          member: unnamed.actor,
          title: role.title,
          head: false,
          of: owner.actor,
          start: unnamed.start,
          end: title.end,
        });
      i = title.end - 1;
      continue;
    }
    const described = actor || !role.head ? undefined : describedPerson(sentence, owner, result, memory);
    if (described !== undefined && memory.lastPerson) {
      const phrase: Mention = { start: described, end: title.end, actor: memory.lastPerson, via: 'coref' };
      result = [...result.filter((m) => m.end <= phrase.start || m.start >= phrase.end), phrase];
      roles.push({
        member: phrase.actor,
        title: role.title,
        head: role.head,
        of: role.of,
        start: phrase.start,
        end: phrase.end,
      });
      i = title.end - 1;
      continue;
    }
    if (!actor) {
      // "Russia's envoy dismissed ...", the name given in a sentence after.
      if (role.of?.kind === 'state' && owner?.start === 0 && POSSESSIVE.has(tokens[owner.end]?.lower ?? ''))
        memory.pending = { title: role.title, head: role.head, of: role.of, sentence: sentence.index };
      // "A spokesman for Afghan President Ashraf Ghani rejected ...", the name given in a sentence after.
      const servedBy = owner ? undefined : spokesmanFor(tokens, result, title, memory);
      if (servedBy)
        memory.pending = { title: role.title, head: false, of: servedBy, sentence: sentence.index };
      continue;
    }
    const end = person?.end ?? title.end;
    const phrase: Mention = {
      start,
      end,
      actor,
      via: person ? (person.via === 'new' ? 'new' : 'title') : 'coref',
    };
    result = [...result.filter((m) => m.end <= start || m.start >= end), phrase];
    if (person) roles.push({ member: actor, title: role.title, head: role.head, of: role.of, start, end });
    if (person && role.state) {
      roles.push({ member: actor, title: 'member', head: false, of: role.state, start, end });
      // "the top U.S. diplomat" after "U.S. Secretary of State Marco Rubio": the head of a state's body is named
      // later by the state and his title.
      memory.rememberTitle(role.state, role.title, actor);
    }
    i = end - 1;
  }
  return result.sort((a, b) => a.start - b.start);
}

/**
 * "President Emmerson Mnangagwa" in a story about Zimbabwe: a head of state's title written before a new person's
 * name with no state is of the state the article is about (named twice or more so far, twice as often as any other),
 * unless the holder has held it before ("former President ...") or the article gave the person a state already.
 */
function homeState(
  sentence: Sentence,
  mentions: Mention[],
  title: { phrase: string; start: number },
  person: Mention,
  memory: ArticleMemory,
): ActorInfo | undefined {
  const { tokens } = sentence;
  const key = title.phrase.toLowerCase();
  if (!STATE_HEADS.has(key) || !HEADS.has(key) || !isCapitalised(tokens[title.start])) return undefined;
  if (!person.actor.isNew || person.via !== 'new') return undefined;
  // "Queen Elizabeth Central Hospital": the name goes on as a body's.
  if (isCapitalised(tokens[person.end])) return undefined;
  const known = memory.statesOf.get(person.actor.id);
  if (known) return known;
  const from = qualifiersStart(tokens, title.start, mentions);
  if (tokens.slice(Math.max(0, from - 2), title.start).some((t) => FORMER.has(t.lower))) return undefined;
  // "... with Washington over its stance, given President Barack Obama's failure": another state in the sentence
  // may be his.
  const named = mentions.filter((m) => m.actor.kind === 'state');
  const main = memory.mainState(named.map((m) => m.actor));
  if (!main || !named.every((m) => m.actor.id === main.id)) return undefined;
  // "Turkish President Recep Tayyip Erdogan ... Ankara will look to President Joe Biden": a state whose head the
  // article has named already has another head.
  const head = memory.roles.get(`${main.id} leader`);
  return head && head.id !== person.actor.id ? undefined : main;
}

/**
 * "... said Mawlawi Hibatullah Akhundzada. The Taliban chief was referring to ...": "the" with an organisation and
 * a head title, no name after, describes the person named in the sentence before, when the article has given that person no
 * title yet and names no one before it in this sentence. Where the phrase begins, if it is such a description.
 */
function describedPerson(
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
function spokesmanFor(
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

/** Modifiers of a title that make its holder second to the head: "deputy leader", "vice chair". */
const DEPUTY_WORDS = new Set(['deputy', 'vice']);

/** Words that join the items of a list of titled people. */
const LIST_JOINS = new Set([',', ';', 'and']);

/**
 * "Ukrainian Foreign Minister Andrii Sybiha; Defense Minister Rustem Umerov; and military commander Pavlo Palisa":
 * a title with no state, right after a titled person of a state in a list, shares that state.
 */
function listedState(tokens: Token[], roles: Role[], start: number): ActorInfo | undefined {
  const before = roles.filter((r) => r.end <= start && r.member.kind === 'person');
  const last = before[before.length - 1];
  if (!last || last.of?.kind !== 'state' || last.end === start) return undefined;
  let between = tokens.slice(last.end, start);
  // "and military commander": a word of the title's field the tagger read as an adjective.
  for (let n = 0; n < 2 && /^\p{Ll}+$/u.test(between[between.length - 1]?.text ?? ''); n++) {
    if (LIST_JOINS.has(between[between.length - 1]?.lower ?? '')) break;
    between = between.slice(0, -1);
  }
  return between.length && between.every((t) => LIST_JOINS.has(t.lower)) ? last.of : undefined;
}

/**
 * An official quoted without a name: "a senior State Department official told reporters" is a new unnamed person
 * (of the body or state named), "the official" after it the same one. Only one who speaks is an actor: the
 * phrase is next to a speech verb.
 */
function unnamedOfficial(
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
function qualifiedByMinistry(tokens: Token[], titleStart: number): boolean {
  const from = Math.max(0, titleStart - 3);
  return tokens.slice(from, titleStart).some((t) => t.lower === 'ministry');
}

/**
 * "The ministry", "the foreign ministry" (in lower case): the ministry the article named last, which speaks for
 * its state.
 */
function ministryMentions(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const state = memory.lastMinistry;
  if (!state) return mentions;
  const { tokens } = sentence;
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    if (token.text !== 'ministry' || mentions.some((m) => i >= m.start && i < m.end)) return;
    // Not a qualifier of a title: "foreign ministry spokesperson" is a person.
    if (TITLES.matchAt(tokens, i + 1)) return;
    const start = tokens[i - 1]?.lower === 'the' ? i - 1 : tokens[i - 2]?.lower === 'the' ? i - 2 : -1;
    if (start < 0 || (start === i - 2 && !/^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? ''))) return;
    found.push({ start, end: i + 1, actor: state, via: 'coref' });
  });
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

/** "the top U.S. diplomat": "top" before a diplomat makes the state's foreign minister of him. */
function topTitle(tokens: Token[], ownerStart: number, title: string): string {
  const top = tokens[ownerStart - 1]?.lower === 'top' || tokens[ownerStart + 1]?.lower === 'top';
  return title === 'diplomat' && top ? 'top diplomat' : title;
}

/** Titles a field's head holds in a government: "Commerce Secretary", "Trade Minister". */
const FIELD_HEAD_TITLES = ['secretary', 'minister'];

/**
 * "the Commerce chief" after "Commerce Secretary Howard Lutnick": "the", a field in capitals and "chief" or "head"
 * name the one person the article gave that field's secretary or minister title.
 */
function fieldHead(tokens: Token[], at: number, title: string, memory: ArticleMemory): ActorInfo | undefined {
  const field = tokens[at - 1];
  if (!['chief', 'head'].includes(title) || tokens[at - 2]?.lower !== 'the' || !field) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(field.text)) return undefined;
  const endings = FIELD_HEAD_TITLES.map((t) => ` ${field.lower} ${t}`);
  const found = new Set<ActorInfo>();
  for (const [key, actor] of memory.roles) if (endings.some((e) => key.endsWith(e))) found.add(actor);
  return found.size === 1 ? [...found][0] : undefined;
}

/** "the Israeli leader", "the Pakistani envoy": the person the article has named with that state's title. */
function laterMention(title: string, owner: ActorInfo, memory: ArticleMemory): ActorInfo | undefined {
  return memory.roles.get(`${owner.id} ${title}`);
}

/** Nouns before a head title that keep it the head of the whole body: "executive director". */
const WHOLE_BODY_WORDS = new Set(['executive', 'managing']);

/**
 * A title after its qualifiers: "deputy U.N. ambassador", "presidential foreign policy adviser". `unit` when a
 * noun of a field qualifies it: a "project director" or "program director" heads a unit, not the body.
 */
function titleAt(tokens: Token[], mentions: Mention[], from: number) {
  let nouns = 0;
  let unit = false;
  let deputy = false;
  for (let at = from; at < from + 5; at++) {
    const title = TITLES.matchAt(tokens, at);
    if (title) return { ...title, unit, deputy };
    const token = tokens[at];
    if (!token) return undefined;
    deputy = deputy || DEPUTY_WORDS.has(token.lower);
    if (TITLE_MODIFIERS.has(token.lower)) continue;
    if (ACRONYM.test(token.text) && !isStateMention(startingAt(mentions, at))) continue;
    // "a senior Iran analyst at the Eurasia Group": a state the holder studies, a field of the title.
    const studied = startingAt(mentions, at);
    if (isStateMention(studied) && studied && at > from && TITLE_MODIFIERS.has(tokens[at - 1]?.lower ?? '')) {
      unit = true;
      at = studied.end - 1;
      continue;
    }
    if (nouns++ < 2 && isFieldWord(token, false)) {
      unit = unit || !WHOLE_BODY_WORDS.has(token.lower);
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** True when nothing more of a noun phrase follows: "of China," but not "of the U.S.-Korea program". */
function endsPhrase(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return true;
  if (token.text === '-' || POSSESSIVE.has(token.lower)) return false;
  // "heads the U.N. Integrated Bureau for Haiti": a capitalised word goes on with a longer name, however tagged.
  if (/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  return !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(token.pos) || /^\p{P}+$/u.test(token.text);
}

/** Verbs of a relative clause that make a person the head of what follows: "who heads", "who leads". */
const HEAD_VERBS = new Set(['heads', 'leads', 'chairs']);

/** Titles of those who speak for a body: "for" a state, they serve it rather than deal with it. */
const SPEAKER_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Links after a title's field that name the body it is held at: "professor of law at ...". */
const FIELD_LINKS = new Set(['at', 'with']);

/**
 * After a title, the field it is of, in lower case, before the body it is held at: "professor of political
 * philosophy at Koya University", "director of research at the Institute ...". The position of that "at", if any.
 */
function fieldEnd(tokens: Token[], titleEnd: number): number | undefined {
  // "assistant professor in Modern Chinese Studies at Leiden University": a field "in" is named in capitals.
  const link = tokens[titleEnd]?.lower;
  if (link !== 'of' && link !== 'in') return undefined;
  for (let at = titleEnd + 1; at <= titleEnd + 4; at++) {
    const token = tokens[at];
    if (!token) return undefined;
    if (at > titleEnd + 1 && FIELD_LINKS.has(token.lower)) return at;
    const capitals = link === 'in' && /^\p{Lu}\p{Ll}+$/u.test(token.text);
    const word = capitals || (/^\p{Ll}+$/u.test(token.text) && ['NOUN', 'ADJ'].includes(token.pos));
    if (!word && !(token.lower === 'and' && at > titleEnd + 1)) return undefined;
  }
  return undefined;
}

/**
 * "the Germany-based Kurdish Center ...", "a London-based think tank": a place named with "-based" says where the
 * body named next sits; that body is the one meant, if one follows.
 */
function pastBase(tokens: Token[], mentions: Mention[], place: Mention | undefined): Mention | undefined {
  if (!place || tokens[place.end]?.text !== '-' || tokens[place.end + 1]?.lower !== 'based') return place;
  return startingAt(mentions, place.end + 2);
}

/**
 * The body a title after a person belongs to: "director of the Institute ...", "professor at ...". A state that
 * only qualifies what follows ("director of the U.S.-Korea policy program") is not it, nor the state a post
 * is for ("special representative for North Korea at the State Department" is of the State Department).
 */
function bodyOf(tokens: Token[], mentions: Mention[], titleEnd: number, title = ''): Mention | undefined {
  const field = fieldEnd(tokens, titleEnd);
  if (field) titleEnd = field;
  const link = tokens[titleEnd]?.lower ?? '';
  if (!ROLE_LINKS.has(link)) return undefined;
  const at = DETERMINERS.has(tokens[titleEnd + 1]?.lower ?? '') ? titleEnd + 2 : titleEnd + 1;
  let body = pastBase(tokens, mentions, startingAt(mentions, at));
  if (!body || !isBody(body)) return undefined;
  if (body.actor.kind === 'state' && POSSESSIVE.has(tokens[body.end]?.lower ?? '')) {
    const owned = startingAt(mentions, body.end + 1);
    return isBody(owned) ? owned : undefined;
  }
  // "a spokesperson for Pakistan's Ministry of Foreign Affairs": one who speaks for a state serves it.
  if (body.actor.kind === 'state' && link === 'for' && SPEAKER_TITLES.has(title)) return body;
  if (body.actor.kind === 'state' && link === 'for') {
    if (tokens[body.end]?.lower !== 'at') return undefined;
    const skip = DETERMINERS.has(tokens[body.end + 1]?.lower ?? '') ? 2 : 1;
    body = startingAt(mentions, body.end + skip);
    return body?.actor.kind === 'organisation' ? body : undefined;
  }
  if (body.actor.kind === 'state' && !endsPhrase(tokens, body.end)) return undefined;
  return body;
}

/**
 * "the spokesperson for Pakistan's Ministry of Foreign Affairs, Ambassador Shafqat Ali Khan": a title with "the",
 * its body after it, then the holder's name set off by a comma.
 */
function titleThenHolder(tokens: Token[], mentions: Mention[], roles: Role[]): void {
  mentions.forEach((person) => {
    if (person.actor.kind !== 'person' || tokens[person.start - 1]?.text !== ',') return;
    const body = endingAt(mentions, person.start - 1);
    if (!body || !isBody(body)) return;
    // Back over the link and its determiner to the title: "the head of the ...".
    let link = body.start - 1;
    if (DETERMINERS.has(tokens[link]?.lower ?? '')) link--;
    if (!ROLE_LINKS.has(tokens[link]?.lower ?? '')) return;
    for (let start = link - 1; start >= Math.max(0, link - 3); start--) {
      const title = TITLES.matchAt(tokens, start);
      if (!title || title.end !== link) continue;
      if (tokens[start - 1]?.lower !== 'the') return;
      const key = title.phrase.toLowerCase();
      if (bodyOf(tokens, mentions, link, key)?.actor.id !== body.actor.id) return;
      const owns = POSSESSIVE.has(tokens[body.end]?.lower ?? '');
      roles.push({
        member: person.actor,
        title: key,
        head: HEADS.has(key) && !owns,
        of: body.actor,
        start: start - 1,
        end: person.end,
      });
      return;
    }
  });
}

/** "X, [a] director of Y", "X, Y's foreign minister", "Y1 at Y2", "X and first lady Z". */
function appositiveRoles(sentence: Sentence, mentions: Mention[], roles: Role[]): void {
  const { tokens } = sentence;
  titleThenHolder(tokens, mentions, roles);
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    if (mention.actor.kind === 'person' && tokens[mention.end]?.text === ',') {
      let at = mention.end + 1;
      if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
      const owner = startingAt(mentions, at);
      if (isBody(owner) && owner)
        at = POSSESSIVE.has(tokens[owner.end]?.lower ?? '') ? owner.end + 1 : owner.end;
      let title = titleAt(tokens, mentions, at);
      // "co-founder and executive director of ...": the last of two titles an "and" joins is held at the body.
      const second =
        title && tokens[title.end]?.lower === 'and' ? titleAt(tokens, mentions, title.end + 1) : undefined;
      if (second) title = second;
      if (title) {
        const body = bodyOf(tokens, mentions, title.end, title.phrase.toLowerCase());
        const of = body ?? (isBody(owner) ? owner : undefined);
        const key = title.phrase.toLowerCase();
        // "director of Cornell University's Emerging Markets Institute", "Iran project director at the International
        // Crisis Group": of the body, not its head.
        const owns = !!body && POSSESSIVE.has(tokens[body.end]?.lower ?? '');
        // "a journalist with NewsDay and Heart and Soul Television": of both bodies an "and" joins.
        const also =
          body && !owns && tokens[body.end]?.lower === 'and' ? startingAt(mentions, body.end + 1) : undefined;
        if (also && isBody(also) && also.actor.kind === body?.actor.kind && endsPhrase(tokens, also.end))
          roles.push({
            member: mention.actor,
            title: key,
            head: false,
            of: also.actor,
            start: mention.start,
            end: also.end,
          });
        if (of)
          roles.push({
            member: mention.actor,
            title: owns ? 'member' : key,
            // "director of research at ...": a head of a field of the body, a member of it.
            head:
              !owns &&
              !title.unit &&
              !title.deputy &&
              HEADS.has(key) &&
              !(body && fieldEnd(tokens, title.end)),
            of: of.actor,
            start: mention.start,
            end: of.end,
          });
      }
    }
    // "Mark Rutte, who heads NATO": a head named by a verb in a relative clause, in the present.
    if (
      mention.actor.kind === 'person' &&
      tokens[mention.end]?.text === ',' &&
      tokens[mention.end + 1]?.lower === 'who'
    ) {
      const verb = tokens[mention.end + 2]?.lower ?? '';
      let at = mention.end + 3;
      if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
      const body = HEAD_VERBS.has(verb) ? startingAt(mentions, at) : undefined;
      if (body && isBody(body) && endsPhrase(tokens, body.end))
        roles.push({
          member: mention.actor,
          title: body.actor.kind === 'state' ? 'leader' : 'head',
          head: true,
          of: body.actor,
          start: mention.start,
          end: body.end,
        });
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

/** Fields of a title that stand outside or against the state: "opposition leader", "rebel commander". */
const OUTSIDE_STATE_FIELDS = new Set([
  'opposition',
  'rebel',
  'rebels',
  'militia',
  'militant',
  'insurgent',
  'separatist',
  'dissident',
  'exile',
  'protest',
  'community',
  'business',
  'union',
  'student',
  'church',
  'tribal',
  'clan',
  'party',
]);

/** Callings outside government: held with a state's adjective, they give the holder's nationality only. */
const PRIVATE_TITLES = new Set(PRIVATE_TITLE_WORDS);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);
/** Nouns that, after "his" or "her", name the state a person serves rather than the person. */
const STATE_NOUNS = new Set(['government', 'administration', 'country', 'nation', 'regime', 'state']);

const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/** The person a sentence names first, before its first verb and outside a quotation: its subject. */
function subjectOf(sentence: Sentence, mentions: readonly Mention[]): ActorInfo | undefined {
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

/** He, she, his, her: the last person named before, in this sentence or the ones before. */
function pronouns(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const result: Mention[] = [];
  let last = memory.lastPerson;
  let prior = memory.priorPerson;
  let lastEnd = -1;
  let next = 0;
  sentence.tokens.forEach((token, i) => {
    while (next < mentions.length && (mentions[next] as Mention).start <= i) {
      const mention = mentions[next++] as Mention;
      result.push(mention);
      if (mention.actor.kind !== 'person') continue;
      if (mention.actor.id !== last?.id) prior = last;
      last = mention.actor;
      lastEnd = mention.end;
    }
    if (!PRONOUNS.has(token.lower) || !last || result.some((m) => i >= m.start && i < m.end)) return;
    // "Sullivan met Trump in May. He also played a key role ...": a sentence that opens with "he" or "she" goes on
    // about the subject of the sentence before.
    const subject = memory.lastSubject;
    if (i === 0 && SUBJECT_PRONOUNS.has(token.lower) && subject && subject.sentence === sentence.index - 1) {
      result.push({ start: i, end: i + 1, actor: subject.actor, via: 'pronoun' });
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
function pendingName(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
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
function bindPending(
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

/**
 * Head nouns of the bodies of a state: its government, legislature, ministries, courts, missions and forces. A
 * body named after a state is part of it only when it is one of these: "the Chinese Foreign Ministry", "Iraqi
 * special forces"; a militia, party, institute or company named after its country is not ("Syrian Democratic
 * Forces", "Syrian Center for Legal Studies").
 */
const STATE_BODY_HEADS = new Set([
  'administration',
  'agency',
  'army',
  'assembly',
  'authorities',
  'authority',
  'bureau',
  'cabinet',
  'command',
  'congress',
  'consulate',
  'corps',
  'court',
  'department',
  'directorate',
  'embassy',
  'government',
  'guard',
  'house',
  'judiciary',
  'legislature',
  'marines',
  'military',
  'ministry',
  'mission',
  'navy',
  'office',
  'parliament',
  'police',
  'presidency',
  'prosecutor',
  'senate',
  'treasury',
]);
/** "Forces" is a state's only with a word that makes them its armed forces: "Israel Defense Forces". */
const FORCES_QUALIFIERS = new Set([
  'air',
  'armed',
  'border',
  'defence',
  'defense',
  'government',
  'naval',
  'security',
  'special',
]);
/** "Service" is a state's with a word that makes it an organ of government: "Federal Security Service". */
const SERVICE_QUALIFIERS = new Set([
  'civil',
  'customs',
  'diplomatic',
  'foreign',
  'immigration',
  'intelligence',
  'revenue',
  'secret',
  'security',
]);
/** Words that end a body's head and begin what qualifies it: "Department of State", "Center for ...". */
const NAME_LINK_WORDS = new Set(['of', 'for', 'on', 'and', 'to', 'in', '(']);

/** True when a body's name is that of a state's organ: its head noun is one ("US Department of State"). */
export function namesStateBody(words: readonly string[]): boolean {
  const link = words.findIndex((w, i) => i > 0 && NAME_LINK_WORDS.has(w));
  const head = (link > 0 ? words.slice(0, link) : words).filter(
    (w) => /\p{L}/u.test(w) && !POSSESSIVE.has(w),
  );
  const last = head[head.length - 1]?.toLowerCase() ?? '';
  // "US forces", "Israel Defense Forces"; not "Syrian Democratic Forces".
  if (last === 'forces')
    return head.length < 3 || FORCES_QUALIFIERS.has(head[head.length - 2]?.toLowerCase() ?? '');
  if (last === 'council') return head[head.length - 2]?.toLowerCase() === 'security';
  // "Iraqi Intelligence Service", not "VOA's Somali Service".
  if (last === 'service' || last === 'services')
    return SERVICE_QUALIFIERS.has(head[head.length - 2]?.toLowerCase() ?? '');
  return STATE_BODY_HEADS.has(last) || STATE_BODY_HEADS.has(last.replace(/s$/, ''));
}

/**
 * True when a body's name begins with a state's form that is itself one of its organs: "White House National
 * Economic Council" (not "Syrian Democratic Forces").
 */
function namedByStateOrgan(written: readonly string[], memory: ArticleMemory): boolean {
  const { registry } = memory.actors;
  for (let n = Math.min(3, written.length - 1); n >= 2; n--) {
    const lead = written.slice(0, n);
    if (registry.stateCodeOf(lead)) return namesStateBody(lead);
  }
  return false;
}

/**
 * A body and the state it belongs to, when its name says it: "U.S. Congress", "the US Department of State". The
 * registry's country of a body decides; for a body the article proposes, the state its name begins with (or the
 * country read off it), when the name is a state organ's.
 */
function bodyTies(sentence: Sentence, mentions: Mention[], roles: Role[], memory: ArticleMemory): void {
  const { registry } = memory.actors;
  for (const mention of mentions) {
    const { actor } = mention;
    if (actor.kind !== 'organisation') continue;
    const written = sentence.tokens.slice(mention.start, mention.end).map((t) => t.text);
    const named =
      namesStateBody(nameWords(actor.name)) || namesStateBody(written) || namedByStateOrgan(written, memory);
    const code =
      actor.country && !actor.isNew
        ? registry.stateOf(actor)
        : named
          ? (registry.stateOf(actor) ?? registry.leadingState(written))
          : undefined;
    const state = code ? memory.actors.state(code) : memory.bodyOwners.get(actor.id);
    if (state && state.id !== actor.id)
      roles.push({
        member: actor,
        title: 'part of',
        head: false,
        of: state,
        start: mention.start,
        end: mention.end,
      });
  }
}

/**
 * "Turkish Foreign Ministry spokesperson Tanju Bilgic": a title whose body was found as a new name right before it
 * is of that body, and of the state the body is part of.
 */
function bodiesBeforeTitles(mentions: Mention[], roles: Role[]): void {
  for (const role of [...roles]) {
    if (role.of || role.member.kind !== 'person') continue;
    const body = endingAt(mentions, role.start);
    if (!isBody(body) || !body || body.via !== 'new' || ENVOY_TITLES.has(role.title)) continue;
    role.of = body.actor;
    role.start = body.start;
    const state = roles.find((r) => r.member.id === body.actor.id && r.title === 'part of')?.of;
    if (state?.kind === 'state') roles.push({ ...role, title: 'member', head: false, of: state });
  }
}

/** Words of a byline that say its people write for the publisher: "staff reporter", "senior staff writer". */
const BYLINE_WORDS = new Set([
  'reporter',
  'reporters',
  'writer',
  'writers',
  'correspondent',
  'correspondents',
  'editor',
]);

/** "By Kim Ji-eun and Park Min-hee, staff reporters": the people of a byline are the publisher's staff. */
function bylineRoles(sentence: Sentence, mentions: Mention[], roles: Role[], memory: ArticleMemory): void {
  const { tokens } = sentence;
  const publisher = memory.publisher;
  if (!publisher || tokens[0]?.text !== 'By' || !tokens.some((t) => BYLINE_WORDS.has(t.lower))) return;
  for (const mention of mentions)
    if (mention.actor.kind === 'person' && mention.via !== 'pronoun')
      roles.push({
        member: mention.actor,
        title: 'reporter',
        head: false,
        of: publisher,
        start: mention.start,
        end: mention.end,
      });
}

const ORGANISATION_WORD = new Set(ORGANISATION_WORDS);
const NAME_LINK_OF = new Set(['of', 'at']);
/** Words of a title before a body's name that are no part of it: "Deputy State Department spokesperson". */
const TITLE_WORD = new Set([...HEAD_TITLES, ...MEMBER_TITLES, ...TITLE_MODIFIER_WORDS, 'vice']);

/** A capitalised word that names nothing the article or the registry knows, nor begins a sentence as a rule. */
function unknownCapital(token: Token | undefined, memory: ArticleMemory): boolean {
  if (!token || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || NOT_NAME.has(token.text)) return false;
  if (TITLE_WORD.has(token.lower)) return false;
  return !memory.actors.registry.names.has(nameKey([token.text])) && !memory.surnames.has(token.text);
}

/**
 * "The National Security Council said": a body's known name ("Security Council") right after a capitalised word
 * nobody knows is the end of a longer name, another body's; the whole name is read as a new one after.
 */
function insideLongerNames(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
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
function personOfBody(sentence: Sentence, fresh: Mention[], memory: ArticleMemory): Mention[] {
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
function bodiesOnStates(
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

/** Two or three capitalised words nobody knows, that may be a person's name: "Jane Porter". */
function unknownName(tokens: readonly Token[], memory: ArticleMemory): boolean {
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
function spokenOrSetOff(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    SPEECH.has(tokens[end]?.lower ?? '') ||
    tokens[end]?.text === ',' ||
    SPEECH.has(tokens[start - 1]?.lower ?? '')
  );
}

/**
 * "Richard Roe, former deputy secretary of state, said": capitalised words nobody knows, set off by a comma before
 * a title that a former holder ("former", "ex") or a field ("the shadow justice secretary") comes before, name a
 * person (the tie is read after, when the title is held now).
 */
function formerHolders(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
  const { tokens } = sentence;
  const found: Mention[] = [];
  for (let comma = 2; comma < tokens.length - 2; comma++) {
    if (tokens[comma]?.text !== ',') continue;
    let start = comma;
    while (start > comma - 3 && start > 0 && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '')) start--;
    const before = tokens[start - 1];
    if (before && !(before.text === ',' || SPEECH.has(before.lower) || before.lower === 'and')) continue;
    if (mentions.some((m) => m.end > start && m.start < comma)) continue;
    if (!unknownName(tokens.slice(start, comma), memory)) continue;
    let at = comma + 1;
    if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
    if (FORMER.has(tokens[at]?.lower ?? '')) at++;
    if (!titleAt(tokens, mentions, at)) continue;
    const actor = memory.actors.propose(spanText(sentence, start, comma), 'person');
    found.push({ start, end: comma, actor, via: 'new' });
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * "Jane Porter of the Refugee Council said": capitalised words nobody knows right before "of" or "at" and a body
 * name a person, when the phrase speaks or is set off by a comma (the tie is read after, as for "Soli Ozel of").
 */
function peopleBeforeBodies(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
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
function honorificsOff(sentence: Sentence, mentions: Mention[], memory: ArticleMemory): Mention[] {
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
function laterParts(mentions: Mention[], memory: ArticleMemory): Mention[] {
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

/** Finds every actor mention in a sentence, in order, and the ties it states in passing; updates the memory. */
export function findMentions(sentence: Sentence, memory: ArticleMemory): SentenceMentions {
  const roles: Role[] = [];
  let mentions = insideLongerNames(sentence, knownNames(sentence.tokens, memory), memory);
  mentions = titledPeople(sentence, mentions, roles, memory);
  const fresh = personOfBody(sentence, newNames(sentence, mentions, memory), memory);
  mentions = [
    ...mentions.filter((m) => !fresh.some((n) => m.start >= n.start && m.end <= n.end)),
    ...fresh,
  ].sort((a, b) => a.start - b.start);
  mentions = bodiesOnStates(sentence, mentions, fresh, memory);
  mentions = formerHolders(sentence, peopleBeforeBodies(sentence, mentions, memory), memory);
  mentions = laterParts(honorificsOff(sentence, mentions, memory), memory);
  mentions = ministryMentions(sentence, mentions, memory);
  mentions = pendingName(sentence, mentions, memory);
  appositiveRoles(sentence, mentions, roles);
  bodyTies(sentence, mentions, roles, memory);
  bodiesBeforeTitles(mentions, roles);
  bylineRoles(sentence, mentions, roles, memory);
  // "Chinese scholar Zhao Tong": a private calling with a state's adjective says a nationality, not a tie.
  for (let i = roles.length - 1; i >= 0; i--) {
    const role = roles[i] as Role;
    if (role.of?.kind === 'state' && PRIVATE_TITLES.has(role.title)) roles.splice(i, 1);
  }
  const seen = new Set(memory.named);
  const all = pronouns(sentence, mentions, memory);
  const subject = subjectOf(sentence, all);
  memory.lastSubject = subject ? { actor: subject, sentence: sentence.index } : undefined;
  for (const mention of all) if (mention.via !== 'pronoun') memory.remember(mention);
  if (all.some((m) => m.actor.kind === 'person' && m.via !== 'pronoun'))
    memory.lastPersonSentence = sentence.index;
  for (const role of roles) if (role.member.kind === 'person') memory.titled.add(role.member.id);
  bindPending(sentence, mentions, roles, memory, seen);
  for (const role of roles) memory.rememberRole(role);
  return { sentence, mentions: all, roles };
}

// Stage 2, people: titles written before a name ("North Korean leader Kim Jong Un", "Trump's special envoy, Steve
// Witkoff"): the person named, the state or body that owns the title, and the tie it states.
import type { Sentence, Token } from '../document';
import { nameKey, nameWords, type ActorInfo } from './actor-table';
import {
  capitalisedRun,
  HEADS,
  isCapitalised,
  NOT_NAME,
  spanText,
  STATE_HEADS,
  TITLES,
  type ArticleMemory,
  type Mention,
  type Role,
} from './mentions';
import { CABINET_TITLES, MINISTRY_FIELDS, TITLE_BODIES, TITLE_STATES } from '../lexicon/titles';
import { PhraseMatcher } from '../phrases';
import { bodyCalledBy } from './titles-after-names';
import { OFFICE_TERMS, OFFICE_WORDS, type OfficeTerm } from '../lexicon/office-holders';
import { NAME_LINKS, NAME_PARTICLES } from '../lexicon/names';
import {
  NAME_HONORIFIC,
  FORMER,
  POSSESSIVE,
  DETERMINERS,
  endingAt,
  startingAt,
  isBody,
  isStateMention,
  ACRONYM,
  ORGANISATION_WORD,
} from './person-spans';
import { qualifiersStart, isFieldWord, ENVOY_TITLES, DEPUTY_WORDS, bodyOf } from './title-phrases';
import {
  describedPerson,
  spokesmanFor,
  unnamedOfficial,
  qualifiedByMinistry,
  topTitle,
  fieldHead,
  laterMention,
  soleHolder,
} from './titles-without-names';

const PARTICLE_WORDS = new Set(NAME_PARTICLES);

const MINISTRY_FIELD = new PhraseMatcher(MINISTRY_FIELDS);

const NAME_LINK = new Set(NAME_LINKS);

const ARTICLES = new Set(['the', 'a', 'an']);

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
  // "U.N.-appointed special rapporteur", "Taliban-appointed governor": who appointed the holder owns the post.
  if (tokens[at - 1]?.lower === 'appointed' && tokens[at - 2]?.text === '-') {
    const appointer = endingAt(mentions, at - 2);
    if (isBody(appointer)) return appointer;
  }
  const possessive = POSSESSIVE.has(tokens[at - 1]?.lower ?? '');
  const owner = endingAt(mentions, possessive ? at - 1 : at);
  if (isBody(owner)) return owner;
  // "IS deputy caliph ...": with no state before it, the body named by the acronym owns the title; a "U.N.
  // ambassador" is a state's envoy to it.
  const title = TITLES.matchAt(tokens, titleStart)?.phrase.toLowerCase() ?? '';
  if (acronym && isBody(acronym) && !ENVOY_TITLES.has(title)) return acronym;
  if (possessive && !owner) return headsOwner(tokens, mentions, at - 1);
  return possessive && owner?.actor.kind === 'person' ? owner : undefined;
}

/**
 * "The U.N. secretary-general's special representative", "the Russian president's spokesman": an aide of a title
 * named without its holder serves the state or body that owns that title. `end` is where the possessive mark is.
 */
function headsOwner(tokens: Token[], mentions: Mention[], end: number): Mention | undefined {
  for (let start = Math.max(0, end - 4); start < end; start++) {
    if (TITLES.matchAt(tokens, start)?.end !== end) continue;
    const owner = ownerBefore(tokens, mentions, start);
    return isBody(owner) ? owner : undefined;
  }
  return undefined;
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

/**
 * Where a name ends when lower-case particles go on with it: "Ursula von der Leyen", "Rafael van der Berg". Two
 * particles or more before a capitalised word, which a run of capitals stops at.
 */
function particlesOn(tokens: Token[], end: number, covered: (i: number) => boolean): number {
  let at = end;
  while (PARTICLE_WORDS.has(tokens[at]?.text ?? '')) at++;
  if (at - end < 2 || !isCapitalised(tokens[at]) || covered(at)) return end;
  return particlesOn(tokens, capitalisedRun(tokens, at, covered), covered);
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
  let end = particlesOn(tokens, capitalisedRun(tokens, at, covered), covered);
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
  served?: { body?: Mention; named?: { start: number; end: number } },
): Mention | undefined {
  let at = titleEnd;
  const { tokens } = sentence;
  // "Pakistan's permanent representative to the United Nations, Munir Akram", "the head of the Islamic State,
  // Abu Bakr al-Baghdadi": the body served comes first.
  // "the U.N. special representative in Haiti, Helen La Lime": where the post is held is no body served.
  const link = tokens[at]?.lower ?? '';
  // "the U.N. special rapporteur on Afghanistan, Jane Roe": what a post is on is no body served either.
  if (['to', 'at', 'of', 'for', 'in', 'on'].includes(link) && tokens[at + 1]) {
    const from = DETERMINERS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
    const body = startingAt(mentions, from);
    if (body && isBody(body) && tokens[body.end]?.text === ',') {
      at = body.end;
      if (served && link !== 'in' && link !== 'on') served.body = body;
    } else if (
      body &&
      isBody(body) &&
      link === 'to' &&
      isCapitalised(tokens[body.end]) &&
      !startingAt(mentions, body.end)
    ) {
      // "Brazil's ambassador to China Marcos Galvao": the name right after the state an envoy is sent to.
      at = body.end;
    } else if (!body && link !== 'in' && link !== 'on' && link !== 'to' && isCapitalised(tokens[from])) {
      // "the deputy minister for the Ministry of Information, Ahmad Karimi": a body's name no one knows yet (read
      // as a new name after, and tied to the holder then).
      const covered = (i: number) => mentions.some((m) => i >= m.start && i < m.end);
      const end = capitalisedRun(tokens, from, covered);
      const organisation = tokens.slice(from, end).some((t) => ORGANISATION_WORD.has(t.text));
      if (end - from > 1 && organisation && tokens[end]?.text === ',') {
        at = end;
        if (served) served.named = { start: from, end };
      }
    }
  }
  // "Minister of Justice Jane Roe", "Secretary of Defense John Doe": a department's field between a cabinet title
  // and its holder's name, in capitals.
  // "Secretary of State for Defence Ben Wallace": a British secretary's field comes after "for".
  const cabinet = /(?:minister|secretary)$/i.test(tokens[at - 1]?.text ?? '');
  const forField =
    link === 'for' && /^state$/i.test(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.lower === 'of';
  if ((link === 'of' && cabinet) || forField) {
    if (!served?.body && !served?.named) at = ministryFieldsEnd(tokens, at);
  }
  const comma = tokens[at]?.text === ',' ? 1 : 0;
  let honorific = tokens[at + comma]?.text === 'Mr.' ? 1 : 0;
  // "U.S. Air Force Chief of Staff, General Dave Goldfein": a rank in capitals before the name set off by a comma.
  const rank = comma ? TITLES.matchAt(tokens, at + comma) : undefined;
  if (
    rank &&
    isCapitalised(tokens[at + comma]) &&
    isCapitalised(tokens[rank.end]) &&
    !startingAt(mentions, rank.end)
  )
    honorific = rank.end - at - comma;
  const person = personAfter(sentence, mentions, at + comma + honorific, memory);
  if (!person || !comma) return person;
  const next = tokens[person.end];
  const closed = !next || [',', '.', ';'].includes(next.text) || next.pos === 'VERB' || next.pos === 'AUX';
  return closed ? person : undefined;
}

/**
 * Where the fields of a ministry named in capitals after a cabinet title end: "Minister of Justice", "Minister of
 * Foreign Affairs and Trade", "Secretary of State for Defence". `link` is the position of the "of" or "for".
 */
function ministryFieldsEnd(tokens: Token[], link: number): number {
  let at = link;
  for (let n = 0; n < 3; n++) {
    const field = MINISTRY_FIELD.matchAt(tokens, at + 1);
    if (!field || !tokens.slice(at + 1, field.end).every((t) => isCapitalised(t) || t.lower === 'the')) break;
    at = field.end;
    // "Foreign Affairs and Trade", "Industry, Trade and Tourism": fields joined in one title.
    if (tokens[at]?.lower !== 'and' && tokens[at]?.text !== ',') break;
  }
  return at;
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

/** Head words of a government body a title's qualifiers may describe in lower case: "health ministry spokesman". */
const BODY_HEADS = new Set([
  'department',
  'ministry',
  'agency',
  'commission',
  'authority',
  'office',
  'service',
]);

/**
 * "disaster management department spokesperson Jane Roe": lower-case words before a title that end in a body's head
 * word, all of them words of the name of the one body of that head the article has named ("Department of Disaster
 * Management Affairs"), describe that body.
 */
function describedBody(
  tokens: Token[],
  titleStart: number,
  mentions: Mention[],
  memory: ArticleMemory,
): ActorInfo | undefined {
  const from = qualifiersStart(tokens, titleStart, mentions);
  const words = tokens.slice(from, titleStart).map((t) => t.text);
  const head = words[words.length - 1];
  if (!head || !BODY_HEADS.has(head) || words.length < 2 || !words.every((w) => /^\p{Ll}+$/u.test(w)))
    return undefined;
  let found: ActorInfo | undefined;
  for (const id of memory.named) {
    const body = memory.actors.get(id);
    if (body?.kind !== 'organisation') continue;
    const name = new Set(nameWords(body.name).map((w) => w.toLowerCase()));
    if (!words.every((w) => name.has(w))) continue;
    if (found && found.id !== body.id) return undefined;
    found = body;
  }
  return found;
}

/** Words of a minister's title that are no field of his ministry: "Deputy Foreign Minister". */
const MINISTER_WORDS = new Set(['minister', 'secretary', 'deputy', 'vice', 'first', 'executive', 'senior']);

/**
 * "Interior Minister Fred Matiangi" after "the Kenya Interior Ministry": a minister's title with its field, of no
 * state or of the ministry's, heads the one ministry of that field the article has named, and is of its state (with no
 * state, only the ministry of the state the article is about).
 */
function namedMinistry(
  tokens: Token[],
  title: { phrase: string; start: number; end: number },
  of: ActorInfo | undefined,
  mentions: Mention[],
  memory: ArticleMemory,
): { body: ActorInfo; state: ActorInfo } | undefined {
  if (of && of.kind !== 'state') return undefined;
  const words = title.phrase.toLowerCase().split(' ');
  const last = words[words.length - 1] ?? '';
  if (last !== 'minister' && last !== 'secretary') return undefined;
  const field = words.filter((w) => !MINISTER_WORDS.has(w));
  // "Interior Minister": a field in capitals before the title.
  if (isCapitalised(tokens[title.start]))
    for (const token of tokens.slice(qualifiersStart(tokens, title.start, mentions), title.start))
      if (/^\p{Lu}\p{Ll}+$/u.test(token.text) && !MINISTER_WORDS.has(token.lower)) field.push(token.lower);
  if (!field.length) return undefined;
  const heads = last === 'minister' ? ['ministry'] : ['ministry', 'department'];
  const { registry } = memory.actors;
  const found: { body: ActorInfo; state: ActorInfo }[] = [];
  for (const id of memory.named) {
    const body = memory.actors.get(id);
    if (body?.kind !== 'organisation') continue;
    const name = nameWords(body.name).map((w) => w.toLowerCase());
    if (!heads.some((h) => name.includes(h)) || !field.every((w) => name.includes(w))) continue;
    const code = registry.stateOf(body) ?? registry.leadingState(nameWords(body.name));
    // "U.S. Homeland Security Secretary" after "the Department of Homeland Security": a ministry of no known state
    // is of the state the title names, when the article is about that state.
    const state = code
      ? memory.actors.state(code)
      : (memory.bodyOwners.get(body.id) ?? (of && memory.mainState([of])?.id === of.id ? of : undefined));
    if (state?.kind === 'state' && (!of || of.id === state.id)) found.push({ body, state });
  }
  const [one] = found;
  // With no state named, the ministry's must be the one the article is about.
  if (found.length !== 1 || !one || (!of && memory.mainState([one.state])?.id !== one.state.id))
    return undefined;
  return one;
}

/** True when a mention covers token `i`. */
function covers(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (i >= m.start && i < m.end) return true;
  return false;
}

/** The mentions outside tokens `[start, end)`. */
function outside(mentions: readonly Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.end <= start || m.start >= end);
}

/** "[State] [title] [Name]" and "the [State] [title]": one person mention over the phrase, and its role. */
export function titledPeople(
  sentence: Sentence,
  mentions: Mention[],
  roles: Role[],
  memory: ArticleMemory,
): Mention[] {
  const { tokens } = sentence;
  let result = mentions;
  // No closure in this loop captures `i`: one that did would be made anew, with its scope, at every token.
  for (let i = 0; i < tokens.length; i++) {
    if (covers(result, i)) continue;
    const title = TITLES.matchAt(tokens, i);
    if (!title) continue;
    const owner = ownerBefore(tokens, result, i);
    const served: { body?: Mention; named?: { start: number; end: number } } = {};
    const person = titleHolder(sentence, result, title.end, memory, served);
    const start = owner?.start ?? i;
    const stateRoles = roles.filter((r) => r.of?.kind === 'state');
    const role = titleRole(sentence, title, owner, memory, result, stateRoles);
    const ministry =
      person && !role.state ? namedMinistry(tokens, title, role.of, result, memory) : undefined;
    if (ministry) Object.assign(role, { of: ministry.body, head: true, state: ministry.state });
    // "the head of the Islamic State, Abu Bakr al-Baghdadi", "a spokesman for the EU, Jane Roe": of the body after
    // the title.
    if (person && served.body && !owner && !role.of && ARTICLES.has(tokens[i - 1]?.lower ?? ''))
      role.of = bodyOf(tokens, result, title.end, role.title)?.actor;
    const named =
      person && served.named
        ? memory.actors.propose(spanText(sentence, served.named.start, served.named.end), 'organisation')
        : undefined;
    if (named && !role.of) role.of = named;
    // "President Donald Trump": a head's title with no state, held by a person the lexicon of office holders knows.
    const office = person && !owner && !role.of ? officeHeld(role.title, person.actor, memory) : undefined;
    if (office) [role.of, role.head] = [office.state, true];
    // "The group's leader, Abu Omar, said": of the body the article named just before.
    const bodyNoun = qualifiersStart(tokens, i, result) - 2;
    if (person && !owner && !role.of) role.of = bodyCalledBy(sentence, result, bodyNoun, memory);
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
    // "The EU's new Commission President": a field in capitals, the same way.
    if (role.of?.kind === 'organisation' && owner && !role.state) {
      const capitals = isCapitalised(tokens[i]);
      if (tokens.slice(owner.end, i).some((t) => isFieldWord(t, capitals))) role.head = false;
    }
    // "foreign ministry spokesperson Abdul Qahar Balkhi": of the state whose ministry the article named.
    if (!owner && !role.of && memory.lastMinistry && qualifiedByMinistry(tokens, i))
      role.of = memory.lastMinistry;
    // "disaster management department spokesperson Jane Roe" after "the Department of Disaster Management Affairs".
    if (person && !owner && !role.of) role.of = describedBody(tokens, i, result, memory);
    const later = person
      ? undefined
      : owner
        ? laterMention(topTitle(tokens, owner.start, role.title), owner.actor, memory)
        : (fieldHead(tokens, i, role.title, memory) ?? soleHolder(tokens, title, memory));
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
      result = [...outside(result, phrase.start, phrase.end), phrase];
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
      result = [...outside(result, phrase.start, phrase.end), phrase];
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
    result = [...outside(result, start, end), phrase];
    if (person)
      roles.push({
        member: actor,
        title: role.title,
        head: role.head,
        of: role.of,
        start,
        end,
        ...(office?.former ? { former: true } : {}),
      });
    if (person && named && role.of !== named)
      roles.push({ member: actor, title: role.title, head: false, of: named, start, end });
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
  // "Finance Minister Muhammad Aurangzeb", "Attorney General ...": a member of a government, the same way.
  // "Lamu County Commissioner Irungu Macharia": an official of a district or county, the same way.
  const cabinet = isCabinetTitle(key) || localOfficial(sentence.tokens, title.start, key);
  if (!cabinet && (!STATE_HEADS.has(key) || !HEADS.has(key))) return undefined;
  if (!isCapitalised(tokens[title.start])) return undefined;
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
  return head && head.id !== person.actor.id && !cabinet ? undefined : main;
}

/** The office of each word of a head's title ("premier" -> "prime minister"). */
const OFFICE_OF = new Map(
  Object.entries(OFFICE_WORDS).flatMap(([office, words]) => words.map((word) => [word, office] as const)),
);

/** A name as the lexicon of office holders compares it: "Kim Jong-un" and "Kim Jong Un" alike, accents aside. */
function officeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/** The lexicon's terms by holder and office: "donald trump|president". */
const TERMS = new Map<string, OfficeTerm[]>();
for (const term of OFFICE_TERMS) {
  const key = `${officeKey(term[0])}|${term[2]}`;
  TERMS.set(key, [...(TERMS.get(key) ?? []), term]);
}

/**
 * The state whose head a person is, by the lexicon of office holders, when a head's title is written before the
 * name with no state: held at the article's publication, or held before it (a tie of the past, undated). Nothing
 * when the article was published before the holder first held it, or when the lexicon does not know the person.
 */
function officeHeld(
  title: string,
  person: ActorInfo,
  memory: ArticleMemory,
): { state: ActorInfo; former: boolean } | undefined {
  const office = OFFICE_OF.get(title);
  if (!office || person.kind !== 'person') return undefined;
  const terms = TERMS.get(`${officeKey(person.name)}|${office}`);
  if (!terms) return undefined;
  const day = memory.published;
  const now = terms.find(([, , , from, to]) => !day || (from <= day && (!to || day < to)));
  const before = day ? terms.find(([, , , from]) => from <= day) : undefined;
  const term = now ?? before;
  return term ? { state: memory.actors.state(term[1]), former: !now } : undefined;
}

/** Titles of a state's officials in a district or a province, and the words of the area they are written after. */
const LOCAL_TITLES = new Set(['commissioner', 'governor']);
const LOCAL_AREAS = new Set(['District', 'County', 'Provincial', 'Province', 'Regional']);

/** "Beledweyne District Commissioner": a state's official title held in an area of it, in capitals. */
function localOfficial(tokens: Token[], start: number, title: string): boolean {
  return LOCAL_TITLES.has(title) && LOCAL_AREAS.has(tokens[start - 1]?.text ?? '');
}

/** A title of a government's member: a minister of any field, or one of the cabinet titles the lexicon lists. */
function isCabinetTitle(title: string): boolean {
  return title.endsWith('minister') || CABINET.has(title);
}
const CABINET = new Set(CABINET_TITLES);

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

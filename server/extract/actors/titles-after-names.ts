// Stage 2, people: titles and ties written after a name: "X, director of Y", "X, Y's foreign minister", "the head of
// Y, X", "X, who heads Y", "X of Y", "Y1 at Y2", "X and first lady Z".
import type { Sentence, Token } from '../document';
import { nameWords, type ActorInfo } from './actor-table';
import { HEADS, isCapitalised, TITLES, type ArticleMemory, type Mention, type Role } from './mentions';
import { SPOUSE_WORDS } from '../lexicon/titles';
import { PhraseMatcher } from '../phrases';
import { FORMER, POSSESSIVE, DETERMINERS, endingAt, startingAt, isBody, endsPhrase } from './person-spans';
import { ROLE_LINKS, titleAt, fieldEnd, bodyOf } from './title-phrases';

const SPOUSES = new PhraseMatcher(SPOUSE_WORDS);

/** Words between a person's name and the organisation they belong to: "X of Y", "X from Y". */
const MEMBER_LINKS = new Set(['of', 'from']);

/** Marks that set a title off after a name: "X, director of Y", "X — leader of Y". */
const APPOSITION_MARKS = new Set([',', '—', '–']);

/** Links after "who works" to the body worked for: "who works for", "who works at". */
const WORK_LINKS = new Set(['for', 'at']);

/** Verbs of a relative clause that make a person the head of what follows: "who heads", "who leads". */
const HEAD_VERBS = new Set(['heads', 'leads', 'chairs']);

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
export function appositiveRoles(sentence: Sentence, mentions: Mention[], roles: Role[]): void {
  const { tokens } = sentence;
  titleThenHolder(tokens, mentions, roles);
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    // "Mahad Ali is the executive director of ...": a title said of a person by "is" and a determiner, too.
    const said = tokens[mention.end]?.lower === 'is' && DETERMINERS.has(tokens[mention.end + 1]?.lower ?? '');
    // "Al-Sharaa — leader of the group that ...": a dash sets a title off as a comma does.
    const setOff = APPOSITION_MARKS.has(tokens[mention.end]?.text ?? '');
    if (mention.actor.kind === 'person' && (setOff || said)) {
      let at = mention.end + 1;
      if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
      // "X, a former director of Y", "X, a former Turkish ambassador": a title held once still ties its holder, to a
      // body or a state; the tie takes no date, and what a former official says stays his own, not the state's.
      let former = FORMER.has(tokens[at]?.lower ?? '');
      if (former) at++;
      const owner = startingAt(mentions, at);
      if (isBody(owner) && owner)
        at = POSSESSIVE.has(tokens[owner.end]?.lower ?? '') ? owner.end + 1 : owner.end;
      // "X, Turkey's former foreign minister": "former" after the owner, too.
      if (owner && at > owner.start && FORMER.has(tokens[at]?.lower ?? '')) {
        former = true;
        at++;
      }
      let title = titleAt(tokens, mentions, at);
      // "co-founder and executive director of ...": the last of two titles an "and" joins is held at the body.
      // "a lawmaker and former majority leader in ...": the first is held now, at the same body.
      const and = title && tokens[title.end]?.lower === 'and' ? title.end + 1 : undefined;
      const second =
        and === undefined
          ? undefined
          : titleAt(tokens, mentions, FORMER.has(tokens[and]?.lower ?? '') ? and + 1 : and);
      if (second) title = second;
      // "an Afghan writer and former diplomat": the state's office was held once, its tie takes no date; "a lawmaker
      // and former majority leader in ..." is still a member of the body, now.
      if (
        second &&
        and !== undefined &&
        FORMER.has(tokens[and]?.lower ?? '') &&
        owner?.actor.kind === 'state'
      )
        former = true;
      if (title) {
        // "Simon Roe, WFP's country director in Malawi": a title a body owns, held in a state, is the body's; the
        // state after "in" is where it is held, and a post held in one place heads no body.
        const owned = isBody(owner) && POSSESSIVE.has(tokens[owner?.end ?? -1]?.lower ?? '');
        const local = owned && tokens[title.end]?.lower === 'in';
        const body = local ? undefined : bodyOf(tokens, mentions, title.end, title.phrase.toLowerCase());
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
              !local &&
              !title.unit &&
              !title.deputy &&
              HEADS.has(key) &&
              !(body && fieldEnd(tokens, title.end)),
            of: of.actor,
            start: mention.start,
            end: of.end,
            ...(former ? { former: true } : {}),
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
      // "Jane Roe, who works for the Center ...": one who works for a body is its member.
      const works = verb === 'works' && WORK_LINKS.has(tokens[mention.end + 3]?.lower ?? '');
      let at = mention.end + (works ? 4 : 3);
      if (DETERMINERS.has(tokens[at]?.lower ?? '')) at++;
      const body = HEAD_VERBS.has(verb) || works ? startingAt(mentions, at) : undefined;
      if (body && isBody(body) && endsPhrase(tokens, body.end) && !(works && body.actor.kind === 'state'))
        roles.push({
          member: mention.actor,
          title: works ? 'member' : body.actor.kind === 'state' ? 'leader' : 'head',
          head: !works,
          of: body.actor,
          start: mention.start,
          end: body.end,
        });
    }
    // "Soli Ozel of Istanbul's Kadir Has University": a person of an organisation, a place aside; "Jane Roe from the
    // Spanish National Research Council told VOA" the same way.
    if (mention.actor.kind === 'person' && MEMBER_LINKS.has(tokens[mention.end]?.lower ?? '')) {
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

/** Nouns that name a body by what it is: "the association's executive director", "the group's leader". */
const BODY_NOUNS = new Set([
  'association',
  'group',
  'organization',
  'organisation',
  'movement',
  'party',
  'agency',
  'union',
  'alliance',
  'coalition',
  'company',
  'network',
  'council',
  'committee',
  'commission',
  'institute',
  'foundation',
  'center',
  'centre',
  'league',
  'federation',
  'charity',
  'university',
  'court',
  'tribunal',
  'bank',
  'fund',
]);

/** Nouns any organisation may be called by. */
const GENERIC_BODY_NOUNS = new Set(['group', 'organization', 'organisation']);

/** An organisation an article has named, with the words that name and describe it ("media association CamboJA"). */
export interface NamedBody {
  actor: ActorInfo;
  words: ReadonlySet<string>;
  sentence: number;
  /** No other organisation named in the sentence before it. */
  only: boolean;
}

/** The last organisation a sentence names before `end`, with the words of its name and those describing it. */
export function lastBodyBefore(sentence: Sentence, mentions: Mention[], end: number): NamedBody | undefined {
  const bodies = mentions.filter((m) => m.end <= end && m.actor.kind === 'organisation');
  const body = bodies[bodies.length - 1];
  if (!body) return undefined;
  const only = bodies.every((m) => m.actor.id === body.actor.id);
  const words = new Set(nameWords(body.actor.name).map((w) => w.toLowerCase()));
  // "Independent Cambodian media association CamboJA": the lower-case words right before the name describe it.
  for (let at = body.start - 1; at >= Math.max(0, body.start - 3); at--) {
    const token = sentence.tokens[at];
    if (!token || !/^\p{Ll}+$/u.test(token.text) || mentions.some((m) => at >= m.start && at < m.end)) break;
    words.add(token.lower);
  }
  return { actor: body.actor, words, sentence: sentence.index, only };
}

/** The last organisation each article has named, for "the association's director" in a sentence after. */
export const lastBodies = new WeakMap<ArticleMemory, { sentence: Sentence; mentions: Mention[] }>();

/**
 * "the association's", "the group's" at `noun`: the last organisation named before it in the sentence, or in the
 * sentence before, when the noun is a word of its name or of the words that introduced it ("media association
 * CamboJA"), or a noun any body is called by and no other organisation was named there.
 */
export function bodyCalledBy(
  sentence: Sentence,
  mentions: Mention[],
  noun: number,
  memory: ArticleMemory,
): ActorInfo | undefined {
  const { tokens } = sentence;
  const word = tokens[noun]?.lower ?? '';
  if (tokens[noun - 1]?.lower !== 'the' || !BODY_NOUNS.has(word)) return undefined;
  if (!POSSESSIVE.has(tokens[noun + 1]?.lower ?? '')) return undefined;
  const last = lastBodies.get(memory);
  const before =
    last?.sentence.index === sentence.index - 1
      ? lastBodyBefore(last.sentence, last.mentions, last.sentence.tokens.length)
      : undefined;
  const body = lastBodyBefore(sentence, mentions, noun - 1) ?? before;
  if (!body || !(body.words.has(word) || (GENERIC_BODY_NOUNS.has(word) && body.only))) return undefined;
  return body.actor;
}

/**
 * "Independent media association CamboJA said ... Nop Vy, the association's executive director, told VOA": a title
 * owned by "the" and a noun that describes a body, after a name set off by a comma, is of that body.
 */
export function describedBodyRoles(
  sentence: Sentence,
  mentions: Mention[],
  roles: Role[],
  memory: ArticleMemory,
): void {
  const { tokens } = sentence;
  for (const person of mentions) {
    const at = person.end;
    if (person.actor.kind !== 'person' || tokens[at]?.text !== ',' || tokens[at + 1]?.lower !== 'the')
      continue;
    if (roles.some((r) => r.member.id === person.actor.id && r.of)) continue;
    const title = titleAt(tokens, mentions, at + 4);
    const body = title ? bodyCalledBy(sentence, mentions, at + 2, memory) : undefined;
    if (!title || !body) continue;
    const key = title.phrase.toLowerCase();
    roles.push({
      member: person.actor,
      title: key,
      head: HEADS.has(key) && !title.unit && !title.deputy,
      of: body,
      start: person.start,
      end: title.end,
    });
  }
}

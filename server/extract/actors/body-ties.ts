// Stage 2, people: ties of bodies rather than persons: a body and the state whose organ its name says it is ("the
// Chinese Foreign Ministry"), a title's body found as a new name before it, and a byline's people and their publisher.
import type { Sentence } from '../document';
import { nameWords } from './actor-table';
import { type ArticleMemory, type Mention, type Role } from './mentions';
import { POSSESSIVE, endingAt, isBody } from './person-spans';
import { ENVOY_TITLES } from './title-phrases';

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

/** Words of a body's name that make it the opposition's, not the state's: "Britain's Shadow Cabinet". */
const OPPOSITION_WORDS = new Set(['shadow', 'opposition']);

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
export function bodyTies(
  sentence: Sentence,
  mentions: Mention[],
  roles: Role[],
  memory: ArticleMemory,
): void {
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
    // "Kenya's National Assembly": a state organ's name the article gives no state of its own is the owner's.
    const owner = POSSESSIVE.has(sentence.tokens[mention.start - 1]?.lower ?? '')
      ? endingAt(mentions, mention.start - 1)
      : undefined;
    const opposition = written.some((w) => OPPOSITION_WORDS.has(w.toLowerCase()));
    const owned = named && actor.isNew && !opposition && owner?.actor.kind === 'state' ? owner : undefined;
    const state = code ? memory.actors.state(code) : (memory.bodyOwners.get(actor.id) ?? owned?.actor);
    if (state && state.id !== actor.id)
      roles.push({
        member: actor,
        title: 'part of',
        head: false,
        of: state,
        start: owned?.start ?? mention.start,
        end: mention.end,
      });
  }
}

/**
 * "Turkish Foreign Ministry spokesperson Tanju Bilgic": a title whose body was found as a new name right before it
 * is of that body, and of the state the body is part of.
 */
export function bodiesBeforeTitles(mentions: Mention[], roles: Role[]): void {
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
export function bylineRoles(
  sentence: Sentence,
  mentions: Mention[],
  roles: Role[],
  memory: ArticleMemory,
): void {
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

// Stage 2c: members of a body with a fixed membership. A sentence that names such a body (the G7, NATO, the EU)
// and, by name, states that belong to it ("The G7 talks brought together ministers from Britain, Canada, France,
// Germany, Italy, Japan and the United States") states their membership: each member named becomes a tie. Only
// the states the sentence names, and only those the fact table (lexicon/memberships.ts) lists as members on the
// day of the article; never the members it leaves unnamed.
import { nameKey, nameWords, type ActorInfo, type ActorRegistry } from './actor-table';
import type { Mention, Role, SentenceMentions } from './mentions';
import { isMember, MEMBERSHIPS } from '../lexicon/memberships';
import { ORGANISATIONS } from '../lexicon/organisations';

/** Every form of every body with a membership, folded as names are, to the body's id. */
const BODY_FORMS = new Map<string, string>(
  ORGANISATIONS.filter((o) => MEMBERSHIPS[o.id]).flatMap((o) =>
    [o.name, ...o.forms].map((form) => [nameKey(nameWords(form)).toLowerCase(), o.id] as const),
  ),
);

/** The membership table's id for a body: its own id, or one of its names a form of a listed body. */
export function membershipBody(actor: ActorInfo): string | undefined {
  if (actor.kind === 'person' || actor.kind === 'state') return undefined;
  if (MEMBERSHIPS[actor.id]) return actor.id;
  for (const name of [actor.name, ...actor.aliases]) {
    const body = BODY_FORMS.get(nameKey(nameWords(name)).toLowerCase());
    if (body) return body;
  }
  return undefined;
}

/**
 * Nouns after a body's name that speak of it as its members or their gatherings: "the G7 talks", "NATO allies",
 * "E.U. represented countries", "G20 finance ministers".
 */
const MEMBER_NOUNS = new Set([
  'allies',
  'ally',
  'capitals',
  'countries',
  'delegations',
  'governments',
  'leaders',
  'member',
  'members',
  'ministers',
  'nations',
  'partner',
  'partners',
  'states',
  'summit',
  'talks',
]);
/** Words between a member and its body that say it is one of them: "France and other EU countries". */
const FELLOW = new Set(['other', 'fellow', 'its', 'their']);
/** Words a member noun may stand away from the body's name: "E.U. represented countries", "G7 foreign ministers". */
const NOUN_REACH = 3;

/** Nouns of membership before "of" and the body: "permanent members of the U.N. Security Council". */
const MEMBER_OF = new Set(['member', 'members', 'ally', 'allies']);

/** The start of "members of (the)" just before `at`, if it stands there. */
function memberOfBefore(found: SentenceMentions, at: number): number | undefined {
  const { tokens } = found.sentence;
  const of = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  return tokens[of]?.lower === 'of' && MEMBER_OF.has(tokens[of - 1]?.lower ?? '') ? of - 1 : undefined;
}

const speaksOfMembers = (found: SentenceMentions, body: Mention) => {
  const { tokens } = found.sentence;
  if (memberOfBefore(found, body.start) !== undefined) return true;
  for (let i = body.end; i < Math.min(tokens.length, body.end + NOUN_REACH); i++) {
    if (MEMBER_NOUNS.has(tokens[i]?.lower ?? '')) return true;
    if (found.mentions.some((m) => m.start === i)) return false;
  }
  return false;
};

/**
 * "France and other EU countries", "NATO member Turkey", "Turkey, a NATO member,", "Turkey ... its NATO allies": one
 * state tied to the body by the words around it, without a list of others.
 */
function attached(found: SentenceMentions, state: Mention, body: Mention): boolean {
  const { tokens } = found.sentence;
  const lower = (i: number) => tokens[i]?.lower ?? '';
  // "Turkey could find itself excluded from exercises with its NATO partners": "its" before the body's members
  // is the state named last before it (the caller has checked it is a member).
  if (lower(body.start - 1) === 'its' && speaksOfMembers(found, body)) {
    const before = found.mentions.filter((m) => m.end < body.start - 1 && m.actor.kind === 'state').pop();
    if (before?.actor.id === state.actor.id) return true;
  }
  if (body.start > state.end) {
    let at = state.end;
    if (lower(at) === ',' && (lower(at + 1) === 'a' || lower(at + 1) === 'an')) at += 2;
    else if (lower(at) === 'and' && FELLOW.has(lower(at + 1))) at += 2;
    else return false;
    if (lower(at) === 'fellow' || lower(at) === 'the') at++;
    // "Turkey, a member of NATO,", "Russia, a permanent member of the Security Council".
    const memberOf = memberOfBefore(found, body.start);
    if (
      memberOf !== undefined &&
      (memberOf === at || (memberOf === at + 1 && /^(?:permanent|founding)$/.test(lower(at))))
    )
      return true;
    return at === body.start && speaksOfMembers(found, body);
  }
  // "NATO member Turkey", "fellow EU member Hungary".
  return state.start === body.end + 1 && /^(?:member|ally|partner)$/.test(lower(body.end));
}

/** Words that may join the states of one list: "Britain, Canada, France and the United States". */
const LIST_WORDS = new Set([',', 'and', 'the', 'or', 'as', 'well']);

/** The member states that stand in one list with another member: "Britain, Canada, France, ...". */
function listedMembers(found: SentenceMentions, members: Mention[]): Set<Mention> {
  const { tokens } = found.sentence;
  const listed = new Set<Mention>();
  const sorted = [...members].sort((a, b) => a.start - b.start);
  for (let n = 1; n < sorted.length; n++) {
    const a = sorted[n - 1] as Mention;
    const b = sorted[n] as Mention;
    const between = tokens.slice(a.end, b.start);
    // Other states may stand in the list too ("the United States, Britain, Japan"): only words of a list between.
    const others = found.mentions.filter((m) => m.start >= a.end && m.end <= b.start);
    const words = between.filter((t, i) => !others.some((m) => a.end + i >= m.start && a.end + i < m.end));
    if (
      between.length > 0 &&
      words.every((t) => LIST_WORDS.has(t.lower)) &&
      others.every((m) => m.actor.kind === 'state')
    ) {
      listed.add(a);
      listed.add(b);
    }
  }
  return listed;
}

/**
 * The membership ties a sentence states by naming a body and its member states: the states of a sentence that
 * speaks of the body's members ("the G7 talks brought together ministers from Britain, Canada ...") when it names
 * at least two of them, or a state the words around tie to the body ("France and other EU countries"). `day` is
 * the article's publication day (YYYY-MM-DD), against which joining and leaving dates are read.
 */
export function memberRoles(
  found: SentenceMentions,
  registry: ActorRegistry,
  day: string | undefined,
): Role[] {
  const bodies = found.mentions
    .filter((m) => m.via === 'name' && !m.joint)
    .map((m) => ({ mention: m, body: membershipBody(m.actor) }))
    .filter((b): b is { mention: Mention; body: string } => b.body !== undefined);
  if (bodies.length === 0) return [];
  const roles: Role[] = [];
  for (const { mention: body, body: id } of bodies) {
    const members = new Map<string, Mention>();
    for (const state of found.mentions) {
      if (state.actor.kind !== 'state' || state.via !== 'name' || state.joint) continue;
      const iso3 = registry.codeOfState(state.actor);
      if (iso3 && !members.has(state.actor.id) && isMember(id, iso3, day)) members.set(state.actor.id, state);
    }
    const listed = speaksOfMembers(found, body) ? listedMembers(found, [...members.values()]) : new Set();
    for (const state of members.values()) {
      if (!listed.has(state) && !attached(found, state, body)) continue;
      if (roles.some((r) => r.member.id === state.actor.id && r.of?.id === body.actor.id)) continue;
      roles.push({
        member: state.actor,
        title: 'member',
        head: false,
        of: body.actor,
        start: Math.min(state.start, body.start),
        end: Math.max(state.end, body.end),
      });
    }
  }
  return roles;
}

// Stage 2, people: persons named with a title or a role ("North Korean leader Kim Jong Un", "Lee Gwan-se, director
// of the Institute ..."), later mentions by role ("the North Korean leader") or pronoun, and the ties they state. The
// reading is split by what it reads: titles before a name (titles-before-names), titles with no name
// (titles-without-names), titles and ties after a name (titles-after-names), a title's qualifiers and body
// (title-phrases), the shapes of names (name-shapes), bodies' ties (body-ties), pronouns and pending titles
// (person-references); this module runs them in order over a sentence.
import type { Sentence } from '../document';
import { knownNames, newNames, type ArticleMemory, type Role, type SentenceMentions } from './mentions';
import { PRIVATE_TITLE_WORDS } from '../lexicon/titles';
import { titledPeople } from './titles-before-names';
import { ministryMentions } from './titles-without-names';
import { appositiveRoles, describedBodyRoles, lastBodies } from './titles-after-names';
import { subjectOf, pronouns, pendingName, bindPending } from './person-references';
import { bodyTies, bodiesBeforeTitles, bylineRoles } from './body-ties';
import {
  insideLongerNames,
  personOfBody,
  bodiesOnStates,
  formerHolders,
  peopleBeforeBodies,
  honorificsOff,
  laterParts,
  describedPeople,
  particleSurnames,
} from './name-shapes';

export { namesStateBody } from './body-ties';

/** Callings outside government: held with a state's adjective, they give the holder's nationality only. */
const PRIVATE_TITLES = new Set(PRIVATE_TITLE_WORDS);

/** Finds every actor mention in a sentence, in order, and the ties it states in passing; updates the memory. */
const NONE_SEEN: ReadonlySet<string> = new Set();

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
  mentions = particleSurnames(sentence, describedPeople(sentence, mentions, memory), memory);
  mentions = laterParts(honorificsOff(sentence, mentions, memory), memory);
  mentions = ministryMentions(sentence, mentions, memory);
  mentions = pendingName(sentence, mentions, memory);
  appositiveRoles(sentence, mentions, roles);
  describedBodyRoles(sentence, mentions, roles, memory);
  if (mentions.some((m) => m.actor.kind === 'organisation')) lastBodies.set(memory, { sentence, mentions });
  bodyTies(sentence, mentions, roles, memory);
  bodiesBeforeTitles(mentions, roles);
  bylineRoles(sentence, mentions, roles, memory);
  // "Chinese scholar Zhao Tong": a private calling with a state's adjective says a nationality, not a tie.
  for (let i = roles.length - 1; i >= 0; i--) {
    const role = roles[i] as Role;
    if (role.of?.kind === 'state' && PRIVATE_TITLES.has(role.title)) roles.splice(i, 1);
  }
  // The people named before this sentence, copied only when a title waits for its name (bindPending reads them).
  const seen = memory.pending ? new Set(memory.named) : NONE_SEEN;
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

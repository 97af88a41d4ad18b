// Stage 2b: "the two leaders", "both countries", "the two sides": a phrase naming two actors named just before.
// Resolved only when it is unambiguous: the sentence up to the phrase and the sentence before name exactly two
// actors of the kind the phrase speaks of (people for "leaders", states for "countries"). The phrase then counts
// as a mention of the first, joined to a mention of the second.
import type { ActorInfo } from '../actors/actor-table';
import type { Mention, SentenceMentions } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';

type Kind = 'person' | 'state' | 'body';

const NOUNS: Record<string, Kind> = {
  leaders: 'person',
  presidents: 'person',
  'prime ministers': 'person',
  men: 'person',
  women: 'person',
  'foreign ministers': 'person',
  countries: 'state',
  nations: 'state',
  states: 'state',
  governments: 'state',
  capitals: 'state',
  neighbors: 'state',
  neighbours: 'state',
  sides: 'body',
  parties: 'body',
};

/**
 * Plural titles that name a pair with "the" alone, when just two holders of them were named: "Modi met Ramgoolam
 * ... the prime ministers signed eight pacts". "The leaders" or "the countries" alone may be any number.
 */
const TITLE_PAIRS = ['prime ministers', 'presidents', 'foreign ministers'];

const JOINT = new PhraseMatcher([
  ...Object.keys(NOUNS).flatMap((noun) => [`the two ${noun}`, `both ${noun}`, `both the ${noun}`]),
  ...TITLE_PAIRS.map((noun) => `the ${noun}`),
]);

const fits = (actor: ActorInfo, kind: Kind) =>
  kind === 'person'
    ? actor.kind === 'person'
    : kind === 'state'
      ? actor.kind === 'state'
      : actor.kind !== 'person';

/** The two actors of a kind that `earlier` mentions, in order, when it mentions exactly two. */
function lastTwo(earlier: Mention[], kind: Kind): [ActorInfo, ActorInfo] | undefined {
  const seen = new Map<string, ActorInfo>();
  for (const mention of earlier) if (fits(mention.actor, kind)) seen.set(mention.actor.id, mention.actor);
  const actors = [...seen.values()];
  return actors.length === 2 ? (actors as [ActorInfo, ActorInfo]) : undefined;
}

/**
 * Adjectives that name the two states a relation is between: "the inter-Korean summit" (ISO codes). A map, not an
 * object: looked up for every token, and a word such as "constructor" is no key of it.
 */
const PAIR_ADJECTIVES = new Map<string, [string, string]>([
  ['inter-korean', ['PRK', 'KOR']],
  ['cross-strait', ['CHN', 'TWN']],
]);

/** True when a mention covers token `i` (a loop, not a closure over `i` made at every token). */
function covers(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (i >= m.start && i < m.end) return true;
  return false;
}

/** The sentence's mentions with each unambiguous joint phrase added as two joined mentions. */
export function jointMentions(
  found: SentenceMentions,
  previous: SentenceMentions | undefined,
  stateOf?: (iso3: string) => ActorInfo,
): SentenceMentions {
  const { tokens } = found.sentence;
  const added: Mention[] = [];
  // "the first inter-Korean summit": one word naming both states.
  tokens.forEach((token, i) => {
    const pair = stateOf ? PAIR_ADJECTIVES.get(token.lower) : undefined;
    if (!pair || !stateOf || covers(found.mentions, i)) return;
    const second: Mention = { start: i, end: i + 1, actor: stateOf(pair[1]), via: 'name' };
    added.push({ start: i, end: i + 1, actor: stateOf(pair[0]), via: 'name', joint: second });
  });
  for (const match of JOINT.matchAll(tokens)) {
    if (found.mentions.some((m) => m.start < match.end && m.end > match.start)) continue;
    const noun = match.phrase.replace(/^(?:the two|both the|both|the) /, '');
    const kind = NOUNS[noun];
    if (!kind) continue;
    // "the prime ministers of Japan and Canada" names its own pair.
    if (TITLE_PAIRS.includes(match.phrase.slice(4)) && tokens[match.end]?.lower === 'of') continue;
    const earlier = [...(previous?.mentions ?? []), ...found.mentions.filter((m) => m.end <= match.start)];
    const pair = lastTwo(earlier, kind);
    if (!pair) continue;
    const second: Mention = { start: match.start, end: match.end, actor: pair[1], via: 'coref' };
    added.push({ start: match.start, end: match.end, actor: pair[0], via: 'coref', joint: second });
  }
  if (added.length === 0) return found;
  return { ...found, mentions: [...found.mentions, ...added].sort((a, b) => a.start - b.start) };
}

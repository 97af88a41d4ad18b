// Stage 3, beside the cues: pressure as the aim of a measure. "Trump kept tariffs in place to pressure Mexico",
// "imposed sanctions to put pressure on Moscow", "sent warships in a bid to pressure Manila": the one who takes
// the measure seeks leverage over the one to be moved (SEEKS_LEVERAGE_OVER). The verb cue reads "pressured Kyiv"
// and "wants to pressure Kyiv"; after a noun an infinitive has no subject the cue can trust ("efforts to pressure
// Kyiv": whose?), so only a noun of a measure, or a phrase of purpose ("in order to", "in a bid to"), opens this
// frame, and the doer is the subject of the verb that takes the measure.
import type { Token } from '../document';
import { mentionAt, type Mention, type SentenceMentions } from '../actors/mentions';
import { candidate, type RelationCandidate } from './cue-table';
import { BE, BREAKS, isVerb } from './clause-words';
import { subjectBefore } from './subjects';
import { objectAfter } from './objects';
import { coordinated } from './coordination';

/** The words of pressure this frame reads: "to pressure", "to put pressure on". */
const PRESSURE = new Set(['pressure']);
/** Verbs of moving another to act, read only with the act after the one moved: "to force Canada to act". */
const FORCING = new Set(['force', 'press', 'push', 'compel']);
/** Nouns of measures taken to move another: economic, military or diplomatic. */
const MEASURES = new Set([
  'tariffs',
  'tariff',
  'duties',
  'levies',
  'sanctions',
  'embargo',
  'restrictions',
  'curbs',
  'controls',
  'bans',
  'measures',
  'penalties',
  'aid',
  'assistance',
  'threats',
  'troops',
  'forces',
  'warships',
  'drills',
  'exercises',
  'blockade',
]);
/** Phrases of purpose between a measure and its "to": "in order to", "in a bid to", "as a way to". */
const PURPOSE = [
  ['in', 'order'],
  ['in', 'a', 'bid'],
  ['in', 'an', 'effort'],
  ['in', 'an', 'attempt'],
  ['as', 'a', 'way'],
  ['as', 'a', 'means'],
];
/** Verbs that put pressure as a noun: "to put pressure on", "to increase pressure on". */
const PUTTING = new Set([
  'put',
  'exert',
  'increase',
  'apply',
  'heap',
  'pile',
  'keep',
  'maintain',
  'ramp',
  'step',
]);
/** Words that may close a measure's phrase before "to": "kept the tariffs in place to", "on hold". */
const PLACED = new Set(['place', 'hold', 'effect', 'force']);

function startsWith(tokens: Token[], at: number, words: string[]): boolean {
  return words.every((word, k) => tokens[at + k]?.lower === word);
}

/** Where the infinitive marker of the pressure at `i` stands: "to pressure", "to put pressure on", "to step up pressure on". */
function infinitiveOf(tokens: Token[], i: number): { to: number; target: number } | undefined {
  if (tokens[i - 1]?.lower === 'to' && isVerb(tokens[i])) return { to: i - 1, target: i + 1 };
  if (tokens[i + 1]?.lower !== 'on') return undefined;
  const put = tokens[i - 1]?.lower === 'up' ? i - 2 : i - 1;
  if (!PUTTING.has(tokens[put]?.lower ?? '') || tokens[put - 1]?.lower !== 'to') return undefined;
  return { to: put - 1, target: i + 2 };
}

/**
 * The doer of a purpose whose "to" stands at `to`: the subject of the verb before the measure or the phrase of
 * purpose. None when no measure nor purpose stands before "to" ("urged Japan to pressure", "efforts to pressure").
 */
function doerBefore(tokens: Token[], mentions: Mention[], to: number): Mention | undefined {
  let at = to;
  const purpose = PURPOSE.find((words) => startsWith(tokens, to - words.length, words));
  if (purpose) at = to - purpose.length;
  else {
    if (PLACED.has(tokens[at - 1]?.lower ?? '') && ['in', 'on', 'into'].includes(tokens[at - 2]?.lower ?? ''))
      at -= 2;
    if (!MEASURES.has(tokens[at - 1]?.lower ?? '') || mentionAt(mentions, at - 1)) return undefined;
  }
  for (let i = at - 1; i >= 0 && at - i <= 10; i--) {
    const token = tokens[i] as Token;
    if (BREAKS.has(token.lower) || token.text === ',' || token.text === ';') return undefined;
    if (isVerb(token) && !mentionAt(mentions, i) && !BE.has(token.lower))
      return subjectBefore(tokens, mentions, BE.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i, 1);
  }
  return undefined;
}

/**
 * "X (verb) (measure | in order) to pressure Y / to put pressure on Y / to force Y to act": X seeks leverage over
 * Y.
 */
export function leverage(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  let result: RelationCandidate[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const lower = (tokens[i] as Token).lower;
    const forcing = FORCING.has(lower);
    if (!PRESSURE.has(lower) && !forcing) continue;
    const infinitive = infinitiveOf(tokens, i);
    if (!infinitive) continue;
    const target = objectAfter(tokens, mentions, infinitive.target, true);
    if (!target || target.start > infinitive.target + 1) continue;
    const moved = coordinated(tokens, mentions, target, 1);
    // "to force Canada to act", "to press Beijing into talks": the act asked follows the one moved; "to push
    // Russia back" or "to force Hamas out" is force, not leverage.
    const last = moved[moved.length - 1] ?? target;
    if (forcing && !['to', 'into'].includes(tokens[last.end]?.lower ?? '')) continue;
    const doer = doerBefore(tokens, mentions, infinitive.to);
    if (!doer) continue;
    for (const to of moved) {
      if (to.actor.id === doer.actor.id) continue;
      result ??= [];
      result.push(
        candidate('SEEKS_LEVERAGE_OVER', doer, to, { start: i, end: i + 1 }, found.sentence, 'clause'),
      );
    }
  }
  return result ?? [];
}

// The tense a relation is stated in, read from its cue and the auxiliary before it: "is seeking", "visits", "are
// allies" (present); "was an ally", "had met" (past). Dates use it: what holds now is dated by the publication.
import type { Token } from './document';

export type Tense = 'present' | 'past';

const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'remains', 'remain']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'remained', 'became', 'did', 'used']);
/** Adverbs that place a tie in the past, whether or not it holds now: "are traditionally allies". */
const LONG_STANDING = new Set(['traditionally', 'historically', 'once', 'formerly', 'previously']);
const SKIPPED = new Set(['not', "n't", 'also', 'still', 'now', 'already', 'been', 'being']);

/** The tense of a cue at tokens [cueStart, cueEnd), or undefined when its words do not tell. */
export function tenseOf(tokens: readonly Token[], cueStart: number, cueEnd: number): Tense | undefined {
  for (let i = cueStart - 1; i >= Math.max(0, cueStart - 7); i--) {
    const word = tokens[i]?.lower ?? '';
    if (LONG_STANDING.has(word)) return 'past';
    if (PRESENT_AUXILIARIES.has(word)) return 'present';
    if (PAST_AUXILIARIES.has(word)) return 'past';
    if (word === 'has' || word === 'have' || word === 'will' || word === 'would') return undefined;
    const pos = tokens[i]?.pos;
    // Adverbs, adjectives and an owner may stand between: "has traditionally been North Korea's closest ally".
    if (!SKIPPED.has(word) && !['ADV', 'ADJ', 'DET', 'PROPN', 'PART'].includes(pos ?? '')) break;
  }
  const first = tokens[cueStart];
  if (!first || (first.pos !== 'VERB' && first.pos !== 'AUX') || cueEnd <= cueStart) return undefined;
  // "visits", "backs", "urges": the third person present; "-ss" ("dismiss") is a stem.
  if (/[^s]s$/.test(first.lower) && !tokens.slice(0, cueStart).some((t) => t.lower === 'said'))
    return 'present';
  return undefined;
}

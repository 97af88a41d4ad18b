// The tense a relation is stated in, read from its cue and the auxiliary before it: "is seeking", "visits", "are
// allies" (present); "was an ally", "had met" (past). Dates use it: what holds now is dated by the publication.
import type { Token } from './document';

export type Tense = 'present' | 'past';

const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'remains', 'remain']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'remained', 'became', 'did', 'used']);
/** Adverbs of a tie of long standing, which no date fixes: "are traditionally allies". */
const LONG_STANDING = new Set(['traditionally', 'historically', 'long', 'once', 'formerly', 'previously']);
const SKIPPED = new Set(['not', "n't", 'also', 'still', 'now', 'already']);

/** The tense of a cue at tokens [cueStart, cueEnd), or undefined when its words do not tell. */
export function tenseOf(tokens: readonly Token[], cueStart: number, cueEnd: number): Tense | undefined {
  for (let i = cueStart - 1; i >= Math.max(0, cueStart - 5); i--) {
    const word = tokens[i]?.lower ?? '';
    if (LONG_STANDING.has(word)) return 'past';
    if (PRESENT_AUXILIARIES.has(word)) return 'present';
    if (PAST_AUXILIARIES.has(word)) return 'past';
    if (word === 'has' || word === 'have' || word === 'will' || word === 'would') return undefined;
    const pos = tokens[i]?.pos;
    if (!SKIPPED.has(word) && pos !== 'ADV' && pos !== 'ADJ' && pos !== 'DET') break;
  }
  const first = tokens[cueStart];
  if (!first || (first.pos !== 'VERB' && first.pos !== 'AUX') || cueEnd <= cueStart) return undefined;
  // "visits", "backs", "urges": the third person present; "-ss" ("dismiss") is a stem.
  if (/[^s]s$/.test(first.lower) && !tokens.slice(0, cueStart).some((t) => t.lower === 'said'))
    return 'present';
  return undefined;
}

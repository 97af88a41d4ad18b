// Matching lists of lower-case phrases (titles, cue words, hedges) against a sentence's tokens, longest first.
import type { Token } from './document';
import { wordsOf } from './document';

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

/** A list of phrases, each matched as whole tokens, case-insensitively (curly apostrophes folded). */
export class PhraseMatcher {
  private readonly phrases = new Map<string, string>();
  /** Every key that begins a longer phrase, so that a match stops as soon as no phrase can go on. */
  private readonly prefixes = new Set<string>();
  /** The first word of every phrase: most tokens begin none, and are passed over with one lookup. */
  private readonly firstWords = new Set<string>();
  private readonly longest: number;

  constructor(phrases: readonly string[]) {
    let longest = 1;
    for (const phrase of phrases) {
      const words = wordsOf(phrase).map(fold);
      longest = Math.max(longest, words.length);
      this.phrases.set(words.join(' '), phrase);
      this.firstWords.add(words[0] ?? '');
      for (let n = 1; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
    }
    this.longest = longest;
  }

  /** The longest phrase that starts at token `start`, if any. */
  matchAt(tokens: readonly Token[], start: number): PhraseMatch | undefined {
    let key = tokens[start]?.lower;
    if (key === undefined || !this.firstWords.has(key)) return undefined;
    let best: PhraseMatch | undefined;
    for (let length = 1; ; length++) {
      const phrase = this.phrases.get(key);
      if (phrase !== undefined) best = { phrase, start, end: start + length };
      const next = tokens[start + length];
      if (!next || length >= this.longest || !this.prefixes.has(key)) return best;
      key = `${key} ${next.lower}`;
    }
  }

  /** Every match in `tokens[from, to)`, left to right, not overlapping. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const firstWords = this.firstWords;
    for (let i = from; i < to; i++) {
      // Most tokens begin no phrase: passed over here, without a call.
      const token = tokens[i];
      if (token === undefined || !firstWords.has(token.lower)) continue;
      const match = this.matchAt(tokens, i);
      if (match && match.end <= to) {
        found.push(match);
        i = match.end - 1;
      }
    }
    return found;
  }

  /** True when some phrase occurs in `tokens[from, to)`. */
  occursIn(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
    const firstWords = this.firstWords;
    for (let i = Math.max(0, from); i < to; i++) {
      const token = tokens[i];
      if (token === undefined || !firstWords.has(token.lower)) continue;
      const match = this.matchAt(tokens, i);
      if (match && match.end <= to) return true;
    }
    return false;
  }
}

function fold(word: string): string {
  return word.toLowerCase().replace(/[’`´]/g, "'");
}

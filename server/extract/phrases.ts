// Matching lists of lower-case phrases (titles, cue words, hedges) against a sentence's tokens, longest first.
import type { Token } from './document';
import { wordsOf } from './document';

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

/**
 * The matchers each word begins a phrase of, by the matcher's number: one lookup a token tells every matcher where
 * its phrases may start, instead of one lookup a token for each of the extractor's lists.
 */
const BEGUN = new Map<string, number[]>();
let matchers = 0;

/**
 * Where the phrases of each matcher may start in a list of tokens, by matcher number, read once a sentence (or any
 * other list of tokens) on its first scan, with how many matchers there were then: one made later reads it again.
 * A list of tokens is never changed once made.
 */
const STARTS = new WeakMap<readonly Token[], { matchers: number; starts: Array<number[] | undefined> }>();

function startsIn(tokens: readonly Token[], id: number): readonly number[] {
  const read = STARTS.get(tokens);
  if (read !== undefined && id < read.matchers) return read.starts[id] ?? [];
  const starts: Array<number[] | undefined> = [];
  for (let i = 0; i < tokens.length; i++) {
    const begun = BEGUN.get((tokens[i] as Token).lower);
    if (begun !== undefined) for (const matcher of begun) (starts[matcher] ??= []).push(i);
  }
  STARTS.set(tokens, { matchers, starts });
  return starts[id] ?? [];
}

/** A list of phrases, each matched as whole tokens, case-insensitively (curly apostrophes folded). */
export class PhraseMatcher {
  private readonly id = matchers++;
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
    for (const word of this.firstWords) {
      const begun = BEGUN.get(word);
      if (begun) begun.push(this.id);
      else BEGUN.set(word, [this.id]);
    }
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
    // Only the tokens that begin a phrase of this list are tried; a match's words are not tried again.
    let next = from;
    for (const i of startsIn(tokens, this.id)) {
      if (i < next) continue;
      if (i >= to) break;
      const match = this.matchAt(tokens, i);
      if (match && match.end <= to) {
        found.push(match);
        next = match.end;
      }
    }
    return found;
  }

  /** True when some phrase occurs in `tokens[from, to)`. */
  occursIn(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
    for (const i of startsIn(tokens, this.id)) {
      if (i < from) continue;
      if (i >= to) break;
      const match = this.matchAt(tokens, i);
      if (match && match.end <= to) return true;
    }
    return false;
  }
}

function fold(word: string): string {
  return word.toLowerCase().replace(/[’`´]/g, "'");
}

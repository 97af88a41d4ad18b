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
  if (read !== undefined && id < read.matchers) return read.starts[id] ?? NO_STARTS;
  const starts: Array<number[] | undefined> = [];
  for (let i = 0; i < tokens.length; i++) {
    const begun = BEGUN.get((tokens[i] as Token).lower);
    if (begun !== undefined) for (const matcher of begun) (starts[matcher] ??= []).push(i);
  }
  STARTS.set(tokens, { matchers, starts });
  return starts[id] ?? NO_STARTS;
}

const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);
const NO_STARTS: readonly number[] = Object.freeze([]);

/** A word of a phrase in the tree of a list's phrases: the phrase that ends here, and the words that go on. */
interface PhraseNode {
  phrase?: string;
  next?: Map<string, PhraseNode>;
}

/** A list of phrases, each matched as whole tokens, case-insensitively (curly apostrophes folded). */
export class PhraseMatcher {
  private readonly id = matchers++;
  /**
   * The phrases as a tree of their words, looked up word by word with the tokens' own lower-case words: a match
   * stops as soon as no phrase can go on, and no key is built.
   */
  private readonly firstWords = new Map<string, PhraseNode>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = wordsOf(phrase).map(fold);
      let level = this.firstWords;
      let node: PhraseNode | undefined;
      for (const word of words.length > 0 ? words : ['']) {
        if (node) level = node.next ??= new Map();
        node = level.get(word);
        if (!node) level.set(word, (node = {}));
      }
      (node as PhraseNode).phrase = phrase;
    }
    for (const word of this.firstWords.keys()) {
      const begun = BEGUN.get(word);
      if (begun) begun.push(this.id);
      else BEGUN.set(word, [this.id]);
    }
  }

  /** The longest phrase that starts at token `start`, if any. */
  matchAt(tokens: readonly Token[], start: number): PhraseMatch | undefined {
    const first = tokens[start];
    let node = first === undefined ? undefined : this.firstWords.get(first.lower);
    // The longest phrase found so far and its length: one match is made, at the end.
    let phrase: string | undefined;
    let end = 0;
    for (let length = 1; node !== undefined; length++) {
      if (node.phrase !== undefined) {
        phrase = node.phrase;
        end = start + length;
      }
      const next = tokens[start + length];
      if (!next || !node.next) break;
      node = node.next.get(next.lower);
    }
    return phrase === undefined ? undefined : { phrase, start, end };
  }

  /** Every match in `tokens[from, to)`, left to right, not overlapping. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): readonly PhraseMatch[] {
    // Most lists match nothing in most sentences: the list of no matches is one shared empty list, made once.
    let found: PhraseMatch[] | undefined;
    // Only the tokens that begin a phrase of this list are tried; a match's words are not tried again.
    let next = from;
    const starts = startsIn(tokens, this.id);
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k] as number;
      if (i < next) continue;
      if (i >= to) break;
      const match = this.matchAt(tokens, i);
      if (match && match.end <= to) {
        (found ??= []).push(match);
        next = match.end;
      }
    }
    return found ?? NO_MATCHES;
  }

  /** True when some phrase occurs in `tokens[from, to)`. */
  occursIn(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
    const starts = startsIn(tokens, this.id);
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k] as number;
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

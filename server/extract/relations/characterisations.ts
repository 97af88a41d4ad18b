// Accusations made by naming: "China called Japan's move a provocation", "Iran labeled the United States a
// terrorist state", "Beijing said Washington's remarks were irresponsible". Calling another actor, or its conduct,
// by a word of blame accuses it (CAMEO 11, disapprove), though no verb of accusing is written.
import type { Token } from '../document';
import { mentionAt, type Mention } from '../actors/mentions';
import { conductAuthor, conductOwner } from './conduct';
import { isVerb } from './clause-words';

/** Verbs that give their object a name or description: "called X a ...", "branded X ...", "described X as ...". */
const NAMING = new Set(
  [
    'called',
    'calls',
    'calling',
    'labeled',
    'labelled',
    'labels',
    'labeling',
    'labelling',
    'branded',
    'brands',
  ].concat(['branding', 'dubbed', 'dubs', 'termed', 'terms', 'described', 'describes', 'describing']),
);

/** Verbs of saying after which "X was <word of blame>" charges X. */
const SAYING = new Set(
  [
    'said',
    'says',
    'say',
    'stated',
    'insisted',
    'insists',
    'argued',
    'argues',
    'contended',
    'contends',
  ].concat(['wrote', 'writes', 'declared', 'declares', 'warned', 'warns']),
);

/** Forms of "to be" that join the one said to be something to what it is said to be. */
const BE = new Set(['is', 'was', 'are', 'were']);

/** Words of blame: calling an actor or its conduct one of these accuses it. */
const BLAME_WORDS = new Set(
  ['provocation', 'provocative', 'provocations', 'illegal', 'unlawful', 'illegitimate', 'irresponsible']
    .concat([
      'hostile',
      'aggressive',
      'reckless',
      'dangerous',
      'destabilizing',
      'destabilising',
      'hypocritical',
    ])
    .concat(['terrorist', 'terrorists', 'criminal', 'criminals', 'dictator', 'dictatorship', 'liar', 'liars'])
    .concat([
      'rogue',
      'puppet',
      'racist',
      'fascist',
      'fascists',
      'nazi',
      'nazis',
      'antisemite',
      'antisemitic',
    ])
    .concat([
      'unacceptable',
      'outrageous',
      'shameful',
      'disgraceful',
      'barbaric',
      'cruel',
      'heinous',
      'savage',
    ])
    .concat(['abusive', 'unjustified', 'unjust', 'unfair', 'blackmail', 'bullying', 'propaganda', 'lies'])
    .concat([
      'interference',
      'meddling',
      'genocidal',
      'genocide',
      'piracy',
      'aggression',
      'absurd',
      'baseless',
    ])
    .concat(['disappointing']),
);

/** Words that end the phrase of what the object is called: a new clause or list begins. */
const PHRASE_ENDS = new Set([
  ',',
  '.',
  ';',
  ':',
  'and',
  'but',
  'while',
  'because',
  'after',
  'before',
  'when',
]);

/**
 * Words after which the word of blame is not said of the one named: what was done to it ("the victim of
 * aggression", "a target of terrorist attacks"), or a negation ("is not hostile").
 */
const NOT_ITS_OWN = new Set([
  'victim',
  'victims',
  'target',
  'targets',
  'against',
  'by',
  'from',
  'to',
  'not',
  'never',
  'no',
  "n't",
]);

/** Verbs of dismissing: "dismissed X's findings as propaganda" belittles what X said, and so X. */
const DISMISSING = new Set(['dismiss', 'dismisses', 'dismissed', 'dismissing']);

/**
 * Nouns of what an actor said, found or proposed: dismissed "as" something, they are belittled. Nouns of what was
 * done to the actor are not among them ("dismissed the arrest of X as routine" belittles no one).
 */
const SAID_NOUNS = new Set(
  ['claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges']
    .concat(['finding', 'findings', 'report', 'reports', 'conclusion', 'conclusions', 'assessment'])
    .concat(['response', 'remarks', 'comments', 'statement', 'statements', 'warning', 'warnings'])
    .concat(['concerns', 'criticism', 'proposal', 'proposals', 'offer', 'plan', 'demands', 'account']),
);

/** What "as" may open that is no description: "dismissed as part of a shake-up", "as well", "as such". */
const NOT_A_DESCRIPTION = new Set(['part', 'well', 'such', 'soon', 'long', 'of']);

/**
 * The owner or author of the words dismissed from `at`, and the end of their phrase: "Putin's (latest) response",
 * "the U.N. findings", "the findings of the panel", "the claims made by Iran".
 */
function wordsDismissed(
  tokens: Token[],
  mentions: Mention[],
  at: number,
): { by: Mention; end: number } | undefined {
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  const named = mentionAt(mentions, start);
  let i: number;
  if (named && named.start === start) {
    i = named.end + (/^['’]/.test(tokens[named.end]?.text ?? '') ? 1 : 0);
    while (i < tokens.length && i - named.end < 4 && tokens[i]?.pos === 'ADJ') i++;
    if (!SAID_NOUNS.has(tokens[i]?.lower ?? '')) return undefined;
    return { by: named, end: i + 1 };
  }
  i = start;
  while (i < tokens.length && i - start < 3 && ['ADJ', 'DET'].includes(tokens[i]?.pos ?? '')) i++;
  if (!SAID_NOUNS.has(tokens[i]?.lower ?? '')) return undefined;
  i++;
  if (['made', 'leveled', 'levelled', 'raised', 'issued', 'released'].includes(tokens[i]?.lower ?? '')) i++;
  if (tokens[i]?.lower !== 'of' && tokens[i]?.lower !== 'by') return undefined;
  const next = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const by = mentionAt(mentions, next);
  return by && by.start === next ? { by, end: by.end } : undefined;
}

/**
 * "dismissed Putin's response as deliberately setting conditions", "dismissed the findings of the panel as
 * propaganda": the "as" right after what was dismissed (a closing quotation mark aside) opens a description of it,
 * which belittles its owner. The position of the "as" is given as the word of blame.
 */
function dismissal(tokens: Token[], mentions: Mention[], verb: number): Characterisation | undefined {
  const words = wordsDismissed(tokens, mentions, verb + 1);
  if (!words) return undefined;
  const as = ['"', '”', '’'].includes(tokens[words.end]?.text ?? '') ? words.end + 1 : words.end;
  if (tokens[as]?.lower !== 'as') return undefined;
  const next = tokens[as + 1]?.lower ?? '';
  if (NOT_A_DESCRIPTION.has(next) || (next === 'a' && tokens[as + 2]?.lower === 'result')) return undefined;
  return { verb, accused: words.by, word: as };
}

/** Days that may stand between a verb of saying and its "that". */
const DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$/;

/** Nouns of dealings between two actors: "the military cooperation between Russia and North Korea". */
const DEALINGS = new Set([
  'cooperation',
  'collaboration',
  'partnership',
  'ties',
  'alliance',
  'relationship',
  'trade',
  'deal',
  'dealings',
]);

/**
 * The two actors whose dealings the phrase at `at` names, and its end: "(the) (expanding military) cooperation
 * between Russia and North Korea". A short phrase of modifiers, a noun of dealings, "between", two names.
 */
function dealingsBetween(
  tokens: Token[],
  mentions: Mention[],
  at: number,
): { ends: Mention[]; end: number } | undefined {
  let i = tokens[at]?.lower === 'the' ? at + 1 : at;
  const start = i;
  while (i < tokens.length && i - start < 3 && !DEALINGS.has(tokens[i]?.lower ?? '')) {
    if (mentionAt(mentions, i) || !['ADJ', 'NOUN', 'VERB'].includes(tokens[i]?.pos ?? '')) return undefined;
    i++;
  }
  if (!DEALINGS.has(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower !== 'between') return undefined;
  const first = mentionAt(mentions, i + 2);
  if (!first || first.start !== i + 2 || tokens[first.end]?.lower !== 'and') return undefined;
  const second = mentionAt(mentions, first.end + 1);
  if (!second || second.start !== first.end + 1) return undefined;
  return { ends: [first, second], end: second.end };
}

/** One accusation by naming: the verb, the one accused, and the word of blame. */
export interface Characterisation {
  verb: number;
  accused: Mention;
  word: number;
}

/** The actor named at `at` ("the" aside), or the one whose conduct the phrase at `at` is. */
function namedOrActing(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  const named = mentionAt(mentions, start);
  if (named && named.start === start && !/^['’]/.test(tokens[named.end]?.text ?? ''))
    return named.actor.kind === 'person' || !qualifies(tokens[named.end]) ? named : undefined;
  return conductOwner(tokens, mentions, at) ?? conductAuthor(tokens, mentions, at);
}

/** A name that qualifies a noun after it ("the U.S. embassy") is not the one named. */
function qualifies(next: Token | undefined): boolean {
  return next?.pos === 'NOUN';
}

/** The first word of blame within a short phrase from `at`, before the phrase ends or another actor is named. */
function blameWord(tokens: Token[], mentions: Mention[], at: number): number | undefined {
  for (let i = at; i < tokens.length && i - at < 8; i++) {
    const token = tokens[i] as Token;
    if (BLAME_WORDS.has(token.lower)) return i;
    if (PHRASE_ENDS.has(token.lower) || NOT_ITS_OWN.has(token.lower) || mentionAt(mentions, i))
      return undefined;
    if (token.pos === 'VERB' && !/(?:ing|ed)$/.test(token.lower)) return undefined;
  }
  return undefined;
}

/**
 * Just past the "that" of a verb of saying: at once ("said that") or past a short adjunct that a preposition
 * opens and no verb is in ("contended in a post on his Truth Social platform that").
 */
function thatAfter(tokens: Token[], verb: number): number | undefined {
  if (tokens[verb + 1]?.lower === 'that') return verb + 2;
  // "warned Friday that": a day between the verb and "that".
  if (DAY.test(tokens[verb + 1]?.text ?? '') && tokens[verb + 2]?.lower === 'that') return verb + 3;
  if (tokens[verb + 1]?.pos !== 'ADP') return undefined;
  for (let i = verb + 2; i < tokens.length && i - verb <= 10; i++) {
    if (tokens[i]?.lower === 'that') return i + 1;
    if (isVerb(tokens[i]) || PHRASE_ENDS.has(tokens[i]?.lower ?? '')) return undefined;
  }
  return undefined;
}

/** The end of the phrase that names the accused: past its name, or past "X's [new] move" when it owns conduct. */
function phraseEnd(tokens: Token[], accused: Mention): number {
  if (!/^['’]/.test(tokens[accused.end]?.text ?? '')) return accused.end;
  let i = accused.end + 1;
  while (i < tokens.length && i - accused.end < 4 && tokens[i]?.pos === 'ADJ') i++;
  while (i < tokens.length && i - accused.end < 5 && tokens[i]?.pos === 'NOUN') i++;
  return i;
}

/**
 * Each "called X a provocation", "branded X a terrorist state", "described X's moves as reckless" and "said X('s
 * remarks) were irresponsible" in the sentence. The one accused follows the verb at once (or owns, or is the author
 * of, the conduct that follows it); the word of blame comes within the next few words, in the same phrase.
 */
export function characterisations(tokens: Token[], mentions: Mention[]): Characterisation[] {
  const result: Characterisation[] = [];
  tokens.forEach((token, verb) => {
    const word = token.lower;
    if (DISMISSING.has(word) && token.pos === 'VERB') {
      const dismissed = dismissal(tokens, mentions, verb);
      if (dismissed) {
        result.push(dismissed);
        return;
      }
    }
    if (NAMING.has(word) || DISMISSING.has(word)) {
      // "called on", "called for", "called off": a request or a cancellation, not a name given.
      if (['on', 'for', 'off', 'in', 'up', 'out'].includes(tokens[verb + 1]?.lower ?? '')) return;
      const accused = namedOrActing(tokens, mentions, verb + 1);
      if (!accused) return;
      const after = phraseEnd(tokens, accused);
      const blame = blameWord(tokens, mentions, after);
      if (blame !== undefined) result.push({ verb, accused, word: blame });
      return;
    }
    if (!SAYING.has(word)) return;
    const at = thatAfter(tokens, verb) ?? verb + 1;
    const accused = namedOrActing(tokens, mentions, at);
    if (!accused) {
      // "warned that expanding military cooperation between Russia and North Korea is dangerous": both.
      const dealings = dealingsBetween(tokens, mentions, at);
      if (!dealings || !BE.has(tokens[dealings.end]?.lower ?? '')) return;
      const blame = blameWord(tokens, mentions, dealings.end + 1);
      if (blame !== undefined)
        for (const end of dealings.ends) result.push({ verb, accused: end, word: blame });
      return;
    }
    const be = phraseEnd(tokens, accused);
    if (!BE.has(tokens[be]?.lower ?? '')) return;
    const blame = blameWord(tokens, mentions, be + 1);
    if (blame !== undefined) result.push({ verb, accused, word: blame });
  });
  return result;
}

// Stage 1: text -> paragraphs (numbered as the data format counts them) -> sentences -> tokens with POS tags.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { SENTENCE_OPENERS, SKIPPED_LINES, STOP_LINES } from './lexicon/furniture';
import { isNameThenDemonym } from './actors/states';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** One token: its text as written, lower-cased, its universal POS tag, and where it sits in its sentence. */
export interface Token {
  text: string;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
  pos: string;
  start: number;
  end: number;
}

export interface Sentence {
  /** The sentence as written: a substring of its paragraph. */
  text: string;
  paragraph: number;
  /** Where the sentence starts in its paragraph's text. */
  offset: number;
  /** Order in the whole document, from 0. */
  index: number;
  tokens: Token[];
}

export interface Paragraph {
  /** Headline = 1, then one per paragraph of text, page furniture skipped. */
  number: number;
  text: string;
  sentences: Sentence[];
}

export interface ArticleText {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const SENTENCE_END = /[.!?"”’:)\]]$/;

/** Lines of a block joined where the text was wrapped mid-sentence (the next line goes on in lower case). */
function unwrap(block: string[]): string[] {
  const lines: string[] = [];
  for (const line of block) {
    const previous = lines[lines.length - 1];
    if (previous !== undefined && !SENTENCE_END.test(previous) && /^[a-z(,;]/.test(line))
      lines[lines.length - 1] = `${previous} ${line}`;
    else lines.push(line);
  }
  return lines;
}

/** Space that is not one plain space: a line without it is left as it is, not copied. */
const ODD_SPACE = /[^\S ]| {2}/;

/** The paragraphs of a text: one per non-empty line (wrapped lines joined), furniture and repeats skipped. */
export function paragraphTexts(text: string): string[] {
  const blocks = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split(/\n\s*\n/);
  const found: string[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .map((line) => (ODD_SPACE.test(line) ? line.replace(/\s+/g, ' ') : line).trim());
    for (const line of unwrap(lines.filter((l) => l !== ''))) {
      if (STOP_LINES.some((stop) => stop.test(line))) return found;
      if (SKIPPED_LINES.some((skip) => skip.test(line)) || seen.has(line)) continue;
      seen.add(line);
      found.push(line);
    }
  }
  return found;
}

/** Lower case, curly apostrophes made straight (tested first: most words hold none). */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return /[’`´]/.test(lower) ? lower.replace(/[’`´]/g, "'") : lower;
}

/** The tokens of a sentence: the paragraph's words and tags `first` to `last`, found in turn in the sentence's text. */
function tokensOf(
  sentenceText: string,
  texts: string[],
  tags: string[],
  first: number,
  last: number,
): Token[] {
  const tokens: Token[] = [];
  // Every token is found in the sentence: without a curly apostrophe there, none has one to fold.
  const curly = /[’`´]/.test(sentenceText);
  let cursor = 0;
  for (let i = first; i <= last; i++) {
    const text = texts[i] as string;
    const at = sentenceText.indexOf(text, cursor);
    if (at < 0) continue;
    cursor = at + text.length;
    tokens.push({
      text,
      lower: curly ? fold(text) : text.toLowerCase(),
      pos: tags[i] ?? 'X',
      start: at,
      end: cursor,
    });
  }
  return tokens;
}

const OPENERS = new Set(SENTENCE_OPENERS);
const HEADING_END_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const OPENING_QUOTES = new Set(['‘', '“', '"', "'"]);
const CLOSING_QUOTES = new Set(['’', '”', '"', "'"]);

/**
 * Where a subheading run into its sentence ends, if one did: a text whose paragraphs were joined keeps the
 * subheadings of its sections before the next sentence, with no stop between ("Trump approval During a visit
 * ...", "Role of Russia Russian President Vladimir Putin ..."). A heading is a short phrase (one to six words,
 * no stop, capitalised or quoted) ending in a noun or a closing quote, and the sentence after it begins with a
 * word that is capitalised only at a sentence's start ("During", "The exiled"), or a state's demonym right after
 * a state's name.
 */
export function headingEnd(tokens: readonly Token[]): number | undefined {
  const first = tokens[0];
  if (!first || !(/^\p{Lu}/u.test(first.text) || OPENING_QUOTES.has(first.text))) return undefined;
  let words = 0;
  for (let k = 1; k < Math.min(tokens.length - 1, 9); k++) {
    const previous = tokens[k - 1] as Token;
    const token = tokens[k] as Token;
    if (/\p{L}/u.test(previous.text)) words++;
    if (words > 6 || /^[.!?:;()[\]]$/.test(previous.text)) return undefined;
    const ends = HEADING_END_TAGS.has(previous.pos) || (k > 1 && CLOSING_QUOTES.has(previous.text));
    if (!ends || !/^\p{Lu}/u.test(token.text) || words < 1) continue;
    const nextWord = tokens[k + 1];
    if (OPENERS.has(token.text) && nextWord && /^\p{L}/u.test(nextWord.text)) return k;
    if (isNameThenDemonym(previous.text, token.text)) return k;
  }
  return undefined;
}

/** A sentence's part from token `from` (to `to`), its offsets in the paragraph kept. */
function part(sentence: Sentence, from: number, to: number, index: number): Sentence {
  const tokens = sentence.tokens.slice(from, to);
  const start = tokens[0]?.start ?? 0;
  const end = tokens[tokens.length - 1]?.end ?? 0;
  return {
    text: sentence.text.slice(start, end),
    paragraph: sentence.paragraph,
    offset: sentence.offset + start,
    index,
    tokens: tokens.map((t) => ({ ...t, start: t.start - start, end: t.end - start })),
  };
}

/** Words after which a lone "X." is the social platform, not a name's initial: "said in a post on X." */
const PLATFORM_BEFORE = new Set(['on', 'via', 'onto', 'to', 'from']);

/**
 * Where a sentence the splitter ran on ends after the social platform X: "... said in a statement posted on X.
 * Militants attacked a train Tuesday" reads "X." as an initial ("George W. Bush"). An initial follows a name;
 * "X." after a preposition and before a capitalised word or a quotation mark ends a sentence.
 */
export function platformEnd(tokens: readonly Token[]): number | undefined {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]?.text !== 'X.' || !PLATFORM_BEFORE.has(tokens[k - 1]?.lower ?? '')) continue;
    const next = tokens[k + 1]?.text ?? '';
    const rest = tokens.slice(k + 1).some((t) => /\p{L}/u.test(t.text));
    if (rest && (/^\p{Lu}/u.test(next) || OPENING_QUOTES.has(next))) return k + 1;
  }
  return undefined;
}

/** A lone capital letter, as an abbreviation of capitals spells each: "U", "K.". */
const LETTER = /^\p{Lu}\.?$/u;

/**
 * True when the splitter broke a sentence inside an abbreviation of capitals joined to another by a hyphen:
 * "a joint U.S.-U.K. military base" read as "... U.S.-U." and "K. military base ...".
 */
function splitAbbreviation(before: Sentence, after: Sentence): boolean {
  const t = before.tokens;
  const n = t.length;
  return (
    n >= 3 &&
    t[n - 1]?.text === '.' &&
    LETTER.test(t[n - 2]?.text ?? '') &&
    t[n - 3]?.text === '-' &&
    /^\p{Lu}\.$/u.test(after.tokens[0]?.text ?? '') &&
    after.offset === before.offset + before.text.length
  );
}

/** Abbreviated ranks and titles written before a name, which end no sentence: "Maj. Gen. John Smith". */
const NAME_ABBREVIATIONS = new Set(
  [
    'Maj',
    'Gen',
    'Lt',
    'Col',
    'Capt',
    'Sgt',
    'Adm',
    'Brig',
    'Cmdr',
    'Rep',
    'Sen',
    'Gov',
    'Dr',
    'Prof',
  ].flatMap((word) => [word, word.toUpperCase()]),
);

/**
 * True when the splitter ended a sentence at an abbreviated rank or title right before a name: "Maj. Gen. John
 * Smith said" read as "Maj." and "Gen. John Smith said"; "... led by a Maj. It was late" stays two, "It" no name.
 */
function splitTitle(before: Sentence, after: Sentence): boolean {
  const t = before.tokens;
  const n = t.length;
  const next = after.tokens[0];
  return (
    n >= 2 &&
    t[n - 1]?.text === '.' &&
    NAME_ABBREVIATIONS.has(t[n - 2]?.text ?? '') &&
    t[n - 1]?.start === t[n - 2]?.end &&
    next?.pos === 'PROPN' &&
    /^\p{Lu}/u.test(next.text) &&
    after.offset === before.offset + before.text.length + 1
  );
}

/** Two sentences read as one, split after an abbreviated title: its word and stop made one token ("Maj."). */
function joinedAtTitle(paragraphText: string, before: Sentence, after: Sentence): Sentence {
  const word = before.tokens[before.tokens.length - 2] as Token;
  const title: Token = { ...word, text: `${word.text}.`, lower: `${word.lower}.`, end: word.end + 1 };
  return rejoined(paragraphText, before, after, title, after.tokens);
}

/** Two sentences of a paragraph read as one, the letters of the abbreviation they were split in made one token. */
function joined(paragraphText: string, before: Sentence, after: Sentence): Sentence {
  const shift = after.offset - before.offset;
  const [first, ...rest] = after.tokens;
  const letter = before.tokens[before.tokens.length - 2] as Token;
  const abbreviation: Token = {
    text: `${letter.text}.${first?.text ?? ''}`,
    lower: `${letter.lower}.${first?.lower ?? ''}`,
    pos: 'PROPN',
    start: letter.start,
    end: shift + (first?.end ?? 0),
  };
  return rejoined(paragraphText, before, after, abbreviation, rest);
}

/**
 * Two sentences of a paragraph made one where the splitter broke them at a stop: the last two tokens of `before`
 * (a word and its stop) give way to `merged`, then come `rest` of `after`'s tokens, moved to the joined text.
 */
function rejoined(
  paragraphText: string,
  before: Sentence,
  after: Sentence,
  merged: Token,
  rest: readonly Token[],
): Sentence {
  const shift = after.offset - before.offset;
  return {
    ...before,
    text: paragraphText.slice(before.offset, after.offset + after.text.length),
    tokens: [
      ...before.tokens.slice(0, -2),
      merged,
      ...rest.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
    ],
  };
}

/**
 * Where words `first` to `last` stand in a paragraph from `cursor` on, when each follows the one before it after
 * nothing or a single space (a paragraph's spaces are single): as the tokenizer writes the sentence out.
 */
function wordsAt(
  paragraphText: string,
  words: readonly string[],
  first: number,
  last: number,
  cursor: number,
): [number, number] | undefined {
  const start = paragraphText.indexOf(words[first] ?? '', cursor);
  if (start < 0 || words[first] === '') return undefined;
  let end = start + (words[first] as string).length;
  for (let k = first + 1; k <= last; k++) {
    const word = words[k] ?? '';
    const at = paragraphText.startsWith(word, end)
      ? end
      : paragraphText.startsWith(word, end + 1)
        ? end + 1
        : -1;
    if (word === '' || at < 0 || (at > end && paragraphText[end] !== ' ')) return undefined;
    end = at + word.length;
  }
  return [start, end];
}

/** Splits one paragraph into sentences, each with its tokens. */
function sentencesOf(paragraphText: string, number: number, firstIndex: number): Sentence[] {
  const doc = nlp.readDoc(paragraphText);
  const sentences: Sentence[] = [];
  let cursor = 0;
  const push = (whole: Sentence) => {
    // A headline is written in title case: its capitals say nothing of subheadings.
    const heading = number > 1 ? headingEnd(whole.tokens) : undefined;
    if (heading === undefined) sentences.push({ ...whole, index: firstIndex + sentences.length });
    else
      sentences.push(
        part(whole, 0, heading, firstIndex + sentences.length),
        part(whole, heading, whole.tokens.length, firstIndex + sentences.length + 1),
      );
  };
  const read: Sentence[] = [];
  // The words and tags of the whole paragraph, read out once; each sentence takes its span of them.
  const words = doc.tokens().out();
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  spans.forEach(([first, last], i) => {
    // The sentence's words found in turn in the paragraph, apart by nothing or one space, give where it stands;
    // anything else (a word the tokenizer changed) is left to the sentence as wink-nlp writes it out.
    const found = wordsAt(paragraphText, words, first, last, cursor);
    const raw = found ? '' : doc.sentences().itemAt(i).out();
    const at = found ? found[0] : paragraphText.indexOf(raw, cursor);
    const end = found ? found[1] : at + raw.length;
    const offset = at < 0 ? cursor : at;
    const text = at < 0 ? raw : paragraphText.slice(at, end);
    if (at >= 0) cursor = end;
    const tokens = tokensOf(text, words, tags, first, last);
    const whole: Sentence = { text, paragraph: number, offset, index: 0, tokens };
    const previous = read.at(-1);
    if (previous && splitAbbreviation(previous, whole))
      read[read.length - 1] = joined(paragraphText, previous, whole);
    else if (previous && splitTitle(previous, whole))
      read[read.length - 1] = joinedAtTitle(paragraphText, previous, whole);
    else read.push(whole);
  });
  for (let whole of read) {
    for (let end = platformEnd(whole.tokens); end !== undefined; end = platformEnd(whole.tokens)) {
      push(part(whole, 0, end, 0));
      whole = part(whole, end, whole.tokens.length, 0);
    }
    push(whole);
  }
  return sentences;
}

/** Reads a text into numbered paragraphs and sentences. */
export function readArticle(text: string): ArticleText {
  const paragraphs: Paragraph[] = [];
  const all: Sentence[] = [];
  paragraphTexts(text).forEach((paragraphText, i) => {
    const sentences = sentencesOf(paragraphText, i + 1, all.length);
    all.push(...sentences);
    paragraphs.push({ number: i + 1, text: paragraphText, sentences });
  });
  return { paragraphs, sentences: all };
}

/** Short texts already split: the same names are split again and again, in every article. */
const wordsRead = new Map<string, readonly string[]>();
/** How many split texts are kept: far more than the names of a registry, far less than a process's memory. */
const WORDS_KEPT = 50_000;

/**
 * The words of a short text as the tokenizer splits it, so that names are matched token by token: the list kept,
 * not a copy, as names are split at every mention; a caller never changes it.
 */
export function wordsOf(text: string): readonly string[] {
  let words = wordsRead.get(text);
  if (words === undefined) {
    if (wordsRead.size >= WORDS_KEPT) wordsRead.clear();
    words = Object.freeze(nlp.readDoc(text).tokens().out());
    wordsRead.set(text, words);
  }
  return words;
}

// Stage 5: the dates a sentence gives, resolved against the publication date at the precision the text gives
// ("Jan. 7" a day, "in April" a month, "last year" a year), ranges as date and dateEnd; none when it gives none.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';

/** A date the text gives, at its precision, with where it sits in the sentence (characters). */
export interface TextDate {
  date: string;
  dateEnd: string | null;
  index: number;
  /** "Tuesday's attack", "last week's talks": the date of the noun it stands before. */
  possessive?: boolean;
  /** "in the past month", "over the past week": a span up to publication, over which things happened. */
  rolling?: boolean;
  /** Where the words that give it end (characters), when known. */
  end?: number;
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** Patterns of the parsers added to chrono's, built once: chrono asks for its parsers' patterns every sentence. */
const BARE_YEAR =
  /\b(?:in|since|during|of|by|until|through|throughout|year|early|late|mid-?)\s+((?:19|20)\d\d)\b(?![-/]\d)/i;
const LAST_MONTH = new RegExp(`\\blast\\s+(${MONTHS})\\b`, 'i');

/** chrono's English parsers, with what news writes that they leave out: bare years, "last May". */
const parser = chrono.casual.clone();
parser.parsers.push(
  {
    pattern: () => BARE_YEAR,
    extract: (_context, match) => ({ year: Number(match[1]) }),
  },
  {
    pattern: () => LAST_MONTH,
    extract: (context, match) => {
      const month = MONTHS.split('|').indexOf((match[1] ?? '').toLowerCase()) + 1;
      const reference = context.reference.instant;
      const year = reference.getUTCFullYear() - (month >= reference.getUTCMonth() + 1 ? 1 : 0);
      return { year, month };
    },
  },
);

/**
 * What a sentence must hold for one of chrono's parsers to match in it, so that a parser is skipped where it could
 * match nothing: each of chrono's patterns is tried at every word of every sentence, yet most need a digit, a
 * month's name or a word of their own. A guard applies to a pattern by what its source holds (after the left
 * boundary chrono adds), and asks only for what every match of that pattern contains: a month's name in any of
 * chrono's forms holds one of the twelve three-letter stems; a pattern no guard names is tried as before.
 *  - the last words of a length of time before or after ("two days ago", "a week later"), by the pattern's tail;
 *  - numeric dates and times ("2024-05-01", "5/1", "at 5 pm", "2019 May"), by their digits;
 *  - month names ("May 7", "7 May", "in May"), weekdays ("Tuesday", "the weekend"), "this week", "tonight",
 *    "this morning", "the end of the month", by their words.
 */
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const GUARDS: Array<{ applies: (source: string) => boolean; needed: RegExp }> = [
  {
    applies: (s) => s.endsWith('(?:ago|before|earlier)(?=\\W|$)'),
    needed: /(?:ago|before|earlier)(?=\W|$)/i,
  },
  {
    applies: (s) => s.endsWith('(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))'),
    needed: /(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))/i,
  },
  // A year, month and day in digits or with the month's name: four digits first.
  { applies: (s) => s.startsWith('([0-9]{4})'), needed: /\d{4}/ },
  // A day and month in digits: "5/1", "1.5.2024".
  { applies: (s) => s.startsWith('([0-3]{0,1}[0-9]{1})[\\/\\.\\-]'), needed: /\d[/.-]\d/ },
  // A month and year in digits: "5/2024".
  { applies: (s) => s.startsWith('([0-9]|0[1-9]|1[012])\\/([0-9]{4})'), needed: /\d\/\d{4}/ },
  // A time of day ("at 5", "5:30 pm") and a year before a month's name ("2019 May"): a digit.
  { applies: (s) => s.includes('??(\\d{1,4})'), needed: /\d/ },
  {
    applies: (s) => s.startsWith('((?:[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}))'),
    needed: /\d/,
  },
  // A month's name first ("May 7", "in May") or after a day ("7 May", "the 7th of May").
  { applies: (s) => s.startsWith('((?:september|'), needed: MONTH_STEM },
  { applies: (s) => s.startsWith('((?:in)\\s*)?((?:september|'), needed: MONTH_STEM },
  { applies: (s) => s.startsWith('(?:on\\s{0,3})?((?:(?:twenty'), needed: MONTH_STEM },
  // "the end of the month", "tonight", "this morning", "Tuesday", "the weekend".
  { applies: (s) => s.startsWith('(?:last\\s+day|end)\\s+of'), needed: /month/i },
  {
    applies: (s) => s.startsWith('(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)'),
    needed: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  },
  {
    applies: (s) => s.startsWith('(?:this)?\\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)'),
    needed: /morning|afternoon|evening|night|midday|noon/i,
  },
  { applies: (s) => s.includes('((?:wednesday|'), needed: /sun|mon|tue|wed|thu|fri|sat|week/i },
  // "this week", "last year", "next month": the word before the unit.
  {
    applies: (s) => s.startsWith('(this|last|past|next|after\\s*this)\\s*('),
    needed: /this|last|past|next/i,
  },
];
const NOTHING = /$^/;
/** The left boundary chrono puts before the patterns of most parsers. */
const LEFT_BOUNDARY = '(\\W|^)';
parser.parsers = parser.parsers.map((inner) => {
  const pattern = inner.pattern(new chrono.ParsingContext('', new Date(0)));
  const source = pattern.source.startsWith(LEFT_BOUNDARY)
    ? pattern.source.slice(LEFT_BOUNDARY.length)
    : pattern.source;
  const guard = GUARDS.find((g) => g.applies(source));
  if (!guard) return inner;
  const { needed } = guard;
  return {
    pattern: (context) => (needed.test(context.text) ? inner.pattern(context) : NOTHING),
    extract: (context, match) => inner.extract(context, match),
  };
});

/**
 * Words without which a sentence gives no date, so that chrono runs only where one may be. Names of months and
 * days count only capitalised, as English writes them: "may" and "march" are most often verbs.
 */
const NAMED_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const RELATIVE_DATE = /\b(?:today|tonight|yesterday|tomorrow|year|month|week|weekend|ago|(?:19|20)\d\d)\b/i;
const mayGiveDate = (sentence: string) => NAMED_DATE.test(sentence) || RELATIVE_DATE.test(sentence);

/**
 * A sentence that speaks of what is yet to happen: its bare weekdays and months are the next ones, not the last.
 */
const FUTURE =
  /\b(?:will|won't|shall|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to|is expected to|are expected to|plans? to|is planning to|are planning to|hopes? to|is hoping to|are hoping to|aims? to|intends? to|is to|are to|next|upcoming|later this)\b/i;

/** A day right after a verb of saying in the past is the day it was said: "said Monday", "told reporters on Friday". */
const SAID_ON = /\b(?:said|told(?:\s+\w+){0,2}|announced|added|wrote|posted|stated)\s+(?:on\s+)?$/i;
/**
 * Verbs of saying in the past after which a day is when something was said, not a day to come, though what was
 * said looks ahead: "warned Wednesday that it will continue", "noted on Tuesday that talks will resume". Not
 * a passive ("will be confirmed on Friday"): that is the day it is to be done.
 */
const SPOKE_ON =
  /(?<!\b(?:be|been|being|to)\s+)\b(?:warned|noted|insisted|argued|stressed|declared|cautioned|confirmed|reiterated|vowed|pledged|predicted|tweeted|explained|acknowledged|asserted)\s+(?:on\s+)?$/i;

/** True when the date at `index` comes right after a verb of saying: the day something was said ("said Monday"). */
export function saidOn(sentence: string, index: number): boolean {
  return SAID_ON.test(sentence.slice(Math.max(0, index - 40), index));
}

/**
 * Whether the words around a date speak of the future: its own side of any quotation mark, up to 80 characters
 * before it ("is due to meet Erdogan in Turkey in January"). A quotation's "will" does not make the day it was
 * said ('"... will go on," Xi said on Monday') a day to come.
 */
function speaksOfFuture(sentence: string, index: number): boolean {
  if (saidOn(sentence, index) || SPOKE_ON.test(sentence.slice(Math.max(0, index - 30), index))) return false;
  let from = Math.max(0, index - 80);
  let to = Math.min(sentence.length, index + 25);
  const before = sentence.slice(from, index).search(/[“”"][^“”"]*$/);
  if (before >= 0) from += before + 1;
  const after = sentence.slice(index, to).search(/[“”"]/);
  if (after >= 0) to = index + after;
  return FUTURE.test(sentence.slice(from, to));
}

const FIRST_REFERENCE = new Date(Date.UTC(2000, 5, 15));
const SECOND_REFERENCE = new Date(Date.UTC(2011, 1, 15));
const keyOf = (result: ParsedResult) =>
  [
    result.index,
    ...(['year', 'month', 'day'] as const).map((c) =>
      result.start.isCertain(c) ? result.start.get(c) : '-',
    ),
  ].join(' ');

const pad = (n: number) => String(n).padStart(2, '0');

/** The component values chrono reports, at the precision the text gives. */
function isoOf(result: ParsedResult['start'], published: Date | null, future = false): string | null {
  const known = (c: 'year' | 'month' | 'day' | 'weekday') => result.isCertain(c);
  const date = result.date();
  const year = date.getFullYear();
  if (known('weekday') && !known('day')) {
    if (!published) return null;
    // A bare weekday in news is the one before (or on) the publication day; the one after when the sentence
    // speaks of the future.
    const weekday = result.get('weekday') ?? 0;
    const offset = future
      ? -((weekday - published.getUTCDay() + 7) % 7)
      : (published.getUTCDay() - weekday + 7) % 7;
    const day = new Date(published.getTime() - offset * 86_400_000);
    return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  }
  if (!known('year') && !published) return null;
  const month = pad(date.getMonth() + 1);
  let y = year;
  // "May 7" in a January article is last year's May when the text speaks of it as past; "in January" in a
  // November article is next year's when it speaks of the future.
  const later = published && date.getTime() > published.getTime() + 7 * 86_400_000;
  if (!known('year') && published && later && !future) y -= 1;
  if (!known('year') && published && future && date.getTime() < published.getTime() - 90 * 86_400_000) y += 1;
  if (known('day')) return `${y}-${month}-${pad(date.getDate())}`;
  if (known('month')) return `${y}-${month}`;
  if (known('year') || !known('month')) return `${y}`;
  return null;
}

/** "May 7 and 8", "June 19-20": the day after the first that ends the range. */
function rangeEnd(sentence: string, result: ParsedResult, start: string): string | null {
  const tail = sentence.slice(result.index + result.text.length);
  const match = /^\s*(?:and|to|-|–)\s*(\d{1,2})\b(?!\s*(?:,|\d{3}|%|percent))/.exec(tail);
  if (!match || start.length !== 10) return null;
  const day = Number(match[1]);
  return day > Number(start.slice(8)) && day <= 31 ? `${start.slice(0, 8)}${pad(day)}` : null;
}

const isoDay = (day: Date) =>
  `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
const DAY = 86_400_000;

/**
 * Weeks and spans chrono reads as one day or only a year, with weeks from Sunday to Saturday as on the US
 * calendar: "last week" (the week before the publication week), "this week" (its Sunday to the publication
 * day), "earlier this week" (its Sunday to the day before publication), "next week", "in the past week" (the
 * seven days up to publication), "in the past month" (the month up to publication). Only with a publication
 * date.
 */
const WEEK_SPAN =
  /\b(?:(last|previous|past|this|next|coming)\s+week|(earlier)\s+(?:this|in\s+the)\s+week|(?:in\s+)?the\s+(?:past|last)\s+(week|month))\b/gi;

/**
 * "two weeks ago", "a week ago": the Sunday-to-Saturday week that many weeks back, as "last week" is one back (the
 * text gives a week, not a day). "earlier this month": its first day to the day before publication.
 */
const WEEKS_AGO = /\b(a|one|two|three|four|five|six|\d)\s+weeks?\s+ago\b/gi;
const EARLIER_THIS_MONTH = /\bearlier\s+(?:this|in\s+the)\s+month\b/gi;
const COUNTS = ['a', 'one', 'two', 'three', 'four', 'five', 'six'];

/** "this weekend", "last weekend", "over the weekend", "next weekend": a Saturday and the Sunday after it. */
const WEEKEND = /\b(?:(this|last|next|past|previous|coming)|(?:over|at|during)\s+the)\s+weekend\b/gi;

/** The same day a month before (the month's last day when it has no such day): 2025-03-31 -> 2025-02-28. */
function monthBefore(day: Date): Date {
  const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - 1, 1, 12));
  const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0, 12)).getUTCDate();
  return new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day.getUTCDate(), days), 12),
  );
}

function spanDates(sentence: string, reference: Date): Array<TextDate & { length: number }> {
  const dates: Array<TextDate & { length: number }> = [];
  const sunday = new Date(reference.getTime() - reference.getUTCDay() * DAY);
  for (let match = WEEK_SPAN.exec(sentence); match; match = WEEK_SPAN.exec(sentence)) {
    const which = (match[1] ?? match[2] ?? '').toLowerCase();
    const past = (match[3] ?? '').toLowerCase();
    let from: Date;
    let to: Date;
    if (past === 'month') [from, to] = [monthBefore(reference), reference];
    else if (past || which === 'past') [from, to] = [new Date(reference.getTime() - 7 * DAY), reference];
    else if (which === 'last' || which === 'previous')
      [from, to] = [new Date(sunday.getTime() - 7 * DAY), new Date(sunday.getTime() - DAY)];
    else if (which === 'next' || which === 'coming')
      [from, to] = [new Date(sunday.getTime() + 7 * DAY), new Date(sunday.getTime() + 13 * DAY)];
    else if (which === 'earlier') [from, to] = [sunday, new Date(reference.getTime() - DAY)];
    else [from, to] = [sunday, reference];
    // "earlier this week" in a Sunday's article: no day of its week is before publication; the words are read
    // (chrono reads nothing in them) and give no date.
    if (isoDay(to) < isoDay(from)) {
      dates.push({ date: '', dateEnd: null, index: match.index, length: match[0].length });
      continue;
    }
    const dateEnd = isoDay(to) > isoDay(from) ? isoDay(to) : null;
    const rolling = !!past || which === 'past';
    dates.push({ date: isoDay(from), dateEnd, index: match.index, length: match[0].length, rolling });
  }
  WEEKS_AGO.lastIndex = 0;
  for (let match = WEEKS_AGO.exec(sentence); match; match = WEEKS_AGO.exec(sentence)) {
    const word = (match[1] ?? '').toLowerCase();
    const count = Math.max(1, COUNTS.indexOf(word), Number(word) || 0);
    const from = new Date(sunday.getTime() - 7 * count * DAY);
    const to = new Date(from.getTime() + 6 * DAY);
    dates.push({ date: isoDay(from), dateEnd: isoDay(to), index: match.index, length: match[0].length });
  }
  EARLIER_THIS_MONTH.lastIndex = 0;
  for (let match = EARLIER_THIS_MONTH.exec(sentence); match; match = EARLIER_THIS_MONTH.exec(sentence)) {
    const first = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), 1, 12));
    const to = new Date(reference.getTime() - DAY);
    // On the month's first day no day of it is before publication: the words give no date.
    const date = isoDay(to) < isoDay(first) ? '' : isoDay(first);
    const dateEnd = date && isoDay(to) > date ? isoDay(to) : null;
    dates.push({ date, dateEnd, index: match.index, length: match[0].length });
  }
  WEEKEND.lastIndex = 0;
  for (let match = WEEKEND.exec(sentence); match; match = WEEKEND.exec(sentence)) {
    const which = (match[1] ?? '').toLowerCase();
    // The weekend just past is the Saturday before the week's Sunday and that Sunday; "this weekend" (in a Sunday's
    // article, the one ending that day), "next" or "coming weekend" the one at the end of the week.
    // "will go on over the weekend": the coming one. "Last weekend" of a Sunday and "next weekend" of a Saturday
    // are a week further.
    const day = reference.getUTCDay();
    const ahead =
      which === 'next' ||
      which === 'coming' ||
      (which === 'this' && day !== 0) ||
      (!which && day !== 0 && speaksOfFuture(sentence, match.index));
    let offset = ahead ? 6 : -1;
    if ((which === 'last' || which === 'previous') && day === 0) offset -= 7;
    if (which === 'next' && day === 6) offset += 7;
    const saturday = new Date(sunday.getTime() + offset * DAY);
    const end = new Date(saturday.getTime() + DAY);
    dates.push({ date: isoDay(saturday), dateEnd: isoDay(end), index: match.index, length: match[0].length });
  }
  return dates;
}

/**
 * "for four weeks (until April 2)", "over two days": a length of time, which chrono reads as a day that far ahead;
 * what it lasts for is not when it happened.
 */
const DURATION_BEFORE = /\b(?:for|over|lasting)\s*$/i;
const DURATION =
  /^((?:for|over)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:day|week|month|year)s?\b/i;
function isDuration(sentence: string, result: ParsedResult): boolean {
  const match = DURATION.exec(result.text.trim());
  return !!match && (!!match[1] || DURATION_BEFORE.test(sentence.slice(0, result.index)));
}

/**
 * A weekday's short form written in lower case, which is a word of its own in running text: "sat down with", "wed in
 * June", "the sun". News writes a day's short form capitalised ("Sat."), if at all.
 */
const WORD_LIKE_DAY = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/;

/** Every date a sentence gives, resolved against `published` (YYYY-MM-DD) when there is one. */
export function sentenceDates(sentence: string, published: string | null): TextDate[] {
  if (!mayGiveDate(sentence)) return [];
  const reference = published ? new Date(`${published}T12:00:00Z`) : null;
  const spans = reference ? spanDates(sentence, reference) : [];
  const inSpan = (index: number) => spans.some((s) => index >= s.index && index < s.index + s.length);
  const results = parser
    .parse(sentence, reference ?? FIRST_REFERENCE)
    .filter((r) => !inSpan(r.index) && !isDuration(sentence, r) && !WORD_LIKE_DAY.test(r.text));
  // Without a publication date, a date that moves with the reference ("last year") stays unresolved.
  const absolute = reference ? undefined : new Set(parser.parse(sentence, SECOND_REFERENCE).map(keyOf));

  const ownerAt = (end: number) => /^['’]s\b/.test(sentence.slice(end, end + 3));
  const dates: TextDate[] = [];
  for (const result of results) {
    if (absolute && !absolute.has(keyOf(result))) continue;
    const future = speaksOfFuture(sentence, result.index);
    const start = isoOf(result.start, reference, future);
    if (!start) continue;
    const end = result.end ? isoOf(result.end, reference, future) : rangeEnd(sentence, result, start);
    const dateEnd = end && end > start && end.length === start.length ? end : null;
    dates.push({
      date: start,
      dateEnd,
      index: result.index,
      possessive: ownerAt(result.index + result.text.length),
      end: result.index + result.text.length,
    });
  }
  for (const { date, dateEnd, index, length, rolling } of spans)
    if (date)
      dates.push({ date, dateEnd, index, possessive: ownerAt(index + length), rolling, end: index + length });
  return dates.sort((a, b) => a.index - b.index);
}

/** Words that open a new clause after a comma or a dash: ", while ...", ", which ...", ", then ...". */
const CLAUSE_OPENERS = new Set([
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'which',
  'who',
  'when',
  'after',
  'before',
  'since',
  'then',
  'and',
  'as',
  'where',
  'because',
  'whose',
]);
const CLAUSE_BREAKS = new Set([',', '—', '–', '(', ')']);
/** Words that open a clause wherever they stand: "told reporters that leaders will meet", "while Canada ...". */
const OPEN_ANYWHERE = new Set(['that', 'while', 'whereas']);

/**
 * True when no clause boundary stands between tokens `a` and `b`: a semicolon, a colon, a quotation mark, "that",
 * "while" or "whereas", or a comma or dash before a word that opens a clause (", then exempted", ", which Moscow
 * denied").
 */
export function sameClause(
  tokens: readonly { text: string; lower: string }[],
  a: number,
  b: number,
): boolean {
  for (let i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) {
    const token = tokens[i];
    if (!token) break;
    if ([';', ':', '“', '”', '"'].includes(token.text) || OPEN_ANYWHERE.has(token.lower)) return false;
    if (CLAUSE_BREAKS.has(tokens[i - 1]?.text ?? '') && CLAUSE_OPENERS.has(token.lower)) return false;
  }
  return true;
}

/** Words that open a relative clause after a comma: "the peace process, which stemmed from the deal, started". */
const RELATIVES = new Set(['which', 'who', 'whose', 'whom']);

/**
 * The span of tokens [start, end) of the relative clause set off by commas or dashes that token `at` stands in
 * ("The peace process, which stemmed from the U.S.-Taliban deal, started in Doha last September": "which ...
 * deal"), or undefined when it stands in none. The clause ends at the next comma, dash or bracket, or at the end.
 */
export function relativeClause(
  tokens: readonly { text: string; lower: string }[],
  at: number,
): [number, number] | undefined {
  for (let i = at; i > 0; i--) {
    const token = tokens[i];
    if (!token) return undefined;
    if (CLAUSE_BREAKS.has(token.text) || [';', ':', '“', '”', '"'].includes(token.text)) return undefined;
    if (RELATIVES.has(token.lower) && CLAUSE_BREAKS.has(tokens[i - 1]?.text ?? '')) {
      let end = at + 1;
      while (end < tokens.length && !CLAUSE_BREAKS.has(tokens[end]?.text ?? '') && tokens[end]?.text !== ';')
        end++;
      return [i, end];
    }
  }
  return undefined;
}

/** "his third visit to China", "the second summit": an event an article may date once and name again. */
const ORDINAL_EVENT =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(visit|trip|summit|meeting|round of talks)(?:\s+(?:to|in|with)\s+((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*))?/gu;

/**
 * Events an article names by their rank ("Kim's third visit to China on June 19 and 20") and the date it gives
 * them, so that a sentence naming one again without a date ("During Kim's third visit to China, Xi promised Kim")
 * takes it: the event frames what the sentence tells.
 */
export class RankedEvents {
  private readonly known = new Map<string, Omit<TextDate, 'index'>>();

  private static phrases(sentence: string): Array<{ key: string; index: number; end: number }> {
    const found: Array<{ key: string; index: number; end: number }> = [];
    ORDINAL_EVENT.lastIndex = 0;
    for (let match = ORDINAL_EVENT.exec(sentence); match; match = ORDINAL_EVENT.exec(sentence)) {
      const place = (match[3] ?? '').replace(/^the\s+/i, '').toLowerCase();
      const key = [match[1]?.toLowerCase(), match[2]?.toLowerCase(), place].join(' ');
      found.push({ key, index: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  /** True when a sentence names a ranked event at all. */
  static names(sentence: string): boolean {
    ORDINAL_EVENT.lastIndex = 0;
    return ORDINAL_EVENT.test(sentence);
  }

  /** Remembers the date given right after each ranked event a sentence names, before the next one it names. */
  learn(sentence: string, dates: readonly TextDate[]): void {
    if (dates.length === 0) return;
    const phrases = RankedEvents.phrases(sentence);
    phrases.forEach((phrase, i) => {
      const next = phrases[i + 1]?.index ?? sentence.length;
      const date = dates.find((d) => d.index >= phrase.end && d.index < next && d.index - phrase.end < 40);
      if (date && !this.known.has(phrase.key))
        this.known.set(phrase.key, { date: date.date, dateEnd: date.dateEnd });
    });
  }

  /** The dates of the ranked events a sentence names again, at where it names them. */
  recall(sentence: string): TextDate[] {
    return RankedEvents.phrases(sentence).flatMap((phrase) => {
      const known = this.known.get(phrase.key);
      return known ? [{ ...known, index: phrase.index }] : [];
    });
  }
}

/**
 * "at the time", "at that time": the time the text spoke of just before ("Pompeo visited North Korea in March
 * 2018. At that time, negotiations had just begun"). Not "at the time of the attack", which names its own time,
 * nor "at the same time".
 */
const AT_THAT_TIME = /\bat\s+(?:the|that)\s+time\b(?!\s+of\b)/i;
/** Sentences back that "at the time" looks for the time it means. */
const AT_THAT_TIME_REACH = 4;

/**
 * The date "at the time" means in a sentence that gives none of its own: the last date of the nearest sentence
 * before it that gives one (`before`, nearest last), placed where the phrase stands; none when it has no such
 * phrase or no sentence within reach gives a date.
 */
export function dateAtThatTime(
  sentence: string,
  before: ReadonlyArray<() => readonly TextDate[]>,
): TextDate[] {
  const match = AT_THAT_TIME.exec(sentence);
  if (!match) return [];
  for (const datesOf of before.slice(0, AT_THAT_TIME_REACH)) {
    const last = datesOf().at(-1);
    if (last) return [{ date: last.date, dateEnd: last.dateEnd, index: match.index }];
  }
  return [];
}

const NUMBERS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
/**
 * A day counted from another the text gives: "one day earlier", "two days later", "the previous day", "the next
 * day", "the day before." (not "the day before the vote", counted from the vote); "earlier in the day", "later
 * that day", "the same day" (that day itself).
 */
const RELATIVE_DAY =
  /\b(?:(a|one|two|three|four|five|six|seven|\d)\s+days?\s+(earlier|later)|the\s+(previous|next|following)\s+day|the\s+day\s+(before|after)(?=\s*[,.;)]|\s*$)|(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:that|the)\s+same\s+day)/gi;

/**
 * The days a sentence counts from another ("Farmajo signed the law late Tuesday. One day earlier, parliament
 * voted": Monday): from the last day it gives before the phrase, else the last date of the nearest sentence before
 * that gives one, when that date is a day. None without such a phrase or such a day.
 */
export function relativeDays(
  sentence: string,
  own: readonly TextDate[],
  before: ReadonlyArray<() => readonly TextDate[]>,
): TextDate[] {
  const found: TextDate[] = [];
  RELATIVE_DAY.lastIndex = 0;
  for (let match = RELATIVE_DAY.exec(sentence); match; match = RELATIVE_DAY.exec(sentence)) {
    const at = match.index;
    let from = own.filter((d) => d.index < at).at(-1);
    if (!from)
      for (const datesOf of before.slice(0, AT_THAT_TIME_REACH)) {
        from = datesOf().at(-1);
        if (from) break;
      }
    if (!from || from.date.length !== 10 || from.dateEnd) continue;
    const same = !match[1] && !match[3] && !match[4];
    const count = match[1]
      ? Math.max(1, NUMBERS.indexOf(match[1].toLowerCase()), Number(match[1]) || 0)
      : same
        ? 0
        : 1;
    const later = ['later', 'next', 'following', 'after'].includes(
      (match[2] ?? match[3] ?? match[4] ?? '').toLowerCase(),
    );
    const day = new Date(new Date(`${from.date}T12:00:00Z`).getTime() + (later ? count : -count) * DAY);
    const end = at + match[0].length;
    found.push({
      date: isoDay(day),
      dateEnd: null,
      index: at,
      possessive: /^['’]s\b/.test(sentence.slice(end, end + 3)),
    });
  }
  return found;
}

/**
 * A statement, communique, declaration or post a sentence names: "in a statement Thursday", "The statement said",
 * "in a joint statement", "in a post on X". Not "a separate statement", "another statement": one of their own.
 */
const STATEMENT =
  /\b(?:(the|its|their|his|her|this|that)|an?)\s+(?:(joint|written|brief|official|separate|new|later|second)\s+)?(?:statement|communiqu[eé]|declaration|post|posting|tweet)\b/gi;
/** Sentences after the lead within which a statement named without a date is the one the lead tells of. */
const LEAD_REACH = 2;
/** Sentences back that "the statement" looks for a statement the text dated; "a statement", a shorter way. */
const STATEMENT_REACH = 6;
const INDEFINITE_REACH = 2;

/**
 * The dates of the statements an article tells of, so that the remarks made in one take its date: "... the
 * ministry said in a statement Thursday. '...,' the spokesperson said in a statement posted on X." (Thursday);
 * "Top diplomats urged Russia on Friday ... the diplomats said in a joint statement. ... The statement said the
 * G7 countries affirmed ..." (Friday: the lead dates the statement it introduces). A statement is dated by the
 * day its own sentence gives, or, named without one right after the lead, by the lead's one day.
 */
export class StatementDates {
  private last: { date: string; dateEnd: string | null; sentence: number } | undefined;
  private lead: { date: TextDate; sentence: number } | undefined;
  private seenLead = false;

  /** True when a sentence names a statement at all (checked before any date is read). */
  static names(sentence: string): boolean {
    STATEMENT.lastIndex = 0;
    return STATEMENT.test(sentence);
  }

  /**
   * The lead's one day, for a sentence (`index`, read after the lead) that goes on telling the lead's news: the
   * lead or one of the sentences right after it. "The United States and its allies warned Friday that ... '...,'
   * Robert Wood, U.S. deputy U.N. ambassador, told reporters" (Friday: the remarks the lead sums up).
   */
  leadDay(index: number): Omit<TextDate, 'index'> | undefined {
    if (!this.lead || index - this.lead.sentence > LEAD_REACH) return undefined;
    const { date, dateEnd } = this.lead.date;
    return { date, dateEnd };
  }

  /**
   * Reads one sentence in order (`index` counts sentences in the article): the lead's one day, a statement's
   * date. Returns the date a statement it names without a date of its own takes, placed where it names it, or
   * none.
   */
  read(
    index: number,
    sentence: string,
    own: () => readonly TextDate[],
    published: string | null,
  ): TextDate[] {
    if (!this.seenLead) {
      this.seenLead = true;
      const days = own().filter((d) => !d.possessive && !d.rolling && d.date.length === 10);
      const [day] = days;
      if (day && days.length === own().length && days.length === 1 && (!published || day.date <= published))
        this.lead = { date: day, sentence: index };
    }
    if (!StatementDates.names(sentence)) return [];
    STATEMENT.lastIndex = 0;
    const named = [...sentence.matchAll(STATEMENT)];
    const usable = named.filter(
      (m) => !['separate', 'new', 'later', 'second'].includes((m[2] ?? '').toLowerCase()),
    );
    const first = usable[0];
    if (!first) return [];
    const dates = own().filter((d) => !d.possessive && !d.rolling && (!published || d.date <= published));
    if (own().length > 0) {
      // The day nearest the statement it names dates it ("in a statement Thursday").
      const at = first.index ?? 0;
      const day = [...dates].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
      if (day && Math.abs(day.index - at) < 40)
        this.last = { date: day.date, dateEnd: day.dateEnd, sentence: index };
      return [];
    }
    const definite = !!first[1];
    const at = first.index ?? 0;
    if (this.last && index - this.last.sentence <= (definite ? STATEMENT_REACH : INDEFINITE_REACH)) {
      this.last = { ...this.last, sentence: index };
      return [{ date: this.last.date, dateEnd: this.last.dateEnd, index: at }];
    }
    if (this.lead && !this.last && index - this.lead.sentence <= LEAD_REACH) {
      const { date, dateEnd } = this.lead.date;
      this.last = { date, dateEnd, sentence: index };
      return [{ date, dateEnd, index: at }];
    }
    return [];
  }
}

/**
 * "retaliated", "in response", "hit back": a reaction to what the sentence before did on its day. Not "responded
 * to requests for comment", which answers the reporter.
 */
const REACTION =
  /\b(?:retaliated|retaliating|in\s+(?:retaliation|response|reaction)\b(?!\s+to\s+(?:a\s+|our\s+|VOA'?s?\s+)?(?:request|question|inquir))|responded\s+by|hit\s+back|struck\s+back)/i;
/**
 * A judgement passed on an act in the simple past: "Rights groups condemned Thailand for ...", "Kyiv welcomed the
 * move", "was condemned by". Not "has condemned" or "had condemned", which have a time of their own.
 */
const JUDGEMENT =
  /(?<!\b(?:has|have|had|having|been|being|to|will|would)\s+(?:\w+\s+)?)\b(?:condemned|denounced|decried|slammed|blamed|criticized|criticised|welcomed|hailed)\b/i;

/** Sentences back that a reaction looks for the dated act it answers. */
const REACTION_REACH = 3;

/**
 * The time of a reaction told without a date right after a dated act: "On Wednesday, Trump levied tariffs on
 * steel. Europe quickly retaliated with its own tariffs" happened from that day to the day of publication at the
 * latest; so did a judgement on it ("Thailand deported 40 Uyghurs on Feb. 27. The United Nations condemned
 * Thailand for ..."). The one day the nearest dated sentence before gives (not a time to come, and beside it only
 * coarser dates: the year of an earlier arrest), as a range up to `published`.
 */
export function reactionSpan(
  sentence: string,
  own: () => readonly TextDate[],
  before: ReadonlyArray<() => readonly TextDate[]>,
  published: string | null,
): TextDate[] {
  // The words first: dates are read only where a reaction is told, and only when the sentence gives none.
  const match = REACTION.exec(sentence) ?? JUDGEMENT.exec(sentence);
  if (!match || !published || own().length > 0) return [];
  // The nearest sentence before that gives a date, a few back at most: the story may quote a voice on the act
  // between ("... on 25 February," La Lime told VOA. "..." she said. Levin slammed Moise for the jailbreak).
  let previous: readonly TextDate[] | undefined;
  for (const datesOf of before.slice(0, REACTION_REACH)) {
    previous = datesOf();
    if (previous.length > 0) break;
  }
  if (!previous) return [];
  const days = previous.filter((d) => d.date.length === 10 || d.dateEnd || d.rolling || d.possessive);
  if (days.length !== 1) return [];
  const [day] = days as [TextDate];
  if (day.date.length !== 10 || day.dateEnd || day.rolling || day.possessive || day.date > published)
    return [];
  return [{ date: day.date, dateEnd: day.date < published ? published : null, index: match.index }];
}

/** A meeting named by the day it was held: "Friday's meeting", "at Wednesday's council session". */
const SESSION_NOUNS = '(?:meeting|session|debate|briefing|hearing|summit|conference)';
const SESSION = new RegExp(`['’]s\\s+(?:[\\w.-]+\\s+){0,2}${SESSION_NOUNS}\\b`, 'i');
/** The same, right at the day that names it. */
const SESSION_AT = new RegExp(`^\\S+?['’]s\\s+(?:[\\w.-]+\\s+){0,2}${SESSION_NOUNS}\\b`, 'i');
/** Sentences after the one that names it within which a meeting frames what is said. */
const SESSION_REACH = 8;

/**
 * A meeting the article dates by its day ("Russia's envoy again dismissed accusations at Friday's meeting"), so
 * that what is said after it, in the simple past and at no day of its own, takes its day: the story goes on
 * telling the meeting ("China expressed concern about heightened tensions", "Washington's envoy urged Beijing").
 */
export class SessionDays {
  private last: { date: string; sentence: number } | undefined;

  /** True when a sentence names a meeting after an owner (checked before any date is read). */
  static names(sentence: string): boolean {
    return SESSION.test(sentence);
  }

  /** Reads one sentence in order: the day of a meeting it names, when that day is not after `published`. */
  read(index: number, sentence: string, own: () => readonly TextDate[], published: string | null): void {
    if (!SessionDays.names(sentence)) return;
    const day = own().find(
      (d) =>
        d.possessive &&
        d.date.length === 10 &&
        !d.dateEnd &&
        (!published || d.date <= published) &&
        SESSION_AT.test(sentence.slice(d.index)),
    );
    if (day) this.last = { date: day.date, sentence: index };
  }

  /** The day of the meeting a sentence (`index`) after it may go on telling, or none. */
  dayOf(index: number): string | undefined {
    if (!this.last || index <= this.last.sentence || index - this.last.sentence > SESSION_REACH)
      return undefined;
    return this.last.date;
  }
}

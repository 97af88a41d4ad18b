// The body of POST /api/extract: an article's text and what is known of it, checked field by field (each problem a
// 400 naming its field) before the extractor reads a word.
import { z } from 'zod';
import { dateProblem } from '../model/dates';
import { inputProblem } from '../extract/input';
import type { ArticleInfo } from '../extract/extract';
import { invalidParameter } from '../errors';
import { checkedText, parseBody } from './request-bodies';

const NAME_CHARS = 300;
const URL_CHARS = 2000;

const optionalText = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as text` })
    .max(max, { error: `expected ${what} of at most ${max} characters` })
    .nullable()
    .optional();

const extractBody = z.strictObject({
  text: z.string({ error: "expected the article's text" }),
  title: optionalText('the title', NAME_CHARS),
  publisher: optionalText('the publisher', NAME_CHARS),
  published: z
    .string({ error: 'expected the publication date as text' })
    .refine((value) => value.length === 10 && dateProblem(value) === null, {
      error: 'expected a date that exists, YYYY-MM-DD',
    })
    .nullable()
    .optional(),
  url: optionalText('the address', URL_CHARS),
});

/** What the extractor is given: the checked text (line endings made `\n`) and the article's details. */
export interface ExtractRequest {
  text: string;
  info: ArticleInfo;
}

/** Blank strings say "not given", as an empty form field does. */
function given(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Checks the body: text present, within size, not binary, English; published a real day; else 400 naming the field. */
export function parseExtractBody(body: unknown): ExtractRequest {
  const parsed = parseBody(extractBody, body);
  const text = checkedText(parsed.text);
  const problem = inputProblem(Buffer.from(text, 'utf8'));
  if (problem) throw invalidParameter('text', problem);
  return {
    text,
    info: {
      title: given(parsed.title),
      publisher: given(parsed.publisher),
      published: given(parsed.published),
      url: given(parsed.url),
    },
  };
}

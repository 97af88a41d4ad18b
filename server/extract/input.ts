// What the extractor refuses to read, and why: empty, binary, too large, not English. Checked before any stage runs.

/** The most the extractor reads: ten times a long article. Larger inputs are refused, not cut. */
export const MAX_INPUT_BYTES = 1_000_000;

const ENGLISH_WORDS = new Set(
  'the of and to in a is that for on with as by was it said at from he his has have are be not an this which their were its who will but or had'.split(
    ' ',
  ),
);

/** Why a text cannot be read as an English article, or null when it can. */
export function inputProblem(bytes: Buffer): string | null {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    return 'the input is empty: nothing to extract';
  if (bytes.length > MAX_INPUT_BYTES)
    return `the input is ${(bytes.length / 1e6).toFixed(1)} MB: one article is at most ${MAX_INPUT_BYTES / 1e6} MB; split it into articles`;
  const sample = bytes.subarray(0, 64_000);
  const controls = sample.filter((b) => b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13)).length;
  const text = sample.toString('utf8');
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (controls > 0 || replaced > text.length / 100)
    return 'the input is not UTF-8 text (binary data?): nothing to extract';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  if (words.length < 3) return 'the input holds no words: nothing to extract';
  if (english / words.length < 0.08)
    return 'the input does not read as English text: the extractor reads English only';
  return null;
}

// How the project counts an article's paragraphs: the one rule behind every `evidence.paragraph`.

/** One paragraph of a text: its number (the headline is 1) and where it stands in the text. */
export interface Paragraph {
  number: number;
  text: string;
  /** Offset of its first character in the whole text. */
  start: number;
}

/**
 * Splits a text into paragraphs. Paragraphs are separated by blank lines; a text with no blank line at all has one
 * paragraph per line. Surrounding whitespace is not part of a paragraph; empty ones are not counted.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const separator = /\n[ \t]*\n/.test(normalised) ? /\n[ \t]*\n\s*/g : /\n/g;
  const paragraphs: Paragraph[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = normalised.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      paragraphs.push({ number: paragraphs.length + 1, text: trimmed, start: start + raw.indexOf(trimmed) });
    }
  };
  for (const match of normalised.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(normalised.length);
  return paragraphs;
}

// Builds the Lucene query of actor search from free text: words only, so no user syntax reaches Lucene.

/** Lower-case words of the text (letters and digits of any script). */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * Each word must match, exactly (boosted), as a prefix ("xi jin" finds Xi Jinping), or within one edit for
 * words of four letters or more ("pompeu" finds Pompeo). Null when the text has no word.
 */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const alternatives = [`${word}^4`, `${word}*^2`];
      if (word.length >= 4) alternatives.push(`${word}~1`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

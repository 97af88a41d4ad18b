// Page furniture: lines of a pasted web page that are not the article's text, as the data format counts paragraphs.

/** A line that is skipped wherever it appears (buttons, advertisement markers, share links). */
export const SKIPPED_LINES: readonly RegExp[] = [
  /^share this (post|article|story)$/i,
  /^-?\s*advertisement\s*-?$/i,
  /^button\b/i,
  /^(most viewed|most read|popular) (articles|stories)$/i,
  /^(print|email|share|tweet|comments?)$/i,
];

/** A line from which everything to the end is furniture (teasers, comment addresses, related links). */
export const STOP_LINES: readonly RegExp[] = [
  /^related (posts|articles|stories|news)$/i,
  /^please direct comments/i,
  /^(read|see) also:?$/i,
];

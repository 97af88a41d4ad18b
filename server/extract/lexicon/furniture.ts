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

/**
 * Words written with a capital only where a sentence begins (and in names: "The Hague"): one of them right after
 * a short phrase with no stop shows that phrase to be a subheading run into the sentence.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'During',
  'While',
  'After',
  'Before',
  'When',
  'As',
  'But',
  'However',
  'Although',
  'Though',
  'Since',
  'With',
  'Following',
  'Despite',
  'According',
  'Last',
  'This',
  'These',
  'Those',
  'Many',
  'Some',
  'Most',
  'Meanwhile',
  'It',
  'He',
  'She',
  'They',
  'We',
  'If',
  'Unlike',
  'Amid',
  'Under',
  'Asked',
  'Speaking',
  'Earlier',
  'Later',
  'Now',
];

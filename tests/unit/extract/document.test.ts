// Stage 1: paragraphs numbered as the data format counts them, and sentences.
import { paragraphTexts, readArticle } from '../../../server/extract/document';

describe('paragraphs', () => {
  it.each([
    [
      'when paragraphs are separated by blank lines, then each is one',
      'Title\n\nFirst one.\n\nSecond one.',
      ['Title', 'First one.', 'Second one.'],
    ],
    [
      'when paragraphs come one per line, then each line is one',
      'Title\nFirst one.\nSecond one.',
      ['Title', 'First one.', 'Second one.'],
    ],
    [
      'when a paragraph is wrapped, then its lines are joined',
      'Title\n\nIt was a long\nsentence.',
      ['Title', 'It was a long sentence.'],
    ],
    [
      'when furniture is there, then it is skipped',
      'Title\nShare This Post\n- Advertisement -\nText.',
      ['Title', 'Text.'],
    ],
    [
      'when a caption is repeated, then the repeat is not counted',
      'Title\nA caption.\nA caption.\nText.',
      ['Title', 'A caption.', 'Text.'],
    ],
    [
      'when related posts follow, then they are cut',
      'Title\nText.\nRelated Posts\nTeaser.',
      ['Title', 'Text.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(paragraphTexts(text)).toEqual(expected);
  });

  it('when a paragraph holds two sentences, then both are found, with their paragraph number and offset', () => {
    const article = readArticle('Headline\n\nKim met Xi in Beijing. Then he left.');
    const sentences = article.paragraphs[1]?.sentences ?? [];
    expect(sentences.map((s) => [s.paragraph, s.offset, s.text])).toEqual([
      [2, 0, 'Kim met Xi in Beijing.'],
      [2, 23, 'Then he left.'],
    ]);
  });
});

describe('sentences the splitter ends wrongly or not at all', () => {
  it.each([
    [
      'a post on X before the next sentence',
      'The minister said in a post on X. Protesters marched on Tuesday.',
      ['The minister said in a post on X.', 'Protesters marched on Tuesday.'],
    ],
    [
      'an abbreviation joined to another by a hyphen',
      'Critics fear for a joint U.S.-U.K. military base on the islands. The deal was signed.',
      ['Critics fear for a joint U.S.-U.K. military base on the islands.', 'The deal was signed.'],
    ],
    ["a name's initial", 'George W. Bush met the envoy in 2003.', ['George W. Bush met the envoy in 2003.']],
    [
      'an abbreviated rank before a name',
      'The base was shelled. Maj. Gen. John Smith said the troops would stay.',
      ['The base was shelled.', 'Maj. Gen. John Smith said the troops would stay.'],
    ],
    [
      'abbreviated ranks inside a sentence',
      'The talks were led by Adm. Jim Ray and Cmdr. Sam Dale of the navy.',
      ['The talks were led by Adm. Jim Ray and Cmdr. Sam Dale of the navy.'],
    ],
    [
      'an abbreviated rank at the end of a sentence, before a word that is no name',
      'The unit was led by a Maj. It was late.',
      ['The unit was led by a Maj.', 'It was late.'],
    ],
  ])('when %s, then it is split so', (_, text, expected) => {
    expect(readArticle(`Headline\n\n${text}`).paragraphs[1]?.sentences.map((s) => s.text)).toEqual(expected);
  });
});

describe('sentences placed in their paragraph', () => {
  it('when a paragraph holds several sentences, then each text and offset is its own part of the paragraph', () => {
    const paragraph =
      'Talks resumed in Geneva on Monday. "We are ready," the envoy said. The U.S.-U.K. plan was not discussed.';
    const { paragraphs } = readArticle(`Title\n\n${paragraph}`);
    const sentences = paragraphs[1]?.sentences ?? [];
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    for (const sentence of sentences) {
      expect(paragraph.slice(sentence.offset, sentence.offset + sentence.text.length)).toBe(sentence.text);
      for (const token of sentence.tokens)
        expect(sentence.text.slice(token.start, token.end)).toBe(token.text);
    }
    expect(sentences[0]?.text).toBe('Talks resumed in Geneva on Monday.');
  });
});

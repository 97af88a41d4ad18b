// Phrase lists matched against a sentence's tokens: longest first, indexed by first word, the same however often read.
import { readArticle, wordsOf } from '../../../server/extract/document';
import { PhraseMatcher } from '../../../server/extract/phrases';

const tokensOf = (text: string) => readArticle(`Title\n\n${text}`).paragraphs[1]?.sentences[0]?.tokens ?? [];
const phrases = (matcher: PhraseMatcher, text: string, from?: number, to?: number) =>
  matcher.matchAll(tokensOf(text), from, to).map((m) => m.phrase);

describe('phrase lists', () => {
  const cues = new PhraseMatcher(['meet', 'meet with', 'held talks with', 'talks']);

  it('when phrases share their first words, then the longest that occurs is found', () => {
    expect(phrases(cues, 'The minister will meet with his counterpart after talks.')).toEqual([
      'meet with',
      'talks',
    ]);
  });

  it('when a longer phrase breaks off, then the shorter one it begins with is kept', () => {
    expect(phrases(cues, 'They meet within the hour.')).toEqual(['meet']);
  });

  it('when words of a match begin another phrase, then they are not matched again', () => {
    const overlapping = new PhraseMatcher(['prime minister', 'minister of state']);
    expect(phrases(overlapping, 'The prime minister of state affairs spoke.')).toEqual(['prime minister']);
  });

  it('when a range is given, then only phrases wholly inside it are found', () => {
    const text = 'Leaders held talks with envoys and will meet again.';
    const tokens = tokensOf(text);
    const held = tokens.findIndex((t) => t.lower === 'held');
    expect(phrases(cues, text, held + 1)).toEqual(['talks', 'meet']);
    // "held talks with" runs past the range: the "talks" inside it is found instead.
    expect(phrases(cues, text, 0, held + 2)).toEqual(['talks']);
    expect(cues.occursIn(tokens, 0, held + 1)).toBe(false);
    expect(cues.occursIn(tokens, 0, held + 2)).toBe(true);
  });

  it('when curly apostrophes are written, then they match straight ones', () => {
    const matcher = new PhraseMatcher(["won't"]);
    expect(phrases(matcher, 'He won’t attend.')).toEqual(["won't"]);
  });

  it('when a list is made after a sentence was scanned, then it still finds its phrases there', () => {
    const tokens = tokensOf('The envoy condemned the strike on Tuesday.');
    expect(cues.matchAll(tokens)).toEqual([]);
    const later = new PhraseMatcher(['condemned', 'strike']);
    expect(later.matchAll(tokens).map((m) => m.phrase)).toEqual(['condemned', 'strike']);
    expect(cues.matchAll(tokens)).toEqual([]);
  });

  it('when a sentence is scanned many times, then each scan finds the same', () => {
    const tokens = tokensOf('Both sides held talks with mediators.');
    const first = cues.matchAll(tokens);
    expect(cues.matchAll(tokens)).toEqual(first);
    expect(first.map((m) => [m.phrase, m.start, m.end])).toEqual([['held talks with', 2, 5]]);
  });
});

describe('words of a name', () => {
  it('when a name is split twice, then both splits are the one list kept, which cannot be changed', () => {
    const first = wordsOf("Kim Jong-un's");
    expect(() => (first as string[]).push('changed')).toThrow(TypeError);
    expect(wordsOf("Kim Jong-un's")).toBe(first);
    expect(wordsOf("Kim Jong-un's")).toEqual(['Kim', 'Jong', '-', 'un', "'s"]);
  });
});

// Actor search text becomes a Lucene query of plain words: prefix, exact and (for longer words) fuzzy.
import { luceneQuery, searchWords } from '../../server/services/search-query';

describe('search query', () => {
  it.each([
    ['pompeo', '(pompeo^4 OR pompeo*^2 OR pompeo~1)'],
    ['xi jin', '(xi^4 OR xi*^2) AND (jin^4 OR jin*^2)'],
    ['Chairman Kim', '(chairman^4 OR chairman*^2 OR chairman~1) AND (kim^4 OR kim*^2)'],
    ['Kim Jong-un', '(kim^4 OR kim*^2) AND (jong^4 OR jong*^2 OR jong~1) AND (un^4 OR un*^2)'],
  ])('when the text is "%s", then the query is %s', (text, query) => {
    expect(luceneQuery(text)).toBe(query);
  });

  it.each([['*:*'], ['  '], ['"(){}[]^~?\\/!&|+-'], ['']])(
    'when the text "%s" has no word, then there is no query',
    (text) => {
      expect(luceneQuery(text)).toBeNull();
    },
  );

  it('when the text mixes syntax and words, then only the words remain', () => {
    expect(searchWords('name:"Xi" OR *jinping~ AND')).toEqual(['name', 'xi', 'or', 'jinping', 'and']);
  });

  it('when the text is in another script, then its words are kept', () => {
    expect(searchWords('김정은 위원장')).toEqual(['김정은', '위원장']);
  });
});

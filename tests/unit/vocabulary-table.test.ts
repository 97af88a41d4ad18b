// The README's table of relation types must be what `npm run vocabulary:write` writes from the vocabulary.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  TABLE_END,
  TABLE_START,
  vocabularyTable,
  withVocabularyTable,
} from '../../server/model/vocabulary-table';
import { RELATIONS } from '../../server/model/relations';

const README = path.join(__dirname, '..', '..', 'README.md');

describe('the vocabulary table', () => {
  it('when the README is compared with the vocabulary, then its table is up to date', () => {
    const text = readFileSync(README, 'utf8');
    // If this fails: npm run vocabulary:write
    expect(text).toBe(withVocabularyTable(text));
  });

  it('when the table is written, then it has a row for every type, in vocabulary order', () => {
    const rows = vocabularyTable().split('\n').slice(2);
    expect(rows.map((row) => /^\| `(\w+)`/.exec(row)?.[1])).toEqual(RELATIONS.map((r) => r.type));
    const meets = rows.find((row) => row.startsWith('| `MEETS`')) ?? '';
    expect(meets.split('|').map((text) => text.trim())).toEqual([
      '',
      '`MEETS`',
      'event',
      'meets',
      'from the one who travelled or sought the meeting, to the one met',
      'yes',
      'CONSULT',
      'verbal-cooperation',
      '044',
      '2.5',
      '',
    ]);
  });

  it.each([
    ['a document without markers', 'no table here'],
    ['markers in the wrong order', `${TABLE_END}\n${TABLE_START}`],
  ])('when %s is rewritten, then it fails', (_name, text) => {
    expect(() => withVocabularyTable(text)).toThrow(/vocabulary:start/);
  });
});

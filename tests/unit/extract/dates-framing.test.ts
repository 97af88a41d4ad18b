// Dates a sentence takes from the text around it: "at that time" means the time the text spoke of just before.
import { dateAtThatTime, sentenceDates } from '../../../server/extract/dates';
import { extractArticle } from '../../../server/extract/extract';
import { registry } from './support';

/** The sentences before, nearest first, as dateAtThatTime reads them. */
const before = (published: string, ...sentences: string[]) =>
  sentences.reverse().map((s) => () => sentenceDates(s, published));

describe('"at that time"', () => {
  it.each([
    [
      'the last date of the sentence before',
      'At that time, the talks had just begun.',
      ['The memoir, published on the 24th, tells of his visit to Pyongyang in March 2018.'],
      [['2018-03', null]],
    ],
    [
      'the nearest sentence that gives a date, past one that gives none',
      'The two sides were at odds at the time.',
      ['In 2018, the talks stalled.', 'Neither side said why.'],
      [['2018', null]],
    ],
    [
      '"at the time of" names its own time',
      'At the time of the attack, the minister was abroad.',
      ['The talks stalled in 2018.'],
      [],
    ],
    [
      '"at the same time" is not a time of the text',
      'At the same time, the army withdrew.',
      ['In 2018, talks stalled.'],
      [],
    ],
    ['no date before within reach', 'At the time, talks had stalled.', ['Neither side said why.'], []],
  ])('when %s, then it is resolved so', (_, sentence, sentences, expected) => {
    const found = dateAtThatTime(sentence, before('2023-01-25', ...sentences));
    expect(found.map((d) => [d.date, d.dateEnd])).toEqual(expected);
  });

  it('dates a relation of its sentence told in the past', () => {
    const text =
      'Headline\n\nXi Jinping visited Pyongyang in June 2019. At that time, North Korea was a rival of the United States.';
    const claims = extractArticle(text, registry, { published: '2023-01-25' }).claims;
    expect(claims.filter((c) => c.type === 'OPPOSES').map((c) => [c.from, c.to, c.date])).toEqual([
      ['north-korea', 'united-states', '2019-06'],
    ]);
  });
});

// Stage 5: dates resolved against the publication date, at the precision the text gives.
import { sentenceDates } from '../../../server/extract/dates';

describe('dates', () => {
  it.each([
    ['an explicit month and year', 'He visited North Korea in March 2018.', null, [['2018-03', null]]],
    [
      'a day without a year, read against publication',
      'They boarded the train on Jan. 7.',
      '2019-01-09',
      [['2019-01-07', null]],
    ],
    [
      'a past month of a January article: the year before',
      'Her second visit was on May 7 and 8.',
      '2019-01-09',
      [['2018-05-07', '2018-05-08']],
    ],
    ['"last year"', 'Last year, Pompeo visited North Korea.', '2019-01-09', [['2018', null]]],
    [
      '"last year" without a publication date: unresolved',
      'Last year, Pompeo visited North Korea.',
      null,
      [],
    ],
    [
      'a weekday: the one before publication',
      'The leaders met on Thursday.',
      '2025-03-14',
      [['2025-03-13', null]],
    ],
    [
      'a range of weekdays',
      'The visit runs from Sunday to Wednesday.',
      '2019-01-09',
      [['2019-01-06', '2019-01-09']],
    ],
    [
      'a month in a sentence about the future: the next one',
      'Putin is due to meet Erdogan in Turkey in January.',
      '2019-11-25',
      [['2020-01', null]],
    ],
    [
      'a weekday in a sentence about the future: the one after publication',
      'The two delegations will meet on Tuesday.',
      '2025-03-10',
      [['2025-03-11', null]],
    ],
    ['a bare year', 'In 2018, North Korea used a strategy.', null, [['2018', null]]],
    ['no date', 'Kim met Xi.', '2019-01-09', []],
    [
      '"last week": Monday to Sunday of the week before publication',
      'Sheinbaum and Trudeau told Trump in phone conversations last week that they had made progress.',
      '2021-03-09',
      [['2021-03-01', '2021-03-07']],
    ],
    [
      '"earlier this week": from its Monday to the publication day',
      'Rubio met Ukrainian officials in Jeddah earlier this week.',
      '2025-03-14',
      [['2025-03-10', '2025-03-14']],
    ],
    [
      '"in the past month": the thirty days up to publication',
      'Trump has imposed tariffs on the EU in the past month.',
      '2025-03-13',
      [['2025-02-11', '2025-03-13']],
    ],
    [
      'the "will" of a quotation does not put the day it was said ahead',
      '"Talks will go on," Xi Jinping said on Monday.',
      '2019-01-09',
      [['2019-01-07', null]],
    ],
    [
      'a length of time ("for four weeks until April 2"): no date',
      'Trump delayed the tariffs on almost all items for four weeks until April 2.',
      '2025-03-09',
      [],
    ],
  ])('when %s, then it is resolved so', (_, sentence, published, expected) => {
    expect(sentenceDates(sentence, published).map((d) => [d.date, d.dateEnd])).toEqual(expected);
  });
});

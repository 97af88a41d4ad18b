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
      '"last week": Sunday to Saturday of the week before publication',
      'Sheinbaum and Trudeau told Trump in phone conversations last week that they had made progress.',
      '2021-03-09',
      [['2021-02-28', '2021-03-06']],
    ],
    [
      '"last week" in a Sunday\'s article: the week that ended the day before',
      'The president last week issued a string of tariff decisions.',
      '2025-03-09',
      [['2025-03-02', '2025-03-08']],
    ],
    [
      '"this week": its Sunday to the publication day',
      'The foreign ministers met in Brussels this week.',
      '2025-03-12',
      [['2025-03-09', '2025-03-12']],
    ],
    [
      '"earlier this week": from its Sunday to the day before publication',
      'Rubio met Ukrainian officials in Jeddah earlier this week.',
      '2025-03-14',
      [['2025-03-09', '2025-03-13']],
    ],
    [
      '"two weeks ago": the Sunday-to-Saturday week two back, not a day',
      'The envoys met in Geneva two weeks ago.',
      '2025-03-12',
      [['2025-02-23', '2025-03-01']],
    ],
    [
      '"a week ago": the week before the publication week, as "last week"',
      'The envoys met in Geneva a week ago.',
      '2025-03-12',
      [['2025-03-02', '2025-03-08']],
    ],
    [
      '"earlier this month": from its first day to the day before publication',
      'The envoys met in Geneva earlier this month.',
      '2025-03-12',
      [['2025-03-01', '2025-03-11']],
    ],
    [
      '"earlier this month" on the first of the month: no date',
      'The envoys met in Geneva earlier this month.',
      '2025-03-01',
      [],
    ],
    [
      '"earlier this week" in a Sunday\'s article: no day of the week before it, no date',
      'The two ministers spoke by phone earlier this week.',
      '2025-03-09',
      [],
    ],
    [
      '"this weekend" in a midweek article: the coming Saturday and Sunday',
      'Officials would convene this weekend to examine the proposal.',
      '2025-03-12',
      [['2025-03-15', '2025-03-16']],
    ],
    [
      '"over the weekend": the Saturday and Sunday just past',
      'Protesters gathered in the capital over the weekend.',
      '2025-03-12',
      [['2025-03-08', '2025-03-09']],
    ],
    [
      '"over the weekend" in a sentence about the future: the coming one',
      'The talks will continue over the weekend.',
      '2025-03-12',
      [['2025-03-15', '2025-03-16']],
    ],
    [
      '"last weekend" in a Sunday\'s article: the weekend before',
      'The ministers met last weekend.',
      '2025-03-09',
      [['2025-03-01', '2025-03-02']],
    ],
    [
      '"in the past month": the month up to publication',
      'Trump has imposed tariffs on the EU in the past month.',
      '2025-03-13',
      [['2025-02-13', '2025-03-13']],
    ],
    [
      'a weekday after what someone hopes to do: the next one',
      'The minister said the government hopes to settle the dispute at talks on Thursday.',
      '2025-03-10',
      [['2025-03-13', null]],
    ],
    [
      'a weekday right after "said": the day it was said, though the sentence speaks of the future',
      'The prime minister said Wednesday he will travel to Paris.',
      '2025-03-14',
      [['2025-03-12', null]],
    ],
    [
      'the "will" of a quotation does not put the day it was said ahead',
      '"Talks will go on," Xi Jinping said on Monday.',
      '2019-01-09',
      [['2019-01-07', null]],
    ],
    [
      'a weekday right after "warned": the day of the warning, though what was warned looks ahead',
      'The government warned Tuesday that it will close the border.',
      '2025-03-14',
      [['2025-03-11', null]],
    ],
    [
      'a weekday after a passive that is to be done: the next one',
      'The result of the vote will be confirmed on Tuesday.',
      '2025-03-10',
      [['2025-03-11', null]],
    ],
    [
      'a weekday after "will be declared": the next one',
      'The winner will be declared on Friday.',
      '2025-03-10',
      [['2025-03-14', null]],
    ],
    [
      'a length of time ("for four weeks until April 2"): no date',
      'Trump delayed the tariffs on almost all items for four weeks until April 2.',
      '2025-03-09',
      [],
    ],
    // The parsers of numeric dates, month names and times are tried only where a sentence holds what they need:
    // each kind still read where it stands.
    [
      'a date in digits',
      'The ceasefire was signed on 2024-03-05 in Doha.',
      '2024-05-01',
      [['2024-03-05', null]],
    ],
    [
      'a day and month with a slash',
      'Talks resumed on 3/4/2024 after a pause.',
      '2024-05-01',
      [['2024-03-04', null]],
    ],
    [
      'a day before its month',
      'Parliament voted on 12 April to approve the deal.',
      '2024-05-01',
      [['2024-04-12', null]],
    ],
    [
      'a year before its month',
      'The envoy arrived in 2023 March for talks.',
      '2024-05-01',
      [['2023-03', null]],
    ],
    ['"yesterday"', 'The minister resigned yesterday.', '2024-05-01', [['2024-04-30', null]]],
    ['"last month"', 'The two armies clashed last month.', '2024-05-01', [['2024-04', null]]],
    [
      'a weekday with a time of day',
      'The president spoke on Tuesday at 5 p.m.',
      '2024-05-01',
      [['2024-04-30', null]],
    ],
  ])('when %s, then it is resolved so', (_, sentence, published, expected) => {
    expect(sentenceDates(sentence, published).map((d) => [d.date, d.dateEnd])).toEqual(expected);
  });
});

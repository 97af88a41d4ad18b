// Dates a sentence takes from the text around it: "at that time" means the time the text spoke of just before.
import { dateAtThatTime, relativeDays, sentenceDates } from '../../../server/extract/dates';
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
      ['united-states', 'north-korea', '2019-06'],
    ]);
  });
});

describe('an act told right after a dated sentence of the same subject', () => {
  const claimsOf = (text: string) =>
    extractArticle(`Headline\n\n${text}`, registry, { published: '2025-03-12' })
      .claims.filter((c) => !['LEADS', 'AFFILIATED_WITH', 'ASSESSES'].includes(c.type))
      .map((c) => [c.type, c.from, c.to, c.date ?? '-', c.dateEnd ?? '-'].join(' '));

  it.each([
    [
      'takes the one time the sentence before gives',
      'Xi Jinping spoke to reporters late Tuesday. He accused the United States of spreading propaganda.',
      ['ACCUSES xi-jinping united-states 2025-03-11 -'],
    ],
    [
      'a range as well',
      'Xi Jinping last week announced a string of trade measures. Xi at first criticized the United States.',
      ['ACCUSES xi-jinping united-states 2025-03-02 2025-03-08'],
    ],
    [
      'a quotation of the speaker dated just before',
      'On Tuesday, Xi Jinping repeated his stance. "We urge the United States to stop," Xi told reporters.',
      ['REQUESTS xi-jinping united-states 2025-03-11 -'],
    ],
    [
      'not when another actor is the subject of the sentence before',
      'Kim Jong-un spoke to reporters late Tuesday. Xi Jinping accused the United States of spreading propaganda.',
      ['ACCUSES xi-jinping united-states - -'],
    ],
    [
      'not when the sentence before gives a time ahead',
      'Xi Jinping will travel to Europe next week. He accused the United States of spreading propaganda.',
      ['ACCUSES xi-jinping united-states - -'],
    ],
  ])('when %s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a date in another clause', () => {
  const claimsOf = (text: string) =>
    extractArticle(`Headline\n\n${text}`, registry, { published: '2025-03-13' })
      .claims.filter((c) => c.type === 'ACCUSES')
      .map((c) => [c.from, c.to, c.date ?? '-'].join(' '));

  it.each([
    [
      'dates the act when the act has none of its own',
      'China accused the United States, saying that the attack on Tuesday was planned in Washington.',
      ['china united-states 2025-03-11'],
    ],
    [
      'not when it is a possessive, which dates its own noun',
      "China accused the United States, saying that Tuesday's attack was planned in Washington.",
      ['china united-states -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a day counted from another', () => {
  it.each([
    [
      '"one day earlier", from the sentence before',
      'One day earlier, parliament voted.',
      'The president signed the law late Tuesday.',
      [['2025-03-10', false]],
    ],
    [
      '"two days later", from a day with a month',
      'Two days later, the ship left.',
      'It docked at the port on March 8.',
      [['2025-03-10', false]],
    ],
    [
      '"the previous day\'s", from its own sentence',
      "On Sunday, officials raised the toll from the previous day's blasts.",
      '',
      [['2025-03-08', true]],
    ],
    [
      'not "the day before the vote", counted from the vote',
      'They met the day before the vote.',
      'They met on Tuesday.',
      [],
    ],
    [
      '"earlier in the day": that day itself',
      'The prince met the president earlier in the day.',
      'Later on Monday, the prince met the minister.',
      [['2025-03-10', false]],
    ],
    ['not from a year', 'They met the day before.', 'In 2019 they met.', []],
  ])('%s', (_, sentence, previous, expected) => {
    const own = sentenceDates(sentence, '2025-03-14');
    const found = relativeDays(sentence, own, [() => sentenceDates(previous, '2025-03-14')]);
    expect(found.map((d) => [d.date, d.possessive])).toEqual(expected);
  });

  it('dates a relation of its sentence', () => {
    const text =
      'Headline\n\nXi Jinping met Kim Jong-un on Tuesday. One day earlier, China criticized the United States.';
    const claims = extractArticle(text, registry, { published: '2025-03-14' }).claims;
    expect(claims.filter((c) => c.type === 'ACCUSES').map((c) => [c.from, c.to, c.date])).toEqual([
      ['china', 'united-states', '2025-03-10'],
    ]);
  });
});

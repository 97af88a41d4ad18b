// The tense a relation is stated in, and the date it gives: what holds now takes the publication date.
import { extractArticle } from '../../../server/extract/extract';
import { registry } from './support';

/** The event and stance claims of a short text, as "TYPE from to date". */
function claimsOf(text: string): string[] {
  return extractArticle(`Headline\n\n${text}`, registry, { published: '2021-05-10' })
    .claims.filter((c) => !['LEADS', 'AFFILIATED_WITH', 'ASSESSES'].includes(c.type))
    .map((c) => [c.type, c.from, c.to, c.date ?? '-'].join(' '));
}

describe('the tense of a relation named by a noun', () => {
  it.each([
    [
      'the subject of a present verb: it holds as the article is written',
      'North Korea’s cooperation with China remains strong.',
      ['COOPERATES_WITH north-korea china 2021-05-10'],
    ],
    [
      'labelled by its two parties, the subject of "are"',
      'China-North Korea economic relations are in good condition.',
      ['COOPERATES_WITH china north-korea 2021-05-10'],
    ],
    [
      'with a relative clause in the present',
      'Officials met to discuss North Korea’s transfer of arms to China, which are helping its army.',
      ['AIDS north-korea china 2021-05-10'],
    ],
    [
      'with a relative clause in the past',
      'Officials met to discuss North Korea’s transfer of arms to China, which were found in 2019.',
      ['AIDS north-korea china 2019'],
    ],
    [
      'the subject of "is expected to": yet to be, undated',
      'North Korea’s cooperation with China is expected to grow.',
      ['COOPERATES_WITH north-korea china -'],
    ],
    [
      'the subject of a past verb: undated',
      'North Korea’s cooperation with China was short-lived.',
      ['COOPERATES_WITH north-korea china -'],
    ],
  ])('when %s, then it is dated so', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('standing relations worn as attributes, and stances told in the simple past', () => {
  it.each([
    [
      'joined to its agent by a hyphen',
      'The U.S.-backed North Korea stayed away.',
      ['SUPPORTS united-states north-korea 2021-05-10'],
    ],
    [
      'a participle with its agent after "by"',
      'North Korea, backed by China, stayed away.',
      ['SUPPORTS china north-korea 2021-05-10'],
    ],
    [
      'after an auxiliary, with a date of its own',
      'North Korea was backed by China in 2019.',
      ['SUPPORTS china north-korea 2019'],
    ],
    [
      'a relation named by a noun, the subject of a verb in the present',
      'North Korea’s cooperation with China makes the region safer.',
      ['COOPERATES_WITH north-korea china 2021-05-10'],
    ],
    [
      'a stance in the simple past, in a relative clause',
      'Officials in North Korea, which opposed the United States, were silent.',
      ['OPPOSES north-korea united-states -'],
    ],
  ])('when %s, then it is dated so', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('ties held, and the plural present after a relative pronoun', () => {
  it.each([
    [
      '"has" holding the tie',
      'North Korea has close ties with China.',
      ['COOPERATES_WITH north-korea china 2021-05-10'],
    ],
    [
      '"has" holding the tie in a relative clause, after a dated main clause',
      'Officials flew in on Friday from North Korea, which has close political and security ties to China.',
      ['COOPERATES_WITH north-korea china 2021-05-10'],
    ],
    [
      '"had" holding the tie',
      'North Korea had close ties with China.',
      ['COOPERATES_WITH north-korea china -'],
    ],
    [
      'a verb in its base form after "which"',
      'Prices rose in North Korea, which import from China.',
      ['COOPERATES_WITH north-korea china 2021-05-10'],
    ],
  ])('when %s, then it is dated so', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a tie kept up, named by a noun no verb of its own tells', () => {
  it.each([
    [
      'a clause in the present around it, a modal passed over',
      'Critics say the plan could hurt the region amid fears of China’s close ties with North Korea.',
      ['COOPERATES_WITH china north-korea 2021-05-10'],
    ],
    [
      'a question in the present',
      'How worried are you about the deepening ties between China and North Korea?',
      ['COOPERATES_WITH china north-korea 2021-05-10'],
    ],
    [
      'a clause in the past around it: undated',
      'Officials warned of China’s close ties with North Korea.',
      ['COOPERATES_WITH china north-korea -'],
    ],
  ])('when %s, then it is dated so', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('a tie built up by now, in the present perfect', () => {
  it.each([
    [
      'stands on the day of publication',
      'China and North Korea have upgraded their ties, officials of both countries say.',
      ['COOPERATES_WITH china north-korea 2021-05-10'],
    ],
    [
      'stands on that day when the tie is named "cooperation"',
      'China and North Korea have deepened their cooperation.',
      ['COOPERATES_WITH china north-korea 2021-05-10'],
    ],
    [
      'in the simple past, takes the day the text gives',
      'China and North Korea upgraded their ties on Monday.',
      ['COOPERATES_WITH china north-korea 2021-05-10'],
    ],
    [
      'in the pluperfect, takes no date',
      'China and North Korea had upgraded their ties.',
      ['COOPERATES_WITH china north-korea -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

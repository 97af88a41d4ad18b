// Dates a relation takes from the text around it, or does not take from its sentence: a gerund's date after it, a
// hyphened act's; the lead's day, which a speaker quoted on the lead's news right after it spoke on; the month in which
// a speaker "says" what the story tells; the day of a meeting the story dates, for what is said after it; the day
// after "said"; a statement's day, for a lead told in the present perfect.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor, registry } from './support';

const claimsOf = (actors: ActorRegistry, published: string, types: string[]) => (text: string) =>
  extractArticle(`Headline\n\n${text}`, actors, { published })
    .claims.filter((c) => types.includes(c.type))
    .map((c) => [c.type, c.from, c.to, c.date ?? '-', c.dateEnd ?? '-'].join(' '));

describe('a date of a gerund after the relation', () => {
  const read = claimsOf(registry, '2025-03-13', ['ACCUSES']);

  it.each([
    [
      'dates the gerund, not the relation',
      'China blamed the United States for breaking the deal by withdrawing from it in 2018.',
      ['ACCUSES china united-states - -'],
    ],
    [
      'not a date before the gerund, which dates the relation',
      'China accused the United States on Tuesday of spreading propaganda.',
      ['ACCUSES china united-states 2025-03-11 -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a day with an owner's mark after the relation", () => {
  const read = claimsOf(registry, '2025-03-13', ['ACCUSES']);

  it.each([
    [
      'dates the thing the act is about, not the act',
      "China criticized the United States ahead of Monday's vote.",
      ['ACCUSES china united-states - -'],
    ],
    [
      'dates the act when it names the scene of it',
      "China criticized the United States at Monday's meeting.",
      ['ACCUSES china united-states 2025-03-10 -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a date standing before a noun as its attribute', () => {
  const read = claimsOf(registry, '2025-03-13', ['ACCUSES', 'MEETS', 'COOPERATES_WITH']);

  it.each([
    [
      'dates that noun, not the relation',
      "North Korea criticized China's July decision to impose sanctions.",
      ['ACCUSES north-korea china - -'],
    ],
    [
      'joined to another by "and", dates that noun too; the relation told in the present holds now',
      'The ship was named in January and February reports as one North Korea is using to trade with China.',
      ['COOPERATES_WITH north-korea china 2025-03-13 -'],
    ],
    [
      'after a preposition, dates the clause',
      'North Korea criticized China in July.',
      ['ACCUSES north-korea china 2024-07 -'],
    ],
    [
      'before a time of day, dates the clause',
      'North Korea criticized China Tuesday night.',
      ['ACCUSES north-korea china 2025-03-11 -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('an act named by a hyphened participle', () => {
  const actors = new ActorRegistry([
    actor('turkey', 'Turkey', 'state'),
    actor('armenia', 'Armenia', 'state'),
    actor('azerbaijan', 'Azerbaijan', 'state'),
    actor('france', 'France', 'state'),
  ]);
  const read = claimsOf(actors, '2025-03-14', ['MEDIATES', 'REQUESTS']);

  it('takes no date of the verb it stands after', () => {
    expect(
      read(
        'France urged Azerbaijan on Friday to accept a Turkey-brokered truce between Armenia and Azerbaijan.',
      ),
    ).toEqual([
      'REQUESTS france azerbaijan 2025-03-14 -',
      'MEDIATES turkey armenia - -',
      'MEDIATES turkey azerbaijan - -',
    ]);
  });
});

describe("the lead's day", () => {
  const read = claimsOf(registry, '2025-03-14', ['REQUESTS']);

  it.each([
    [
      "dates a later act of speech of one who told the lead's news right after it",
      'China warned on Friday that sanctions on North Korea are failing. "Sanctions do not work," Xi Jinping told reporters. ' +
        'Kim Jong-un met officials in Pyongyang. Xi urged the United States to resume talks with the North.',
      ['REQUESTS xi-jinping united-states 2025-03-14 -'],
    ],
    [
      'not one who spoke only later in the story',
      'China warned on Friday that sanctions on North Korea are failing. Kim Jong-un met officials in Pyongyang. ' +
        'Officials in Seoul doubted it. "Sanctions do not work," Xi Jinping told reporters. ' +
        'Xi urged the United States to resume talks with the North.',
      ['REQUESTS xi-jinping united-states - -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('what a speaker says in the present, at no day', () => {
  const actors = new ActorRegistry([
    actor('jane-roe', 'Jane Roe', 'person'),
    actor('turkey', 'Turkey', 'state'),
    actor('egypt', 'Egypt', 'state'),
    actor('greece', 'Greece', 'state'),
  ]);
  const read = claimsOf(actors, '2021-03-09', ['AGREES_TO_COOPERATE', 'MEETS']);
  const lead = '"Talks are needed," said Jane Roe, an adviser to the Turkish president. ';

  it.each([
    [
      'takes the month of publication',
      "Roe says Turkey's efforts to improve ties with Egypt could help it in the region.",
      ['AGREES_TO_COOPERATE turkey egypt 2021-03 -'],
    ],
    ['not an act told in the past', 'Roe says Turkey met Egypt in secret.', ['MEETS turkey egypt - -']],
    [
      'not what the speaker said, in the past, at no day',
      "Roe said Turkey's efforts to improve ties with Egypt could help it in the region.",
      ['AGREES_TO_COOPERATE turkey egypt - -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(lead + text)).toEqual(expected);
  });
});

describe('a meeting the story dates by its day', () => {
  const read = claimsOf(registry, '2025-03-15', ['REQUESTS']);
  const session = "Officials gathered in New York. North Korea's envoy walked out of Friday's meeting. ";

  it.each([
    [
      'dates what is said after it in the simple past',
      'Xi Jinping urged the United States to resume talks with the North.',
      ['REQUESTS xi-jinping united-states 2025-03-14 -'],
    ],
    [
      'not what is told in the present perfect',
      'Xi Jinping has urged the United States to resume talks with the North.',
      ['REQUESTS xi-jinping united-states - -'],
    ],
    [
      'not what its own sentence dates',
      'Xi Jinping urged the United States in January to resume talks with the North.',
      ['REQUESTS xi-jinping united-states 2025-01 -'],
    ],
    [
      'what is said after it when its sentence dates only a gerund',
      'Xi Jinping urged the United States to resume talks after walking out of them in 2019.',
      ['REQUESTS xi-jinping united-states 2025-03-14 -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(session + text)).toEqual(expected);
  });

  it('nor what is said before it', () => {
    expect(
      read(
        'Xi Jinping urged the United States to resume talks with the North. ' +
          "North Korea's envoy walked out of Friday's meeting.",
      ),
    ).toEqual(['REQUESTS xi-jinping united-states - -']);
  });
});

describe('the day something was said', () => {
  const read = claimsOf(registry, '2025-11-14', ['MEETS', 'SUPPORTS']);

  it.each([
    [
      'gives way to another date of the clause',
      'Xi Jinping said Monday he would meet Kim Jong-un next week.',
      ['MEETS xi-jinping kim-jong-un 2025-11-16 2025-11-22'],
    ],
    [
      'dates what was said when the clause gives no other',
      'Xi Jinping said Monday that China backs North Korea.',
      ['SUPPORTS china north-korea 2025-11-10 -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a lead told in the present perfect', () => {
  const read = claimsOf(registry, '2025-03-13', ['COMMENTS_ON']);
  const lead = "China has rejected the United States' allegation that North Korea planned the attack. ";

  it.each([
    [
      'takes the day of the statement the next sentence dates',
      'The foreign ministry called the assertions baseless in a statement Thursday.',
      ['COMMENTS_ON china united-states 2025-03-13 -'],
    ],
    [
      'not a day the next sentence gives to no statement',
      'The foreign ministry called the assertions baseless on Thursday.',
      ['COMMENTS_ON china united-states - -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(lead + text)).toEqual(expected);
  });
});

describe('a day closed by a comma before the source of the news', () => {
  const read = claimsOf(registry, '2025-03-13', ['MEETS', 'ACCUSES']);

  it.each([
    [
      'dates the act: the noun after the comma is not the thing the day is of',
      'China met the United States on Tuesday, state media said.',
      ['MEETS china united-states 2025-03-11 -'],
    ],
    [
      'the same after "in" and a month',
      'China accused the United States in January, officials said.',
      ['ACCUSES china united-states 2025-01 -'],
    ],
    [
      'a day before a noun with no comma still dates that noun',
      'China criticized the United States over its Tuesday decision.',
      ['ACCUSES china united-states - -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

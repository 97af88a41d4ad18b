// Dates a sentence takes from the statement it quotes, from the act it reacts to, and from its own clause when it
// stands in a relative clause.
import { reactionSpan, sentenceDates, StatementDates } from '../../../server/extract/dates';
import { extractArticle } from '../../../server/extract/extract';
import { registry } from './support';

const PUBLISHED = '2025-03-14'; // a Friday

/** Reads sentences in order as the extractor does: the first is the lead. Gives each one's statement dates. */
function statementDates(...sentences: string[]): string[][] {
  const statements = new StatementDates();
  return sentences.map((s, i) =>
    statements
      .read(i + 1, s, () => sentenceDates(s, PUBLISHED), PUBLISHED)
      .map((d) => [d.date, d.dateEnd ?? '-'].join(' ')),
  );
}

describe('a statement the text has dated', () => {
  it('dates a later sentence that says what "the statement" said', () => {
    expect(
      statementDates(
        'Floods hit the coast this month.',
        'The foreign ministry said in a statement on Wednesday that aid was on its way.',
        'Rescue teams reached two villages.',
        'The statement said the army would help.',
      ),
    ).toEqual([[], [], [], ['2025-03-12 -']]);
  });

  it('dates a statement the lead introduces without a date of its own', () => {
    expect(
      statementDates(
        'Ministers from ten countries called on Friday for a truce in the region.',
        '"The fighting must stop now," the ministers said in a joint statement.',
        'The statement also called for aid to reach the wounded.',
      ),
    ).toEqual([[], ['2025-03-14 -'], ['2025-03-14 -']]);
  });

  it.each([
    [
      'a separate statement is one of its own',
      [
        'Police said on Monday that two men were held.',
        'In a separate statement, the army said its troops were safe.',
      ],
    ],
    [
      'a statement far from any dated one',
      [
        'The talks went on for a week.',
        'Neither side gave ground.',
        'Observers were not allowed in.',
        'The mayor said in a statement that the city was calm.',
      ],
    ],
    [
      'a lead that gives only the day of another event',
      ["Tuesday's attack killed ten people.", 'The group said in a statement that it was not involved.'],
    ],
  ])('gives no date to %s', (_, sentences) => {
    expect(statementDates(...sentences).flat()).toEqual([]);
  });
});

describe('a reaction to a dated act', () => {
  const before = (...sentences: string[]) =>
    sentences.reverse().map((s) => () => sentenceDates(s, PUBLISHED));

  it('runs from the day of the act to publication', () => {
    const sentence = 'Neighbouring states quickly retaliated with tariffs of their own.';
    const found = reactionSpan(
      sentence,
      () => sentenceDates(sentence, PUBLISHED),
      before('On Wednesday, the government raised tariffs on steel.'),
      PUBLISHED,
    );
    expect(found.map((d) => [d.date, d.dateEnd])).toEqual([['2025-03-12', '2025-03-14']]);
  });

  it.each([
    [
      'a condemnation',
      'Rights groups strongly condemned the government for the deportations.',
      'The government deported 40 refugees on Feb. 27, after holding them since 2014.',
      ['2025-02-27', '2025-03-14'],
    ],
    [
      'a welcome',
      'Neighbouring states welcomed the move.',
      'On Wednesday, the government freed 30 political prisoners.',
      ['2025-03-12', '2025-03-14'],
    ],
  ])('dates %s from the day of the act before to publication', (_, sentence, act, range) => {
    const found = reactionSpan(sentence, () => sentenceDates(sentence, PUBLISHED), before(act), PUBLISHED);
    expect(found.map((d) => [d.date, d.dateEnd])).toEqual([range]);
  });

  it('looks past quoted remarks to the nearest dated sentence', () => {
    const sentence = 'A senator slammed the president for the jailbreak.';
    const found = reactionSpan(
      sentence,
      () => sentenceDates(sentence, PUBLISHED),
      before(
        'Hundreds of inmates escaped from the main prison on March 10.',
        '"I am deeply concerned," the envoy said.',
        '"The police must act," she added.',
      ),
      PUBLISHED,
    );
    expect(found.map((d) => [d.date, d.dateEnd])).toEqual([['2025-03-10', '2025-03-14']]);
  });

  it('stops at the nearest dated sentence, when it gives no one day', () => {
    const sentence = 'A senator slammed the president for the jailbreak.';
    const found = reactionSpan(
      sentence,
      () => sentenceDates(sentence, PUBLISHED),
      before('Hundreds of inmates escaped on March 10.', 'Escapes have been frequent since 2019.'),
      PUBLISHED,
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['an answer to a reporter', 'The ministry has not responded to requests for comment.'],
    ['a sentence with no reaction word', 'Neighbouring states imposed tariffs of their own.'],
    ['a condemnation in the present perfect', 'Rights groups have condemned the government for years.'],
    ['a condemnation told in the pluperfect', 'Rights groups had long condemned the government.'],
    ['a condemnation in the passive present perfect', 'The raids have been condemned by rights groups.'],
  ])('gives no date to %s', (_, sentence) => {
    expect(
      reactionSpan(
        sentence,
        () => sentenceDates(sentence, PUBLISHED),
        before('On Wednesday, the government raised tariffs.'),
        PUBLISHED,
      ),
    ).toEqual([]);
  });
});

describe('a condemnation after a dated act, in an article', () => {
  it('takes the span from the act to publication, while a charge in the present perfect takes none', () => {
    const text =
      'Headline\n\nChinese police raided the offices of a rights group in Beijing on Feb. 27. The United States ' +
      'condemned China for the raid. The United States has also accused China of genocide.';
    const claims = extractArticle(text, registry, { published: PUBLISHED }).claims.filter(
      (c) => c.type === 'ACCUSES',
    );
    expect(claims.map((c) => [c.from, c.to, c.date, c.dateEnd])).toEqual([
      ['united-states', 'china', '2025-02-27', PUBLISHED],
      ['united-states', 'china', null, null],
    ]);
  });
});

describe('a cue in a relative clause', () => {
  it("takes no date from the main clause's verb", () => {
    const text =
      'Headline\n\nThe dialogue, which followed a visit by Kim Jong-un to China, began in Beijing last September.';
    const claims = extractArticle(text, registry, { published: '2023-01-25' }).claims;
    expect(claims.filter((c) => c.type === 'VISITS').map((c) => [c.from, c.to, c.date])).toEqual([]);
    const dated =
      'Headline\n\nThe dialogue, which followed a visit by Kim Jong-un to China last September, began in Beijing.';
    const more = extractArticle(dated, registry, { published: '2023-01-25' }).claims;
    expect(more.filter((c) => c.type === 'VISITS').map((c) => [c.from, c.to, c.date])).toEqual([
      ['kim-jong-un', 'china', '2022-09'],
    ]);
  });
});

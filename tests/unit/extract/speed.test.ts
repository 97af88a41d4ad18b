// Work the extractor skips for speed, where it can find nothing: the skipped cases still read as before.
import { sentenceDates } from '../../../server/extract/dates';
import { eventClaimsWith, registry } from './support';

describe('lengths of time before or after a day', () => {
  // chrono's parsers of "two days ago" and "a week later" run only where their last word stands.
  it.each([
    ['"ago"', 'The talks collapsed two days ago.', [['2024-05-08', null]]],
    ['"later"', 'A week later, the envoy returned to Beijing.', [['2024-05-17', null]]],
    [
      '"before", with a weekday after it',
      'He left the room about an hour before the vote on Monday.',
      [
        ['2024-05-10', null],
        ['2024-05-06', null],
      ],
    ],
  ])('%s', (_name, sentence, expected) => {
    const dates = sentenceDates(sentence, '2024-05-10').map((d) => [d.date, d.dateEnd]);
    expect(dates).toEqual(expected);
  });
});

describe('sentences naming fewer than two actors', () => {
  const claims = eventClaimsWith(registry, '2024-05-10');

  it('give no relation of their own', () => {
    expect(claims('China criticised the sanctions on Tuesday.')).toEqual([]);
  });

  it('count both actors of a joint mention ("the two leaders")', () => {
    expect(claims('Xi Jinping hosted Kim Jong-un in Beijing. The two leaders met on Tuesday.')).toContain(
      'MEETS xi-jinping kim-jong-un',
    );
  });
});

describe('encounters read only where two actors are named', () => {
  const claims = eventClaimsWith(registry, '2024-05-10');

  it.each([
    [
      'a meeting told in a fronted adjunct',
      'During a meeting with Xi Jinping in Beijing on Tuesday, Kim Jong-un praised the growth of trade.',
      'MEETS kim-jong-un xi-jinping',
    ],
    [
      'a call told with "told ... by phone"',
      'Kim Jong-un told Xi Jinping by phone on Tuesday that talks would go on.',
      'CONSULTS kim-jong-un xi-jinping',
    ],
    [
      'the other actor named by a pronoun',
      'Kim Jong-un arrived in Beijing on Tuesday. During a meeting with him, Xi Jinping praised the growth of trade.',
      'MEETS xi-jinping kim-jong-un',
    ],
  ])('%s', (_name, text, expected) => {
    expect(claims(text)).toContain(expected);
  });

  it('give none in a sentence naming one actor', () => {
    expect(
      claims('During a meeting in Beijing on Tuesday, Kim Jong-un praised the growth of trade.'),
    ).toEqual([]);
  });
});

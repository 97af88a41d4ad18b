// Stages 3 and 4: relation cues with their direction, then attribution and certainty, on one-sentence articles.
// Sentences from Voice of America (voanews.com), public domain, and from the seed articles.
import { extractArticle } from '../../../server/extract/extract';
import { registry } from './support';

/** The claims of one sentence (after a headline), as "TYPE from to certainty assertedBy", ties left out. */
function claimsOf(sentence: string): string[] {
  const result = extractArticle(`Headline\n\n${sentence}`, registry, { published: '2019-01-09' });
  return result.claims
    .filter((c) => !['LEADS', 'AFFILIATED_WITH', 'ASSESSES'].includes(c.type))
    .map((c) => [c.type, c.from, c.to, c.certainty, c.assertedBy ?? '-'].join(' '));
}

describe('relation cues', () => {
  it.each([
    [
      'a verb: subject to object',
      'Kim Jong-un met Xi Jinping in Beijing.',
      ['MEETS kim-jong-un xi-jinping fact -'],
    ],
    ['a verb phrase', 'Xi Jinping held talks with Kim Jong-un.', ['MEETS xi-jinping kim-jong-un fact -']],
    [
      'a joint subject of a symmetric type',
      'Kim Jong-un and Xi Jinping met on Tuesday.',
      ['MEETS kim-jong-un xi-jinping fact -'],
    ],
    [
      'a passive voice: the agent is from',
      'Kim Jong-un was criticized by China.',
      ['ACCUSES china kim-jong-un fact -'],
    ],
    [
      'a visit as a noun with its owner',
      'Kim Jong-un’s fourth visit to China occurred after the comments.',
      ['VISITS kim-jong-un china fact -'],
    ],
    [
      'a summit between two states',
      'The summit between North Korea and China was held in June.',
      ['MEETS north-korea china fact -'],
    ],
    [
      'a compound of two names',
      'The North Korea-US summit was held.',
      ['MEETS north-korea united-states fact -'],
    ],
    [
      'sanctions with their target',
      'The UN Security Council ease sanctions on North Korea.',
      ['EASES_PRESSURE_ON un-security-council north-korea fact -'],
    ],
    [
      'a blamed object',
      'China blamed the United States for the crisis.',
      ['ACCUSES china united-states fact -'],
    ],
    [
      'a coordinated object',
      'Xi Jinping visited North Korea and the United States.',
      ['VISITS xi-jinping north-korea fact -', 'VISITS xi-jinping united-states fact -'],
    ],
  ])('when %s, then the relation has its direction', (_, sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });
});

describe('attribution and certainty', () => {
  it.each([
    [
      'reported speech gives a claim of the speaker',
      'Xi Jinping said China backed North Korea.',
      ['SUPPORTS china north-korea claim xi-jinping'],
    ],
    [
      '"according to" gives a claim of the source',
      'According to Xi Jinping, Kim Jong-un visited China.',
      ['VISITS kim-jong-un china claim xi-jinping'],
    ],
    [
      'a hedge gives an assessment',
      'Kim Jong-un may also ask China for aid.',
      ['REQUESTS kim-jong-un china assessment -'],
    ],
    [
      '"can be read as" gives an assessment',
      'Kim Jong-un’s visit to China can be read as a signal.',
      ['VISITS kim-jong-un china assessment -'],
    ],
    [
      'an opinion verb gives an assessment of its holder',
      'Xi Jinping believes North Korea will visit the United States.',
      ['VISITS north-korea united-states assessment xi-jinping'],
    ],
    ['a negation gives nothing', 'Kim Jong-un did not meet Xi Jinping.', []],
    ['"failed to" gives nothing', 'China failed to back North Korea.', []],
    ['a condition gives nothing', 'If the US does not ease sanctions, China will back North Korea.', []],
  ])('when %s, then so it is', (_, sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });

  it('when a quoted passage ends with "said X", then its relations are claims of X', () => {
    expect(claimsOf('“China backed North Korea all along,” said Xi Jinping.')).toEqual([
      'SUPPORTS china north-korea claim xi-jinping',
    ]);
  });
});

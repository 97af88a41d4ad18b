// Ends a claim must not take: a name that only completes the noun of a subject ("the deal between China and
// Russia"), a name inside an apposition to an unknown subject ("Maduro, an ally of Cuba, accused"), a body or
// state that only qualifies the title of the object ("accused the U.N. envoy"). General sentences written for
// these tests, with a small registry of states and bodies.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor } from './support';

const actors = new ActorRegistry([
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('cuba', 'Cuba', 'state', ['Cuban']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('united-nations', 'United Nations', 'organisation', ['U.N.', 'UN']),
  actor('hamas', 'Hamas', 'organisation'),
  actor('taliban', 'Taliban', 'organisation'),
]);

/** The claims of a short article, as "TYPE from to" (ties left out). */
function claimsOf(text: string): string[] {
  return extractArticle(`Headline\n\n${text}`, actors, { published: '2025-03-12' })
    .claims.filter((c) => !['LEADS', 'AFFILIATED_WITH'].includes(c.type))
    .map((c) => [c.type, c.from, c.to].join(' '));
}

describe('a name that completes the noun of the subject is not the subject', () => {
  it.each([
    ['Analysts said the deal between China and Russia could threaten the United States.'],
    ['The agreement with Iran could threaten Israel, analysts said.'],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('a fronted phrase set off by a comma is no list: the subject after it stays', () => {
    expect(claimsOf('During the talks in China, Russia criticized Japan.')).toEqual(['ACCUSES russia japan']);
  });
});

describe('a name inside an apposition is not the subject it describes', () => {
  it.each([
    ["Venezuela's Maduro, an ally of Cuba and Russia, accused Washington of meddling."],
    ['The group, a rival of Hamas, condemned Israel.'],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('a name set before the apposition is the subject', () => {
    expect(claimsOf('Iran, a close ally of Russia, condemned Israel.')).toContain('ACCUSES iran israel');
  });

  it('an apposition that is itself a name is the subject', () => {
    expect(claimsOf("Israel's main ally, the United States, condemned Iran.")).toEqual([
      'ACCUSES united-states iran',
    ]);
  });
});

describe('a body or state before a title names the one who holds it', () => {
  it.each([
    ['The Taliban accused the U.N. envoy of spreading lies.'],
    ['Iran criticized the U.S. ambassador for his remarks.'],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('the body itself, with no title after it, stays the object', () => {
    expect(claimsOf('The Taliban accused the U.N. of spreading lies.')).toEqual([
      'ACCUSES taliban united-nations',
    ]);
  });
});

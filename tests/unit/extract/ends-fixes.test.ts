// Ends and guards read wrong on unread news: a joint subject closed by a capitalised adjective ("Kyiv and its
// Western allies"), a "no" that only makes a modifier ("a 'no limits' partnership"), an aim after "wants to",
// troops sent to do an act, and a verb after "and" past a participle not in -ed ("lives lost"). General
// sentences written for these tests, with a small registry of states and bodies.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, relationClaimsWith } from './support';

const actors = new ActorRegistry([
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('cuba', 'Cuba', 'state', ['Cuban']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('france', 'France', 'state', ['French', 'Paris']),
  actor('india', 'India', 'state', ['Indian', 'New Delhi']),
  actor('pakistan', 'Pakistan', 'state', ['Pakistani', 'Islamabad']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('hezbollah', 'Hezbollah', 'organisation'),
]);

const claimsOf = relationClaimsWith(actors, '2025-03-12');

describe('a joint subject closed by a capitalised adjective of region keeps its named member', () => {
  it.each([
    ['France and its European partners accused Iran of enriching uranium in secret.', 'ACCUSES france iran'],
    ['Kyiv and its Western allies accuse Russia of war crimes.', 'ACCUSES ukraine russia'],
  ])('%s', (text, claim) => {
    expect(claimsOf(text)).toContain(claim);
  });
});

describe('a negation word inside a compound modifier negates nothing', () => {
  it('reads a partnership called "no limits"', () => {
    expect(claimsOf('Moscow and Beijing have a “no limits” partnership.')).toContain(
      'COOPERATES_WITH russia china',
    );
  });
  it('still drops a partnership that is denied', () => {
    expect(claimsOf('Russia and China have no partnership.')).toEqual([]);
  });
});

describe('"wants to" hosts the subject’s own aim, "wants X to" asks it of another', () => {
  it('reads the aim of the subject', () => {
    expect(claimsOf('Russia wants to expand its influence in Cuba.')).toContain(
      'SEEKS_INFLUENCE_OVER russia cuba',
    );
  });
  it('does not read what is wanted of another as done', () => {
    expect(claimsOf('The United States wants Japan to sanction Russia.')).not.toContain(
      'SANCTIONS japan russia',
    );
  });
});

describe('troops sent to do an act are no aid to the one acted on', () => {
  it.each([
    'Israel sent troops to drive Hezbollah from the border.',
    'Russia sent troops to Ukraine in February.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.startsWith('AIDS'))).toEqual([]);
  });
  it('still reads weapons sent to a state', () => {
    expect(claimsOf('France sent weapons to Ukraine last year.')).toContain('AIDS france ukraine');
  });
});

describe('a verb after "and" shares the subject past a participle not in -ed', () => {
  it('reads the request of the one who voiced sorrow', () => {
    expect(claimsOf('India expressed sorrow over lives lost and urged Pakistan to act.')).toContain(
      'REQUESTS india pakistan',
    );
  });
});

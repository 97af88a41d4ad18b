// Cues whose reading turns on the words around them: a launch of drills is no attack, a dismissal of findings is
// a denial, support thanked for is the thanked one's, goods supplied are trade. General sentences written for
// these tests, with a small registry of states and bodies.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor, relationClaimsWith } from './support';

const actors = new ActorRegistry([
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('taiwan', 'Taiwan', 'state', ['Taiwanese', 'Taipei']),
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('canada', 'Canada', 'state', ['Canadian', 'Ottawa']),
  actor('germany', 'Germany', 'state', ['German', 'Berlin']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('hamas', 'Hamas', 'organisation'),
  actor('united-nations', 'United Nations', 'organisation', ['U.N.', 'UN']),
  actor('icrc', 'International Committee of the Red Cross', 'organisation', ['ICRC', 'Red Cross']),
]);

const claimsOf = relationClaimsWith(actors, '2025-03-12');

describe('a launch of drills or tests is no attack', () => {
  it('reads no attack in drills or war games launched at a state', () => {
    expect(claimsOf('China launched military drills on Taiwan on Monday.')).not.toContain(
      'ATTACKS china taiwan',
    );
    expect(claimsOf('China launched war games at Taiwan.')).not.toContain('ATTACKS china taiwan');
  });
  it('still reads strikes and missiles launched at a state as attacks', () => {
    expect(claimsOf('Russia launched strikes on Ukraine overnight.')).toContain('ATTACKS russia ukraine');
    expect(claimsOf('Iran launched missiles at Israel on Tuesday.')).toContain('ATTACKS iran israel');
  });
});

describe('dismissing what an actor alleged is a denial', () => {
  it('reads a comment, not a rejection, in dismissed claims or findings', () => {
    const claims = claimsOf("Iran dismissed Israel's claims on Monday.");
    expect(claims).toContain('COMMENTS_ON iran israel');
    expect(claims).not.toContain('REJECTS iran israel');
    expect(claimsOf('Russia dismissed the U.N. findings and later statements as lies.')).toContain(
      'COMMENTS_ON russia united-nations',
    );
  });
  it('still reads a dismissed proposal as a rejection', () => {
    expect(claimsOf("Hamas dismissed Israel's proposal on Monday.")).toContain('REJECTS hamas israel');
  });
});

describe('support thanked for is the thanked one’s', () => {
  it('turns the support round when the thanks are for help', () => {
    const claims = claimsOf('Japan thanked the United States for its support on Tuesday.');
    expect(claims).toContain('SUPPORTS united-states japan');
    expect(claims).not.toContain('SUPPORTS japan united-states');
  });
  it('keeps the thanker as the supporter otherwise', () => {
    expect(claimsOf('Israel thanked Washington on Tuesday.')).toContain('SUPPORTS israel united-states');
  });
});

describe('traded goods supplied are cooperation, not aid', () => {
  it('reads oil supplied to a state as trade', () => {
    const claims = claimsOf('Canada, which supplies the United States with oil, said it would respond.');
    expect(claims).toContain('COOPERATES_WITH canada united-states');
    expect(claims).not.toContain('AIDS canada united-states');
  });
  it('still reads weapons supplied as aid', () => {
    expect(claimsOf('The United States supplied Ukraine with weapons.')).toContain(
      'AIDS united-states ukraine',
    );
  });
});

describe('one body named by two movements', () => {
  it('reads "Red Cross and Red Crescent Society" as one body', () => {
    const claims = claimsOf('The Red Cross and Red Crescent Society urged Israel to let aid in on Monday.');
    expect(claims).toContain('REQUESTS red-cross-and-red-crescent-society israel');
    expect(claims).not.toContain('REQUESTS icrc israel');
  });
  it('still reads two bodies where no shared head follows', () => {
    expect(claimsOf('The Red Cross and the United Nations urged Israel to let aid in.')).toContain(
      'REQUESTS icrc israel',
    );
  });
});

describe('a room where leaders meet is the scene, not a party', () => {
  it('reads no meeting of the Oval Office', () => {
    const result = extractArticle(
      "Headline\n\nPresident Donald Trump's Oval Office meeting with Japan's prime minister ended early.",
      actors,
      { published: '2025-03-12' },
    );
    expect(result.actors.map((a) => a.name)).not.toContain('Oval Office');
  });
});

describe('Brussels for the European Union', () => {
  const withUnion = new ActorRegistry([
    actor('china', 'China', 'state', ['Chinese', 'Beijing']),
    actor('belgium', 'Belgium', 'state', ['Belgian', 'Brussels']),
    actor('european-union', 'European Union', 'organisation', ['EU']),
  ]);
  const claimsIn = (text: string) =>
    extractArticle(`Headline\n\n${text}`, withUnion, { published: '2025-03-12' }).claims.map((c) =>
      [c.type, c.from, c.to].join(' '),
    );
  it('reads Brussels as the Union in a story that names the Union and not Belgium', () => {
    const claims = claimsIn('The EU is losing patience. Brussels is pressing Beijing to open its markets.');
    expect(claims).toContain('REQUESTS european-union china');
    expect(claims).not.toContain('REQUESTS belgium china');
  });
  it('keeps Brussels as Belgium where the story names Belgium', () => {
    expect(
      claimsIn('Belgium and the EU are losing patience. Brussels is pressing Beijing to open its markets.'),
    ).toContain('REQUESTS belgium china');
  });
});

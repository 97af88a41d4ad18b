// Stage 3: stances read by what their object is: another's plan opposed is turned down, concern voiced over
// another's threatening conduct distrusts it, and "its" after a verb of rejection or criticism names the one other
// actor an earlier clause named.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('hungary', 'Hungary', 'state', ['Hungarian', 'Budapest']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('european-union', 'European Union', 'organisation', ['EU']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('canada', 'Canada', 'state', ['Canadian', 'Ottawa']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('germany', 'Germany', 'state', ['German', 'Berlin']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('turkey', 'Turkey', 'state', ['Turkish', 'Ankara']),
  actor('united-kingdom', 'United Kingdom', 'state', ['Britain', 'British', 'London']),
  actor('jane-doe', 'Jane Doe', 'person', ['Doe']),
]);

const claimsOf = eventClaimsWith(registry, '2025-03-14');

describe('a proposal opposed', () => {
  it('rejects the one whose plan, bid or proposal is opposed', () => {
    const plan = claimsOf("Hungary opposed the EU's plan to use frozen Russian assets for Ukraine.");
    expect(plan).toContain('REJECTS hungary european-union');
    expect(plan).not.toContain('OPPOSES hungary european-union');
    expect(claimsOf("Budapest has long resisted Kyiv's bid to join the bloc.")).toContain(
      'REJECTS hungary ukraine',
    );
  });

  it('still opposes the actor itself or its presence', () => {
    expect(claimsOf('Japan opposed China in the dispute over the islands.')).toContain('OPPOSES japan china');
    expect(claimsOf("Ukraine has resisted Russia's advance in the east for months.")).toContain(
      'OPPOSES ukraine russia',
    );
  });
});

describe('concern over a threat another poses', () => {
  it('distrusts the one whose buildup or program is the concern', () => {
    const buildup = claimsOf("Britain has expressed concern over China's military buildup in the region.");
    expect(buildup).toContain('DISTRUSTS united-kingdom china');
    expect(buildup).not.toContain('COMMENTS_ON united-kingdom china');
  });

  it('keeps a concern over what happens to another a comment', () => {
    expect(claimsOf("Germany expressed concern over Ukraine's grain exports.")).not.toContain(
      'DISTRUSTS germany ukraine',
    );
  });
});

describe('"its" naming the other actor', () => {
  it('rejects the one that made the offer an earlier clause named', () => {
    expect(claimsOf('The European Union proposed a ceasefire, but Russia rejected its proposal.')).toContain(
      'REJECTS russia european-union',
    );
  });

  it('accuses the one whose act an earlier clause named', () => {
    expect(
      claimsOf('The United States imposed tariffs on steel last week, and Ottawa condemned its decision.'),
    ).toContain('ACCUSES canada united-states');
  });

  it('reads nothing when two actors could own it, when it is its own, or when no proposal is turned down', () => {
    const two = claimsOf(
      'Germany said Israel should stop the strikes, and Turkey denounced its strikes on Gaza.',
    );
    expect(two.filter((c) => c.startsWith('ACCUSES turkey'))).toEqual([]);
    const own = claimsOf('Russia held talks with China, and Japan criticized its own stance.');
    expect(own.filter((c) => c.startsWith('ACCUSES japan'))).toEqual([]);
    const duty = claimsOf('Washington asked for talks, but Tehran rejected its obligations under the deal.');
    expect(duty.filter((c) => c.startsWith('REJECTS iran'))).toEqual([]);
  });
});

describe('a deed blamed on another', () => {
  it('accuses the one the attack is blamed on', () => {
    expect(claimsOf('Pakistan blamed the deadly attack on India.')).toContain('ACCUSES pakistan india');
    expect(claimsOf('Kyiv blamed the drone strike on Russian forces, which denied any role.')).toContain(
      'ACCUSES ukraine russia',
    );
  });

  it('reads nothing when the deed is laid on no actor named at once', () => {
    const war = claimsOf('Hungary blamed the rise in prices on the war in Ukraine.');
    expect(war.filter((c) => c.startsWith('ACCUSES'))).toEqual([]);
  });
});

describe('a stance only asked about or owed', () => {
  it('reads no stance from a yes-or-no question', () => {
    const asked = claimsOf("Will Turkey oppose Ukraine's membership of the alliance?");
    expect(asked.filter((c) => c.startsWith('REJECTS') || c.startsWith('OPPOSES'))).toEqual([]);
    expect(claimsOf('“Does China support Russia?” the senator asked.')).not.toContain(
      'SUPPORTS china russia',
    );
  });

  it('reads no stance from what an actor must or should do', () => {
    expect(claimsOf('The EU must confront Russia, the minister said.')).not.toContain(
      'OPPOSES european-union russia',
    );
    expect(claimsOf('Japan needs to back Ukraine more firmly, Doe said.')).not.toContain(
      'SUPPORTS japan ukraine',
    );
  });

  it('keeps the stance said as done', () => {
    expect(claimsOf('The EU confronted Russia over the attack, the minister said.')).toContain(
      'OPPOSES european-union russia',
    );
  });
});

describe('an accusation made by naming', () => {
  it('accuses the one called, labeled or branded by a word of blame', () => {
    expect(claimsOf("China called Japan's move a provocation.")).toContain('ACCUSES china japan');
    expect(claimsOf('Iran labeled the United States a terrorist state.')).toContain(
      'ACCUSES iran united-states',
    );
    expect(claimsOf('Moscow called the sanctions by the United States illegal.')).toContain(
      'ACCUSES russia united-states',
    );
  });

  it('accuses the one said to be hostile or whose remarks are said to be irresponsible', () => {
    expect(claimsOf("Beijing said Washington's remarks were irresponsible.")).toContain(
      'ACCUSES china united-states',
    );
    expect(
      claimsOf(
        'Moscow contended in a post on its website that Kyiv is “one of the most hostile regimes in the world.”',
      ),
    ).toContain('ACCUSES russia ukraine');
  });

  it('reads no accusation from a call, a neutral name or a victim', () => {
    const called = [
      'Russia called Ukraine on Tuesday to discuss the exchange of prisoners.',
      'China called on Japan to stop its provocations.',
      'The minister described Russia as a reliable partner.',
      'Germany said the United States was ready for talks.',
      'Turkey called the attack on Israel a terrorist act.',
      'Kyiv said Ukraine was the victim of Russian aggression.',
      'Moscow said Kyiv was not hostile to the plan.',
    ].flatMap(claimsOf);
    expect(called.filter((c) => c.startsWith('ACCUSES'))).toEqual([]);
  });
});

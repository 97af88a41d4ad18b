// Ends a claim must not take: a name that only completes the noun of a subject ("the deal between China and
// Russia"), a name inside an apposition to an unknown subject ("Maduro, an ally of Cuba, accused"), a body or
// state that only qualifies the title of the object ("accused the U.N. envoy"). General sentences written for
// these tests, with a small registry of states and bodies.
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
  actor('united-nations', 'United Nations', 'organisation', ['U.N.', 'UN']),
  actor('hamas', 'Hamas', 'organisation'),
  actor('taliban', 'Taliban', 'organisation'),
  actor('hezbollah', 'Hezbollah', 'organisation'),
  actor('nato', 'NATO', 'organisation'),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('south-korea', 'South Korea', 'state', ['South Korean', 'Seoul']),
  actor('north-korea', 'North Korea', 'state', ['North Korean', 'Pyongyang']),
  actor('france', 'France', 'state', ['French']),
  actor('hungary', 'Hungary', 'state', ['Hungarian']),
  actor('india', 'India', 'state', ['Indian']),
  actor('poland', 'Poland', 'state', ['Polish']),
  actor('yemen', 'Yemen', 'state', ['Yemeni']),
  actor('houthis', 'Houthis', 'organisation'),
]);

const claimsOf = relationClaimsWith(actors, '2025-03-12');

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

describe('a list ends where a clause ends', () => {
  it('a name after "and" with a verb of its own opens a clause: it is not the object of the verb before', () => {
    expect(claimsOf('Russia attacked Ukraine and NATO warned Moscow of consequences.')).toEqual([
      'ATTACKS russia ukraine',
      'THREATENS nato russia',
    ]);
  });

  it('read back, a name a verb takes as object is not the subject of the verb after "and"', () => {
    expect(claimsOf('Iran supports Hamas and Hezbollah has attacked Israel.')).toEqual([
      'SUPPORTS iran hamas',
      'ATTACKS hezbollah israel',
    ]);
  });

  it('"between X and Y" before the verb of the clause is still a pair', () => {
    expect(claimsOf('The rivalry between the United States and China has deepened.')).toEqual([
      'OPPOSES united-states china',
      'OPPOSES china united-states',
    ]);
  });

  it('a comma before "and" after the first name closes its relative clause', () => {
    expect(
      claimsOf('France, which supports Ukraine, and Hungary, which opposes sanctions, clashed.'),
    ).toEqual(['SUPPORTS france ukraine']);
  });

  it('read back, "and the" still joins the last name of a list', () => {
    expect(claimsOf('Japan, South Korea and the United States condemned North Korea.')).toEqual([
      'ACCUSES japan north-korea',
      'ACCUSES south-korea north-korea',
      'ACCUSES united-states north-korea',
    ]);
  });
});

describe("a state's adjective before private people or firms", () => {
  it('names where they are from, not the one acted on', () => {
    expect(claimsOf('The United States sanctioned five Chinese companies for supplying Iran.')).toEqual([]);
  });
});

describe('a name that completes another noun of a relation is not the object of the first', () => {
  it.each([
    ["India's criticism of the attack on Israel surprised Iran."],
    ["Hungary's opposition to sanctions on Russia angered Poland."],
    ["Japan's support for sanctions against Russia is firm."],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('the noun of a relation with its own object still takes it', () => {
    expect(claimsOf("China's support for Russia is firm.")).toEqual(['SUPPORTS china russia']);
  });
});

describe('a place after a preposition is not the object', () => {
  it('"attacked ships near Yemen" attacks no one named', () => {
    expect(claimsOf('The Houthis attacked ships near Yemen.')).toEqual([]);
  });
});

describe('the doer after "by" qualifies the noun before it', () => {
  it('"Militias backed by Iran attacked": Iran is not the subject', () => {
    expect(claimsOf('Militias backed by Iran attacked U.S. bases in Syria.')).toEqual([]);
  });

  it('the agent of a passive verb is still its doer', () => {
    expect(claimsOf('Hamas is backed by Iran.')).toEqual(['SUPPORTS iran hamas']);
  });
});

describe('others named by their tie to an owner are not the owner', () => {
  it('"urged the United States\' allies" asks the allies, not the United States', () => {
    expect(claimsOf("Japan urged the United States' allies to pressure Iran.")).toEqual([]);
  });

  it("an owner's conduct is still the owner's", () => {
    expect(claimsOf("China criticized Japan's plan.")).toEqual(['ACCUSES china japan']);
  });
});

// What a launch aims at and what a case brought before a body is: "launched Iranian drones at Ukraine" strikes
// Ukraine, not Iran; "launched a legal challenge against" strikes no one; "requested WTO dispute consultations
// with the U.S." is a complaint against the U.S., not a request of the WTO. General sentences written for these
// tests, with a small registry of states and bodies.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, relationClaimsWith } from './support';

const actors = new ActorRegistry([
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('mexico', 'Mexico', 'state', ['Mexican']),
  actor('brazil', 'Brazil', 'state', ['Brazilian']),
  actor('canada', 'Canada', 'state', ['Canadian', 'Ottawa']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('european-union', 'European Union', 'organisation', ['EU']),
  actor('united-nations', 'United Nations', 'organisation', ['U.N.', 'UN']),
  actor('wto', 'World Trade Organization', 'organisation', ['WTO']),
  actor('pakistan', 'Pakistan', 'state', ['Pakistani']),
  actor('houthis', 'Houthis', 'organisation'),
  actor('israel', 'Israel', 'state', ['Israeli']),
]);

const claimsOf = relationClaimsWith(actors, '2025-03-12');

describe('what is launched and at whom', () => {
  test('a name qualifying what is launched is not its target', () => {
    expect(claimsOf('Russia launched Iranian drones at Ukraine overnight.')).toEqual([
      'ATTACKS russia ukraine',
    ]);
  });

  test('a body qualifying an appeal or a dispute launched is struck by no one', () => {
    expect(claimsOf('Pakistan launched a UN appeal for flood relief.')).toEqual([]);
    expect(claimsOf('Brazil launched a WTO dispute against the EU.')).toEqual([]);
  });

  test('a legal challenge is no strike', () => {
    expect(claimsOf('Mexico launched a legal challenge against the United States.')).toEqual([]);
  });

  test('missiles launched at a state still strike it', () => {
    expect(claimsOf('The Houthis launched missiles at Israel on Sunday.')).toEqual([
      'ATTACKS houthis israel',
    ]);
  });
});

describe('a dispute brought before a body', () => {
  test('accuses the party it is brought with', () => {
    expect(claimsOf('Canada requested WTO dispute consultations with the United States.')).toEqual([
      'ACCUSES canada united-states',
    ]);
  });

  test('a request of the body for anything else stays a request', () => {
    expect(claimsOf('Canada asked the WTO to rule quickly.')).toEqual(['REQUESTS canada wto']);
  });
});

describe('a word in -s right after a verb is its object', () => {
  test('"attacked ships linked to Israel" supplies no one', () => {
    expect(claimsOf('The Houthis attacked ships linked to Israel in the Red Sea.')).toEqual([]);
  });

  test('the verb itself still supplies', () => {
    expect(claimsOf('Iran ships drones to Russia by sea.')).toEqual(['AIDS iran russia']);
  });
});

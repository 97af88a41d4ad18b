// A rival named by a bare noun before its name: "blamed archrival India", "Hamas and rival Fatah" name the rival
// of the clause's subject or of the name "and" follows, and a rivalry is read both ways. General sentences
// written for these tests, with a small registry of states and bodies.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor } from './support';

const actors = new ActorRegistry([
  actor('pakistan', 'Pakistan', 'state', ['Pakistani', 'Islamabad']),
  actor('india', 'India', 'state', ['Indian', 'New Delhi']),
  actor('egypt', 'Egypt', 'state', ['Egyptian', 'Cairo']),
  actor('libya', 'Libya', 'state', ['Libyan']),
  actor('saudi-arabia', 'Saudi Arabia', 'state', ['Saudi']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('hamas', 'Hamas', 'organisation'),
  actor('fatah', 'Fatah', 'organisation'),
]);

/** The oppositions of a short article, as "OPPOSES from to". */
function oppositionsOf(text: string): string[] {
  return extractArticle(`Headline\n\n${text}`, actors, { published: '2025-03-12' })
    .claims.filter((c) => c.type === 'OPPOSES')
    .map((c) => [c.type, c.from, c.to].join(' '));
}

describe('a bare noun of rivalry before a name', () => {
  test("the verb's subject is the one whose rival is named", () => {
    expect(oppositionsOf('Pakistani officials blamed archrival India for the bombing.').sort()).toEqual([
      'OPPOSES india pakistan',
      'OPPOSES pakistan india',
    ]);
  });

  test('the name "and" follows is the other side', () => {
    expect(oppositionsOf('Hamas and rival Fatah signed a unity deal on Tuesday.').sort()).toEqual([
      'OPPOSES fatah hamas',
      'OPPOSES hamas fatah',
    ]);
  });

  test('"arch-rival" after an owner names the owner\'s rival, as "rival" does', () => {
    expect(oppositionsOf("India's arch-rival Pakistan rejected the charge.").sort()).toEqual([
      'OPPOSES india pakistan',
      'OPPOSES pakistan india',
    ]);
  });

  test('a name that only qualifies the noun after it names no rival', () => {
    expect(oppositionsOf('Egypt hosted rival Libyan factions in Cairo last week.')).toEqual([]);
  });

  test('a rival with an article is no one named', () => {
    expect(oppositionsOf('Iran said the rival camp had lost.')).toEqual([]);
  });
});

// Dates a relation does not take from its sentence: the date of a gerund after it, the date of the verb a hyphened
// act stands after.
import { ActorRegistry } from '../../../server/extract/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor, registry } from './support';

const claimsOf = (actors: ActorRegistry, published: string, types: string[]) => (text: string) =>
  extractArticle(`Headline\n\n${text}`, actors, { published })
    .claims.filter((c) => types.includes(c.type))
    .map((c) => [c.type, c.from, c.to, c.date ?? '-', c.dateEnd ?? '-'].join(' '));

describe('a date of a gerund after the relation', () => {
  const read = claimsOf(registry, '2025-03-13', ['ACCUSES']);

  it.each([
    [
      'dates the gerund, not the relation',
      'China blamed the United States for breaking the deal by withdrawing from it in 2018.',
      ['ACCUSES china united-states - -'],
    ],
    [
      'not a date before the gerund, which dates the relation',
      'China accused the United States on Tuesday of spreading propaganda.',
      ['ACCUSES china united-states 2025-03-11 -'],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('an act named by a hyphened participle', () => {
  const actors = new ActorRegistry([
    actor('turkey', 'Turkey', 'state'),
    actor('armenia', 'Armenia', 'state'),
    actor('azerbaijan', 'Azerbaijan', 'state'),
    actor('france', 'France', 'state'),
  ]);
  const read = claimsOf(actors, '2025-03-14', ['MEDIATES', 'REQUESTS']);

  it('takes no date of the verb it stands after', () => {
    expect(
      read(
        'France urged Azerbaijan on Friday to accept a Turkey-brokered truce between Armenia and Azerbaijan.',
      ),
    ).toEqual([
      'REQUESTS france azerbaijan 2025-03-14 -',
      'MEDIATES turkey armenia - -',
      'MEDIATES turkey azerbaijan - -',
    ]);
  });
});

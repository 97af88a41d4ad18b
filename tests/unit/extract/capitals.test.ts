// Names found by their capitals, whether the first letter is ASCII or not.
import { ActorRegistry, ArticleActors } from '../../../server/extract/actors/actor-table';
import { readArticle } from '../../../server/extract/document';
import { ArticleMemory } from '../../../server/extract/actors/mentions';
import { findMentions } from '../../../server/extract/actors/people';
import { actor } from './support';

const actors = new ArticleActors(
  new ActorRegistry([
    actor('eric-zemmour', 'Éric Zemmour', 'person', ['Zemmour']),
    actor('olaf-scholz', 'Olaf Scholz', 'person', ['Scholz']),
    actor('france', 'France', 'state', ['French']),
  ]),
);

function idsIn(text: string): string[] {
  const memory = new ArticleMemory(actors);
  return readArticle(text).sentences.flatMap((s) => findMentions(s, memory).mentions.map((m) => m.actor.id));
}

describe('names by their capitals', () => {
  it('when a name begins with a capital outside ASCII, then it is found as one with an ASCII capital is', () => {
    expect(idsIn('Éric Zemmour met Olaf Scholz in France on Monday.')).toEqual([
      'eric-zemmour',
      'olaf-scholz',
      'france',
    ]);
  });
});

// Ends named again otherwise than by their first name: an Arabic surname without its article, a body by its
// initials, the United Nations as "the world body"; and names that hold a state's name but are no state.
import { ActorRegistry, ArticleActors } from '../../../server/extract/actors/actor-table';
import { Coreference } from '../../../server/extract/actors/coreference';
import { readArticle } from '../../../server/extract/document';
import { ArticleMemory } from '../../../server/extract/actors/mentions';
import { findMentions } from '../../../server/extract/actors/people';
import { actor, registry } from './support';

const withUnitedNations = new ActorRegistry([
  actor('united-nations', 'United Nations', 'organisation', ['UN', 'U.N.']),
  actor('israel', 'Israel', 'state'),
]);

/** Every mention of `text`, descriptions resolved, as "words=actor". */
function mentionsIn(text: string, actors: ActorRegistry = registry): string[] {
  const memory = new ArticleMemory(new ArticleActors(actors));
  const coreference = new Coreference();
  return readArticle(text).sentences.flatMap((sentence) => {
    const { tokens } = sentence;
    return coreference.resolve(findMentions(sentence, memory)).mentions.map(
      (m) =>
        `${tokens
          .slice(m.start, m.end)
          .map((t) => t.text)
          .join(' ')}=${m.actor.id}`,
    );
  });
}

describe('ends named again', () => {
  it('reads an Arabic surname without its article as the person named in full', () => {
    expect(
      mentionsIn('Former President Omar al-Bashir was jailed in April. Bashir denied the charges.'),
    ).toContain('Bashir=omar-al-bashir');
    expect(mentionsIn('Egyptian President Abdel Fattah el-Sisi spoke. Sisi left for Riyadh.')).toContain(
      'Sisi=abdel-fattah-el-sisi',
    );
  });

  it('reads the initials of a new body of three words or more as that body', () => {
    const found = mentionsIn(
      'Protesters demanded that the National Congress Party be dissolved. The government seized the NCP assets.',
    );
    expect(found).toContain('NCP=national-congress-party');
  });

  it('leaves initials two new bodies share to neither', () => {
    const found = mentionsIn(
      'The National Congress Party met the National Conservative Party in the capital. The NCP said it would contest.',
    );
    expect(found.filter((m) => m.startsWith('NCP='))).toEqual([]);
  });

  it('reads "the world body" as the United Nations once the article has named it', () => {
    expect(
      mentionsIn('The United Nations met. The world body criticized Israel.', withUnitedNations),
    ).toContain('The world body=united-nations');
    expect(mentionsIn('The world body criticized Israel.', withUnitedNations)).toEqual(['Israel=israel']);
  });

  it('reads "Sino-" as China in a compound of two states', () => {
    expect(mentionsIn('Sino-American relations worsened.')).toEqual(['Sino=china', 'American=united-states']);
  });

  it('reads Latin and Central America as places, not the United States', () => {
    expect(mentionsIn('The envoy toured Latin America and Central America.')).toEqual([]);
  });

  it('reads a name followed by ", an" and a title as a person', () => {
    expect(
      mentionsIn('Kannavee Suebsang, an opposition lawmaker, told reporters the men were at risk.'),
    ).toContain('Kannavee Suebsang=kannavee-suebsang');
  });
});

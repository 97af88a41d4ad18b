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

describe("descriptions of bodies and of a state's organs", () => {
  const resolvedIn = (text: string, actors: ActorRegistry = registry) =>
    mentionsIn(text, actors).filter(
      (m) => /^(?:the|The|authorities|Authorities) /.test(m) || m.startsWith('authorities='),
    );

  it('reads "the rebel alliance", "the human rights group" as the one body outside any state named before', () => {
    expect(
      resolvedIn('The Patriotic Liberation Front seized the town. The rebel alliance said it would hold it.'),
    ).toContain('The rebel alliance=patriotic-liberation-front');
    expect(
      resolvedIn(
        'Amnesty International issued a report. The human rights group said China should free them.',
      ),
    ).toContain('The human rights group=amnesty-international');
  });

  it('leaves "the rights group" alone when two bodies were named just before', () => {
    expect(
      resolvedIn('Amnesty International and Human Rights Watch issued reports. The rights group said more.'),
    ).toEqual([]);
  });

  it('reads "the authorities" and a bare "authorities" as the state named before', () => {
    expect(
      resolvedIn('China detained two reporters in China. The authorities said they had broken the law.'),
    ).toContain('The authorities=china');
    expect(
      resolvedIn('China detained two reporters in China. Last year, authorities arrested a lawyer.'),
    ).toContain('authorities=china');
  });

  it('leaves "the authorities" alone in a story that has named no state most', () => {
    expect(resolvedIn('China detained two reporters. The authorities said more.')).toEqual([]);
  });

  it('leaves "the authorities in" a place and an adjective\'s "local authorities" alone', () => {
    expect(
      resolvedIn('China detained two reporters in China. The authorities in Hong Kong said more.'),
    ).toEqual([]);
    expect(resolvedIn('China detained two reporters in China. Local authorities said more.')).toEqual([]);
    expect(
      resolvedIn('China detained two reporters in China. Farmers pleaded with authorities on both sides.'),
    ).toEqual([]);
  });

  it('reads "the junta" as the state named before', () => {
    expect(resolvedIn('China sold arms to Myanmar. The junta denied it.')).toEqual([]);
    expect(resolvedIn('Fighting spread across Myanmar. The junta blamed the rebels.')).toEqual([
      'The junta=myanmar',
    ]);
  });

  it('reads "the association" as the one body named before whose name holds the word', () => {
    expect(
      resolvedIn('The Cambodian Journalists Association welcomed the release. The association said more.'),
    ).toContain('The association=cambodian-journalists-association');
  });

  it("reads a name right after a noun of a body's kind as that body, not one before a common noun", () => {
    const found = mentionsIn(
      'Headline\n\nIndependent media association CamboJA said the reporter was freed.',
    );
    expect(found).toContain('CamboJA=camboja');
    expect(mentionsIn('The free movement Schengen zone is open.')).toEqual([]);
  });

  it('does not read "the army" as an armed group whose name holds the word', () => {
    expect(
      resolvedIn('The Arakan Army seized the town. The army said it would retake it.').filter((m) =>
        m.startsWith('The army'),
      ),
    ).toEqual([]);
  });
});

describe('companies named after their kind', () => {
  it('reads "energy giant Iberdrola" and "startup Go-Jek" as bodies', () => {
    const found = mentionsIn(
      'Headline\n\nThe farm is owned by energy giant Iberdrola. He ran the ride-hailing startup Go-Jek for years.',
    );
    expect(found).toEqual(['Iberdrola=iberdrola', 'Go - Jek=go-jek']);
  });
});

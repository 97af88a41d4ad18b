// Ties of people written in shapes the first readers of titles missed: abbreviated ranks, fields of a ministry after
// "of" or "for", envoys named right after the state they are sent to, dashes, "who works for", possessive fields.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor } from './support';

const registry = new ActorRegistry([
  actor('human-rights-watch', 'Human Rights Watch', 'organisation', ['HRW']),
  actor('atlantic-council', 'Atlantic Council', 'organisation'),
  actor('hayat-tahrir-al-sham', 'Hayat Tahrir al-Sham', 'organisation', ['HTS']),
  actor('united-nations', 'United Nations', 'organisation', ['U.N.', 'UN']),
]);

/** The ties read from a short article, as "TYPE from to". */
function tiesIn(text: string): string[] {
  return extractArticle(`Headline\n\n${text}`, registry, { published: '2025-03-14' })
    .claims.filter((c) => c.type === 'LEADS' || c.type === 'AFFILIATED_WITH')
    .map((c) => [c.type, c.from, c.to].join(' '));
}

describe('ties of people', () => {
  it("when an envoy's name follows the body he is sent to, then the body's name ends before it", () => {
    expect(
      tiesIn('Brazil’s Ambassador to the United Nations Paulo Ferraz said Brasilia would abstain.'),
    ).toEqual(['AFFILIATED_WITH paulo-ferraz brazil']);
  });

  it('when an abbreviated rank comes before a name, then it is no part of the name', () => {
    expect(
      tiesIn('Lt. Gen. Omar Farouk Haddad, a spokesman for Human Rights Watch, said the border was calm.'),
    ).toEqual(['AFFILIATED_WITH omar-farouk-haddad human-rights-watch']);
  });

  it.each([
    [
      'British Secretary of State for Defence Ben Harlow said troops would stay.',
      'ben-harlow united-kingdom',
    ],
    ['Canadian Minister of Foreign Affairs and Trade Nora Bell spoke on Monday.', 'nora-bell canada'],
  ])(
    'when a cabinet title names its fields in capitals, then its holder is named after them: %s',
    (text, tie) => {
      expect(tiesIn(text)).toContain(`AFFILIATED_WITH ${tie}`);
    },
  );

  it('when an envoy is named right after the state he is sent to, then he is of the state that sends him', () => {
    expect(tiesIn("Brazil's ambassador to China Paulo Ferraz met trade officials.")).toEqual([
      'AFFILIATED_WITH paulo-ferraz brazil',
    ]);
  });

  it('when a dash sets off a title after a name, then the title ties the name', () => {
    expect(
      tiesIn('“We will appeal,” said Anna Lund. Lund — director of Human Rights Watch — filed the case.'),
    ).toEqual(['LEADS anna-lund human-rights-watch']);
  });

  it('when a relative clause says one works for a body, then she is its member', () => {
    expect(tiesIn('Jane Porter, who works for the Atlantic Council, said the deal was weak.')).toEqual([
      'AFFILIATED_WITH jane-porter atlantic-council',
    ]);
  });

  it('when a field with a possessive qualifies a title, then the title is still read', () => {
    expect(
      tiesIn(
        "“It is a setback,” said Mary Dunn, the associate children's rights director at Human Rights Watch.",
      ),
    ).toEqual(['AFFILIATED_WITH mary-dunn human-rights-watch']);
  });

  it('when "a" opens a title, its body and then the holder set off by commas, then the holder is of that body', () => {
    expect(tiesIn('A spokesman for Human Rights Watch, Tom Reyes, said the report was late.')).toEqual([
      'AFFILIATED_WITH tom-reyes human-rights-watch',
    ]);
  });
});

/** The event and stance claims read from a short article, as "TYPE from to". */
function claimsIn(text: string): string[] {
  return extractArticle(`Headline\n\n${text}`, registry, { published: '2025-03-14' })
    .claims.filter((c) => c.type !== 'LEADS' && c.type !== 'AFFILIATED_WITH')
    .map((c) => [c.type, c.from, c.to].join(' '));
}

describe('titles after a name, held at a body', () => {
  it.each([
    [
      '“It is late,” said Carl Moss, an emeritus professor from the University of Lagos.',
      'AFFILIATED_WITH carl-moss university-of-lagos',
    ],
    [
      '“It is late,” said Jane Roe, an assistant director of Human Rights Watch.',
      'AFFILIATED_WITH jane-roe human-rights-watch',
    ],
    [
      '“It is late,” said Jane Roe, a senior researcher at the rights group Human Rights Watch.',
      'AFFILIATED_WITH jane-roe human-rights-watch',
    ],
    [
      '“We will fight,” said Abu Omar, leader of the Islamist Hayat Tahrir al-Sham.',
      'LEADS abu-omar hayat-tahrir-al-sham',
    ],
  ])('when modifiers or a description come with the title, then the tie is still read: %s', (text, tie) => {
    expect(tiesIn(text)).toEqual([tie]);
  });

  it("when the court's president is named after the court, then he heads it", () => {
    expect(
      tiesIn(
        "The Supreme Court of Ghana heard the case. The court's president, Judge Kofi Mensah, rejected the appeal.",
      ),
    ).toContain('LEADS kofi-mensah supreme-court-of-ghana');
  });
});

describe('rapporteurs and appointees', () => {
  const withUnitedNations = new ActorRegistry([
    actor('united-nations', 'United Nations', 'organisation', ['U.N.', 'UN']),
  ]);
  const ties = (text: string) =>
    extractArticle(`Headline\n\n${text}`, withUnitedNations, { published: '2025-03-14' })
      .claims.filter((c) => c.type === 'AFFILIATED_WITH')
      .map((c) => [c.type, c.from, c.to].join(' '));

  it('when a rapporteur is named after what his post is on, then he is of the body and that state is none of his', () => {
    expect(
      ties('The UN special rapporteur on Myanmar, Tom Andrews, said the junta must free prisoners.'),
    ).toEqual(['AFFILIATED_WITH tom-andrews united-nations']);
  });

  it('when a body appointed the holder of a post ("U.N.-appointed"), then the holder is of that body', () => {
    expect(
      ties('United Nations-appointed special rapporteur Alice Jill Edwards said the report was ready.'),
    ).toEqual(['AFFILIATED_WITH alice-jill-edwards united-nations']);
  });
});

describe('an office named with no name', () => {
  it('when one person holds the office in the story, then "the" and its title name that person', () => {
    expect(
      claimsIn(
        'Kenyan President William Ruto arrived in Nairobi on Monday. The president criticized Sudan for the raids.',
      ),
    ).toContain('ACCUSES william-ruto sudan');
  });

  it('when two people have held the office in the story, then "the" and its title name neither', () => {
    expect(
      claimsIn(
        'Former Kenyan President Uhuru Kenyatta met Kenyan President William Ruto on Monday. The president criticized Sudan for the raids.',
      ).filter((c) => c.startsWith('ACCUSES')),
    ).toEqual([]);
  });

  it("when the title is another's ('the president of the court'), then it names no one of the story", () => {
    expect(
      claimsIn(
        'Kenyan President William Ruto spoke on Monday. The president of the court criticized Sudan for the raids.',
      ),
    ).not.toContain('ACCUSES william-ruto sudan');
  });
});

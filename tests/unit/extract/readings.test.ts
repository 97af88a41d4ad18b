// Names read wrong in unseen news: a body's known name inside a longer one, a person and the body named after
// "of" read as one body, subheadings run into the sentence after them.
import { ArticleActors } from '../../../server/extract/actors/actor-table';
import { headingEnd, readArticle } from '../../../server/extract/document';
import { ArticleMemory } from '../../../server/extract/actors/mentions';
import { findMentions } from '../../../server/extract/actors/people';
import { registry } from './support';

/** The mentions of the body of an article (after a headline), as "id kind", and the ties stated in passing. */
function read(text: string) {
  const memory = new ArticleMemory(new ArticleActors(registry));
  const found = readArticle(`Headline\n\n${text}`)
    .sentences.filter((s) => s.paragraph > 1)
    .map((s) => findMentions(s, memory));
  return {
    mentions: found.flatMap((f) => f.mentions.map((m) => `${m.actor.id} ${m.actor.kind}`)),
    roles: found.flatMap((f) => f.roles.map((r) => `${r.member.id} ${r.title} ${r.of?.id ?? ''}`)),
  };
}

describe('names inside longer names', () => {
  it('when a known body follows a capitalised word nobody knows, then the longer name is a new body', () => {
    expect(read('The National Security Council met on Monday.').mentions).toEqual([
      'national-security-council organisation',
    ]);
  });

  it('when the known body stands alone or after a title word, then it is still that body', () => {
    expect(read('The Security Council met on Monday.').mentions).toEqual([
      'un-security-council organisation',
    ]);
    expect(read('A senior Security Council diplomat said talks went on.').mentions).toContain(
      'un-security-council organisation',
    );
  });
});

describe('a person of a body', () => {
  it('when "Name of Body" says something, then the person and the body are two, tied', () => {
    const { mentions, roles } = read('Jane Porter of the Refugee Council said families were stranded.');
    expect(mentions).toEqual(['jane-porter person', 'refugee-council organisation']);
    expect(roles).toEqual(['jane-porter member refugee-council']);
  });

  it('when a body is named after a place or a field, then it stays one body', () => {
    expect(read('The Central Bank of Kenya said rates would rise.').mentions).toEqual([
      'central-bank-of-kenya organisation',
    ]);
    expect(read('The Islamic Relief Fund of Canada said aid would rise.').mentions).toEqual([
      'islamic-relief-fund-of-canada organisation',
    ]);
  });
});

describe('subheadings run into the text', () => {
  const split = (text: string) =>
    readArticle(`Headline\n\n${text}`)
      .sentences.filter((s) => s.paragraph > 1)
      .map((s) => s.text);

  it.each([
    [
      'when a sentence-case phrase is followed by a word capitalised only at a sentence start, then it is a heading',
      'Prices rose. Rising costs During the winter, prices of fuel rose again.',
      ['Prices rose.', 'Rising costs', 'During the winter, prices of fuel rose again.'],
    ],
    [
      "when a state's name is followed by its demonym, then the heading ends at the name",
      'Talks stalled. Role of France French President Emmanuel Macron spoke on Monday.',
      ['Talks stalled.', 'Role of France', 'French President Emmanuel Macron spoke on Monday.'],
    ],
    [
      'when the capitalised word follows a preposition or a verb, then nothing is split',
      'In The Hague, judges ruled. According to The Times, talks stalled.',
      ['In The Hague, judges ruled.', 'According to The Times, talks stalled.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('when the sentence begins with a name, then no heading is found', () => {
    const [sentence] = readArticle('Headline\n\nPresident Biden spoke on Monday.').sentences.slice(1);
    expect(sentence && headingEnd(sentence.tokens)).toBeUndefined();
  });

  it('when a heading is split off, then the sentence after it keeps its place in the paragraph', () => {
    const paragraph = 'Prices rose. Rising costs During the winter, prices rose again.';
    const sentences = readArticle(`Headline\n\n${paragraph}`).sentences.filter((s) => s.paragraph > 1);
    for (const sentence of sentences) {
      expect(paragraph.slice(sentence.offset, sentence.offset + sentence.text.length)).toBe(sentence.text);
      for (const token of sentence.tokens)
        expect(sentence.text.slice(token.start, token.end)).toBe(token.text);
    }
    expect(sentences.map((s) => s.index)).toEqual([1, 2, 3]);
  });
});

describe('honorifics and long names', () => {
  it('when an honorific comes before two names or more, then the name is without it', () => {
    const { mentions, roles } = read("Oman's sultan, Sayyid Haitham bin Tariq Al Said, received the envoys.");
    expect(mentions).toEqual(['haitham-bin-tariq-al-said person']);
    expect(roles).toEqual(['haitham-bin-tariq-al-said sultan oman']);
  });

  it('when a person is named with an honorific and a speech verb, then the name is without it', () => {
    expect(read('“We welcome the step,” said Mullah Abdul Ghani Baradar.').mentions).toEqual([
      'abdul-ghani-baradar person',
    ]);
  });

  it('when one name follows the honorific, then it stays part of the name', () => {
    expect(read('Bangladeshi Prime Minister Sheikh Hasina spoke on Monday.').mentions).toContain(
      'sheikh-hasina person',
    );
  });

  it('when "Dr." comes before a surname the article has named, then it is that person', () => {
    const { mentions } = read('The new leader, Maria Lopez, spoke. Dr. Lopez said talks went on.');
    expect(mentions.filter((m) => m.endsWith('person'))).toEqual([
      'maria-lopez person',
      'maria-lopez person',
    ]);
  });

  it('when a name holds a word that abbreviates a month, then it is still a name', () => {
    expect(read('Zhang Jun, a Chinese diplomat, said the talks failed.').mentions).toContain(
      'zhang-jun person',
    );
  });
});

describe('people named by a title after their name', () => {
  it('when a name is set off before a former title, then it is a person with no tie', () => {
    const { mentions, roles } = read(
      'Richard Roe, former deputy secretary of state, criticized China on Monday.',
    );
    expect(mentions).toEqual(['richard-roe person', 'china state']);
    expect(roles).toEqual([]);
  });

  it("when a prosecutor is named with a state's adjective, then the prosecutor is of that state", () => {
    expect(read('Chinese prosecutor Li Wei read out the charges.').roles).toEqual([
      'li-wei prosecutor china',
    ]);
  });

  it("when a private calling is held for a person, then the holder is not of that person's state", () => {
    const { mentions, roles } = read(
      'Chinese President Xi Jinping spoke. Xi’s lawyer, Tom Reed, said nothing.',
    );
    expect(mentions).toContain('tom-reed person');
    expect(roles).toEqual(['xi-jinping president china']);
  });
});

describe('later mentions and the bodies people head', () => {
  it('when a title comes before the name after a comma, then it is no part of the name', () => {
    expect(read("The court's president, Judge Ann Porter, rejected Kenya's request.").mentions).toContain(
      'ann-porter person',
    );
  });

  it('when a post is held in a state, then the holder is found and is not of that state', () => {
    const { mentions, roles } = read(
      'The special representative in Haiti, Helen La Morel, spoke. La Morel said the police acted.',
    );
    expect(mentions).toEqual(['helen-la-morel person', 'helen-la-morel person']);
    expect(roles).toEqual(['helen-la-morel special representative ']);
  });

  it('when a person heads a body whose name goes on after an acronym, then the acronym is not what is headed', () => {
    const { roles } = read('Ann Lee, who heads the U.N. Integrated Bureau for Haiti, told reporters.');
    expect(roles.filter((r) => r.startsWith('ann-lee head united-nations'))).toEqual([]);
  });
});

describe('bodies named after what they are about', () => {
  it('when a new body goes on with "on" and a state, then the state is part of its name', () => {
    const { mentions, roles } = read(
      'Evan Ross of the Parliamentary Alliance on China said Beijing was active.',
    );
    expect(mentions).toEqual([
      'evan-ross person',
      'parliamentary-alliance-on-china organisation',
      'china state',
    ]);
    expect(roles).toEqual(['evan-ross member parliamentary-alliance-on-china']);
  });

  it("when the state is the owner of what follows, then it is not the body's", () => {
    expect(read("The Refugee Council on Kenya's border said camps were full.").mentions).toContain(
      'kenya state',
    );
  });
});

describe('people named with no title before their names', () => {
  it('when a name is described as a person and then speaks, then it is a person', () => {
    expect(
      read('Maria Santos, a veteran energy and trade expert, told reporters the deal would hold.').mentions,
    ).toEqual(['maria-santos person']);
    expect(
      read('"Prices will rise," Daniel Brook, owner of a small shipping consultancy, told reporters.')
        .mentions,
    ).toEqual(['daniel-brook person']);
  });

  it('when the description is of a body, or no speech follows, then the name is no person', () => {
    expect(read('Harbor Lights, a shipping firm in Kenya, said prices would rise.').mentions).not.toContain(
      'harbor-lights person',
    );
    expect(read('Nova Terra, a large new housing project, said it would expand.').mentions).toEqual([]);
  });

  it('when a name that opens a sentence lectures or teaches, then it is a person', () => {
    expect(read('Tom Reyes lectures on African politics at a university in Nairobi.').mentions).toContain(
      'tom-reyes person',
    );
  });

  it('when a name is followed by where it works and a speech verb, then it is a person', () => {
    expect(
      read('Andrea Kovac of the Danish foreign affairs think tank Nordlys said the plots were growing.')
        .mentions,
    ).toContain('andrea-kovac person');
  });

  it('when a surname with a particle in small letters comes back, then it is the person named before', () => {
    expect(
      read('Omar al-Hassan, a lawyer, said the court erred. "It is wrong," al-Hassan said.').mentions,
    ).toEqual(['omar-al-hassan person', 'omar-al-hassan person']);
  });
});

describe('the speaker of a quotation', () => {
  it('when "he" or "she" says a quotation that names a person, then the speaker is the person named before it', () => {
    expect(
      read(
        'Maria Santos, a veteran trade expert, spoke on Monday. "Kim Jong-un is waiting for a better offer," she said.',
      ).mentions,
    ).toEqual(['maria-santos person', 'kim-jong-un person', 'maria-santos person']);
  });

  it('when the quotation names nobody, then the pronoun is still the person named last', () => {
    expect(read('Xi Jinping spoke on Monday. "Talks are stalled," he said.').mentions).toEqual([
      'xi-jinping person',
      'xi-jinping person',
    ]);
  });
});

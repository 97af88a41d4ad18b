// Actors named in passing: aliases a text introduces, long names of bodies, lists of outlets, names repeated in
// full, forms that name no state, and the speakers of an interview transcript.
import { ArticleActors } from '../../../server/extract/actors/actor-table';
import { readArticle } from '../../../server/extract/document';
import { extractArticle } from '../../../server/extract/extract';
import { ArticleMemory } from '../../../server/extract/actors/mentions';
import { findMentions } from '../../../server/extract/actors/people';
import { registry } from './support';

function mentionsIn(text: string) {
  const memory = new ArticleMemory(new ArticleActors(registry));
  const found = readArticle(text).sentences.map((s) => findMentions(s, memory));
  return found.flatMap((f) =>
    f.mentions.map((m) => ({
      id: m.actor.id,
      text: f.sentence.text.slice(f.sentence.tokens[m.start]?.start, f.sentence.tokens[m.end - 1]?.end),
      aliases: m.actor.aliases,
    })),
  );
}

const ids = (text: string) => mentionsIn(text).map((m) => m.id);

describe('aliases a text introduces', () => {
  it.each([
    [
      'when an acronym in parentheses follows a titled person, then the acronym names that person after',
      'Egyptian President Abdel Fattah el-Sisi (AFS) spoke on Monday. Later AFS met the envoy.',
      ['abdel-fattah-el-sisi', 'abdel-fattah-el-sisi'],
    ],
    [
      'when "known as" gives a one-word name, then that word names the person after',
      'The army chief, Mohamed Hamdan Dagalo, known as Hemedti, said the war would go on. Hemedti left Khartoum.',
      ['mohamed-hamdan-dagalo', 'mohamed-hamdan-dagalo'],
    ],
    [
      'when "known by his initials" gives an acronym, then the acronym names the person after',
      'Saudi Crown Prince Mohammed bin Salman, known by his initials MBS, hosted the talks. MBS spoke first.',
      // "his" in "known by his initials" is him too.
      ['mohammed-bin-salman', 'mohammed-bin-salman', 'mohammed-bin-salman'],
    ],
    [
      'when a well-known body is followed by its acronym, then the acronym names it after',
      'The World Food Programme (PAM) warned of hunger. PAM said the trucks were stopped.',
      ['world-food-programme', 'world-food-programme'],
    ],
  ])('%s', (_, text, expected) => {
    expect(ids(text).filter((id) => expected.includes(id))).toEqual(expected);
  });

  it('when an adverb stands before "known as", then the alias still names the person before it', () => {
    const found = ids(
      'Sudanese General Mohamed Hamdan Dagalo, better known as Hemedti, said the war would go on. Hemedti left.',
    );
    expect(found.filter((id) => id === 'mohamed-hamdan-dagalo')).toHaveLength(2);
  });

  it('when "known as" is followed by a longer name, then no one-word alias is taken', () => {
    const found = mentionsIn('The group, known as Boko Haram, attacked a school. Boko left.');
    expect(found.map((m) => m.id)).toEqual(['boko-haram']);
  });

  it('when a state form is given in parentheses, then it is no alias of the actor before it', () => {
    const found = mentionsIn('Chinese President Xi Jinping (US) spoke.');
    expect(found.find((m) => m.id === 'xi-jinping')?.aliases).toEqual(['Xi']);
  });
});

describe('names of bodies', () => {
  it.each([
    [
      'when "for the" stands inside a body\'s name, then the whole name is the body',
      'The Kenyan League for the Defense of Human Rights issued a statement.',
      'Kenyan League for the Defense of Human Rights',
    ],
    [
      'when a body for a cause is "in" a state named by its name, then the state is part of the name',
      'The Committee for Democracy in Nigeria issued a statement.',
      'Committee for Democracy in Nigeria',
    ],
  ])('%s', (_, text, name) => {
    expect(mentionsIn(text).map((m) => m.text)).toEqual([name]);
  });

  it('when a body is "in" a capital, then the capital says where it sits', () => {
    expect(mentionsIn('He spoke at the Center for Peace Studies in Washington.').map((m) => m.id)).toEqual([
      'center-for-peace-studies',
      'united-states',
    ]);
  });

  it.each([
    [
      'when an acronym follows "and" after an outlet, then they are two outlets',
      'The ship was named by The Global Times and CNN on Monday.',
      ['global-times', 'cnn'],
    ],
    [
      'when the last two names of a list are joined by "and", then they are two outlets',
      'She wrote for The Nation, The Manila Times and Voice of Freedom.',
      ['manila-times', 'voice-of-freedom'],
    ],
    [
      'when a place begins the first of two outlets of a list, then they are still two',
      'She wrote for Al Jazeera, The Nairobi Post and Voice of Freedom.',
      ['nairobi-post', 'voice-of-freedom'],
    ],
  ])('%s', (_, text, expected) => {
    expect(ids(text).filter((id) => expected.includes(id))).toEqual(expected);
  });
});

describe('names repeated and forms that name no state', () => {
  it('when a person named before is named in full again with a title after a comma, then it is the same person', () => {
    const found = ids(
      'Richard Walsh, a former ambassador, joined the delegation. Richard Walsh, former U.S. deputy secretary of state: The message was clear.',
    );
    expect(found.filter((id) => id === 'richard-walsh')).toHaveLength(2);
  });

  it.each([
    ['an island', 'The tanker docked at Liuheng Island on Monday.'],
    ['a university named like a capital', 'Jane Smith of Georgetown University said the talks failed.'],
    ['a given name', 'Victoria Nuland said the talks failed.'],
  ])('when a gazetteer form is %s, then it names no state', (_, text) => {
    expect(
      mentionsIn(text).filter((m) => m.id === 'iceland' || m.id === 'guyana' || m.id === 'seychelles'),
    ).toEqual([]);
  });
});

describe('interview transcripts', () => {
  const article = (text: string) =>
    extractArticle(`Q&A: A former envoy on China\n\n${text}`, registry, { published: '2024-06-02' });

  it('when labels open the turns of an interview, then the answers are the claims of the person the label names', () => {
    const result = article(
      'Richard Walsh, a former ambassador, visited the region in May. VOA: What do you make of the drills? Walsh: China threatened Taiwan again this week. VOA: And the United States? Walsh: Washington criticized China.',
    );
    const claims = result.claims.filter((c) => c.type !== 'AFFILIATED_WITH' && c.type !== 'LEADS');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.assertedBy).toBe('richard-walsh');
  });

  it('when a single label opens a sentence, then it heads no interview', () => {
    const result = article(
      'Richard Walsh, a former ambassador, spoke on Monday. Walsh: China threatened Taiwan this week.',
    );
    const threat = result.claims.find((c) => c.type === 'THREATENS');
    expect(threat?.assertedBy ?? null).toBeNull();
  });
});

describe('well-known bodies', () => {
  it.each([
    ['the Pentagon', 'The Pentagon said the drills would go on.', 'us-department-of-defense'],
    ["a state's guards", "Iran's Revolutionary Guards seized a tanker.", 'islamic-revolutionary-guard-corps'],
    ['a relief body by its acronym', 'MSF said its clinic was hit.', 'doctors-without-borders'],
    [
      'a press watchdog',
      'Media watchdog Reporters Without Borders welcomed the release.',
      'reporters-without-borders',
    ],
  ])('when %s is named, then it is that body', (_, text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('when a body of one state is named, then it is tied to its state', () => {
    const result = extractArticle('Headline\n\nThe Pentagon said the drills would go on.', registry, {
      published: '2025-03-10',
    });
    expect(result.claims.map((c) => `${c.type} ${c.from} ${c.to}`)).toContain(
      'AFFILIATED_WITH us-department-of-defense united-states',
    );
  });

  it.each([
    [
      'a link and an unknown word',
      'Jane Smith, a fellow at the European Council on Foreign Relations, said so.',
      'european-council-on-foreign-relations',
    ],
    [
      'unknown words with no head word',
      'According to the CIA World Factbook, Syria has 24 million people.',
      'syria',
    ],
  ])('when a known body begins a longer name (%s), then it is not that body', (_, text, id) => {
    const found = ids(text);
    expect(found).toContain(id);
    expect(found).not.toContain('european-council');
    expect(found).not.toContain('central-intelligence-agency');
  });

  it('when a known state follows "on" after a known body, then the body stays', () => {
    expect(ids('The UN Security Council on Ukraine met.')).toEqual(['un-security-council', 'ukraine']);
  });
});

describe('bodies named by where they are sent, plural heads and rebels', () => {
  it.each([
    [
      'when a mission is named with the body it is sent to, then that body is part of its name',
      'The U.S. Mission to the United Nations said in a statement that the vote failed.',
      'U.S. Mission to the United Nations',
    ],
    [
      'when a plural head word ends a name, then it names a body',
      'Lawmakers urged the government to close the Hong Kong Economic and Trade Offices.',
      'Hong Kong Economic and Trade Offices',
    ],
    [
      'when rebels are named by their movement, then they are the movement',
      'Houthi rebels fired missiles.',
      'Houthi rebels',
    ],
  ])('%s', (_, text, name) => {
    expect(mentionsIn(text).map((m) => m.text)).toContain(name);
  });

  it('when an acronym in brackets follows a new body, then the acronym names it after', () => {
    expect(
      ids('The Global Peace Council [GPC] met in Oslo. The GPC said the vote was fair.').filter((id) =>
        id.startsWith('global'),
      ),
    ).toEqual(['global-peace-council', 'global-peace-council']);
  });
});

describe('seats of government and names of armed groups', () => {
  it.each([
    ['Downing Street said the talks would go on.', 'united-kingdom'],
    ['The Islamic Emirate rejected the report.', 'afghanistan'],
    ['Islamic State Khorasan claimed the attack.', 'islamic-state-khorasan'],
    ['ISIS-K claimed the attack.', 'islamic-state-khorasan'],
  ])('when the text says "%s", then %s acts', (text, id) => {
    expect(ids(text)[0]).toBe(id);
  });

  it('when one unknown capitalised word follows a known body, then the body is still named', () => {
    expect(ids('Leaders met at the NATO Summit in Vilnius.')).toContain('nato');
  });
});

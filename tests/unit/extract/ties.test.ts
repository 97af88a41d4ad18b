// Ties of people and bodies (LEADS, AFFILIATED_WITH) that titles, appositions and possessives state in passing.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor } from './support';

const registry = new ActorRegistry([
  actor('united-nations', 'United Nations', 'organisation', ['U.N.', 'UN']),
  actor('european-commission', 'European Commission', 'organisation'),
  actor('european-union', 'European Union', 'organisation', ['EU']),
  actor('international-crisis-group', 'International Crisis Group', 'organisation'),
]);

/** The ties read from a short article, as "TYPE from to date". */
function tiesIn(text: string): string[] {
  return extractArticle(`Headline\n\n${text}`, registry, { published: '2025-03-14' })
    .claims.filter((c) => c.type === 'LEADS' || c.type === 'AFFILIATED_WITH')
    .map((c) => [c.type, c.from, c.to, c.date ?? 'undated'].join(' '));
}

describe('ties', () => {
  it('when a name goes on with lower-case particles, then the whole name holds the title', () => {
    expect(
      tiesIn('European Commission President Ursula von der Leyen said the bloc would answer.'),
    ).toContain('LEADS ursula-von-der-leyen european-commission 2025-03-14');
  });

  it.each([
    [
      "The U.N. secretary-general's special envoy for Yemen, Hans Lindqvist, called for calm.",
      'AFFILIATED_WITH hans-lindqvist united-nations 2025-03-14',
    ],
    [
      "The Russian president's spokesman, Ivan Petrov, rejected the report.",
      'AFFILIATED_WITH ivan-petrov russia 2025-03-14',
    ],
  ])(
    'when an aide serves a title named without its holder, then the aide is of its owner: %s',
    (text, tie) => {
      expect(tiesIn(text)).toContain(tie);
    },
  );

  it('when an apposition gives a title held once at a body, then the tie takes no date', () => {
    expect(
      tiesIn('Jane Porter, a former director of the International Crisis Group, said the talks failed.'),
    ).toEqual(['LEADS jane-porter international-crisis-group undated']);
  });

  it('when a copula gives a title held once at a body, then the tie takes no date', () => {
    expect(tiesIn('Jane Porter is the former director of the International Crisis Group.')).toEqual([
      'LEADS jane-porter international-crisis-group undated',
    ]);
  });

  it('when a copula gives a title held now, then the tie takes the publication date', () => {
    expect(tiesIn('Jane Porter is the director of the International Crisis Group.')).toEqual([
      'LEADS jane-porter international-crisis-group 2025-03-14',
    ]);
  });

  it('when an apposition gives a title held once of a state, then the tie to the state takes no date', () => {
    expect(tiesIn('Tom Reyes, a former Turkish ambassador, said the talks failed.')).toEqual([
      'AFFILIATED_WITH tom-reyes turkiye undated',
    ]);
  });

  it("when 'former' follows the state's possessive after a name, then the tie takes no date", () => {
    expect(tiesIn("Omer Tan, Turkey's former foreign minister, said the talks failed.")).toEqual([
      'AFFILIATED_WITH omer-tan turkiye undated',
    ]);
  });

  it('when an apposition names a former head of government, then he leads the state undated', () => {
    expect(tiesIn('John Doe, the former British prime minister, said Europe must act.')).toEqual([
      'LEADS john-doe united-kingdom undated',
    ]);
  });

  it("when a title now held and one held once are joined by 'and', then the tie is to the body after them", () => {
    expect(
      tiesIn(
        "Paul Otieno, a lawmaker and former majority leader in Kenya's National Assembly, opposed the plan.",
      ),
    ).toEqual([
      'AFFILIATED_WITH paul-otieno kenya-national-assembly 2025-03-14',
      'AFFILIATED_WITH kenya-national-assembly kenya 2025-03-14',
    ]);
  });

  it("when a state's organ is named after the state's possessive, then it is part of that state", () => {
    expect(tiesIn("Kenya's High Court ruled against the closure.")).toEqual([
      'AFFILIATED_WITH kenya-high-court kenya 2025-03-14',
    ]);
  });

  it('when a body named after a possessive state is the opposition, then it is no part of the state', () => {
    expect(tiesIn("Britain's Shadow Cabinet criticised the deal.")).toEqual([]);
  });

  it("when a minister's field names the ministry the article named, then he heads it and is of its state", () => {
    const ties = tiesIn(
      'The Kenyan Interior Ministry ordered two camps closed. Kenya gave the agency two weeks. ' +
        'Interior Minister Peter Kamau said Kenya would not negotiate.',
    );
    expect(ties).toEqual(
      expect.arrayContaining([
        'LEADS peter-kamau kenyan-interior-ministry 2025-03-14',
        'AFFILIATED_WITH peter-kamau kenya 2025-03-14',
      ]),
    );
  });

  it("when a minister's field names a ministry of another state, then he is not given it", () => {
    const ties = tiesIn(
      'The Kenyan Interior Ministry ordered two camps closed. Kenya gave the agency two weeks. ' +
        'Ugandan Interior Minister Peter Kamau said Uganda would take no refugees.',
    );
    expect(ties).toContain('AFFILIATED_WITH peter-kamau uganda 2025-03-14');
    expect(ties).not.toContain('LEADS peter-kamau kenyan-interior-ministry 2025-03-14');
  });

  it("when a minister's title has no state, then he is of the state the article is about", () => {
    expect(
      tiesIn(
        'Pakistan expects a new loan this year. Pakistan has met the conditions. ' +
          'Finance Minister Ali Rahman said talks were going well.',
      ),
    ).toContain('AFFILIATED_WITH ali-rahman pakistan 2025-03-14');
  });

  it("when a minister's title has no state and the article is about no one state, then no tie is read", () => {
    expect(tiesIn('Finance Minister Ali Rahman said talks with Japan and China were going well.')).toEqual(
      [],
    );
  });

  it('when a field in capitals stands between a body and a head title, then the holder is a member', () => {
    expect(tiesIn("The EU's new Commission President Maria Lind said the bloc would answer.")).toEqual([
      'AFFILIATED_WITH maria-lind european-union 2025-03-14',
    ]);
  });

  it('when an adjective and a noun give a title its field, then the title is read', () => {
    expect(
      tiesIn("Omar Said, Chad's territorial administration minister, ordered the border sealed."),
    ).toContain('AFFILIATED_WITH omar-said chad 2025-03-14');
  });

  it.each([
    ['Jane Porter is the executive director of the International Crisis Group.', 'LEADS jane-porter'],
    ['Mark Lee is a professor at the International Crisis Group.', 'AFFILIATED_WITH mark-lee'],
  ])(
    "when a sentence opens with a name, 'is' and a title at a body, then the tie is read: %s",
    (text, tie) => {
      expect(tiesIn(text)).toEqual([`${tie} international-crisis-group 2025-03-14`]);
    },
  );

  it.each([
    [
      'The head of the Kurdish Human Rights Network, Rebin Rahmani, said the arrests went on.',
      ['LEADS rebin-rahmani kurdish-human-rights-network 2025-03-14'],
    ],
    [
      'The deputy minister for the Ministry of Information, Ahmad Karimi, said 400 books were banned.',
      ['AFFILIATED_WITH ahmad-karimi ministry-of-information 2025-03-14'],
    ],
  ])(
    'when a title is of a body no one knows, then its holder after a comma is tied to it: %s',
    (text, ties) => {
      expect(tiesIn(text)).toEqual(ties);
    },
  );

  it('when a title is of a place, not a body, then no body is made of it', () => {
    expect(tiesIn('The mayor of Springfield, John Doe, said the roads were closed.')).toEqual([]);
  });

  it("when a body's title is held in a state, then the holder is of the body, not of the state", () => {
    expect(
      tiesIn("Maria Costa, the International Crisis Group's director in Kenya, said talks had stalled."),
    ).toEqual(['AFFILIATED_WITH maria-costa international-crisis-group 2025-03-14']);
  });

  it("when a department's field stands between a minister's title and the name, then the name holds it", () => {
    expect(
      tiesIn(
        'Kenya held a vote on Monday. Kenya passed the law. ' +
          'Minister of Justice Amina Odhiambo said the law would stand.',
      ),
    ).toEqual(['AFFILIATED_WITH amina-odhiambo kenya 2025-03-14']);
  });

  it('when lower-case words before a title describe the one body the article named, then the holder is of it', () => {
    expect(
      tiesIn(
        "A report by Kenya's Department of Disaster Management said 300 people were hurt. " +
          '"We are helping," said disaster management department spokesperson Paul Otieno.',
      ),
    ).toContain('AFFILIATED_WITH paul-otieno department-of-disaster-management 2025-03-14');
  });

  it('when a private calling comes with a state, then no tie is read', () => {
    expect(tiesIn('Kenyan farmer Paul Otieno said the rains had failed.')).toEqual([]);
  });

  it("when a sentence says a person 'is the former' head of a body, then the tie takes no date", () => {
    expect(tiesIn('Jane Porter is the former director of the International Crisis Group.')).toEqual([
      'LEADS jane-porter international-crisis-group undated',
    ]);
  });

  it("when a new name comes 'from' a body and speaks, then the person is of the body", () => {
    expect(
      tiesIn('"The site is old," Maria Lopez from the International Crisis Group told reporters.'),
    ).toEqual(['AFFILIATED_WITH maria-lopez international-crisis-group 2025-03-14']);
  });

  it('when a rank in capitals opens the name after a title and a comma, then the name holds the title', () => {
    expect(tiesIn('U.S. Army Chief of Staff, General John Smith said the helicopter was lost.')).toEqual([
      'AFFILIATED_WITH john-smith united-states 2025-03-14',
    ]);
  });

  it("when a place opens a post's title after a name, then the holder is a member of the body", () => {
    expect(
      tiesIn(
        'Jane Roe, the Nairobi bureau chief for the International Crisis Group, told reporters five died.',
      ),
    ).toEqual(['AFFILIATED_WITH jane-roe international-crisis-group 2025-03-14']);
  });
});

describe('heads named with no state', () => {
  /** The ties read from a short article published on `published`. */
  function tiesOn(published: string, text: string): string[] {
    return extractArticle(`Headline\n\n${text}`, registry, { published })
      .claims.filter((c) => c.type === 'LEADS' || c.type === 'AFFILIATED_WITH')
      .map((c) => [c.type, c.from, c.to, c.date ?? 'undated'].join(' '));
  }

  it('when the head holds the office at publication, then the title ties him to the state now', () => {
    expect(tiesOn('2019-06-03', 'President Donald Trump said the talks would go on.')).toContain(
      'LEADS donald-trump united-states 2019-06-03',
    );
  });

  it('when the head held the office before publication, then the tie takes no date', () => {
    expect(tiesOn('2019-06-03', 'The deal was signed under President Barack Obama.')).toContain(
      'LEADS barack-obama united-states undated',
    );
  });

  it('when the article is older than the first term, then the title ties him to nothing', () => {
    expect(tiesOn('2010-06-03', 'President Emmanuel Macron spoke to reporters.')).toEqual([]);
  });

  it('when the office is another than the one the title names, then no tie is read', () => {
    expect(tiesOn('2019-06-03', 'Chancellor Donald Trump spoke to reporters.')).toEqual([]);
  });

  it('when the title is said to be held now, then a year in the sentence does not date it', () => {
    expect(
      tiesOn(
        '2021-03-09',
        'The old leader was ousted in a coup led by current president Abdel Fattah el-Sisi in 2013.',
      ),
    ).toContain('LEADS abdel-fattah-el-sisi egypt 2021-03-09');
  });
});

describe('titles with qualifiers', () => {
  it('when a word of standing stands between the state and the title, then the state owns the title', () => {
    expect(
      tiesIn("Brazil's high-profile education minister, Ana Lucia Prado, said the tests would change."),
    ).toContain('AFFILIATED_WITH ana-lucia-prado brazil 2025-03-14');
    expect(tiesIn("Chile's current president Marta Ruiz Vidal spoke to reporters.")).toContain(
      'LEADS marta-ruiz-vidal chile 2025-03-14',
    );
  });

  it('when a minister of the armed forces is named by the field in capitals, then the name holds the title', () => {
    expect(tiesIn('He met French Minister of Armed Forces Claire Dumont on Monday.')).toContain(
      'AFFILIATED_WITH claire-dumont france 2025-03-14',
    );
  });

  it('when a district commissioner is named in a story about one state, then he is its official', () => {
    const ties = tiesIn(
      'Kenya has sent more troops to the coast. Kenya says the attacks have slowed. Malindi District Commissioner Peter Wambua said the roads were safe.',
    );
    expect(ties).toContain('AFFILIATED_WITH peter-wambua kenya 2025-03-14');
  });

  it('when a district commissioner is named in a story about two states, then no state is given him', () => {
    const ties = tiesIn(
      'Kenya and Somalia met. Malindi District Commissioner Peter Wambua said the roads were safe.',
    );
    expect(ties).toEqual([]);
  });
});

describe('bodies called by a noun', () => {
  it("when 'the commission's' title follows a name, then it is of the commission named just before", () => {
    expect(
      tiesIn(
        'The Kenya Human Rights Commission said the arrests were unlawful. Jane Wanjiru, the commission’s executive director, told VOA the police must stop.',
      ),
    ).toContain('LEADS jane-wanjiru kenya-human-rights-commission 2025-03-14');
  });

  it("when 'the group's' title comes before a name, then it is of the one organisation named just before", () => {
    expect(
      tiesIn(
        'The International Crisis Group published a report. The group’s spokesperson, Mary Otieno, said the report was late.',
      ),
    ).toContain('AFFILIATED_WITH mary-otieno international-crisis-group 2025-03-14');
  });

  it('when the noun is no word of the body named before, then no tie is read', () => {
    expect(
      tiesIn(
        'The International Crisis Group published a report. Jane Wanjiru, the association’s director, said it was late.',
      ),
    ).toEqual([]);
  });

  it("when two organisations were named, then 'the group's' title is of neither", () => {
    expect(
      tiesIn(
        'The International Crisis Group and the European Union published a report. Mary Otieno, the group’s spokesperson, said it was late.',
      ),
    ).not.toContainEqual(expect.stringContaining('mary-otieno'));
  });
});

describe('ministries of no known state', () => {
  it("when the article about a state named a ministry of a minister's field, then its minister heads it", () => {
    const ties = tiesIn(
      'The United States moved the detainees. The United States said the Department of Homeland Security ran the flights. U.S. Homeland Security Secretary Kristi Noem said the flights would go on.',
    );
    expect(ties).toContain('LEADS kristi-noem us-department-of-homeland-security 2025-03-14');
    expect(ties).toContain('AFFILIATED_WITH kristi-noem united-states 2025-03-14');
  });

  it('when the article is about another state, then the ministry is not given to the minister', () => {
    const ties = tiesIn(
      'Kenya moved the detainees. Kenya said the Department of Homeland Security ran the flights. U.S. Homeland Security Secretary Kristi Noem said the flights would go on.',
    );
    expect(ties).not.toContain('LEADS kristi-noem department-of-homeland-security 2025-03-14');
  });
});

describe('former titles after "and"', () => {
  it("when the second of two titles is a state's office held once, then the tie to the state takes no date", () => {
    expect(
      tiesIn('Omar Haidari, an Afghan writer and former diplomat, told reporters the ban was wrong.'),
    ).toEqual(['AFFILIATED_WITH omar-haidari afghanistan undated']);
  });
});

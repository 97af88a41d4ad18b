// Stage 4 across sentences: who reads whom (quoted analysts and their ASSESSES claims), and the dates events take
// from the clause, the paragraph and the article. Sentences from Voice of America (voanews.com), public domain,
// and from the seed articles, with the small registry of the stage tests.
import { isResearchBody } from '../../../server/extract/attribution';
import { extractArticle } from '../../../server/extract/extract';
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, registry } from './support';

/** The claims of an article, as "TYPE from to date certainty assertedBy". */
function claimsOf(text: string, published = '2019-01-09', types?: string[]): string[] {
  const result = extractArticle(`Headline\n\n${text}`, registry, { published });
  return result.claims
    .filter((c) => (types ? types.includes(c.type) : !['LEADS', 'AFFILIATED_WITH'].includes(c.type)))
    .map((c) => [c.type, c.from, c.to, c.date ?? '-', c.certainty, c.assertedBy ?? '-'].join(' '));
}

describe('events that did not take place', () => {
  it.each([
    ['The planned meeting between Kim Jong-un and Xi Jinping was canceled.'],
    ['A possible meeting between Kim Jong-un and Xi Jinping worries Seoul.'],
    ['The summit between Kim Jong-un and Xi Jinping was called off.'],
    ['Kim Jong-un said his travel to China has been prohibited by the border closure.'],
  ])('%s', (text) => {
    expect(claimsOf(text, '2019-01-09', ['MEETS'])).toEqual([]);
  });

  it('when the meeting took place, then it is one', () => {
    expect(
      claimsOf('The meeting between Kim Jong-un and Xi Jinping was held in Beijing.', '2019-01-09', [
        'MEETS',
      ]),
    ).toEqual(['MEETS kim-jong-un xi-jinping - fact -']);
  });
});

describe('"should" as a modal is no condition', () => {
  it('an assurance with "I should say" in its words is a fact', () => {
    expect(
      claimsOf(
        'China assured North Korea that “we will stand by you, or maybe I should say beside you.”',
        '2019-01-09',
        ['GUARANTEES'],
      ),
    ).toEqual(['GUARANTEES china north-korea - fact -']);
  });

  it('"should" before its own subject opens a condition', () => {
    expect(
      claimsOf('Should talks fail, China will impose sanctions on North Korea.', '2019-01-09', ['SANCTIONS']),
    ).toEqual([]);
  });
});

describe('one relation told by two voices', () => {
  it('the story and a speaker each make a claim', () => {
    expect(
      claimsOf(
        "China has close ties with North Korea. China's growing economic relationship with North Korea worries Seoul, Kim Jong-un said.",
        '2019-01-09',
        ['COOPERATES_WITH'],
      ),
    ).toEqual([
      // "has close ties": a tie held as the story is written, of the publication day.
      'COOPERATES_WITH china north-korea 2019-01-09 fact -',
      'COOPERATES_WITH china north-korea - claim kim-jong-un',
    ]);
  });
});

describe('events still to come named by a noun', () => {
  it('a meeting a state will convene is a reading, not a fact', () => {
    expect(
      claimsOf('China will convene a meeting in Beijing with North Korea on Friday.', '2019-01-09', [
        'MEETS',
      ]),
    ).toEqual(['MEETS china north-korea 2019-01-11 assessment -']);
  });

  it('a meeting a state offered or vowed to hold is a reading, not a fact', () => {
    expect(
      claimsOf('North Korea vowed to meet with China.', '2019-01-09', ['MEETS']).map((c) => c.split(' ')[4]),
    ).toEqual(['assessment']);
  });

  it('a meeting a state convened is a fact', () => {
    expect(
      claimsOf('China convened a meeting in Beijing with North Korea on Friday.', '2019-01-09', ['MEETS']),
    ).toEqual(['MEETS china north-korea 2019-01-04 fact -']);
  });
});

describe('quoted analysts', () => {
  it.each([
    [
      "a state's adjective on a thing is no actor read",
      'The Iranian ship also reported a significant draught change upon leaving the port, Martin Kelly, an intelligence analyst, told VOA.',
    ],
    [
      'a list of actors gives no clear actor',
      '"Because the counterinsurgency infrastructure in Mali, Burkina Faso and Niger has been compromised, it allows them to make inroads," said Beverly Ochieng, a senior analyst at Control Risks.',
    ],
    [
      'an actor named as a place or an agent is not read',
      'In the U.S., each company must fend for itself, Rogier Creemers, an assistant professor at Leiden University, said.',
    ],
  ])('%s', (_, text) => {
    expect(claimsOf(text, '2025-03-14', ['ASSESSES'])).toEqual([]);
  });

  it.each([
    [
      'the possessor of the conduct read, past a place and an agent',
      '"Ships carrying materials related to Iran\'s missile industry, which is under U.S. sanctions, are at risk of interception," said Gregory Brew, a senior Iran analyst at the Eurasia Group.',
      ['ASSESSES gregory-brew iran 2025-03 assessment gregory-brew'],
    ],
    [
      "a state's conduct as the subject",
      '"Turkish policy is driven by domestic politics," said Asli Aydintasbas, a senior fellow at the European Council on Foreign Relations.',
      ['ASSESSES asli-aydintasbas turkiye 2025-03 assessment asli-aydintasbas'],
    ],
    [
      'the one actor of a phrase put before the subject, when the main clause names none but a comparison',
      'Ja Ian Chong, associate professor of political science at the National University of Singapore, told VOA, "Because the EU is made up of many national entities, these may lead to the vetoing of tougher action, much the same way ASEAN is ineffective in the face of China\'s pressure."',
      ['ASSESSES ja-ian-chong european-union 2025-03 assessment ja-ian-chong'],
    ],
    [
      "a state's leaders as the subject",
      'More broadly, Chinese leaders see the revised law as part of a strategy to assert claims, said Alexander Vuving, a professor at the Asia-Pacific Center for Security Studies.',
      ['ASSESSES alexander-vuving china 2025-03 assessment alexander-vuving'],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text, '2025-03-14', ['ASSESSES'])).toEqual(expected);
  });

  it.each([
    [
      'a senior research fellow: the actor the quotation is about',
      '“Chairman Kim probably wants to reconfirm Xi’s promise,” said Cho Sung-ryul, a senior research fellow at the Institute for National Security Strategy.',
      ['ASSESSES cho-sung-ryul kim-jong-un 2019-01 assessment cho-sung-ryul'],
    ],
    [
      'a phrase put before the subject is passed over',
      '“By showing off the cooperative relationship between North Korea and China, Chairman Kim is signaling to the US that China has its back,” said Yang Moo-jin, a professor at the University of North Korean Studies.',
      ['ASSESSES yang-moo-jin kim-jong-un 2019-01 assessment yang-moo-jin'],
    ],
    [
      'a quotation that names no one: what the speaker goes on about',
      '“I don’t know how long you can rely on hard power, which is pretty expensive,” said international relations expert Soli Ozel of Istanbul’s Kadir Has University, pointing out China’s involvement in military conflicts.',
      ['ASSESSES soli-ozel china 2019-01 assessment soli-ozel'],
    ],
    [
      'a quotation that names someone is read from its own words only',
      '“North Korea is not a priority in an election year,” said Robert Manning, a senior fellow at the Atlantic Council, pointing out China’s role.',
      ['ASSESSES robert-manning north-korea 2019-01 assessment robert-manning'],
    ],
    [
      'a place put before the subject is passed over',
      '“In China, there is the public view that North Korea is always ready for what China proposes,” said Yang Moo-jin, a professor at the University of North Korean Studies.',
      ['ASSESSES yang-moo-jin north-korea 2019-01 assessment yang-moo-jin'],
    ],
    [
      'a title between "said" and the name; the relations an analyst reads are assessments asserted by them',
      '“Egypt is acting against Turkey just because of Turkey’s wrong policy,” said retired Turkish admiral Cem Gurdeniz, who is now a regional analyst.',
      [
        'OPPOSES egypt turkiye 2019-01 assessment cem-gurdeniz',
        'ASSESSES cem-gurdeniz egypt 2019-01 assessment cem-gurdeniz',
      ],
    ],
    [
      "a former official of a state named after a comma: his reading is his own, not the state's",
      '“North Korea is not serious about talks,” said Tom Reyes, a former Turkish ambassador.',
      ['ASSESSES tom-reyes north-korea 2019-01 assessment tom-reyes'],
    ],
    [
      'an adviser of a state: an official, whose account is a claim and no reading',
      '“China backed North Korea all along,” said Professor Mesut Casin, a Turkish presidential foreign policy adviser.',
      ['SUPPORTS china north-korea - claim mesut-casin'],
    ],
    [
      'a quotation of two sentences is read once, though its speaker is described only after it',
      '“All three [of Kim Jong-un’s visits to China] have taken place around the time of the summit. In that context, we can regard North Korea-US talks as being imminent,” said Lee Gwan-se, director of the Institute for Far Eastern Studies at Kyungnam University.',
      ['ASSESSES lee-gwan-se kim-jong-un 2019-01 assessment lee-gwan-se'],
    ],
    [
      'an analyst named again by surname alone',
      'Lee Gwan-se, a professor at Kyungnam University, spoke on Monday. “Kim Jong-un is signaling to the US that China has its back,” Lee said.',
      ['ASSESSES lee-gwan-se kim-jong-un 2019-01 assessment lee-gwan-se'],
    ],
  ])('when %s, then so it is', (_, text, expected) => {
    expect(claimsOf(text, '2019-01-09', ['ASSESSES', 'OPPOSES', 'SUPPORTS'])).toEqual(expected);
  });

  it('when a word is quoted before a passage, then the passage keeps its speaker', () => {
    expect(
      claimsOf(
        'China called the claims "baseless," in a statement. "China backed North Korea all along," Xi Jinping said.',
        '2019-01-09',
        ['SUPPORTS'],
      ),
    ).toEqual(['SUPPORTS china north-korea - claim xi-jinping']);
  });

  it('when "think tank" follows a name next to a quotation, then it does not give the quotation a speaker', () => {
    expect(
      claimsOf(
        '"China backed North Korea all along," a lawyer for the family said at an event at the Cato Institute think tank.',
        '2019-01-09',
        ['SUPPORTS'],
      ),
    ).toEqual(['SUPPORTS china north-korea - fact -']);
  });

  it("when a state's adjective describes the speaker, then the state is not the speaker", () => {
    expect(
      claimsOf(
        'Tom Reyes, an American businessman, told reporters that China backed North Korea all along.',
        '2019-01-09',
        ['SUPPORTS'],
      ),
    ).toEqual(['SUPPORTS china north-korea - claim tom-reyes']);
  });

  it('when "think tank" follows a name, then it is no verb of opinion', () => {
    expect(
      claimsOf(
        'Xi Jinping spoke at the Foreign Policy Institute, a think tank in Ankara, where Kim Jong-un met him on Monday.',
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual([]);
  });
});

describe('analysts at research bodies, and readings told over several sentences', () => {
  it.each([
    [
      'a post at a body whose name makes it a research body',
      '“China wants to keep North Korea close,” said Mary Stone, vice president at the Carnegie Endowment for International Peace.',
      ['ASSESSES mary-stone china 2019-01 assessment mary-stone'],
    ],
    [
      'a post at a well-known think tank, told in an appositive before the verb',
      'Tom Reyes, director of the Asia program at the Council on Foreign Relations, said the talks had stalled. “Kim Jong-un is waiting for a better offer,” Reyes said.',
      ['ASSESSES tom-reyes kim-jong-un 2019-01 assessment tom-reyes'],
    ],
    [
      'a quotation that goes on after its attribution keeps its speaker',
      '“The talks have stalled for a year,” said Mary Stone, a senior fellow at the Atlantic Council. “Kim Jong-un is waiting for a better offer.”',
      ['ASSESSES mary-stone kim-jong-un 2019-01 assessment mary-stone'],
    ],
    [
      "a state's adjective on a noun of its conduct, after a preposition",
      '“It all comes down to North Korean calculus,” said Mary Stone, a senior fellow at the Atlantic Council.',
      ['ASSESSES mary-stone north-korea 2019-01 assessment mary-stone'],
    ],
    [
      'a belief is a reading of its subject, whoever holds it',
      'Xi Jinping thinks North Korea could test another missile soon.',
      ['ASSESSES xi-jinping north-korea 2019-01 assessment xi-jinping'],
    ],
    [
      'the believer named before an appositive with no name in it',
      'Xi Jinping, a cautious leader by all accounts, thinks North Korea could test another missile soon.',
      ['ASSESSES xi-jinping north-korea 2019-01 assessment xi-jinping'],
    ],
    [
      'the believer named in the sentence before the pronoun',
      'Xi Jinping told reporters he believes North Korea could test another missile soon.',
      ['ASSESSES xi-jinping north-korea 2019-01 assessment xi-jinping'],
    ],
    [
      'a post at a body called a think tank right after its name, with an office word in the post',
      'Higher tariffs will add support for Chinese claims at sea, said Tom Reyes, secretary-general of the Pacific Affairs Council think tank.',
      ['ASSESSES tom-reyes china 2019-01 assessment tom-reyes'],
    ],
    [
      'a Sinologist or a consultant, by the noun that describes them',
      'North Korea is testing the patience of its neighbours, said Tom Reyes, an American Sinologist.',
      ['ASSESSES tom-reyes north-korea 2019-01 assessment tom-reyes'],
    ],
    [
      'the state whose government acts, named after "in"',
      '"The government in China works directly with the private sector," said Mary Stone, a senior fellow at the Atlantic Council.',
      ['ASSESSES mary-stone china 2019-01 assessment mary-stone'],
    ],
    [
      'a quotation of a phrase inside what the analyst is reported to say',
      'Chinese leaders see the new law as part of a "salami slicing" strategy at sea, said Mary Stone, a senior fellow at the Atlantic Council.',
      ['ASSESSES mary-stone china 2019-01 assessment mary-stone'],
    ],
  ])('when %s, then the analyst reads the actor', (_, text, expected) => {
    expect(claimsOf(text, '2019-01-09', ['ASSESSES'])).toEqual(expected);
  });

  it.each([
    [
      'a place after "in" that follows no one who acts for it is not read',
      '"Companies in China work directly with the private sector," said Mary Stone, a senior fellow at the Atlantic Council.',
    ],
    [
      'a question reads no one',
      '“What does Kim Jong-un want from China?” said Mary Stone, a senior fellow at the Atlantic Council.',
    ],
    [
      'a quotation after a sentence of the story is not the earlier speaker’s',
      '“The talks have stalled,” said Mary Stone, a senior fellow at the Atlantic Council. The talks began in May. “China backed North Korea all along.”',
    ],
    [
      'a belief told by a pronoun the sentence does not name is nobody’s sure reading',
      'Xi Jinping met the envoy in May. Later a lawyer for the victims said he believes North Korea could test another missile soon.',
    ],
    [
      'a state’s belief is its stance, not a reading',
      'China believes North Korea could test another missile soon.',
    ],
    [
      'an actor in an open question is not read',
      'Xi Jinping believes the talks will decide whether Kim Jong-un should visit Seoul.',
    ],
    [
      'a "think tank" is no believer',
      'Mary Stone of the Chinese think tank Pangoal said these plans are part of North Korea’s broader ambitions.',
    ],
    [
      'a research body named in a clause about a person is no post there',
      'Xi Jinping, who spoke at Kyungnam University last year, said North Korea is ready for talks.',
    ],
  ])('when %s, then no reading', (_, text) => {
    expect(claimsOf(text, '2019-01-09', ['ASSESSES'])).toEqual([]);
  });

  it.each([
    ['Carnegie Endowment for International Peace', true],
    ['Atlantic Council', true],
    ['Korea policy program', true],
    ['Kyungnam University', true],
    ['Congressional Research Service', false],
    ['Senate Foreign Relations Committee', false],
    ['World Food Programme', false],
  ])('%s is a research body: %s', (name, expected) => {
    const body = { id: 'x', name, kind: 'organisation' as const, aliases: [], country: null, isNew: true };
    expect(isResearchBody(body)).toBe(expected);
  });
});

describe('unnamed readers', () => {
  it.each([
    ['Experts think China backed North Korea all along.'],
    ['China backed North Korea all along, according to experts.'],
    ['Some analysts claim China backed North Korea all along.'],
  ])('%s is the story’s assessment, asserted by no one named', (text) => {
    expect(claimsOf(text, '2019-01-09', ['SUPPORTS'])).toEqual([
      'SUPPORTS china north-korea 2019-01 assessment -',
    ]);
  });

  it('a named speaker’s account stays a fact of the story when no reader is unnamed', () => {
    expect(claimsOf('China backed North Korea all along.', '2019-01-09', ['SUPPORTS'])).toEqual([
      'SUPPORTS china north-korea - fact -',
    ]);
  });
});

describe('dates of events', () => {
  it.each([
    [
      'a ranked event dated once frames a later sentence that names it again',
      'Kim Jong-un’s second visit to China on May 7 and 8 came before the summit, and his third visit to China on June 19 and 20 came shortly afterward.\n\nDuring Kim Jong-un’s third visit to China, Xi Jinping promised Kim Jong-un support.',
      [
        'VISITS kim-jong-un china 2018-05-07 fact -',
        'VISITS kim-jong-un china 2018-06-19 fact -',
        'GUARANTEES xi-jinping kim-jong-un 2018-06-19 fact -',
      ],
    ],
    [
      'what has "now" happened is of the publication day',
      'Kim Jong-un has now gone to meet Xi Jinping.',
      ['MEETS kim-jong-un xi-jinping 2019-01-09 fact -'],
    ],
    [
      'a meeting still to come takes no date of the past, and none at all when the text gives none',
      'On Monday, Xi Jinping told reporters that leaders from the U.S. and China will meet at some point.',
      ['MEETS united-states china - assessment xi-jinping'],
    ],
    [
      'a stance named by a noun holds at publication, whatever the date of its clause',
      'Egypt last year signed an agreement with Turkey’s rival Greece.',
      ['OPPOSES turkiye greece 2019-01-09 fact -', 'OPPOSES greece turkiye 2019-01-09 fact -'],
    ],
    [
      'what a speaker does by speaking, undated, is of the day the article dates their remarks',
      'Xi Jinping said Monday that talks would go on. Xi Jinping also credited North Korea for playing a constructive role.',
      ['SUPPORTS xi-jinping north-korea 2019-01-07 fact -'],
    ],
    [
      'a span is no day of a telling',
      'Xi Jinping said in the past month that talks would go on. Xi Jinping also credited North Korea for playing a constructive role.',
      ['SUPPORTS xi-jinping north-korea - fact -'],
    ],
  ])('when %s, then so it is', (_, text, expected) => {
    expect(claimsOf(text, '2019-01-09', ['GUARANTEES', 'MEETS', 'VISITS', 'SUPPORTS', 'OPPOSES'])).toEqual(
      expected,
    );
  });
});

describe('an official saying what their own state does by saying it', () => {
  it.each([
    [
      'an offer told as a readiness is the official acting, a fact',
      "North Korea's Defense Minister Kim Jong-un on Saturday said Pyongyang was close to realigning with Beijing.",
      ['AGREES_TO_COOPERATE kim-jong-un china 2019-01-05 fact -'],
    ],
    [
      'a request in the present is made as it is said',
      'North Korean leader Kim Jong-un said North Korea urges China to lift sanctions.',
      ['REQUESTS kim-jong-un china - fact -'],
    ],
    [
      'an act of the state recounted in the perfect stays the official’s claim',
      'North Korean leader Kim Jong-un said North Korea has improved ties with China.',
      ['AGREES_TO_COOPERATE north-korea china - claim kim-jong-un'],
    ],
    [
      'an act of the state recounted in the simple past stays the official’s claim',
      'North Korean leader Kim Jong-un said North Korea asked China for help.',
      ['REQUESTS north-korea china - claim kim-jong-un'],
    ],
    [
      'an act of the state named by a noun and its infinitive stays the official’s claim',
      "North Korean leader Kim Jong-un said North Korea's efforts to improve ties with China would go on.",
      ['AGREES_TO_COOPERATE north-korea china - claim kim-jong-un'],
    ],
  ])('when %s', (_, text, expected) => {
    expect(claimsOf(text, '2019-01-09', ['AGREES_TO_COOPERATE', 'REQUESTS'])).toEqual(expected);
  });
});

describe('what the story says is only alleged', () => {
  it.each([
    ['North Korea allegedly bought fuel from China last year.'],
    ['North Korea purportedly bought fuel from China last year.'],
  ])('%s is a reading, asserted by no one named', (text) => {
    expect(claimsOf(text, '2019-01-09', ['COOPERATES_WITH'])).toEqual([
      'COOPERATES_WITH north-korea china 2018 assessment -',
    ]);
  });
});

describe('an interview printed as questions and answers', () => {
  const interview =
    'Reporter: Xi Jinping visited North Korea in May. What did he want? Kim Jong-un: China backed North Korea all along. China still backs North Korea. Reporter: China sanctioned North Korea in 2017.';

  it("when a sentence opens with a person's name and a colon, then it and the answer after it are that person's", () => {
    expect(claimsOf(interview, '2019-01-09', ['SUPPORTS'])).toEqual([
      'SUPPORTS china north-korea - claim kim-jong-un',
      'SUPPORTS china north-korea 2019-01-09 claim kim-jong-un',
    ]);
  });

  it("when the interviewer's label opens a sentence, then the answer is over and the question is the story's", () => {
    expect(claimsOf(interview, '2019-01-09', ['VISITS', 'SANCTIONS'])).toEqual([
      'VISITS xi-jinping north-korea 2018-05 fact -',
      'SANCTIONS china north-korea 2017 fact -',
    ]);
  });
});

describe('a pronoun before a verb of opinion', () => {
  it('when no actor stands for it, then the actor before it is not the speaker', () => {
    expect(
      claimsOf('Kim Jong-un met Xi Jinping, I think North Korea wants aid.', '2019-01-09', ['ASSESSES']),
    ).toEqual([]);
  });
});

describe('commentators described by a former post or a post at a body no actor was made of', () => {
  it('when a retired officer reads an actor, then it is an assessment and an ASSESSES claim', () => {
    expect(
      claimsOf(
        'Tom Reyes, a retired general, said China is trying to intimidate North Korea.',
        '2025-03-14',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES tom-reyes china 2025-03 assessment tom-reyes']);
  });

  it('when a former president speaks, then it stays his account', () => {
    expect(
      claimsOf('Tom Reyes, a former president, said China is helping North Korea.', '2025-03-14', [
        'ASSESSES',
      ]),
    ).toEqual([]);
  });

  it('when a place-based body stands in the description, then the person before it is still the speaker', () => {
    expect(
      claimsOf(
        'Jeffrey Moore, director of Beijing-based Moore Consulting, said China is trying to dominate the region.',
        '2025-03-14',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES jeffrey-moore china 2025-03 assessment jeffrey-moore']);
  });

  it('when the body of the post is an organ of government, then the speaker is no analyst', () => {
    expect(
      claimsOf(
        'Jeffrey Moore, director of the Beijing-based Policy Research Office, said China is helping North Korea.',
        '2025-03-14',
        ['ASSESSES'],
      ),
    ).toEqual([]);
  });
});

describe('a state named right after the verb of a described speaker', () => {
  it('when the state begins what is reported, then the described person is the speaker who reads it', () => {
    expect(
      claimsOf(
        'Jane Porter, a researcher at the Lakeside Institute, said Beijing fears a closer alliance of its neighbors.',
        '2025-03-14',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES jane-porter china 2025-03 assessment jane-porter']);
  });

  it('when the state stands alone after the verb, then it is the speaker', () => {
    expect(claimsOf('North Korea sent weapons to Russia, said China.', '2025-03-14', ['AIDS'])).toEqual([
      'AIDS north-korea russia - claim china',
    ]);
  });
});

describe('speakers in the plural present and after an article', () => {
  it('when officials "say" it, then it is their claim', () => {
    expect(claimsOf('U.S. officials say North Korea attacked China.', '2025-03-14', ['ATTACKS'])).toEqual([
      'ATTACKS north-korea china - claim united-states',
    ]);
  });

  it('when the speaker after the report is named with "the", then what comes before is theirs', () => {
    expect(
      claimsOf('North Korea attacked China on Monday, the U.S. military said.', '2025-03-14', ['ATTACKS']),
    ).toEqual(['ATTACKS north-korea china 2025-03-10 claim united-states']);
  });
});

describe('whose conduct is read after "of"', () => {
  it('when an analyst reads "a tradition of" a state, then the state is what they read', () => {
    expect(
      claimsOf(
        '“It is a long tradition of China to court foreign investors,” said Jane Porter, a senior fellow at the Lakeside Institute.',
        '2025-03-14',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES jane-porter china 2025-03 assessment jane-porter']);
  });
});

describe('one who speaks for another', () => {
  it("when a person is named as another's lawyer, then their belief reads no one, and a belief denied asserts nothing", () => {
    expect(
      claimsOf(
        'In an interview on Thursday, Kim Jong-un’s lawyer, Anto Nobilo, said Kim Jong-un does not recognize the court. “I do not believe there will be an arrest of Kim Jong-un,” Nobilo said.',
        '2025-03-14',
        ['ASSESSES', 'COERCES'],
      ),
    ).toEqual([]);
  });
});

describe('speakers whose names no actor was made of', () => {
  it('a quotation a name the reader does not know tells is no other speaker’s', () => {
    expect(
      claimsOf(
        '“The talks have stalled,” said Tom Reyes, a senior fellow at the Atlantic Council. “China will not let go of the North,” Lebovich said.',
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual([]);
  });

  it('"he said" after such a speaker is not taken for the speaker named before', () => {
    const text =
      '“Kim Jong-un is waiting for a better offer,” said Tom Reyes, a senior fellow at the Atlantic Council. Lebovich said the talks had stalled. “China fears a collapse of the North,” he said.';
    expect(claimsOf(text, '2019-01-09', ['ASSESSES'])).toEqual([
      'ASSESSES tom-reyes kim-jong-un 2019-01 assessment tom-reyes',
    ]);
  });

  it.each([['And'], ['But']])(
    '"he said" after "%s Lebovich says" at the head of a sentence is not taken for the speaker named before',
    (conjunction) => {
      const text = `“Kim Jong-un is waiting for a better offer,” said Tom Reyes, a senior fellow at the Atlantic Council. ${conjunction} Lebovich says the talks had stalled. “China fears a collapse of the North,” he said.`;
      expect(claimsOf(text, '2019-01-09', ['ASSESSES'])).toEqual([
        'ASSESSES tom-reyes kim-jong-un 2019-01 assessment tom-reyes',
      ]);
    },
  );

  it('"he said" with no such speaker between goes on with the speaker named before', () => {
    const text =
      '“Kim Jong-un is waiting for a better offer,” said Tom Reyes, a senior fellow at the Atlantic Council. The talks had stalled. “China fears a collapse of the North,” he said.';
    expect(claimsOf(text, '2019-01-09', ['ASSESSES'])).toEqual([
      'ASSESSES tom-reyes kim-jong-un 2019-01 assessment tom-reyes',
      'ASSESSES tom-reyes china 2019-01 assessment tom-reyes',
    ]);
  });

  it('a name right before the verb is the speaker, not a state named before it', () => {
    expect(claimsOf('China backed North Korea, Lebovich said.', '2019-01-09', ['SUPPORTS'])).toEqual([
      'SUPPORTS china north-korea - fact -',
    ]);
    expect(claimsOf('China backed North Korea, Xi Jinping said.', '2019-01-09', ['SUPPORTS'])).toEqual([
      'SUPPORTS china north-korea - claim xi-jinping',
    ]);
  });

  it('a day before the verb is no name: "X on Saturday said" keeps its speaker', () => {
    expect(
      claimsOf('Xi Jinping on Saturday said China backed North Korea.', '2019-01-09', ['SUPPORTS']),
    ).toEqual(['SUPPORTS china north-korea 2019-01-05 claim xi-jinping']);
  });
});

describe('where what a speaker says ends, and more verbs of telling', () => {
  it('a clause the story adds after a comma ("…, as X did") is the story’s own', () => {
    expect(
      claimsOf(
        'Xi Jinping said China backed North Korea, as the United States imposed sanctions on North Korea.',
        '2019-01-09',
        ['SUPPORTS', 'SANCTIONS'],
      ),
    ).toEqual([
      'SUPPORTS china north-korea - claim xi-jinping',
      'SANCTIONS united-states north-korea - fact -',
    ]);
  });

  it('"as it had" goes on with what the speaker says', () => {
    expect(
      claimsOf('Xi Jinping said China backed North Korea, as it had for decades.', '2019-01-09', [
        'SUPPORTS',
      ]),
    ).toEqual(['SUPPORTS china north-korea - claim xi-jinping']);
  });

  it.each([
    ['Xi Jinping stressed that China backed North Korea.'],
    ['Xi Jinping acknowledged that China backed North Korea.'],
    ['Xi Jinping pointed to China’s support for North Korea.'],
  ])('%s is the speaker’s account', (text) => {
    expect(claimsOf(text, '2019-01-09', ['SUPPORTS'])).toEqual([
      'SUPPORTS china north-korea - claim xi-jinping',
    ]);
  });

  it('an analyst who reads the conduct of two actors reads the first one named', () => {
    expect(
      claimsOf(
        '“It reflects the actions of Kim Jong-un and Xi Jinping over the past year,” said Mary Stone, a senior fellow at the Atlantic Council.',
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES mary-stone kim-jong-un 2019-01 assessment mary-stone']);
  });
});

describe('analysts who teach or study at a body of scholars', () => {
  it('one who teaches at a university reads what they speak of', () => {
    expect(
      claimsOf(
        'Tom Reyes, who teaches international relations at Seoul National University, said Kim Jong-un is waiting for a better offer.',
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES tom-reyes kim-jong-un 2019-01 assessment tom-reyes']);
  });

  it('one who studies a subject at no named body is no analyst by that alone', () => {
    expect(
      claimsOf(
        'Tom Reyes, who studies the economy of North Korea, said Kim Jong-un is waiting for a better offer.',
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual([]);
  });
});

describe('a branch of a group named by its short form', () => {
  it('"IS Sahel has seen ..." is read as the subject: the branch, not the rest of the quotation', () => {
    const actors = new ActorRegistry([
      actor('islamic-state', 'Islamic State', 'organisation', ['IS']),
      actor('morocco', 'Morocco', 'state', ['Moroccan']),
    ]);
    const text =
      '“IS Sahel has seen that its expansion could go much further north, and Morocco would be one place of interest to it,” said Mary Stone, a senior analyst at the Atlantic Council.';
    const claims = extractArticle(`Headline\n\n${text}`, actors, { published: '2019-01-09' }).claims;
    expect(claims.filter((c) => c.type === 'ASSESSES').map((c) => `${c.from} ${c.to}`)).toEqual([
      'mary-stone islamic-state-sahel-province',
    ]);
  });
});

describe('statements that are no readings', () => {
  it('a body that says another "appears" to want something makes a statement, not a reading', () => {
    const actors = new ActorRegistry([
      actor('us-department-of-homeland-security', 'Department of Homeland Security', 'organisation', ['DHS']),
      actor('aclu', 'American Civil Liberties Union', 'organisation', ['ACLU']),
    ]);
    const text =
      'DHS said the American Civil Liberties Union appears more interested in politics than in the law.';
    const claims = extractArticle(`Headline\n\n${text}`, actors, { published: '2019-01-09' }).claims;
    expect(claims.filter((c) => c.type === 'ASSESSES')).toEqual([]);
  });

  it('a former secretary general is a former official, not an analyst', () => {
    expect(
      claimsOf(
        'The group, led by former NATO Secretary General Tom Reyes, met this week. Tom Reyes said China supports North Korea.',
        '2019-01-09',
        ['ASSESSES', 'SUPPORTS'],
      ),
    ).toEqual(['SUPPORTS china north-korea - claim tom-reyes']);
  });

  it('a former deputy secretary of state comments as an analyst', () => {
    expect(
      claimsOf(
        'Tom Reyes, former U.S. deputy secretary of state, said China is trying to isolate Taiwan.',
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES tom-reyes china 2019-01 assessment tom-reyes']);
  });

  it('a former assistant secretary named before the verb is no official: her belief reads China', () => {
    expect(
      claimsOf(
        'Jane Roe, a former assistant secretary of state, said she believes China wants to isolate Taiwan.',
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES jane-roe china 2019-01 assessment jane-roe']);
  });

  it('a serving deputy minister still speaks for the office, not as an analyst', () => {
    expect(
      claimsOf(
        'Tom Reyes, a deputy foreign minister of Japan, said China is trying to isolate Taiwan.',
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual([]);
  });

  it("an analyst's account of their own meeting is no reading of the one they met", () => {
    const result = extractArticle(
      'Headline\n\nRichard Walsh, a former ambassador, visited the region in May. VOA: Whom did you see? Walsh: I met Xi Jinping in Beijing last week. VOA: And Taiwan? Walsh: Taiwan must stay calm.',
      registry,
      { published: '2024-06-02' },
    );
    const meeting = result.claims.find((c) => c.type === 'MEETS');
    expect(meeting && [meeting.from, meeting.to, meeting.certainty]).toEqual([
      'richard-walsh',
      'xi-jinping',
      'fact',
    ]);
  });

  it.each([
    ['Reyes is a senior fellow at the Lakeside Institute.'],
    ['Reyes was a professor of history before he retired.'],
    ['Reyes is an analyst who has studied the region for decades.'],
    [
      'Reyes is the former chair of the history department and is now associate dean of studies at Harvard University.',
    ],
  ])('a sentence that says what the speaker is makes an analyst: %s', (intro) => {
    expect(
      claimsOf(
        `Tom Reyes said talks would resume. ${intro} "China is pressing Taiwan hard," Reyes said.`,
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual(['ASSESSES tom-reyes china 2019-01 assessment tom-reyes']);
  });

  it.each([
    ['Reyes is a spokesman for the Lakeside Party.'],
    ['Reyes was expected to speak at Harvard University.'],
  ])('a sentence that gives another post or an act makes no analyst: %s', (intro) => {
    expect(
      claimsOf(
        `Tom Reyes said talks would resume. ${intro} "China is pressing Taiwan hard," Reyes said.`,
        '2019-01-09',
        ['ASSESSES'],
      ),
    ).toEqual([]);
  });

  it('a retired general still comments as an analyst', () => {
    expect(
      claimsOf('Tom Reyes, a retired general, said China supports North Korea.', '2019-01-09', [
        'ASSESSES',
        'SUPPORTS',
      ]),
    ).toContain('ASSESSES tom-reyes china 2019-01 assessment tom-reyes');
  });
});

describe('readiness and offers are no acts done', () => {
  it.each([
    ['China said it was ready to support North Korea.'],
    ['China said it was willing to support North Korea.'],
    ['China offered to support North Korea.'],
  ])('%s', (text) => {
    expect(claimsOf(text, '2019-01-09', ['SUPPORTS']).every((c) => !c.includes(' fact '))).toBe(true);
  });
});

describe("a speaker's account of its own earlier act", () => {
  it('"China said it had been working with Russia": the act told is China\'s claim', () => {
    expect(
      claimsOf('China said it had been working with Russia for years.', '2019-01-09', ['COOPERATES_WITH']),
    ).toEqual(['COOPERATES_WITH china russia - claim china']);
  });

  it('a speech act done by saying it stays a fact', () => {
    expect(claimsOf('China said it supports Russia.', '2019-01-09', ['SUPPORTS'])).toEqual([
      'SUPPORTS china russia - fact -',
    ]);
  });

  it("a clause of the story's own inside what is reported stays the story's", () => {
    expect(
      claimsOf(
        'Mike Pompeo revealed the contents of the conversation he had when he visited North Korea in March 2018.',
        '2019-01-09',
        ['VISITS'],
      ).map((c) => c.split(' ').slice(0, 3).concat(c.split(' ').slice(4)).join(' ')),
    ).toEqual(['VISITS mike-pompeo north-korea fact -']);
  });
});

describe("a state's unnamed body speaks for the state", () => {
  it('"China\'s foreign ministry said ...": what it tells of another\'s act is its claim', () => {
    expect(
      claimsOf(
        "China's foreign ministry said the United States sanctioned North Korea last week.",
        '2019-01-09',
        ['SANCTIONS'],
      ),
    ).toEqual([expect.stringMatching(/^SANCTIONS united-states north-korea \S+ claim china$/)]);
  });
});

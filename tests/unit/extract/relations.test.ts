// Stages 3 and 4: relation cues with their direction, then attribution and certainty, on one-sentence articles.
// Sentences from Voice of America (voanews.com), public domain, and from the seed articles.
import { extractArticle } from '../../../server/extract/extract';
import { registry } from './support';

/** The claims of one sentence (after a headline), as "TYPE from to certainty assertedBy", ties left out. */
function claimsOf(sentence: string): string[] {
  const result = extractArticle(`Headline\n\n${sentence}`, registry, { published: '2019-01-09' });
  return result.claims
    .filter((c) => !['LEADS', 'AFFILIATED_WITH', 'ASSESSES'].includes(c.type))
    .map((c) => [c.type, c.from, c.to, c.certainty, c.assertedBy ?? '-'].join(' '));
}

describe('relation cues', () => {
  it.each([
    [
      'a verb: subject to object',
      'Kim Jong-un met Xi Jinping in Beijing.',
      ['MEETS kim-jong-un xi-jinping fact -'],
    ],
    ['a verb phrase', 'Xi Jinping held talks with Kim Jong-un.', ['MEETS xi-jinping kim-jong-un fact -']],
    [
      'a joint subject of a symmetric type',
      'Kim Jong-un and Xi Jinping met on Tuesday.',
      ['MEETS kim-jong-un xi-jinping fact -'],
    ],
    [
      'a passive voice: the agent is from',
      'Kim Jong-un was criticized by China.',
      ['ACCUSES china kim-jong-un fact -'],
    ],
    [
      'a visit as a noun with its owner',
      'Kim Jong-un’s fourth visit to China began on Monday.',
      ['VISITS kim-jong-un china fact -'],
    ],
    [
      'an event as a noun that nothing dates: not proposed',
      'Kim Jong-un’s fourth visit to China occurred after the comments.',
      [],
    ],
    [
      'a summit between two states',
      'The summit between North Korea and China was held in June.',
      ['MEETS north-korea china fact -'],
    ],
    ['a compound of two names: who met is unsaid, not proposed', 'The North Korea-US summit was held.', []],
    [
      'sanctions with their target',
      'The UN Security Council ease sanctions on North Korea.',
      ['EASES_PRESSURE_ON un-security-council north-korea fact -'],
    ],
    [
      'a blamed object',
      'China blamed the United States for the crisis.',
      ['ACCUSES china united-states fact -'],
    ],
    [
      'a coordinated object',
      'Xi Jinping visited North Korea and the United States.',
      ['VISITS xi-jinping north-korea fact -', 'VISITS xi-jinping united-states fact -'],
    ],
    [
      'a regular form of a verb listed by its base ("criticize+")',
      'China criticizes the United States over trade.',
      ['ACCUSES china united-states fact -'],
    ],
    [
      'a name in an adjunct after the verb is not its object',
      'Xi Jinping dismissed concerns about Kim Jong-un.',
      [],
    ],
    [
      'a participle after its noun ("requested by") is passive: the agents act on the noun',
      'A meeting of the UN Security Council requested by the United States, China and North Korea was held.',
      [
        'REQUESTS united-states un-security-council fact -',
        'REQUESTS china un-security-council fact -',
        'REQUESTS north-korea un-security-council fact -',
      ],
    ],
    ['a person by role owned by a state acts, not the state', 'Washington’s envoy urged Beijing to act.', []],
    [
      'an unknown name nearer the verb than a known one: the known one is not the subject',
      'China’s ally, Ri Chang-ho, met Xi Jinping.',
      [],
    ],
    [
      'a second verb joined by "and" shares the first one’s subject, not its object',
      'Xi Jinping visited North Korea and met Kim Jong-un.',
      ['VISITS xi-jinping north-korea fact -', 'MEETS xi-jinping kim-jong-un fact -'],
    ],
    [
      'an infinitive after a noun ("China to meet"): the doer is unsaid',
      'Kim Jong-un visits China to meet with Xi Jinping.',
      ['VISITS kim-jong-un china fact -'],
    ],
    [
      'an infinitive after "due to": the clause’s subject (a meeting still to come: a reading)',
      'Xi Jinping is due to meet Kim Jong-un.',
      ['MEETS xi-jinping kim-jong-un assessment -'],
    ],
    [
      'a common noun before the verb is its subject: tariffs that target are sanctions, not an attack',
      'China’s tariffs targeting the United States rose.',
      ['SANCTIONS china united-states fact -'],
    ],
    [
      'a person who "attacks" another does so with words',
      'Kim Jong-un attacked Xi Jinping in a speech.',
      ['ACCUSES kim-jong-un xi-jinping fact -'],
    ],
    ['"reluctant to" denies what follows', 'China is reluctant to back North Korea.', []],
    [
      'a relation noun with its other end in apposition',
      'China’s ally North Korea stood firm.',
      ['ALLIED_WITH china north-korea fact -'],
    ],
    ['bare "relations" state no alliance', 'North Korea-China relations improved.', []],
    [
      'a verb after "and" shares the subject of the verb before, past a participle qualifying its object',
      'Kim Jong-un wrote to the UN Security Council based in New York and has conducted several trips to China.',
      ['VISITS kim-jong-un china fact -'],
    ],
    [
      'a verb of force with no aim after its object asks nothing',
      'Chinese troops pushed North Korea out of the zone.',
      [],
    ],
    [
      'a verb of force with what is pressed for after its object is a request',
      'The United States pressed China to curb its exports.',
      ['REQUESTS united-states china fact -'],
    ],
    ['a question put asks for nothing', 'China asked North Korea about the missile launch.', []],
    ['agreeing with a view is no accord', 'China agreed with North Korea that the talks had failed.', []],
    [
      'agreeing with another to act is an accord',
      'China agreed with North Korea to resume the talks.',
      ['AGREES_TO_COOPERATE china north-korea fact -'],
    ],
    ['a curfew imposed is no sanction', 'China imposed a curfew on North Korea.', []],
    [
      'restrictions imposed are sanctions',
      'China imposed new restrictions on North Korea.',
      ['SANCTIONS china north-korea fact -'],
    ],
    [
      '"close ties" are cooperation kept up, not an alliance',
      'North Korea, which has close ties with China, sent a delegation.',
      ['COOPERATES_WITH north-korea china fact -'],
    ],
    [
      '"the two leaders" after a sentence naming two people: both of them',
      'Kim Jong-un arrived to see Xi Jinping. The two leaders met on Tuesday.',
      ['MEETS kim-jong-un xi-jinping fact -'],
    ],
    [
      '"both countries" with a reciprocal cue: each acts on the other',
      'China and North Korea quarreled. Both countries withdrew their ambassadors in 2018.',
      ['REDUCES_RELATIONS_WITH china north-korea fact -', 'REDUCES_RELATIONS_WITH north-korea china fact -'],
    ],
  ])('when %s, then the relation has its direction', (_, sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });
});

describe('what a cue does not state', () => {
  it.each([
    [
      'the actor of "must" stands inside the subject ("talks with China")',
      'German Chancellor Olaf Scholz on Wednesday said talks with China must continue.',
      [],
    ],
    [
      'what is discussed is a topic, not a partner',
      "The United States called a private meeting of the U.N. Security Council to discuss China's proliferation efforts.",
      [],
    ],
    [
      'the partner of a discussion comes after "with"',
      'Xi Jinping discussed the situation with Kim Jong-un.',
      ['CONSULTS xi-jinping kim-jong-un fact -'],
    ],
    [
      // The asking is done by saying it: a fact of the statement, not the speaker's claim.
      'the subject of "must" is who is asked',
      'Xi Jinping said North Korea must quit its weapons program.',
      ['REQUESTS xi-jinping north-korea fact -'],
    ],
  ])('when %s, then so it is read', (_, sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });

  it.each([
    [
      'an unresolved pronoun is the subject: no earlier actor stands in for it',
      'During your visit to China, you met with Kim Jong-un.',
    ],
    [
      'another verb stands between the verb and the actor: the actor is its object',
      'China was accused of aiding rebels fighting Kim Jong-un.',
    ],
    [
      'the word after a preposition is a noun, not a verb',
      'North Korea looks to China for support as its rival the United States expands its navy.',
    ],
    [
      'the actors only qualify the object',
      'China would support a planned deal between North Korea and the United States.',
    ],
  ])('when %s, then there is no relation', (_, sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it('when "visiting" stands before a person, then that person is the visitor, not the one visited', () => {
    const claims = claimsOf('Xi Jinping assured visiting North Korean leader Kim Jong-un of his support.');
    expect(claims.filter((c) => c.startsWith('VISITS'))).toEqual([]);
  });

  it("when one state's leaders are asked, then the state is, not its head", () => {
    const claims = claimsOf(
      'North Korean leader Kim Jong-un left. China has also urged North Korean leaders to return to talks.',
    );
    expect(claims).toEqual(['REQUESTS china north-korea fact -']);
  });
});

describe('attribution and certainty', () => {
  it.each([
    [
      'reported speech gives a claim of the speaker',
      'Xi Jinping said China backed North Korea.',
      ['SUPPORTS china north-korea claim xi-jinping'],
    ],
    [
      '"according to" gives a claim of the source',
      'According to Xi Jinping, Kim Jong-un visited China.',
      ['VISITS kim-jong-un china claim xi-jinping'],
    ],
    [
      'a hedge gives an assessment',
      'Kim Jong-un may also ask China for aid.',
      ['REQUESTS kim-jong-un china assessment -'],
    ],
    [
      '"can be read as" gives an assessment of what follows it',
      'The visit can be read as a sign that China backs North Korea.',
      ['SUPPORTS china north-korea assessment -'],
    ],
    [
      '"can be read as" leaves what it reads a fact',
      'Kim Jong-un’s visit to China on Monday can be read as a signal.',
      ['VISITS kim-jong-un china fact -'],
    ],
    [
      '"analysts say" after a relation, not set off by a comma, reads what follows it only',
      'Turkey is looking to reset relations with Egypt in a move analysts say is part of a broader strategic shift.',
      ['AGREES_TO_COOPERATE turkiye egypt fact -'],
    ],
    [
      '"is widely seen as" gives the story’s own reading',
      'Kim Jong-un is widely seen as attempting to undermine China.',
      ['OPPOSES kim-jong-un china assessment -'],
    ],
    [
      '", experts said" without a name gives a reading asserted by no one',
      'China backs North Korea, experts said.',
      ['SUPPORTS china north-korea assessment -'],
    ],
    [
      '", analysts say" set off by a comma reads what precedes it',
      'China backs North Korea, analysts say.',
      ['SUPPORTS china north-korea assessment -'],
    ],
    [
      'an event the text announces as scheduled is a reading',
      'Xi Jinping is scheduled to meet Kim Jong-un.',
      ['MEETS xi-jinping kim-jong-un assessment -'],
    ],
    [
      'a modal with a condition is hypothetical: nothing',
      'Xi Jinping would meet with Kim Jong-un if there is a prospect of making a deal.',
      [],
    ],
    [
      'an accusation is a fact, what it charges a claim of the accuser',
      'China accused the United States of attacking North Korea.',
      ['ACCUSES china united-states fact -', 'ATTACKS united-states north-korea claim china'],
    ],
    [
      'an accusation: only what follows "of" is charged',
      'Kim Jong-un accused China, which backed North Korea, of lying.',
      ['ACCUSES kim-jong-un china fact -', 'SUPPORTS china north-korea fact -'],
    ],
    [
      'what is threatened is not done, but the threat is made, its condition and all',
      'China threatened to impose sanctions on North Korea if it tested a missile.',
      ['THREATENS china north-korea fact -'],
    ],
    [
      'an opinion verb gives an assessment of its holder',
      'Xi Jinping believes North Korea will visit the United States.',
      ['VISITS north-korea united-states assessment xi-jinping'],
    ],
    ['a negation gives nothing', 'Kim Jong-un did not meet Xi Jinping.', []],
    ['"failed to" gives nothing', 'China failed to back North Korea.', []],
    [
      '"refrained from" gives nothing',
      'China has so far refrained from commenting on North Korea’s overtures.',
      [],
    ],
    [
      'a concern voiced over an actor is a comment on it',
      "The United States has voiced concern over North Korea's missile launches.",
      ['COMMENTS_ON united-states north-korea fact -'],
    ],
    [
      'what one is asked to do is not done',
      'Kim Jong-un may ask China to propose that the UN Security Council ease sanctions on North Korea.',
      ['REQUESTS kim-jong-un china assessment -'],
    ],
    ['a condition gives nothing', 'If the US does not ease sanctions, China will back North Korea.', []],
  ])('when %s, then so it is', (_, sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });

  it.each([
    ['China backed North Korea, Xi Jinping told reporters.', ['SUPPORTS china north-korea claim xi-jinping']],
    [
      'In Beijing, Xi Jinping said China backed North Korea.',
      ['SUPPORTS china north-korea claim xi-jinping'],
    ],
  ])(
    'when the speaker stands after or before what they report (%s), then it is their claim',
    (sentence, expected) => {
      expect(claimsOf(sentence)).toEqual(expected);
    },
  );

  it('when a quoted passage ends with "said X", then its relations are claims of X', () => {
    expect(claimsOf('“China backed North Korea all along,” said Xi Jinping.')).toEqual([
      'SUPPORTS china north-korea claim xi-jinping',
    ]);
  });
});

describe('ties named in passing', () => {
  /** The ties of one sentence, as "TYPE from to date". */
  function tiesOf(sentence: string): string[] {
    const result = extractArticle(`Headline\n\n${sentence}`, registry, { published: '2025-03-14' });
    return result.claims
      .filter((c) => ['LEADS', 'AFFILIATED_WITH'].includes(c.type))
      .map((c) => [c.type, c.from, c.to, c.date ?? '-'].join(' '));
  }

  it.each([
    [
      'a head of state title with its state leads it',
      'Chinese President Xi Jinping spoke.',
      ['LEADS xi-jinping china 2025-03-14'],
    ],
    [
      'a head title of a body with a state (a minister, a secretary of state) is membership of the state',
      'U.S. Secretary of State Marco Rubio spoke.',
      ['AFFILIATED_WITH marco-rubio united-states 2025-03-14'],
    ],
    [
      'a title its holder lost in the sentence is dated by the loss',
      'Relations froze after Egyptian President Mohamed Morsi was ousted in 2013.',
      ['LEADS mohamed-morsi egypt 2013'],
    ],
    [
      'a holder who dismisses something keeps the title',
      'Ukrainian President Volodymyr Zelenskyy dismissed the response as a delay.',
      ['LEADS volodymyr-zelenskyy ukraine 2025-03-14'],
    ],
    [
      'a "former" title is held at no date',
      'The decision of former Syrian president Bashar al-Assad stood.',
      ['LEADS bashar-al-assad syria -'],
    ],
  ])('when %s, then so it is', (_, sentence, expected) => {
    expect(tiesOf(sentence)).toEqual(expected);
  });
});

describe('dates of claims', () => {
  /** The claims of an article, as "TYPE from to date". */
  function datedClaims(text: string): string[] {
    const result = extractArticle(text, registry, { published: '2019-01-09' });
    return result.claims
      .filter((c) => !['LEADS', 'AFFILIATED_WITH', 'ASSESSES'].includes(c.type))
      .map((c) => [c.type, c.from, c.to, c.date ?? '-'].join(' '));
  }

  it('when a headline tells an event without a date, then it is of the publication day', () => {
    expect(datedClaims('Kim Jong-un Visits China\n\nThe visit surprised many.')).toEqual([
      'VISITS kim-jong-un china 2019-01-09',
    ]);
  });

  it('when a sentence gives no date and the one before dated an event of the same two actors, then it has that date', () => {
    expect(
      datedClaims(
        'Headline\n\nXi Jinping met Kim Jong-un on June 19. Xi Jinping also promised Kim Jong-un support.',
      ),
    ).toEqual(['MEETS xi-jinping kim-jong-un 2018-06-19', 'GUARANTEES xi-jinping kim-jong-un 2018-06-19']);
  });
});

// Stage 3: the frames that find a cue's two ends beyond a plain verb and its object: light verbs with a relation
// noun, clauses opened by "after", quoted nouns, doers named after the object, prepositional objects, joint
// subjects. Sentences from Voice of America (voanews.com), public domain, and the seed articles, some of them with
// other names or dates.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('kim-jong-un', 'Kim Jong-un', 'person', ['Kim', 'Secretary General Kim']),
  actor('recep-tayyip-erdogan', 'Recep Tayyip Erdogan', 'person', ['Erdogan']),
  actor('vladimir-putin', 'Vladimir Putin', 'person', ['Putin']),
  actor('marco-rubio', 'Marco Rubio', 'person', ['Rubio']),
  actor('donald-trump', 'Donald Trump', 'person', ['Trump']),
  actor('north-korea', 'North Korea', 'state', ['North Korean']),
  actor('china', 'China', 'state', ['Chinese']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('russia', 'Russia', 'state', ['Russian']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('syria', 'Syria', 'state', ['Syrian']),
  actor('turkiye', 'Turkey', 'state', ['Turkish', 'Ankara']),
  actor('mohamed-morsi', 'Mohamed Morsi', 'person', ['Morsi']),
  actor('muslim-brotherhood', 'Muslim Brotherhood', 'organisation'),
]);

const claimsOf = eventClaimsWith(registry, '2021-05-10');

describe('frames of a relation cue', () => {
  it.each([
    [
      'a name after "after" that its verb follows is the subject of the clause',
      'Recep Tayyip Erdogan spoke on Monday. His comments come two days after Erdogan denounced Israel.',
      ['ACCUSES recep-tayyip-erdogan israel'],
    ],
    [
      'a cue noun in quotation marks keeps its "between"',
      'At that time, the “denuclearization negotiations” between North Korea and the United States had just begun in March.',
      ['NEGOTIATES_WITH north-korea united-states'],
    ],
    [
      'a light verb: its subject is the one end of the relation noun, the object the other',
      'Donald Trump spoke on Monday. Recep Tayyip Erdogan is seen to have built a good relationship with Trump.',
      ['ALLIED_WITH recep-tayyip-erdogan donald-trump'],
    ],
    [
      'a light verb past a quantity ("a series of")',
      'More recently, in December, U.S. forces carried out a series of airstrikes against Syria.',
      ['ATTACKS united-states syria'],
    ],
    [
      'a well-known organisation heads the object: it is the object, not the place after it',
      'More recently, in December, U.S. forces carried out a series of airstrikes against IS in Syria.',
      ['ATTACKS united-states islamic-state'],
    ],
    [
      'a joint subject of a light verb and a symmetric noun',
      'In 2019, Russia and China deepened their military cooperation.',
      ['COOPERATES_WITH russia china'],
    ],
    [
      'the doer of a relation noun named after its object',
      'The attack on Syria by Israel in 2018 killed two soldiers.',
      ['ATTACKS israel syria'],
    ],
    [
      'an object after "with" past what is negotiated',
      'In 2018, Kim Jong-un had to negotiate the ‘maximum negotiation’ with the United States.',
      ['NEGOTIATES_WITH kim-jong-un united-states'],
    ],
    [
      'a bare symmetric verb with a joint subject',
      'Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday. The two presidents are closely cooperating in Syria.',
      ['MEETS vladimir-putin recep-tayyip-erdogan', 'COOPERATES_WITH vladimir-putin recep-tayyip-erdogan'],
    ],
    [
      '"X and other officials": X leads the group and is the subject',
      'Marco Rubio arrived in Jeddah. He and other senior U.S. officials held talks with Russian officials in Riyadh on Feb. 18.',
      ['MEETS marco-rubio russia'],
    ],
    [
      '"turning away from" in any tense',
      'Donald Trump spoke on Monday. Trump is turning away from North Korea because the lack of progress does little to benefit him.',
      ['REDUCES_RELATIONS_WITH donald-trump north-korea'],
    ],
    [
      'a sanction one threatens to impose is a threat',
      'Donald Trump threatened to impose tariffs on China in 2019.',
      ['THREATENS donald-trump china'],
    ],
    [
      'a sanction after a threat noun: its owner threatens',
      'Donald Trump spoke on Monday. Trump’s threat to impose tariffs on China rattled markets.',
      ['THREATENS donald-trump china'],
    ],
    [
      'what one threatens must be force or pressure: a threat to visit is no threat',
      'Donald Trump threatened to visit China.',
      [],
    ],
    [
      'a rejection that calls the rejected thing something is an accusation',
      'Meanwhile, Vladimir Putin dismissed Donald Trump’s response as “deliberately” setting conditions.',
      ['ACCUSES vladimir-putin donald-trump'],
    ],
    [
      'a speaker saying another actor needs to act asks it to',
      'Marco Rubio said that both Russia and Syria need to “do difficult things.”',
      ['REQUESTS marco-rubio russia', 'REQUESTS marco-rubio syria'],
    ],
    [
      'a second verb of saying after "but" shares the first one’s speaker',
      'Marco Rubio, while condemning the recent violence, says a reset is possible but says Washington needs to act.',
      ['REQUESTS marco-rubio united-states'],
    ],
    [
      'influence one seeks to increase is sought, with its doer the subject of the verb of seeking',
      'China, which is trying to increase its influence on North Korea, stayed silent.',
      ['SEEKS_INFLUENCE_OVER china north-korea'],
    ],
    [
      'influence an owner merely has is not sought',
      'Kim Jong-un believes that maintaining US influence on North Korea is advantageous for negotiations.',
      [],
    ],
    [
      'a name that owns what follows is not one more coordinated object',
      'China is trying to gain influence over Syria, and North Korea’s concern grows.',
      ['SEEKS_INFLUENCE_OVER china syria'],
    ],
    [
      'a name qualifying a noun of a relation gives way to the name in apposition',
      'In a move that wrong-footed Ankara, Israel last year signed an agreement with Turkey’s rival Syria.',
      ['SIGNS_AGREEMENT_WITH israel syria', 'OPPOSES turkiye syria', 'OPPOSES syria turkiye'],
    ],
    [
      'the object of a preposition a verb names is the phrase it heads, no further',
      'Donald Trump would seek political benefit from another meeting with Kim Jong-un.',
      [],
    ],
    [
      '"of" after a quantity keeps the object phrase going',
      'Syria imposed new tariffs on $20.7 billion worth of U.S. exports in 2019.',
      ['SANCTIONS syria united-states'],
    ],
    ['a light verb of a visit', 'Marco Rubio paid a visit to Syria in May.', ['VISITS marco-rubio syria']],
    [
      'a copula and a preposition of state',
      'The United States, which was at the most confrontation with China at the time, stood firm.',
      ['OPPOSES united-states china'],
    ],
    [
      'a mediator brokers between two parties: one claim for each',
      'In 2019, Turkey brokered a ceasefire between Russia and Syria.',
      ['MEDIATES turkiye russia', 'MEDIATES turkiye syria'],
    ],
    [
      'an exemption eases pressure on the one exempted',
      'On Thursday, the United States exempted Turkey from the new tariffs.',
      ['EASES_PRESSURE_ON united-states turkiye'],
    ],
    [
      'states "at odds with" each other oppose each other',
      'Turkey has been at odds with the United States over Syria since 2019.',
      ['OPPOSES turkiye united-states', 'OPPOSES united-states turkiye'],
    ],
    [
      'a demand that another act: the one it is made of',
      'On Friday, Russia demanded that Syria hand over the suspects.',
      ['DEMANDS russia syria'],
    ],
    [
      'two states that agree to restore ties: each agrees with the other',
      'In 2021, Turkey and Israel agreed to restore diplomatic relations.',
      ['AGREES_TO_COOPERATE turkiye israel', 'AGREES_TO_COOPERATE israel turkiye'],
    ],
    [
      'a cut of diplomatic ties with another state',
      'In 2018, Turkey cut diplomatic ties with Israel.',
      ['REDUCES_RELATIONS_WITH turkiye israel'],
    ],
    [
      'a relative pronoun after a noun owned by a name stands for the owner',
      'North Korea’s diplomatic strategy, which has maintained a permanent ‘blood alliance’ with China, worked.',
      ['ALLIED_WITH north-korea china'],
    ],
    [
      'a relative pronoun after a person by role does not stand for the owner',
      'China’s envoy, who met Kim Jong-un in 2018, left.',
      [],
    ],
    [
      'a list of subjects set off by commas before "and": each is a subject',
      'Russia, China and Turkey imposed sanctions on Syria in 2019.',
      ['SANCTIONS russia syria', 'SANCTIONS china syria', 'SANCTIONS turkiye syria'],
    ],
    [
      'a name after a preposition before the list is a place, not a subject',
      'In Syria, Putin and Erdogan met on Tuesday.',
      [],
    ],
    [
      'a joint subject of a symmetric verb phrase with no object',
      'Russia and China held joint drills in the Sea of Japan in 2021.',
      ['COOPERATES_WITH russia china'],
    ],
    [
      'a passive agent past a day',
      'In 2019, Syria was criticized Monday by Turkey.',
      ['ACCUSES turkiye syria'],
    ],
    [
      'a participle after a common noun: its agent acts on the object its preposition brings',
      'The tariffs imposed by the United States on China in 2019 hurt farmers.',
      ['SANCTIONS united-states china'],
    ],
    [
      'a person who launches an invasion attacks; one who launches an attack on another speaks',
      'Vladimir Putin launched an invasion of Syria in 2019. Putin launched a scathing attack on Donald Trump in 2020.',
      ['ATTACKS vladimir-putin syria', 'ACCUSES vladimir-putin donald-trump'],
    ],
    [
      'talks that frame a clause: its subject takes part in them',
      'Vladimir Putin said during talks with Recep Tayyip Erdogan in 2019 that the war must end.',
      ['NEGOTIATES_WITH vladimir-putin recep-tayyip-erdogan'],
    ],
    [
      'a day between a cue noun and its preposition',
      'The United States hopes to resolve the dispute during talks Tuesday with Turkey.',
      ['NEGOTIATES_WITH united-states turkiye'],
    ],
    [
      'a speaker saying another was behind an attack accuses it',
      'Turkey said Syria was behind the attack on its convoy in 2019.',
      ['ACCUSES turkiye syria'],
    ],
    [
      'two states that exchange fire attack each other',
      'Russia and Turkey exchanged fire along the border in 2019.',
      ['ATTACKS russia turkiye', 'ATTACKS turkiye russia'],
    ],
    [
      'a vow to retaliate against another is a threat',
      'On Sunday, Syria vowed to retaliate against Israel.',
      ['THREATENS syria israel'],
    ],
    ['a modal before "be" asks for nothing', 'Marco Rubio said China must be held accountable.', []],
    [
      'a dated summit labelled by two states whose leaders the article names: the leaders met',
      'North Korean leader Kim Jong-un wrote to U.S. President Donald Trump in May 2018. Kim’s second visit to China on May 7 came before the first North Korea-US summit on June 12, 2018.',
      ['VISITS kim-jong-un china', 'MEETS kim-jong-un donald-trump'],
    ],
    [
      'a dated summit labelled by two states whose leaders are unnamed: the states met',
      'The first North Korea-US summit was held on June 12, 2018.',
      ['MEETS north-korea united-states'],
    ],
    [
      'an undated summit labelled by two states: not proposed',
      'Kim Jong-un has often visited China around the time of the North Korea-US summit.',
      ['VISITS kim-jong-un china'],
    ],
    [
      'talks labelled by two states: the states negotiate',
      'Marco Rubio flew to Jeddah on Monday for US-Russia talks.',
      ['NEGOTIATES_WITH united-states russia'],
    ],
    [
      'two states before "leaders" whose leaders the article names: the leaders exchange barbs',
      'Turkish President Recep Tayyip Erdogan spoke on Monday with Russian President Vladimir Putin. Not long ago the Turkish and Russian leaders had been exchanging angry barbs.',
      ['ACCUSES recep-tayyip-erdogan vladimir-putin', 'ACCUSES vladimir-putin recep-tayyip-erdogan'],
    ],
    [
      'two states before "leaders" whose leaders are unnamed: the states exchange barbs',
      'The Turkish and Russian leaders had been exchanging angry barbs in 2020.',
      ['ACCUSES turkiye russia', 'ACCUSES russia turkiye'],
    ],
    [
      'a possessive before a body and a noun of its support: the body supports the possessor',
      'Recep Tayyip Erdogan wept over the crackdown against Mohamed Morsi’s Muslim Brotherhood supporters.',
      ['SUPPORTS muslim-brotherhood mohamed-morsi'],
    ],
    [
      'a day between a verb of talking and its "with", and a possessive before the one talked to',
      'Recep Tayyip Erdogan spoke by video link last week with his Russian counterpart Vladimir Putin.',
      ['CONSULTS recep-tayyip-erdogan vladimir-putin'],
    ],
    [
      'a capitalised cue word inside a sentence is part of a name (a law), no cue',
      'Turkey’s purchase of the system violated the U.S. Congress’s Countering America’s Adversaries Through Sanctions Act.',
      [],
    ],
    [
      'a cue word capitalised in a headline in title case is still a cue',
      'Turkey Criticizes Israel over Response to Protests',
      ['ACCUSES turkiye israel'],
    ],
    [
      'a dated summit named by one adjective of two states',
      'The first inter-Korean summit was held on April 27, 2018.',
      ['MEETS north-korea south-korea'],
    ],
  ])('when %s, then the relation has its ends', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

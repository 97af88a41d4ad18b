// Stage 3: frames of event relations beyond a verb and its object: a noun's doer after "by", a stance said by "in"
// and a noun, a call around what one tells another, a noun that only qualifies the next one, and what keeps a cue
// from stating a relation ("warned against attacking", "levied what he said was"). Sentences from Voice of America
// (voanews.com), public domain, some of them with other names or dates.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('donald-trump', 'Donald Trump', 'person', ['Trump']),
  actor('narendra-modi', 'Narendra Modi', 'person', ['Modi']),
  actor('claudia-sheinbaum', 'Claudia Sheinbaum', 'person', ['Sheinbaum']),
  actor('justin-trudeau', 'Justin Trudeau', 'person', ['Trudeau']),
  actor('jake-sullivan', 'Jake Sullivan', 'person', ['Sullivan']),
  actor('meir-ben-shabbat', 'Meir Ben-Shabbat', 'person'),
  actor('european-union', 'European Union', 'organisation', ['EU', 'E.U.']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('turkiye', 'Turkey', 'state', ['Turkish', 'Ankara']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('china', 'China', 'state', ['Chinese']),
  actor('russia', 'Russia', 'state', ['Russian']),
  actor('iran', 'Iran', 'state', ['Iranian']),
  actor('mauritius', 'Mauritius', 'state'),
  actor('palestinians', 'Palestinians', 'group'),
  actor('vladimir-putin', 'Vladimir Putin', 'person', ['Putin']),
  actor('recep-tayyip-erdogan', 'Recep Tayyip Erdogan', 'person', ['Erdogan']),
  actor('kim-jong-un', 'Kim Jong-un', 'person', ['Kim']),
  actor('north-korea', 'North Korea', 'state', ['North Korean']),
  actor('afghanistan', 'Afghanistan', 'state', ['Afghan']),
  actor('pakistan', 'Pakistan', 'state', ['Pakistani']),
  actor('saudi-arabia', 'Saudi Arabia', 'state', ['Saudi']),
]);

const claimsOf = eventClaimsWith(registry, '2025-03-12');

describe('frames of an event relation', () => {
  it.each([
    [
      'a noun’s doer named after "by", then its object after the noun’s preposition',
      'The announcement came on Tuesday during a visit by Indian Prime Minister Narendra Modi to Mauritius.',
      ['VISITS narendra-modi mauritius'],
    ],
    [
      'a noun owned before "by" is no doer named after it',
      'Israel’s attacks by air on Tuesday drew protests.',
      [],
    ],
    [
      'a stance said by "in" and a noun: the subject of the clause takes it',
      'Turkey held prayers Monday in support of Palestinians injured in Jerusalem.',
      ['SUPPORTS turkiye palestinians'],
    ],
    [
      'a place after "across" is no subject: the common noun before it is',
      'Mosques across Turkey broadcast prayers Monday in support of Palestinians injured in Jerusalem.',
      [],
    ],
    [
      'a protest said by "in" and a noun',
      'Also Monday, Turkey massed its police in front of the consulate in protest of Israel.',
      ['PROTESTS_AGAINST turkiye israel'],
    ],
    [
      'what one tells another in a phone call is a consultation',
      'Donald Trump spoke on Monday. Claudia Sheinbaum and Justin Trudeau told Trump in phone conversations last week they have made strides in curbing the flow of fentanyl.',
      ['CONSULTS justin-trudeau donald-trump', 'CONSULTS claudia-sheinbaum donald-trump'],
    ],
    [
      'a day between "speaking by phone" and its "with"',
      'The United States has voiced concern, with Jake Sullivan speaking by phone Sunday with Meir Ben-Shabbat.',
      ['CONSULTS jake-sullivan meir-ben-shabbat'],
    ],
    [
      'a standing relation labelled by its two parties',
      'However, Turkey-Israel economic relations are in good condition.',
      ['COOPERATES_WITH turkiye israel'],
    ],
    [
      'a noun of a relation that only qualifies the next noun labels nothing',
      'The US-China trade war has rattled markets.',
      [],
    ],
    [
      'an arms embargo is a sanction',
      'In 2010 China imposed an arms embargo on Iran.',
      ['SANCTIONS china iran'],
    ],
    [
      'what one is warned against doing is not done',
      'The United States warned Iran against attacking Israel.',
      ['THREATENS united-states iran'],
    ],
    [
      'the name after "what" is the subject of a clause, not the object of the verb before',
      'U.S. President Donald Trump on Thursday threatened the European Union with tariffs after the EU levied what he said was “a nasty 50% tariff” on whiskey.',
      ['THREATENS donald-trump european-union'],
    ],
    [
      'a meeting in a state is a visit to it by a person who serves another state',
      'Russian President Vladimir Putin is due to meet Turkish President Recep Tayyip Erdogan in Turkey in January.',
      ['MEETS vladimir-putin recep-tayyip-erdogan', 'VISITS vladimir-putin turkiye'],
    ],
    [
      'a summit in a state: only the guest visits it',
      'North Korean leader Kim Jong Un and Russian President Vladimir Putin held a summit in Russia in September.',
      ['MEETS kim-jong-un vladimir-putin', 'VISITS kim-jong-un russia'],
    ],
    [
      'a meeting in a state of people whose own state the text does not name is no visit',
      'Vladimir Putin met Recep Tayyip Erdogan in Turkey on Tuesday.',
      ['MEETS vladimir-putin recep-tayyip-erdogan'],
    ],
    [
      'a state that qualifies a noun after "at" is no place of the meeting',
      'Russian President Vladimir Putin met with Turkish President Recep Tayyip Erdogan at the Turkey summit in June.',
      ['MEETS vladimir-putin recep-tayyip-erdogan'],
    ],
    [
      'rejecting what another alleges answers it',
      'Afghanistan has rejected Pakistan’s allegation that the attack was planned and directed from Afghan soil.',
      ['COMMENTS_ON afghanistan pakistan'],
    ],
    [
      'an effort toward better ties is its owner’s',
      'The talks come amid Turkey’s recent efforts to improve ties with Saudi Arabia.',
      ['AGREES_TO_COOPERATE turkiye saudi-arabia'],
    ],
    ['an attempt at force is not the force', 'Russia’s attempt to invade Ukraine failed in 2022.', []],
  ])('when %s, then the relation has its ends', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('what a cue does not state, and cues of pressure and ties', () => {
  it.each([
    [
      'what is discussed is a topic, not one consulted',
      'The United States also discussed China on Tuesday.',
      [],
    ],
    [
      'a name inside a phrase before a modal is not the one obliged',
      'German Chancellor Olaf Scholz on Wednesday said talks with China must continue.',
      [],
    ],
    [
      'a visitor named by a participle before a title makes no visit of the sentence',
      'U.S. Secretary of State Antony Blinken assured visiting Australian Foreign Minister Marise Payne that the United States will not leave Australia alone.',
      ['GUARANTEES antony-blinken marise-payne'],
    ],
    [
      'a pronoun no one was found for is the subject, not a name before it',
      'During your visit to Taiwan, you met with the new president, Lai Ching-te.',
      [],
    ],
    [
      'a word after a preposition that the tagger took for a verb is no verb',
      'Taiwan looks to Washington for support as its superpower rival China expands its navy.',
      [],
    ],
    [
      'a verb of stopping before a gerund stops the act, not ties',
      'Taiwanese President Lai Ching-te said China must quit intimidating Taiwan.',
      ['COERCES china taiwan', 'REQUESTS lai-ching-te china'],
    ],
    ['bullying is coercion', 'China is busy bullying Taiwan.', ['COERCES china taiwan']],
    [
      'the one named before "and others" is the subject',
      'The United States and others have accused Beijing of genocide.',
      ['ACCUSES united-states china'],
    ],
    [
      'punitive measures are sanctions',
      'Anders Fogh Rasmussen pointed to China’s punitive measures against Australia.',
      ['SANCTIONS china australia'],
    ],
    [
      'an economic relationship is cooperation',
      'China’s burgeoning economic relationship with Mauritius makes the island vulnerable.',
      ['COOPERATES_WITH china mauritius'],
    ],
    [
      'the states of a body named before "countries" act for it',
      'The statement said the G7 countries affirmed their “unwavering support for Ukraine in defending its territorial integrity.”',
      ['SUPPORTS g7 ukraine'],
    ],
    [
      'the fighters of a group act for it',
      'Taliban fighters attacked Afghan forces in Kunduz on Monday.',
      ['ATTACKS taliban afghanistan'],
    ],
    [
      'facing off against another is opposing it, the subject found past an aside',
      'France, along with Egypt, faced off against Turkey as proxies in the Libyan civil war.',
      ['OPPOSES france turkiye'],
    ],
    [
      'a vow of revenge is a threat',
      'Iran vowed revenge against Israel on Sunday.',
      ['THREATENS iran israel'],
    ],
    [
      'an owner before the field of its noun',
      'Washington economic support for Israel has grown since 2023.',
      ['SUPPORTS united-states israel'],
    ],
    [
      'a state’s adjective before a name the registry lacks qualifies that name, which is the object',
      'Ankara military backing of the Libyan Government of National Accord averted its almost certain defeat.',
      [],
    ],
    [
      'a light verb in the progressive',
      'Donald Trump is keeping new tariffs on China.',
      ['SANCTIONS donald-trump china'],
    ],
  ])('when %s, then the claims are as read', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

// Stage 3: relations a clause states around a noun (clause-frames.ts) and cues of tariffs, joint acts and troop
// build-ups: the toll of a strike, backing one has, a view of another, an ultimatum, a reversal of tariffs.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('canada', 'Canada', 'state', ['Canadian']),
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('iraq', 'Iraq', 'state', ['Iraqi']),
  actor('syria', 'Syria', 'state', ['Syrian']),
  actor('european-union', 'European Union', 'organisation', ['EU']),
  actor('g7', 'G7', 'organisation', ['Group of Seven']),
  actor('palestinians', 'Palestinians', 'group'),
  actor('syrians', 'Syrians', 'group'),
]);

const claimsOf = eventClaimsWith(registry, '2024-05-20');

describe('relations a clause states around a noun', () => {
  it.each([
    [
      'the doer of a strike named before its noun attacks the ones killed',
      'Four Palestinians were killed in an Israeli airstrike on Sunday.',
      ['ATTACKS israel palestinians'],
    ],
    [
      'a strike with no doer named gives nothing',
      'Four Palestinians were killed in an airstrike in the south.',
      [],
    ],
    [
      'the owner of the backing supports the subject',
      'Iran has benefited from Russia’s diplomatic protection for years.',
      ['SUPPORTS russia iran'],
    ],
    [
      '"the support of" names the backer after it',
      'Kyiv relies on the support of the United States.',
      ['SUPPORTS united-states ukraine'],
    ],
    ['help one relies on is aid', 'Syria depends on Iran’s military assistance.', ['AIDS iran syria']],
    [
      'seeing another as a threat distrusts it',
      'Tokyo increasingly sees Beijing as a major security threat.',
      ['DISTRUSTS japan china'],
    ],
    [
      'considering another an adversary opposes it',
      'Washington considers Tehran an adversary.',
      ['OPPOSES united-states iran'],
    ],
    [
      'a request backed by a penalty is also a threat',
      'The G7 urged Russia to withdraw its troops or face new sanctions.',
      ['REQUESTS g7 russia', 'THREATENS g7 russia'],
    ],
    [
      'a later verb taking back the tariffs eases pressure on the same ends',
      'The United States imposed tariffs on Canadian steel, then paused the tariffs for a month.',
      ['SANCTIONS united-states canada', 'EASES_PRESSURE_ON united-states canada'],
    ],
    [
      'a new subject between keeps the reversal from the first',
      'The United States imposed sanctions on Iran, and the EU later lifted the sanctions.',
      ['SANCTIONS united-states iran'],
    ],
    [
      'the one who speaks of a danger another poses distrusts it',
      'The ministers of the EU discussed the security risks posed by Russia and Iran.',
      ['DISTRUSTS european-union iran', 'DISTRUSTS european-union russia'],
    ],
    [
      'a clause that goes ahead despite another’s warnings is threatened by it',
      'Iran resumed enrichment despite repeated warnings from the United States.',
      ['THREATENS united-states iran'],
    ],
    [
      'a day between the toll and its strike',
      'Two Syrians were wounded Tuesday in an Israeli drone strike.',
      ['ATTACKS israel syrians'],
    ],
    [
      'the one named with sanctions one is under imposes them',
      'Iran has been under U.S. sanctions since 1979.',
      ['SANCTIONS united-states iran'],
    ],
    [
      'calling another’s charge baseless answers it and accuses its author',
      'Iran rejected Israel’s baseless allegations on Monday.',
      ['COMMENTS_ON iran israel', 'ACCUSES iran israel'],
    ],
    [
      'agreeing with another’s proposal backs it',
      'Japan agreed with Canada’s proposal for a summit.',
      ['SUPPORTS japan canada'],
    ],
    [
      'agreeing with another to act is an accord',
      'Japan agreed with Canada to share intelligence.',
      ['AGREES_TO_COOPERATE japan canada'],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text).sort()).toEqual([...expected].sort());
  });
});

describe('cues of tariffs, joint acts and build-ups', () => {
  it.each([
    [
      'a trade war is tariffs, not force',
      'China has been waging a trade war with the United States.',
      ['SANCTIONS china united-states'],
    ],
    [
      'raising tariffs on another',
      'Canada raised tariffs on Chinese electric vehicles.',
      ['SANCTIONS canada china'],
    ],
    ['weighing a measure is not taking it', 'Japan is considering raising tariffs on China.', []],
    [
      'an act done "in coordination with" another',
      'Iraq carried out the raid in coordination with Syria.',
      ['COOPERATES_WITH iraq syria'],
    ],
    [
      'two states upgrading their ties cooperate',
      'Japan and Canada upgraded their ties on Monday.',
      ['COOPERATES_WITH japan canada'],
    ],
    [
      'the owner of tariffs targeting another sanctions it',
      'Washington’s new tariffs targeting Canada and Japan drew protests.',
      ['SANCTIONS united-states canada', 'SANCTIONS united-states japan'],
    ],
    [
      'importing from another is trade',
      'Japan imports most of its oil from Iran.',
      ['COOPERATES_WITH japan iran'],
    ],
    [
      'buying from another names the seller after "from"',
      'Iraq bought the jets from Russia in 2014.',
      ['COOPERATES_WITH iraq russia'],
    ],
    [
      'a name past a noun and an auxiliary is in another clause',
      'Japan’s support for the plan was questioned by Canada.',
      [],
    ],
    [
      'tariffs one retaliates with are sanctions on the one whose goods they hit',
      'Canada quickly retaliated with its own tariffs on $12 billion worth of Chinese goods.',
      ['SANCTIONS canada china'],
    ],
    ['retaliation by force is an attack', 'Israel retaliated with strikes on Iran.', ['ATTACKS israel iran']],
    [
      'a go-between joined to its participle mediates with each party',
      'Japan-brokered talks between Russia and Ukraine resumed.',
      ['MEDIATES japan russia', 'MEDIATES japan ukraine'],
    ],
    [
      'the parties of a war named by a dash',
      'Iran rejected a Canada-proposed truce in the Israel-Syria war.',
      ['MEDIATES canada israel', 'MEDIATES canada syria', 'REJECTS iran canada'],
    ],
    [
      'lobbying another to act asks it to',
      'Japan lobbied the EU to drop the tariffs.',
      ['REQUESTS japan european-union'],
    ],
    [
      'a tariff hike on another’s goods',
      'The EU’s tariff hike on Chinese steel took effect.',
      ['SANCTIONS european-union china'],
    ],
    [
      'a count before the object is no adjunct',
      'Russian forces killed dozens of Ukrainian soldiers near the front.',
      ['ATTACKS russia ukraine'],
    ],
    ['"at least" before a count', 'Israel killed at least 12 Iranian officers.', ['ATTACKS israel iran']],
    [
      'a meeting convened, its place named before "with"',
      'Japan will convene a meeting in Tokyo with Canada and the EU next week.',
      ['MEETS japan canada', 'MEETS japan european-union'],
    ],
    [
      'troops massed at a border face the state beyond it',
      'Russia massed troops along the border with Ukraine last year.',
      ['MOBILIZES_AGAINST russia ukraine'],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text).sort()).toEqual([...expected].sort());
  });
});

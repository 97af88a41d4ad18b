// Stage 3: meetings, calls and accords told in shapes a single cue does not read (encounters.ts), and tariffs laid
// on a state's goods (goods.ts). General sentences of diplomatic and trade news.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('vladimir-putin', 'Vladimir Putin', 'person', ['Putin']),
  actor('recep-tayyip-erdogan', 'Recep Tayyip Erdogan', 'person', ['Erdogan']),
  actor('xi-jinping', 'Xi Jinping', 'person', ['Xi']),
  actor('emmanuel-macron', 'Emmanuel Macron', 'person', ['Macron']),
  actor('olaf-scholz', 'Olaf Scholz', 'person', ['Scholz']),
  actor('donald-trump', 'Donald Trump', 'person', ['Trump']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('canada', 'Canada', 'state', ['Canadian']),
  actor('mexico', 'Mexico', 'state', ['Mexican']),
  actor('russia', 'Russia', 'state', ['Russian']),
  actor('european-union', 'European Union', 'organisation', ['EU', 'European']),
  actor('iran', 'Iran', 'state', ['Iranian']),
  actor('israel', 'Israel', 'state', ['Israeli']),
]);

const claimsOf = eventClaimsWith(registry, '2025-03-12');

describe('encounters a single cue does not read', () => {
  it.each([
    [
      'a meeting told in a fronted adjunct: the subject of the main clause met the one named after "with"',
      'During a meeting with Recep Tayyip Erdogan in Moscow on Tuesday, Vladimir Putin praised the growth of trade.',
      ['MEETS vladimir-putin recep-tayyip-erdogan'],
    ],
    [
      'a fronted gerund of meeting',
      'After meeting Xi Jinping on Monday, Emmanuel Macron told reporters the talks had been frank.',
      ['MEETS emmanuel-macron xi-jinping'],
    ],
    [
      'an adjunct after the verb of the one who met, past a gerund that holds the meeting',
      'Olaf Scholz spoke to reporters after wrapping up talks with Xi Jinping on Monday.',
      ['NEGOTIATES_WITH olaf-scholz xi-jinping'],
    ],
    [
      'two actors who spoke by phone with no object: from the first named to the second',
      'Vladimir Putin and Recep Tayyip Erdogan spoke by phone on Tuesday.',
      ['CONSULTS vladimir-putin recep-tayyip-erdogan'],
    ],
    [
      'two states that reached an agreement',
      'Japan and China reached an agreement on fishing rights on Tuesday.',
      ['AGREES_TO_COOPERATE japan china'],
    ],
    [
      'two states that agreed, a day between the verb and what they agreed on',
      'Japan and China agreed on Tuesday to resume direct flights.',
      ['AGREES_TO_COOPERATE japan china'],
    ],
    [
      'what one told another in a phone call: each teller consulted the one told',
      'Vladimir Putin and Xi Jinping told Emmanuel Macron in a phone call on Monday that the talks should go on.',
      ['CONSULTS vladimir-putin emmanuel-macron', 'CONSULTS xi-jinping emmanuel-macron'],
    ],
    [
      'a guest welcomed to a place: hosted and met',
      'Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Tuesday.',
      ['HOSTS xi-jinping vladimir-putin', 'MEETS xi-jinping vladimir-putin', 'VISITS vladimir-putin china'],
    ],
    [
      'a guest received by a host, in the passive',
      'Vladimir Putin was received by Recep Tayyip Erdogan in Ankara on Tuesday.',
      ['HOSTS recep-tayyip-erdogan vladimir-putin', 'MEETS recep-tayyip-erdogan vladimir-putin'],
    ],
    [
      'a trip made for talks with another',
      'Olaf Scholz arrived in Tokyo on Monday for talks with Xi Jinping.',
      ['NEGOTIATES_WITH olaf-scholz xi-jinping', 'VISITS olaf-scholz japan'],
    ],
    [
      'two people who discussed a matter together',
      'Olaf Scholz and Emmanuel Macron discussed energy prices on Monday.',
      ['CONSULTS olaf-scholz emmanuel-macron'],
    ],
    [
      'a trip told in an adjunct after the verb of the one who made it',
      'Olaf Scholz said during a visit to Tokyo on Monday that trade must grow.',
      ['VISITS olaf-scholz japan'],
    ],
    [
      'a trip told in a fronted adjunct',
      'On a trip to Russia last week, Xi Jinping praised the growth of trade.',
      ['VISITS xi-jinping russia'],
    ],
    [
      'an adjunct set off after the sentence’s subject',
      'Olaf Scholz, on a visit to Japan, praised the growth of trade.',
      ['VISITS olaf-scholz japan'],
    ],
    [
      '"had a meeting with"',
      'Emmanuel Macron had a meeting with Xi Jinping on Monday.',
      ['MEETS emmanuel-macron xi-jinping'],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });

  it.each([
    [
      'a call for talks is a request, not a meeting',
      'The United States called for talks with China on Tuesday.',
    ],
    ['agreeing to disagree is no accord', 'Japan and China agreed to disagree on Tuesday.'],
    ['a welcome of what another did is no hosting', 'Xi Jinping welcomed the decision on Tuesday.'],
    [
      'telling another with no call named is no consultation',
      'Vladimir Putin told Recep Tayyip Erdogan on Tuesday that trade matters.',
    ],
    [
      '"agreed to" before a noun is no accord between the two',
      'Japan and China agreed to the terms of the UN plan.',
    ],
  ])('%s', (_label, sentence) => {
    expect(claimsOf(sentence).filter((c) => !c.startsWith('REQUESTS') && !c.startsWith('SUPPORTS'))).toEqual(
      [],
    );
  });
});

describe('tariffs laid on a state’s goods', () => {
  it.each([
    [
      'goods named by the state’s adjective',
      'Japan on Tuesday imposed new tariffs on Chinese steel.',
      ['SANCTIONS japan china'],
    ],
    [
      'goods named before "from" the states, two of them',
      'Japan imposed 25% duties on steel imports from Canada and Mexico on Tuesday.',
      ['SANCTIONS japan canada', 'SANCTIONS japan mexico'],
    ],
    [
      'a union of states by its adjective',
      'Canada on Monday imposed retaliatory tariffs on European cars.',
      ['SANCTIONS canada european-union'],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });

  it('leaves goods named where no penalty falls on them', () => {
    expect(claimsOf('Sales of Chinese cars in Japan rose in March.')).toEqual([]);
  });
});

describe('event cues of requests, refusals, talks and sanctions', () => {
  it.each([
    [
      '"called for" the one asked to act',
      'Japan called for Russia to withdraw its troops on Tuesday.',
      ['REQUESTS japan russia'],
    ],
    [
      'what is only called for names no one asked',
      'Japan called for the release of sailors held by Russia.',
      [],
    ],
    [
      '"declined" an actor’s invitation',
      'Russia on Tuesday declined Japan’s invitation to the summit.',
      ['REJECTS russia japan'],
    ],
    ['declining to act names no one', 'Russia declined to comment on Tuesday.', []],
    [
      'export controls tightened against a state',
      'Japan on Tuesday tightened export controls against China.',
      ['SANCTIONS japan china'],
    ],
    [
      'retaliation named by its penalty right after the verb',
      'China retaliated with tariffs on U.S. soybeans on Friday.',
      ['SANCTIONS china united-states'],
    ],
    [
      'discussions with another are talks',
      'Japan’s discussions with China on a fishing deal resumed on Tuesday.',
      ['NEGOTIATES_WITH japan china'],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

it('reads no sanction in a retaliation by force', () => {
  expect(
    claimsOf('Iran retaliated with missile strikes on Israel on Friday.').filter((c) =>
      c.startsWith('SANCTIONS'),
    ),
  ).toEqual([]);
});

it('gives a trip owned by another to no one else', () => {
  expect(claimsOf('During Emmanuel Macron’s visit to China, Xi Jinping praised trade.')).not.toContain(
    'VISITS xi-jinping china',
  );
});

it('gives an adjunct set off after an object to no one', () => {
  expect(
    claimsOf('Xi Jinping praised Vladimir Putin, during a visit to Moscow, for his leadership.'),
  ).not.toContain('VISITS vladimir-putin russia');
});

describe('events between people the article names again by their surnames', () => {
  const unknown = eventClaimsWith(new ActorRegistry([]), '2025-03-12');
  const introduced =
    'Finnish President Alexander Stubb arrived in Tallinn on Monday. Estonian Prime Minister Kristen Michal spoke about energy. ';

  it.each([
    [
      'a meeting told by two surnames',
      'Stubb met Michal at the royal palace on Tuesday.',
      'MEETS alexander-stubb kristen-michal',
    ],
    [
      'talks held with a surname',
      'Stubb later held talks with Michal.',
      'MEETS alexander-stubb kristen-michal',
    ],
    [
      'a request by one surname of another',
      'Stubb urged Michal to raise gas exports.',
      'REQUESTS alexander-stubb kristen-michal',
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(unknown(introduced + sentence)).toContain(expected);
  });

  it('gives a surname no more weight than a pronoun when the relation is a stance', () => {
    expect(unknown(`${introduced}Stubb praised Michal for his leadership.`)).not.toContain(
      'SUPPORTS alexander-stubb kristen-michal',
    );
  });
});

describe('answers to what another put forward, cards against another, and cues of delegations, deals and troops', () => {
  it.each([
    [
      'accepting an offer owned by another',
      'Iran accepted Russia’s offer of fuel on Tuesday.',
      ['AGREES_TO_COOPERATE iran russia'],
    ],
    [
      'agreeing to a proposal of another',
      'Japan agreed to China’s proposal for a hotline.',
      ['AGREES_TO_COOPERATE japan china'],
    ],
    [
      'accepting demands is giving in',
      'Mexico accepted the U.S. demands on border security.',
      ['YIELDS_TO mexico united-states'],
    ],
    [
      'refusing a request of another',
      'Canada refused Washington’s request for more troops.',
      ['REJECTS canada united-states'],
    ],
    ['accepting what no one put forward', 'Canada accepted responsibility for the delay.', []],
    ['refusing a person entry', 'Israel refused Iranian diplomats entry on Monday.', []],
    [
      'a card played against another',
      'Russia is using energy supplies as leverage against Japan.',
      ['SEEKS_LEVERAGE_OVER russia japan'],
    ],
    ['a card with no one it is played against', 'China uses its market as leverage.', []],
    [
      'a meeting with a delegation from a state',
      'Xi Jinping met a delegation from Japan on Tuesday.',
      ['MEETS xi-jinping japan'],
    ],
    [
      'a deal reached with another',
      'Canada reached a deal with Mexico on steel on Tuesday.',
      ['AGREES_TO_COOPERATE canada mexico'],
    ],
    [
      'troops mobilised on a border',
      'Russia mobilized troops along the border with China.',
      ['MOBILIZES_AGAINST russia china'],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('talks hosted between two others, and joining another for talks', () => {
  it.each([
    [
      'a state hosting talks between two others hosts each',
      'Japan hosted talks between the United States and China on Tuesday.',
      ['HOSTS japan united-states', 'HOSTS japan china', 'NEGOTIATES_WITH united-states china'],
    ],
    [
      'a host named before an auxiliary',
      'Canada will host a meeting between Mexico and the United States next week.',
      ['HOSTS canada mexico', 'HOSTS canada united-states', 'MEETS mexico united-states'],
    ],
    ['hosting with no one between', 'Japan hosted talks on energy on Tuesday.', []],
    [
      'joining another for talks is meeting it',
      'Emmanuel Macron joined Olaf Scholz for talks on Monday.',
      ['MEETS emmanuel-macron olaf-scholz'],
    ],
    ['joining a body is no meeting', 'Canada joined the European Union for the first time.', []],
    [
      'a meal together',
      'Emmanuel Macron had dinner with Xi Jinping on Monday.',
      ['MEETS emmanuel-macron xi-jinping'],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('encounters of a trip planned', () => {
  it.each([
    [
      'talks that are the purpose of a scheduled trip',
      'Emmanuel Macron is scheduled to travel to Japan on Friday for talks with Xi Jinping.',
      ['NEGOTIATES_WITH emmanuel-macron xi-jinping', 'VISITS emmanuel-macron japan'],
    ],
    ['a plan with no trip', 'Emmanuel Macron is expected to call for talks with Xi Jinping.', []],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('meetings told with their setting, pledges made together, drills and threats', () => {
  it.each([
    [
      'a news conference held together, its place and day between the noun and "with"',
      'Olaf Scholz told reporters during a news conference in Berlin on Monday with Emmanuel Macron that trade must grow.',
      ['MEETS olaf-scholz emmanuel-macron'],
    ],
    [
      'talks whose place stands before "with"',
      'During talks in Moscow with Vladimir Putin on Tuesday, Recep Tayyip Erdogan praised the growth of trade.',
      ['NEGOTIATES_WITH recep-tayyip-erdogan vladimir-putin'],
    ],
    [
      'a news conference with no actor after "with"',
      'At a news conference with reporters on Monday, Emmanuel Macron praised the talks.',
      [],
    ],
    [
      'those sent by a body stand for it',
      'Emmanuel Macron met with officials from the European Union in Brussels on Monday.',
      ['MEETS emmanuel-macron european-union'],
    ],
    [
      'a joint news conference',
      'Olaf Scholz held a joint news conference with Emmanuel Macron on Monday.',
      ['MEETS olaf-scholz emmanuel-macron'],
    ],
    [
      'two who pledge to work together',
      'Japan and Canada pledged to work together on energy on Tuesday.',
      ['AGREES_TO_COOPERATE japan canada'],
    ],
    [
      'two who pledge to act against a third',
      'Japan and Canada pledged to retaliate against any tariffs.',
      [],
    ],
    [
      'one who vows to work with another',
      'Japan vowed to cooperate with Canada on energy security.',
      ['AGREES_TO_COOPERATE japan canada'],
    ],
    [
      'drills staged around another',
      'China staged military drills around Japan on Monday.',
      ['MOBILIZES_AGAINST china japan'],
    ],
    [
      'war games near another',
      'Russia held war games near Japan last week.',
      ['MOBILIZES_AGAINST russia japan'],
    ],
    [
      'a threat told by the act threatened',
      'Iran threatened to retaliate against Israel over the strike.',
      ['THREATENS iran israel'],
    ],
    ['a threat to strike another', 'Russia threatened to strike Japan.', ['THREATENS russia japan']],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('warnings whose threatened act names its target (warnings.ts)', () => {
  it.each([
    [
      'the one who warns will act against another',
      'Japan warned on Friday that it would impose sanctions on Russia.',
      ['THREATENS japan russia'],
    ],
    [
      'a warning with no "that", past a modal and "continue to"',
      'Canada warned it will continue to exert pressure on Iran.',
      // "it" is Canada, who says it already presses Iran: the pressure, put to move Iran, is read as well.
      ['THREATENS canada iran', 'SEEKS_LEVERAGE_OVER canada iran'],
    ],
    [
      'what a policy would do is no act of the one who warns',
      'Japan warned that it would hurt China’s growth.',
      [],
    ],
    ['an act that will not be done', 'Japan warned that it would not impose tariffs on China.', []],
    ['a warning of what another will do', 'Japan warned that Russia would strike Canada.', []],
    [
      'the one warned named after the verb is the cue’s',
      'China warned Japan that it would retaliate against any provocation.',
      ['THREATENS china japan'],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('a person told as being in another state (visits.ts)', () => {
  it.each([
    [
      'a head of state in another’s capital, as the subject of a verb',
      'On Wednesday, French President Emmanuel Macron in Tokyo called the talks useful.',
      ['VISITS emmanuel-macron japan'],
    ],
    [
      'in another state for talks',
      'French President Emmanuel Macron in Japan for talks on trade and security, officials said.',
      ['VISITS emmanuel-macron japan'],
    ],
    [
      'at home',
      'French President Emmanuel Macron spoke on Monday. Chinese President Xi Jinping in Beijing called the talks useful.',
      [],
    ],
    [
      'a person who is not the subject of the clause',
      'The protests against French President Emmanuel Macron in Japan grew.',
      [],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('a pair named by a plural title alone (joint.ts)', () => {
  it.each([
    [
      'the two holders of the title named just before',
      'French President Emmanuel Macron met Chinese President Xi Jinping on Monday. The presidents signed a trade agreement.',
      ['MEETS emmanuel-macron xi-jinping', 'SIGNS_AGREEMENT_WITH emmanuel-macron xi-jinping'],
    ],
    [
      'a plural title that names its own pair',
      'French President Emmanuel Macron met Chinese President Xi Jinping on Monday. The presidents of Japan and Canada will visit next week.',
      ['MEETS emmanuel-macron xi-jinping'],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('the speaker named again by a pronoun in what he says he will do', () => {
  it.each([
    [
      'a pronoun opening the clause of "said" is its subject',
      'French President Emmanuel Macron said on Monday that he would urge Japan to lift the ban.',
      ['REQUESTS emmanuel-macron japan'],
    ],
    [
      'the subject of a participle of saying',
      'French President Emmanuel Macron rejected the plan, telling reporters in Paris on Monday that he would ask Japan to drop it.',
      ['REQUESTS emmanuel-macron japan'],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
  it('does not take a pronoun after one told for the speaker', () => {
    expect(
      claimsOf(
        'French President Emmanuel Macron told Chinese President Xi Jinping that he would visit Japan.',
      ),
    ).not.toContain('VISITS emmanuel-macron japan');
  });
});

describe('accords two agree to, and telling another to act', () => {
  it.each([
    [
      'two who agree to an accord between them',
      'Russia and Japan agreed to a prisoner exchange on Monday.',
      ['AGREES_TO_COOPERATE russia japan'],
    ],
    ['two who agree to something not an accord', 'Russia and Japan agreed to the terms of the loan.', []],
    [
      'telling another to act asks it to',
      'Japan told Russia to stop the attacks.',
      ['REQUESTS japan russia'],
    ],
    ['telling another what to expect asks nothing', 'Japan told Canada to expect more aid.', []],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

describe('answers to what another put forward, its owner named after it (replies.ts)', () => {
  it.each([
    [
      'a proposal accepted from another',
      'Israel accepted a ceasefire proposal from Iran on Monday.',
      ['AGREES_TO_COOPERATE israel iran'],
    ],
    ['demands of another rejected', 'Japan rejected the demands of Russia.', ['REJECTS japan russia']],
    ['an offer of a thing, no owner named', 'Japan accepted an offer of help.', []],
  ])('%s', (_label, sentence, expected) => {
    expect(claimsOf(sentence).sort()).toEqual([...expected].sort());
  });
});

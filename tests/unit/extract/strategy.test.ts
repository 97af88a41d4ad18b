// Stage 3: strategic relations: pressure put on another and pressure as the aim of a measure (SEEKS_LEVERAGE_OVER),
// forces sent to another's door (MOBILIZES_AGAINST) or pulled back from it (EASES_PRESSURE_ON), aid stopped and
// missions closed (REDUCES_RELATIONS_WITH), and what keeps these frames from reading help or a passive. General
// sentences written for these tests.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('donald-trump', 'Donald Trump', 'person', ['Trump']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('european-union', 'European Union', 'organisation', ['EU']),
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('taiwan', 'Taiwan', 'state', ['Taiwanese']),
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('mexico', 'Mexico', 'state', ['Mexican']),
  actor('canada', 'Canada', 'state', ['Canadian']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('japan', 'Japan', 'state', ['Japanese']),
  actor('north-korea', 'North Korea', 'state', ['North Korean']),
  actor('philippines', 'Philippines', 'state', ['Philippine', 'Manila']),
  actor('azerbaijan', 'Azerbaijan', 'state'),
  actor('armenia', 'Armenia', 'state', ['Armenian']),
  actor('kenya', 'Kenya', 'state', ['Kenyan']),
  actor('somalia', 'Somalia', 'state', ['Somali']),
  actor('ethiopia', 'Ethiopia', 'state'),
  actor('belarus', 'Belarus', 'state'),
  actor('lithuania', 'Lithuania', 'state'),
  actor('afghanistan', 'Afghanistan', 'state', ['Afghan']),
  actor('kazakhstan', 'Kazakhstan', 'state'),
  actor('cambodia', 'Cambodia', 'state'),
  actor('lebanon', 'Lebanon', 'state'),
  actor('israel', 'Israel', 'state', ['Israeli']),
]);

const claimsOf = eventClaimsWith(registry, '2025-03-12');

describe('strategic relations', () => {
  it.each([
    [
      'pressure put on another seeks leverage over it',
      'Washington put pressure on Tehran to return to talks.',
      ['SEEKS_LEVERAGE_OVER united-states iran'],
    ],
    [
      'a verb of pressure with its object',
      'Washington pressured Kyiv to accept the deal.',
      ['SEEKS_LEVERAGE_OVER united-states ukraine'],
    ],
    [
      'pressure as the aim of a measure: the one who takes it, each one to be moved',
      'President Donald Trump used tariffs to pressure Mexico and Canada on fentanyl.',
      ['SEEKS_LEVERAGE_OVER donald-trump mexico', 'SEEKS_LEVERAGE_OVER donald-trump canada'],
    ],
    [
      'a measure kept in place, with pressure as a noun',
      'The European Union kept its sanctions in place to put pressure on Russia.',
      ['SEEKS_LEVERAGE_OVER european-union russia'],
    ],
    [
      'a phrase of purpose before the infinitive',
      'China sent coast guard ships to the reef in a bid to pressure the Philippines.',
      ['SEEKS_LEVERAGE_OVER china philippines'],
    ],
    [
      'forces sent toward another',
      'China sent 30 military aircraft toward Taiwan on Tuesday.',
      ['MOBILIZES_AGAINST china taiwan'],
    ],
    [
      'forces massed near the border with another',
      'Russia has deployed more than 100,000 troops near the border with Ukraine.',
      ['MOBILIZES_AGAINST russia ukraine'],
    ],
    [
      'a border named by its adjective',
      'Azerbaijan moved tanks along the Armenian border.',
      ['MOBILIZES_AGAINST azerbaijan armenia'],
    ],
    [
      'drills that ring another’s land',
      'China conducted military drills encircling Taiwan.',
      ['MOBILIZES_AGAINST china taiwan'],
    ],
    [
      'forces pulled back from another’s border ease the pressure on it',
      'Russia withdrew its troops from the border with Ukraine.',
      ['EASES_PRESSURE_ON russia ukraine'],
    ],
    [
      'aid stopped',
      'The United States paused military aid to Ukraine on Monday.',
      ['REDUCES_RELATIONS_WITH united-states ukraine'],
    ],
    [
      'an embassy closed',
      'Canada closed its embassy in Iran in 2012.',
      ['REDUCES_RELATIONS_WITH canada iran'],
    ],
    [
      'tariffs named with their article and delayed',
      'The United States delayed the tariffs on Mexico and Canada for a month.',
      ['EASES_PRESSURE_ON united-states mexico', 'EASES_PRESSURE_ON united-states canada'],
    ],
    [
      'forces flown into another’s airspace',
      'China flew 20 warplanes into Taiwan’s airspace on Monday.',
      ['MOBILIZES_AGAINST china taiwan'],
    ],
    [
      'forces sent to a border: the one on its other side',
      'The United States sent troops to Japan’s border with North Korea.',
      ['MOBILIZES_AGAINST united-states north-korea'],
    ],
    [
      'funding cut',
      'The United States cut funding to the European Union.',
      ['REDUCES_RELATIONS_WITH united-states european-union'],
    ],
    [
      'talks broken off',
      'Iran broke off talks with the United States.',
      ['REDUCES_RELATIONS_WITH iran united-states'],
    ],
    [
      'rivals competing for influence each seek it',
      'Russia and China compete for influence in Kazakhstan.',
      ['SEEKS_INFLUENCE_OVER russia kazakhstan', 'SEEKS_INFLUENCE_OVER china kazakhstan'],
    ],
    [
      'a military presence expanded',
      'China is expanding its military presence in Cambodia.',
      ['SEEKS_INFLUENCE_OVER china cambodia'],
    ],
    [
      'a bargaining chip',
      'North Korea uses its nuclear program as a bargaining chip with Washington.',
      ['SEEKS_LEVERAGE_OVER north-korea united-states'],
    ],
    [
      'forces at a border',
      'Israel deployed tanks at the border with Lebanon.',
      ['MOBILIZES_AGAINST israel lebanon'],
    ],
    [
      'a measure to force another to act',
      'The United States imposed tariffs to force Canada to act on fentanyl.',
      ['SEEKS_LEVERAGE_OVER united-states canada'],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    [
      'the one urged to pressure does not seek leverage yet',
      'Japan urged Washington to pressure North Korea.',
    ],
    ['efforts of no named doer', 'The efforts to pressure Iran have failed.'],
    [
      'forces sent to a country may be sent to help it',
      'Kenya deployed troops to Somalia to fight the insurgents.',
    ],
    ['a passive names no one who sends', 'Hundreds of troops were deployed near Taiwan.'],
    [
      'forces pulled out of a land may have stood there as its allies',
      'Russia pulled its troops out of Ukraine.',
    ],
    ['force with no act asked is no leverage', 'Israel imposed a blockade to push Lebanon back.'],
  ])('%s', (_, text) => {
    const found = claimsOf(text);
    expect(
      found.filter((c) => /^(SEEKS_LEVERAGE_OVER|MOBILIZES_AGAINST|EASES_PRESSURE_ON) /.test(c)),
    ).toEqual([]);
  });
});

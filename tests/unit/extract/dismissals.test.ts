// Stage 3: charges laid without a verb of accusing: belittling what another said ("dismissed Moscow's claims as
// propaganda") and bringing another before a court or to task ("took Kenya to the International Court of Justice").
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('germany', 'Germany', 'state', ['German', 'Berlin']),
  actor('somalia', 'Somalia', 'state', ['Somali']),
  actor('kenya', 'Kenya', 'state', ['Kenyan']),
  actor('united-nations', 'United Nations', 'organisation', ['U.N.', 'UN']),
  actor('icj', 'International Court of Justice', 'organisation', ['ICJ']),
]);

const claimsOf = eventClaimsWith(registry, '2024-05-20');

describe('words dismissed as something', () => {
  it('accuses the owner of the claims, findings or response dismissed "as" something', () => {
    expect(claimsOf("Kyiv dismissed Moscow's latest claims as propaganda.")).toContain(
      'ACCUSES ukraine russia',
    );
    expect(claimsOf("Ukraine dismissed Russia's response as an attempt to drag out the talks.")).toContain(
      'ACCUSES ukraine russia',
    );
  });

  it('accuses the author of the findings named after "of"', () => {
    expect(claimsOf('Moscow dismissed the findings of the United Nations as biased.')).toContain(
      'ACCUSES russia united-nations',
    );
  });

  it('reads no charge when "as" opens no description, or when nothing said is dismissed', () => {
    expect(claimsOf("Berlin dismissed Kyiv's request as part of a wider review.")).not.toContain(
      'ACCUSES germany ukraine',
    );
    expect(claimsOf('China dismissed the envoy as Japan watched.')).toEqual([]);
  });
});

describe('taken to court or to task', () => {
  it('accuses the one taken before a court, named or not', () => {
    expect(claimsOf('Somalia took Kenya to the International Court of Justice in 2014.')).toContain(
      'ACCUSES somalia kenya',
    );
    expect(claimsOf('Ukraine has taken Russia to court over the downing of the airliner.')).toContain(
      'ACCUSES ukraine russia',
    );
  });

  it('accuses the one taken to task', () => {
    expect(claimsOf('Germany took Ukraine to task for the delay.')).toEqual(['ACCUSES germany ukraine']);
  });

  it('reads nothing when what is taken is no actor or the place is no court', () => {
    expect(claimsOf('Russia took control of the town from Ukraine.')).not.toContain('ACCUSES russia ukraine');
    expect(claimsOf('Japan took China to the summit in Tokyo.')).not.toContain('ACCUSES japan china');
  });
});

describe('wrongs said of another', () => {
  const more = new ActorRegistry([
    actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
    actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
    actor('pakistan', 'Pakistan', 'state', ['Pakistani', 'Islamabad']),
    actor('afghanistan', 'Afghanistan', 'state', ['Afghan', 'Kabul']),
    actor('iraq', 'Iraq', 'state', ['Iraqi', 'Baghdad']),
    actor('hamas', 'Hamas', 'organisation'),
    actor('israel', 'Israel', 'state', ['Israeli']),
  ]);
  const said = eventClaimsWith(more, '2024-05-20');

  it('accuses the one said to have breached a deal, to fail at a duty or to harbour armed men', () => {
    expect(said('Kyiv said Russia had violated the ceasefire within hours.')).toContain(
      'ACCUSES ukraine russia',
    );
    expect(said('Islamabad said Kabul was failing to rein in the militants.')).toContain(
      'ACCUSES pakistan afghanistan',
    );
    expect(said('Pakistan says Kabul is harboring the fighters who attacked the train.')).toContain(
      'ACCUSES pakistan afghanistan',
    );
  });

  it('finds the speaker named after the words said, or after "according to"', () => {
    expect(said('Russia violated the ceasefire on Sunday, Ukraine said.')).toContain(
      'ACCUSES ukraine russia',
    );
    expect(said('Hamas was behind the attack, said Israel.')).toContain('ACCUSES israel hamas');
    expect(said('Russia violated the ceasefire, according to Kyiv.')).toContain('ACCUSES ukraine russia');
    expect(said('Russia violated the ceasefire, and Ukraine said it would respond.')).toEqual([]);
  });

  it('accuses the one said to be responsible for a harm, not for a duty', () => {
    expect(said('Israel said Hamas was responsible for the deadly attack.')).toContain(
      'ACCUSES israel hamas',
    );
    expect(said('Baghdad said Kyiv is responsible for security at the embassy.')).toEqual([]);
  });
});

describe('rebuttals, opposition met and drills held together', () => {
  const more = new ActorRegistry([
    actor('china', 'China', 'state', ['Chinese', 'Beijing']),
    actor('united-states', 'United States', 'state', ['U.S.', 'Washington']),
    actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
    actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
    actor('india', 'India', 'state', ['Indian', 'New Delhi']),
    actor('turkey', 'Turkey', 'state', ['Turkish', 'Ankara']),
    actor('greece', 'Greece', 'state', ['Greek', 'Athens']),
    actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
    actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  ]);
  const read = eventClaimsWith(more, '2024-05-20');

  it('comments on the author of claims countered, and opposes what is countered otherwise', () => {
    expect(read('Beijing countered the U.S. claims with a report of its own.')).toEqual([
      'COMMENTS_ON china united-states',
    ]);
    expect(read("Moscow countered Kyiv's narrative in a statement.")).toEqual(['COMMENTS_ON russia ukraine']);
    expect(read("India is trying to counter China's influence in the region.")).toEqual([
      'OPPOSES india china',
    ]);
  });

  it('opposes the subject for the opposition it faces from another', () => {
    expect(read('Turkey faces growing opposition from Greece over the plan.')).toEqual([
      'OPPOSES greece turkey',
    ]);
    expect(read('Ankara faced criticism from Athens.')).toEqual(['ACCUSES greece turkey']);
  });

  it('cooperates for joint drills of a field held with another or between two', () => {
    expect(read('Russia held joint military exercises with China in the Pacific.')).toEqual([
      'COOPERATES_WITH russia china',
    ]);
    expect(read('The joint naval drills between Russia and Iran began on Monday.')).toContain(
      'COOPERATES_WITH russia iran',
    );
  });
});

describe('dealings between two called wrong', () => {
  const more = new ActorRegistry([
    actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
    actor('china', 'China', 'state', ['Chinese', 'Beijing']),
    actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
    actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  ]);
  const read = eventClaimsWith(more, '2024-05-20');

  it('accuses both ends of the dealings a speaker warns are dangerous or illegal', () => {
    const claims = read(
      'Japan warned Tuesday that the growing arms trade between Russia and Iran is illegal.',
    );
    expect(claims).toContain('ACCUSES japan russia');
    expect(claims).toContain('ACCUSES japan iran');
  });

  it('reads no charge when the dealings are called nothing of blame', () => {
    const claims = read('Japan said the trade between Russia and Iran was growing.');
    expect(claims).not.toContain('ACCUSES japan russia');
  });
});

describe('two actors said to be at odds', () => {
  const more = new ActorRegistry([
    actor('india', 'India', 'state', ['Indian', 'New Delhi']),
    actor('pakistan', 'Pakistan', 'state', ['Pakistani', 'Islamabad']),
    actor('turkey', 'Turkey', 'state', ['Turkish', 'Ankara']),
    actor('united-states', 'United States', 'state', ['U.S.', 'Washington']),
    actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
    actor('saudi-arabia', 'Saudi Arabia', 'state', ['Saudi', 'Riyadh']),
  ]);
  const read = eventClaimsWith(more, '2024-05-20');

  it('opposes each way for two subjects at odds, on a collision course or rivals', () => {
    expect(read('India and Pakistan have been at loggerheads for decades.').sort()).toEqual([
      'OPPOSES india pakistan',
      'OPPOSES pakistan india',
    ]);
    expect(read('Turkey and the United States are on a collision course.').sort()).toEqual([
      'OPPOSES turkey united-states',
      'OPPOSES united-states turkey',
    ]);
    expect(read('Iran and Saudi Arabia are bitter rivals in the region.').sort()).toEqual([
      'OPPOSES iran saudi-arabia',
      'OPPOSES saudi-arabia iran',
    ]);
  });

  it('reads nothing for one subject alone, or for allies', () => {
    expect(read('Turkey is on a collision course.')).toEqual([]);
    expect(read('India and Pakistan are close partners.')).not.toContain('OPPOSES india pakistan');
  });
});

// Stage 3: stances read from their phrasing: a hostility both sides keep up opposes each way, a warning of the
// threat another poses distrusts it, a charge that another did something accuses it.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('india', 'India', 'state', ['Indian', 'New Delhi']),
  actor('kenya', 'Kenya', 'state', ['Kenyan', 'Nairobi']),
  actor('somalia', 'Somalia', 'state', ['Somali', 'Mogadishu']),
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow', 'the Kremlin']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('poland', 'Poland', 'state', ['Polish', 'Warsaw']),
  actor('united-kingdom', 'United Kingdom', 'state', ['Britain', 'British', 'London']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('south-korea', 'South Korea', 'state', ['South Korean', 'Seoul']),
  actor('north-korea', 'North Korea', 'state', ['North Korean', 'Pyongyang']),
  actor('islamic-state', 'Islamic State', 'organisation', ['IS', 'ISIS']),
  actor('iaea', 'IAEA', 'organisation'),
  actor('hamas', 'Hamas', 'organisation'),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('australia', 'Australia', 'state', ['Australian', 'Canberra']),
  actor('jane-doe', 'Jane Doe', 'person', ['Doe']),
]);

const claimsOf = eventClaimsWith(registry, '2025-03-14');

describe('hostility both sides keep up', () => {
  it('opposes each way for a rivalry, a dispute or a clash', () => {
    const rivalry = claimsOf('The rivalry between Tokyo and Beijing has sharpened over the past decade.');
    expect(rivalry).toEqual(expect.arrayContaining(['OPPOSES japan china', 'OPPOSES china japan']));
    const dispute = claimsOf("Kenya's dispute with Somalia over the sea border went to court in 2014.");
    expect(dispute).toEqual(expect.arrayContaining(['OPPOSES kenya somalia', 'OPPOSES somalia kenya']));
    const clash = claimsOf('India clashed with China over the disputed border last year.');
    expect(clash).toEqual(expect.arrayContaining(['OPPOSES india china', 'OPPOSES china india']));
  });

  it('opposes each way for two sides named as the subject of a rivalry or a dispute', () => {
    expect(claimsOf('Kenya and Somalia have been locked in a dispute over their sea border.')).toEqual([
      'OPPOSES kenya somalia',
      'OPPOSES somalia kenya',
    ]);
    expect(claimsOf('India and China are rivals in the Indian Ocean.')).toEqual([
      'OPPOSES india china',
      'OPPOSES china india',
    ]);
  });

  it("keeps one side's stance one way", () => {
    expect(claimsOf('Russia opposes the deployment of Polish troops.')).not.toContain(
      'OPPOSES poland russia',
    );
    expect(claimsOf('Japan confronted China over the ships.')).toEqual(['OPPOSES japan china']);
  });
});

describe('ties kept up', () => {
  it('cooperates for close ties "to" another, named after a relative pronoun', () => {
    expect(
      claimsOf('The deal has the backing of India, which has close political and security ties to Japan.'),
    ).toContain('COOPERATES_WITH india japan');
  });

  it('cooperates for ties said to grow, and reads nothing for ties only sought', () => {
    expect(claimsOf('The deepening ties between Russia and China worry Washington.')).toContain(
      'COOPERATES_WITH russia china',
    );
    expect(claimsOf('Japan seeks closer ties with India.')).toEqual([]);
  });
});

describe('warnings of a threat', () => {
  it('distrusts the one whose threat is warned of, when no one is warned', () => {
    expect(
      claimsOf('U.S. commanders warned in January of a possible IS resurgence in the desert.'),
    ).toContain('DISTRUSTS united-states islamic-state');
    expect(claimsOf('Japan warned of Chinese military expansion in the region.')).toContain(
      'DISTRUSTS japan china',
    );
    expect(claimsOf("Poland warned about Russia's growing military presence near its border.")).toContain(
      'DISTRUSTS poland russia',
    );
  });

  it('threatens the one warned, and reads nothing when what is warned of is no threat of theirs', () => {
    expect(claimsOf('Japan warned China of serious consequences.')).toEqual(['THREATENS japan china']);
    expect(claimsOf("Japan warned of China's economic slowdown.")).toEqual([]);
    expect(claimsOf('The minister warned of retaliation against China.')).toEqual([]);
  });

  it('distrusts the one whose threat one is concerned about, not the author of a report', () => {
    expect(claimsOf('Britain is concerned about Russian aggression in Europe.')).toContain(
      'DISTRUSTS united-kingdom russia',
    );
    expect(claimsOf('Britain is concerned about the IAEA report.')).toEqual([]);
  });
});

describe('charges that another did something', () => {
  it('accuses the subject of the clause charged', () => {
    expect(claimsOf('The Kremlin charged that Ukraine had shelled the power plant.')).toContain(
      'ACCUSES russia ukraine',
    );
    expect(claimsOf('Seoul alleged that North Korea ordered the hacking of its banks.')).toContain(
      'ACCUSES south-korea north-korea',
    );
  });

  it('accuses each of the subjects listed', () => {
    expect(claimsOf('Moscow alleged that the United States and Britain were behind the sabotage.')).toEqual(
      expect.arrayContaining(['ACCUSES russia united-states', 'ACCUSES russia united-kingdom']),
    );
  });

  it('reads nothing when the clause names no actor as its subject', () => {
    expect(claimsOf('Officials charged that the report was false.')).toEqual([]);
  });
});

describe('blame laid and a struggle waged', () => {
  it('accuses the one blame is put on, or held responsible', () => {
    expect(claimsOf('Moscow put the blame on Kyiv for the blast at the depot.')).toContain(
      'ACCUSES russia ukraine',
    );
    expect(claimsOf('Kenya placed blame on Somalia for the failed talks.')).toContain(
      'ACCUSES kenya somalia',
    );
    expect(claimsOf('Israel holds Hamas responsible for the attack on the border town.')).toContain(
      'ACCUSES israel hamas',
    );
    expect(claimsOf('The ministry is holding the talks in Geneva.')).toEqual([]);
  });

  it('accuses the one a critic named by apposition criticises', () => {
    expect(claimsOf('Jane Doe, a vocal critic of Iran, spoke at the rally.')).toContain(
      'ACCUSES jane-doe iran',
    );
  });

  it('threatens the one a threatened measure would be used against', () => {
    expect(claimsOf('China threatened countermeasures against the United States.')).toEqual([
      'THREATENS china united-states',
    ]);
  });

  it("opposes the one an owner's fight or battle is against", () => {
    expect(claimsOf("Australia's battle against Beijing over trade went on for years.")).toContain(
      'OPPOSES australia china',
    );
    expect(claimsOf('The vaccination campaign against polio resumed.')).toEqual([]);
  });
});

describe('a subheading run into the text', () => {
  it('reads a state and a cue word with no verb ending that open a sentence as a noun phrase', () => {
    const text =
      'Talks went on. Japan support crucial, Prime Minister Jane Doe said, for the deal with Iran.';
    expect(claimsOf(text)).not.toContain('SUPPORTS japan jane-doe');
    expect(claimsOf('Japan backed Iran at the meeting.')).toEqual(['SUPPORTS japan iran']);
    expect(claimsOf('Japan and China oppose the plan by Iran.')).toEqual(
      expect.arrayContaining(['OPPOSES japan iran', 'OPPOSES china iran']),
    );
  });
});

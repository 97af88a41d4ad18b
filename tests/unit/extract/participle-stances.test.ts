// Stage 3: stances whose holder the sentence names only as the subject of another clause: a participle after the
// main clause ("..., accusing Kabul of"), a charge said after a comma ("..., saying Israel was behind"), a fear of
// what another may do ("fears that Beijing could invade"), one seen as a partner or a competitor, an allegation
// with its "that" left out.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('japan', 'Japan', 'state', ['Japanese', 'Tokyo']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('iran', 'Iran', 'state', ['Iranian', 'Tehran']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('india', 'India', 'state', ['Indian', 'New Delhi']),
  actor('pakistan', 'Pakistan', 'state', ['Pakistani', 'Islamabad']),
  actor('afghanistan', 'Afghanistan', 'state', ['Afghan', 'Kabul']),
  actor('russia', 'Russia', 'state', ['Russian', 'Moscow']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian', 'Kyiv']),
  actor('poland', 'Poland', 'state', ['Polish', 'Warsaw']),
  actor('lithuania', 'Lithuania', 'state', ['Lithuanian']),
  actor('germany', 'Germany', 'state', ['German', 'Berlin']),
  actor('france', 'France', 'state', ['French', 'Paris']),
  actor('thailand', 'Thailand', 'state', ['Thai']),
  actor('taiwan', 'Taiwan', 'state'),
  actor('taliban', 'Taliban', 'organisation'),
  actor('european-union', 'European Union', 'organisation', ['EU']),
  actor('kenya', 'Kenya', 'state', ['Kenyan', 'Nairobi']),
  actor('somalia', 'Somalia', 'state', ['Somali', 'Mogadishu']),
]);

const claimsOf = eventClaimsWith(registry, '2025-03-14');

describe('a stance told by a participle after the main clause', () => {
  it('is taken by the subject of the main clause, not by the name nearest before it', () => {
    const claims = claimsOf(
      'Pakistan closed its border with India on Monday, accusing Afghanistan of sheltering militants.',
    );
    expect(claims).toContain('ACCUSES pakistan afghanistan');
    expect(claims).not.toContain('ACCUSES india afghanistan');
    expect(
      claimsOf('China summoned the Japanese ambassador, blaming Japan for the rising tensions.'),
    ).toContain('ACCUSES china japan');
  });

  it('reads each name coordinated after the participle, and the author of conduct it names', () => {
    const claims = claimsOf(
      'The European Union renewed its sanctions, condemning Russia and Iran for the attacks.',
    );
    expect(claims).toEqual(
      expect.arrayContaining(['ACCUSES european-union russia', 'ACCUSES european-union iran']),
    );
    expect(claimsOf('Germany sent more aid, praising Poland’s efforts to house refugees.')).toContain(
      'SUPPORTS germany poland',
    );
  });

  it('blames no one whose own suffering the participle names', () => {
    const claims = claimsOf('France recalled its envoy, condemning Iran’s arrest of two journalists.');
    expect(claims.filter((c) => c.startsWith('ACCUSES'))).toEqual([]);
  });

  it('gives nothing when the main clause has no subject it can name', () => {
    expect(claimsOf('Protesters marched for hours, accusing Russia of war crimes.')).toEqual([]);
  });
});

describe('a charge said after a comma', () => {
  it('is said by the subject of the main clause', () => {
    expect(claimsOf('Iran rejected the report, saying Israel was behind the attack.')).toContain(
      'ACCUSES iran israel',
    );
  });
});

describe('an allegation with its "that" left out', () => {
  it('accuses the subject of the clause alleged', () => {
    expect(claimsOf('Washington alleges the Taliban has not lived up to its commitments.')).toContain(
      'ACCUSES united-states taliban',
    );
  });

  it('is not read from the adjective "alleged"', () => {
    expect(claimsOf('The alleged Russian plot against Poland was foiled.')).not.toContain(
      'ACCUSES poland russia',
    );
  });
});

describe('a fear of what another may do', () => {
  it('distrusts the one feared to act with hostility', () => {
    expect(claimsOf('Japan fears that China could invade Taiwan.')).toContain('DISTRUSTS japan china');
    expect(claimsOf('Poland fears Russia could attack Lithuania.')).toContain('DISTRUSTS poland russia');
    expect(claimsOf('The EU is concerned that Russia could attack the Baltic states.')).toContain(
      'DISTRUSTS european-union russia',
    );
  });

  it('is held by the subject of the clause a noun of fear ends', () => {
    expect(claimsOf('Thailand turned the offers down for fear that China might retaliate.')).toContain(
      'DISTRUSTS thailand china',
    );
  });

  it('is no distrust when the act feared is no hostility, or is denied', () => {
    expect(claimsOf('Germany fears that Ukraine could run out of ammunition.')).not.toContain(
      'DISTRUSTS germany ukraine',
    );
    expect(claimsOf('Japan fears that China will not attack.')).not.toContain('DISTRUSTS japan china');
  });
});

describe('one seen as a partner, an ally or a competitor', () => {
  it('gives the stance the word names', () => {
    expect(claimsOf('Thailand considers France a key international partner.')).toContain(
      'COOPERATES_WITH thailand france',
    );
    expect(claimsOf('Tokyo views Washington as its most important ally.')).toContain(
      'ALLIED_WITH japan united-states',
    );
    expect(claimsOf('Washington sees China as a strategic competitor.')).toContain(
      'OPPOSES united-states china',
    );
  });
});

describe('cooperation told with an adverb', () => {
  it('reads "worked closely with"', () => {
    expect(claimsOf('Iran has worked closely with Russia on drones.')).toContain(
      'COOPERATES_WITH iran russia',
    );
  });
});

describe('cooperation told with "together"', () => {
  it('reads "worked together", of two named as the subject or with "with"', () => {
    expect(claimsOf('China and Russia worked together on the plan.')).toContain(
      'COOPERATES_WITH china russia',
    );
    expect(claimsOf('Japan worked together with France on the project.')).toContain(
      'COOPERATES_WITH japan france',
    );
  });
});

describe('what another does seen as a threat', () => {
  it('distrusts the one who does it', () => {
    expect(claimsOf('Moscow regards Ukraine’s membership bid as a threat.')).toContain(
      'DISTRUSTS russia ukraine',
    );
    expect(claimsOf('Japan sees China’s growing military power as a major threat.')).toContain(
      'DISTRUSTS japan china',
    );
  });

  it('is no partnership when what another has is seen as one', () => {
    expect(claimsOf('Tokyo sees Washington’s support as a partner’s duty.')).not.toContain(
      'COOPERATES_WITH japan united-states',
    );
  });
});

describe('words of distrust and of threat', () => {
  it('reads "distrustful of" and "vowed to destroy"', () => {
    expect(claimsOf('India has grown increasingly distrustful of China.')).toContain('DISTRUSTS india china');
    expect(claimsOf('Israel vowed to destroy the Taliban.')).toContain('THREATENS israel taliban');
  });
});

describe('an act taken for a wrong another is alleged to have done', () => {
  it('accuses the one it is taken on', () => {
    expect(
      claimsOf('Somalia cut diplomatic ties with Kenya for allegedly meddling in its affairs.'),
    ).toContain('ACCUSES somalia kenya');
    expect(claimsOf('Washington sanctioned Iran over its alleged support for the rebels.')).toContain(
      'ACCUSES united-states iran',
    );
  });

  it('accuses no one when the one acted on is not named right before "for"', () => {
    expect(claimsOf('Kenyan police arrested two men for allegedly attacking the embassy of China.')).toEqual(
      [],
    );
  });
});

describe('an act threatened against another', () => {
  it('threatens the one the act would be done to', () => {
    expect(claimsOf('Russia threatened to cut gas supplies to Ukraine.')).toContain(
      'THREATENS russia ukraine',
    );
    expect(claimsOf('Washington has threatened to raise tariffs on Chinese goods.')).toContain(
      'THREATENS united-states china',
    );
  });

  it('threatens no one when the act names no other', () => {
    expect(claimsOf('Iran threatened to cut its oil exports, Russia said.')).not.toContain(
      'THREATENS iran russia',
    );
  });
});

describe('the bare verb "back"', () => {
  it('is read after "will"', () => {
    expect(claimsOf('The United States will back Israel.')).toContain('SUPPORTS united-states israel');
  });
});

// Stage 3: speech acts of stance told by answers and worries: a denial of a charge comments on its author, a
// concern placed in an actor speaks of it, worry about an actor's conduct distrusts it. Sentences from Voice of
// America (voanews.com), public domain, some of them with other names.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('china', 'China', 'state', ['Chinese', 'Beijing']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('israel', 'Israel', 'state', ['Israeli']),
  actor('india', 'India', 'state', ['Indian', 'New Delhi']),
  actor('pakistan', 'Pakistan', 'state', ['Pakistani', 'Islamabad']),
  actor('iaea', 'IAEA', 'organisation'),
  actor('korean-peninsula', 'Korean Peninsula', 'territory'),
  actor('united-nations', 'United Nations', 'organisation', ['U.N.']),
  actor('thailand', 'Thailand', 'state', ['Thai']),
  actor('myanmar', 'Myanmar', 'state', ['Myanmar military']),
  actor('antonio-guterres', 'Antonio Guterres', 'person', ['Guterres']),
  actor('hamas', 'Hamas', 'organisation'),
  actor('mauritius', 'Mauritius', 'state'),
  actor('vikram-misri', 'Vikram Misri', 'person', ['Misri']),
  actor('randhir-jaiswal', 'Randhir Jaiswal', 'person', ['Jaiswal']),
  actor('andy-levin', 'Andy Levin', 'person', ['Levin']),
  actor('jovenel-moise', 'Jovenel Moise', 'person', ['Moise']),
  actor('aclu', 'American Civil Liberties Union', 'organisation'),
]);

const claimsOf = eventClaimsWith(registry, '2025-03-14');

describe('denials of a charge', () => {
  it('comments on the author of the charge named after "by"', () => {
    expect(claimsOf('India on Thursday rejected the baseless allegations made by Pakistan.')).toContain(
      'COMMENTS_ON india pakistan',
    );
    expect(claimsOf('China denied the accusations by Washington.')).toContain(
      'COMMENTS_ON china united-states',
    );
  });

  it("comments on the owner of the charge: denied Pakistan's allegation", () => {
    expect(claimsOf("India on Wednesday denied Pakistan's allegation.")).toContain(
      'COMMENTS_ON india pakistan',
    );
  });

  it('reads nothing when the charge has no author', () => {
    expect(claimsOf('China denied the allegations.')).toEqual([]);
  });
});

describe('concern', () => {
  it('speaks of the actor a concern is placed in', () => {
    expect(claimsOf('The United States has voiced concern over the violence in Israel.')).toContain(
      'COMMENTS_ON united-states israel',
    );
    expect(
      claimsOf('China expressed concern about heightened tensions on the Korean Peninsula on Friday.'),
    ).toContain('COMMENTS_ON china korean-peninsula');
  });

  it('distrusts the actor whose conduct one is concerned about', () => {
    expect(claimsOf("India is concerned about China's military build-up.")).toContain(
      'DISTRUSTS india china',
    );
  });

  it('distrusts no one when the name only qualifies the noun of concern', () => {
    expect(claimsOf('The United States is concerned about the latest IAEA report.')).toEqual([]);
  });
});

describe("a stance on an actor's conduct", () => {
  it('reads the actor a noun of conduct belongs to', () => {
    expect(
      claimsOf(
        'Antonio Guterres strongly condemned the continuing brutality of the Myanmar military on Friday.',
      ),
    ).toContain('ACCUSES antonio-guterres myanmar');
    expect(claimsOf('Israel condemned the attacks by Hamas.')).toContain('ACCUSES israel hamas');
  });

  it('reads no one from what was done to an actor', () => {
    expect(claimsOf('China condemned the killing of Thai nationals.')).toEqual([]);
    expect(claimsOf('The United States condemned the arrest of Antonio Guterres.')).toEqual([]);
  });
});

describe('a subject listed with others', () => {
  it('takes the names before "and" a common noun', () => {
    const claims = claimsOf(
      'The United States, United Nations and international rights groups strongly condemned Thailand.',
    );
    expect(claims).toContain('ACCUSES united-states thailand');
    expect(claims).toContain('ACCUSES united-nations thailand');
  });
});

describe('the first person of a quotation', () => {
  /** Every claim as "TYPE from to certainty assertedBy". */
  const withCertainty = (text: string) =>
    extractArticle(`Headline\n\n${text}`, registry, { published: '2025-03-14' })
      .claims.filter((c) => !['LEADS', 'AFFILIATED_WITH', 'ASSESSES'].includes(c.type))
      .map((c) => [c.type, c.from, c.to, c.certainty, c.assertedBy].join(' '));

  it('is the speaker, whose own stance is a fact of the statement', () => {
    expect(
      withCertainty(
        '“We support Mauritius in its stance on its sovereignty,” Indian foreign secretary Vikram Misri said.',
      ),
    ).toContain('SUPPORTS vikram-misri mauritius fact ');
    expect(
      withCertainty(
        '“We strongly reject the baseless allegations made by Pakistan,” Randhir Jaiswal told reporters.',
      ),
    ).toEqual(['COMMENTS_ON randhir-jaiswal pakistan fact ', 'ACCUSES randhir-jaiswal pakistan fact ']);
  });

  it('leaves what the speaker says of others a claim', () => {
    expect(
      withCertainty('“Thailand condemned Hamas for the attack last year,” Randhir Jaiswal told reporters.'),
    ).toEqual(['ACCUSES thailand hamas claim randhir-jaiswal']);
  });

  it('is read only inside a quotation', () => {
    expect(claimsOf('We support Mauritius, Randhir Jaiswal told reporters.')).toEqual([]);
  });
});

describe('an accusation told from the side of the accused', () => {
  it('makes the one after "from" the accuser', () => {
    expect(claimsOf('Israel faced sharp criticism from China on Monday.')).toContain('ACCUSES china israel');
    expect(claimsOf('Thailand came under fire from the United Nations.')).toContain(
      'ACCUSES united-nations thailand',
    );
  });

  it('reads no accusation from "fire" without "under"', () => {
    expect(claimsOf('Israel faced fire from Hamas on Monday.')).toEqual(
      expect.not.arrayContaining(['ACCUSES hamas israel']),
    );
  });
});

describe('distrust and opposition written with a negation or an adjective', () => {
  it('reads "does not trust" as distrust', () => {
    expect(claimsOf('India does not trust China.')).toContain('DISTRUSTS india china');
  });

  it('reads "is opposed to" as opposition', () => {
    expect(claimsOf("India is opposed to China's presence in the region.")).toContain('OPPOSES india china');
  });
});

describe('more ways of criticising', () => {
  it('reads railing against, being critical of and filing suit against as accusations', () => {
    expect(claimsOf('India has long railed against China.')).toContain('ACCUSES india china');
    expect(claimsOf('India is highly critical of China.')).toContain('ACCUSES india china');
    expect(
      claimsOf('The American Civil Liberties Union has filed lawsuits against the U.S. government.'),
    ).toContain('ACCUSES aclu united-states');
  });

  it('finds a person named with the place they are from as the subject', () => {
    expect(
      claimsOf('U.S. Congressman Andy Levin of Michigan slammed Jovenel Moise for the jailbreak.'),
    ).toContain('ACCUSES andy-levin jovenel-moise');
  });
});

describe('welcoming', () => {
  it("backs what another does: welcomed China's decision", () => {
    expect(claimsOf("India welcomed China's decision on Monday.")).toContain('SUPPORTS india china');
  });

  it('is no stance when a guest is welcomed', () => {
    expect(claimsOf('India welcomed China to the summit.')).toEqual(
      expect.not.arrayContaining(['SUPPORTS india china']),
    );
  });
});

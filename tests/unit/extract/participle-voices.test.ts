// Stage 4: whose account follows a participle of speech after a main clause ("..., saying ..."), and what unnamed
// reports tell ("said it was aware of reports that ..."). General sentences, with the small registry of the stage
// tests.
import { extractArticle } from '../../../server/extract/extract';
import { registry } from './support';

/** The claims of an article, as "TYPE from to certainty assertedBy" (ties left out). */
function claimsOf(text: string): string[] {
  return extractArticle(`Headline\n\n${text}`, registry, { published: '2024-05-02' })
    .claims.filter((c) => !['LEADS', 'AFFILIATED_WITH'].includes(c.type))
    .map((c) => [c.type, c.from, c.to, c.certainty, c.assertedBy ?? '-'].join(' '));
}

describe('a participle of speech after a main clause speaks for its subject', () => {
  it('"China criticized X, saying ...": what follows "saying" is China\'s claim', () => {
    expect(
      claimsOf(
        'China criticized the UN Security Council, saying the United States had attacked North Korea.',
      ),
    ).toContain('ATTACKS united-states north-korea claim china');
  });

  it('the main clause itself stays a fact of the story', () => {
    const claims = claimsOf('China criticized the United States on Monday, saying Washington was unfair.');
    expect(claims).toContain('ACCUSES china united-states fact -');
  });

  it('"..., insisting ...": the subject of the main clause, past an opener with a name in it', () => {
    expect(
      claimsOf(
        'After talks with Xi Jinping, Kim Jong-un rejected the plan, insisting the United States was threatening North Korea.',
      ),
    ).toContain('THREATENS united-states north-korea claim kim-jong-un');
  });

  it('"..., adding that ...": what follows "that" is the subject\'s claim; "adding to" tells nothing', () => {
    expect(
      claimsOf('China rejected the plan, adding that the United States had attacked North Korea.'),
    ).toContain('ATTACKS united-states north-korea claim china');
    expect(claimsOf('The United States attacked North Korea, adding to the pressure on China.')).toContain(
      'ATTACKS united-states north-korea fact -',
    );
  });

  it('"saying" with no comma before it is no voice', () => {
    expect(claimsOf('The United States attacked North Korea after saying nothing for weeks.')).toContain(
      'ATTACKS united-states north-korea fact -',
    );
  });
});

describe('what unnamed reports tell is asserted by nobody named', () => {
  it('"said it was aware of reports that ...": an unattributed reading, not the speaker\'s claim', () => {
    expect(
      claimsOf('The United States said it was aware of reports that North Korea had attacked China.'),
    ).toEqual(['ATTACKS north-korea china assessment -']);
  });

  it('"is looking into reports that ..." as well', () => {
    expect(claimsOf('China is looking into reports that the United States attacked North Korea.')).toEqual([
      'ATTACKS united-states north-korea assessment -',
    ]);
  });

  it('what the speaker says without reports stays its claim', () => {
    expect(claimsOf('The United States said North Korea had attacked China.')).toEqual([
      'ATTACKS north-korea china claim united-states',
    ]);
  });
});

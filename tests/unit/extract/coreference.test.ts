// Later mentions by description ("the country", "the group", "the bloc") and "their" meetings (coreference.ts).
import { ArticleActors } from '../../../server/extract/actors/actor-table';
import { Coreference } from '../../../server/extract/actors/coreference';
import { readArticle } from '../../../server/extract/document';
import { ArticleMemory } from '../../../server/extract/actors/mentions';
import { findMentions } from '../../../server/extract/actors/people';
import { eventClaimsWith, registry } from './support';

/** Each description the coreference step resolves, as "words=actor". */
function resolved(text: string): string[] {
  const memory = new ArticleMemory(new ArticleActors(registry));
  const coreference = new Coreference();
  return readArticle(text).sentences.flatMap((sentence) => {
    const found = findMentions(sentence, memory);
    const { tokens } = sentence;
    return coreference
      .resolve(found)
      .mentions.filter((m) => !found.mentions.includes(m))
      .map((m) => {
        const words = tokens.slice(m.start, m.end).map((t) => t.text);
        return `${words.join(' ')}=${[m.actor.id, m.joint?.actor.id].filter(Boolean).join('+')}`;
      });
  });
}

describe('coreference', () => {
  it('reads "X and Y\'s" before a common noun as both owners', () => {
    expect(resolved("Washington criticized China and North Korea's military cooperation.")).toEqual([
      'China and North Korea=china+north-korea',
    ]);
  });

  it('leaves "X and Y\'s" before a person\'s title as two mentions', () => {
    expect(resolved("Washington criticized China and North Korea's leader.")).toEqual([]);
  });

  it('leaves the last two of a longer list before a possessive as they are', () => {
    expect(resolved("Kenya, China and North Korea's trade grew.")).toEqual([]);
  });

  it('reads "the country" as the one state named just before', () => {
    expect(resolved('Floods hit Kenya in May. The country asked for help.')).toEqual(['The country=kenya']);
  });

  it('leaves "the country" alone when two states were named just before', () => {
    expect(resolved('Kenya and Uganda signed a deal. The country will build a road.')).toEqual([]);
  });

  it('looks back one sentence only', () => {
    expect(resolved('Floods hit Kenya in May. Rain fell for weeks. The country asked for help.')).toEqual([]);
  });

  it('reads "the bloc" as a body with member states, and "the group" as a body outside any state', () => {
    expect(resolved('Ministers met at the European Union summit. The bloc agreed on new rules.')).toEqual([
      'The bloc=european-union',
    ]);
    expect(resolved('Hamas fighters crossed the border. The militant group said it was ready.')).toEqual([
      'The militant group=hamas',
    ]);
  });

  it('does not read a state organ as "the group", nor a description that names another', () => {
    expect(resolved('The Kenyan Defence Ministry spoke. The group said nothing.')).toEqual([]);
    expect(resolved('Floods hit Kenya in May. The country of origin is unclear.')).toEqual([]);
  });

  it('reads "their" meeting as one of the two people named just before', () => {
    expect(resolved('Xi Jinping hosted Kim Jong-un in Beijing. Their third summit lasted two days.')).toEqual(
      ['Their third=xi-jinping+kim-jong-un'],
    );
    expect(resolved('Xi Jinping spoke. Their summit lasted two days.')).toEqual([]);
  });

  it('reads "their" right after two actors an "and" joins as both of them', () => {
    expect(resolved('China and North Korea marked their long friendship on Monday.')).toEqual([
      'their long=china+north-korea',
    ]);
    expect(resolved('China and North Korea said the workers had left their posts.')).toEqual([]);
    expect(resolved('China, the United States and North Korea renewed their talks.')).toEqual([]);
  });

  it('reads "the government" and "the kingdom" as the one state named just before', () => {
    expect(resolved('Floods hit Kenya in May. The government asked for help.')).toEqual([
      'The government=kenya',
    ]);
    expect(resolved('Jordan opened its border in May, and the kingdom asked for aid.')).toEqual([
      'the kingdom=jordan',
    ]);
  });

  it('does not read "the government" before a noun as a mention: "the government soldiers"', () => {
    expect(resolved('Floods hit Kenya in May. The government soldiers came to help.')).toEqual([]);
  });

  it('reads "the agency", "the court", "the council" as the one body named before with that noun in its name', () => {
    expect(
      resolved(
        'The World Health Organization praised the International Energy Agency on Monday. Its report came out in May. Prices fell in March. The agency said demand would grow.',
      ),
    ).toEqual(['The agency=international-energy-agency']);
    expect(
      resolved('Kenya went before the International Court of Justice. The court said it would rule in May.'),
    ).toEqual(['The court=international-court-of-justice']);
    expect(resolved('The UN Security Council met on Monday. Britain urged the Council to act.')).toEqual([
      'the Council=un-security-council',
    ]);
  });

  it('leaves "the court" alone when two courts were named, or none with that noun', () => {
    expect(
      resolved('The High Court of Kenya and the International Court of Justice ruled. The court said no.'),
    ).toEqual([]);
    expect(resolved('The International Energy Agency met on Monday. The court said no.')).toEqual([]);
  });

  it('reads "the country" further back as the state the story has named most, when no state is named between', () => {
    expect(
      resolved(
        'Floods hit Kenya in May. Kenya asked for help. Rain fell for weeks. Roads were closed across the country.',
      ),
    ).toEqual(['the country=kenya']);
    // The state named last is not the one the story is about.
    expect(
      resolved(
        'Floods hit Kenya in May. Kenya asked for help. Kenya closed schools. The United States sent tents. Rain fell for weeks. Roads were closed across the country.',
      ),
    ).toEqual([]);
  });

  it('reads "the insurgent group" further back, but not a bare "the group"', () => {
    expect(
      resolved(
        'Officials blamed Hamas for the attack. It was the worst in years. The militant group denied it.',
      ),
    ).toEqual(['The militant group=hamas']);
    expect(
      resolved('Officials blamed Hamas for the attack. It was the worst in years. The group denied it.'),
    ).toEqual([]);
  });

  it('reads "it" after a verb of saying as the state or body that says it', () => {
    expect(resolved('China said it would retaliate against the tariffs.')).toEqual(['it=china']);
    expect(resolved('North Korea also warned on Monday that it would respond.')).toEqual([]);
    expect(resolved('China has repeatedly said that it opposes the tariffs.')).toEqual(['it=china']);
    expect(resolved('Xi Jinping said it was a good day.')).toEqual([]);
  });

  it('reads "It" opening a sentence as the state or body that opened the one before as its subject', () => {
    expect(resolved('China denied the report on Monday. It accused Washington of spreading lies.')).toEqual([
      'It=china',
    ]);
    expect(resolved('China denied the report on Monday. It is unclear what happens next.')).toEqual([]);
    expect(resolved('China denied the report on Monday. It will be hard to verify.')).toEqual([]);
    expect(resolved("China's envoy denied the report. It accused Washington of lying.")).toEqual([]);
  });

  it('reads "they" after a subject of two named actors as both', () => {
    expect(resolved('China and North Korea held talks in Beijing. They agreed to expand trade.')).toEqual([
      'They=china+north-korea',
    ]);
    expect(resolved('China and North Korea met on Monday, and they agreed to expand trade.')).toEqual([
      'they=china+north-korea',
    ]);
    expect(resolved('Xi Jinping and Kim Jong-un said they would meet again.')).toEqual([
      'they=xi-jinping+kim-jong-un',
    ]);
  });

  it('leaves "they" alone when people or another actor were named after the pair', () => {
    expect(resolved('China and North Korea sent officials to Beijing. They agreed to expand trade.')).toEqual(
      [],
    );
    expect(
      resolved('China and North Korea criticized the United States. They agreed to expand trade.'),
    ).toEqual([]);
    expect(resolved('Xi Jinping and North Korea held talks. They agreed to expand trade.')).toEqual([]);
    expect(resolved('Officials said China and North Korea held talks. They agreed to expand trade.')).toEqual(
      [],
    );
  });

  it('reads "the two" before a verb as the two actors named just before, when there are exactly two', () => {
    expect(resolved('China signed a deal with North Korea. The two agreed to expand trade.')).toEqual([
      'The two=china+north-korea',
    ]);
    expect(resolved('China and North Korea met the United States. The two agreed to expand trade.')).toEqual(
      [],
    );
    expect(resolved('Xi Jinping visited North Korea. The two agreed to expand trade.')).toEqual([]);
    expect(resolved('China signed a deal with North Korea. The two countries agreed.')).toEqual([]);
  });

  it('gives "they agreed to" after two states an accord between them', () => {
    const claims = eventClaimsWith(registry, '2025-03-14');
    expect(
      claims('China and North Korea held talks in Beijing on Monday. They agreed to reopen the border.'),
    ).toContain('AGREES_TO_COOPERATE china north-korea');
  });

  it('gives the meeting "their" names between the two people', () => {
    const claims = eventClaimsWith(registry, '2019-01-10');
    expect(
      claims('Xi Jinping greeted Kim Jong-un in Beijing. Their fourth summit was on January 8.'),
    ).toContain('MEETS xi-jinping kim-jong-un');
  });
});

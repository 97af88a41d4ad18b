// Stage 3, clause structure: subjects shared across "and" or a purpose, a state behind "officials", copulas
// ("X was an ally of Y"), objects brought by a preposition, a person set off by a comma after a title; and the
// tense that dates what holds now. Sentences written for these tests.
import { extractArticle } from '../../../server/extract/extract';
import { registry } from './support';

/** The claims of one sentence (after a headline), as "TYPE from to date", ties left out. */
function claimsOf(sentence: string): string[] {
  const result = extractArticle(`Headline\n\n${sentence}`, registry, { published: '2019-01-09' });
  return result.claims
    .filter((c) => !['LEADS', 'AFFILIATED_WITH', 'ASSESSES'].includes(c.type))
    .map((c) => [c.type, c.from, c.to, c.date ?? '-'].join(' '));
}

describe('clause structure', () => {
  it.each([
    [
      'a verb after "and" with no subject of its own',
      'Kim Jong-un arrived in Beijing on Monday and held talks with Xi Jinping.',
      ['VISITS kim-jong-un china 2019-01-07', 'MEETS kim-jong-un xi-jinping 2019-01-07'],
    ],
    [
      'an infinitive of purpose',
      'Kim Jong-un traveled by train to Beijing to meet Xi Jinping.',
      ['MEETS kim-jong-un xi-jinping -'],
    ],
    [
      'an infinitive after a verb of asking: nothing done',
      'China urged Kim Jong-un to meet Xi Jinping.',
      ['REQUESTS china kim-jong-un -'],
    ],
    [
      'officials of a state as the subject',
      'Chinese officials criticized the United States on Sunday.',
      ['ACCUSES china united-states 2019-01-06'],
    ],
    ['a possessive state before its forces', 'North Korea’s military attacked the South on Friday.', []],
    [
      'a copula with a relation noun and its object',
      'Xi Jinping is a close ally of Kim Jong-un.',
      ['ALLIED_WITH xi-jinping kim-jong-un 2019-01-09'],
    ],
    [
      'a past copula: a tie of the past, undated',
      'China was a rival of the United States.',
      ['OPPOSES china united-states -', 'OPPOSES united-states china -'],
    ],
    [
      'a joint subject, a copula and a plural noun of a symmetric relation',
      'China and North Korea are traditionally allies.',
      ['ALLIED_WITH china north-korea 2019-01-09'],
    ],
    [
      '"has traditionally been": a tie that holds as the article is written',
      'China has traditionally been North Korea’s closest ally.',
      ['ALLIED_WITH china north-korea 2019-01-09'],
    ],
    [
      '"once": a tie of the past, undated',
      'China was once an ally of the United States.',
      ['ALLIED_WITH china united-states -'],
    ],
    [
      'an object brought by a preposition after what the verb acts on',
      'North Korea shipped artillery shells to China last year.',
      ['AIDS north-korea china 2018'],
    ],
    [
      'the present progressive: what goes on as the article is written',
      'North Korea is seeking economic aid from China.',
      ['REQUESTS north-korea china 2019-01-09'],
    ],
    [
      'a past event the text does not date',
      'The United States criticized China.',
      ['ACCUSES united-states china -'],
    ],
    [
      'a person set off by a comma after a title, then a verb',
      'China’s special envoy, Liu Wen, spoke with Kim Jong-un.',
      ['CONSULTS liu-wen kim-jong-un -'],
    ],
    [
      'a relative clause names its subject by the name before the comma',
      'China, which has long been a close ally of North Korea, sent food.',
      ['ALLIED_WITH china north-korea 2019-01-09'],
    ],
    [
      'a noun with its owner after a copula: the subject is the other end',
      'Kim Jong-un is now Xi Jinping’s closest partner.',
      ['ALLIED_WITH kim-jong-un xi-jinping 2019-01-09'],
    ],
    [
      'an aside between the subject and the verb',
      'Kim Jong-un, speaking through an interpreter, thanked Xi Jinping.',
      ['SUPPORTS kim-jong-un xi-jinping -'],
    ],
    [
      'an aside with a participle and a name between the subject and the verb',
      'On Monday, Xi Jinping, commonly known by his initials XJP, met with Kim Jong-un in Beijing.',
      ['MEETS xi-jinping kim-jong-un 2019-01-07'],
    ],
    [
      'a relative clause set off by commas after a head that names no actor: no name inside it is the subject',
      'The ministry, which oversees relations with China, criticized North Korea.',
      [],
    ],
    [
      'an aside opening with a participle after a head that names no actor',
      'The delegation, speaking after talks with China, praised North Korea.',
      [],
    ],
    [
      'a relative clause after officials of a state: the state is the subject',
      'Chinese officials, who spoke to reporters in Beijing, criticized the United States.',
      ['ACCUSES china united-states -'],
    ],
    [
      'a name hyphenated to a participle only qualifies the noun after it: that noun is the object',
      'China attacked U.S.-backed rebels near the border.',
      [],
    ],
    [
      'a name hyphenated to a participle before a named object',
      'The United States criticized China-based North Korean agents.',
      ['ACCUSES united-states north-korea -'],
    ],
    [
      'a hyphenated participle with no name after it backs no one further on',
      'China’s support for U.S.-backed rebels worries North Korea.',
      [],
    ],
    [
      'a name completing a common noun by a preposition is not the subject',
      'Critics of the Chinese government accused North Korea of repression.',
      [],
    ],
    [
      'an envoy to one state, owned by another: the owner acts',
      'China’s ambassador to the United States criticized North Korea.',
      ['ACCUSES china north-korea -'],
    ],
    [
      'the leader of a body, unnamed: the body acts',
      'The leader of North Korea thanked China for its support.',
      ['SUPPORTS china north-korea -'],
    ],
    [
      'a state’s adjective before people apart from it: the state is not the object',
      'China supports the North Korean opposition.',
      [],
    ],
    [
      'a count of people apart from the state named by its adjective',
      'China hosts thousands of North Korean refugees.',
      [],
    ],
    [
      'a state’s adjective before its own agents: the state is the object',
      'China criticized North Korean officials.',
      ['ACCUSES china north-korea -'],
    ],
    [
      'one branch of alternatives as the subject',
      'Either China or North Korea criticized the United States.',
      [],
    ],
    [
      'one branch of alternatives as the object',
      'The United States could criticize China or North Korea.',
      [],
    ],
    [
      'a list with a comma before its closing "and"',
      'The United States, China, and North Korea met Kim Jong-un.',
      ['MEETS united-states kim-jong-un -', 'MEETS china kim-jong-un -', 'MEETS north-korea kim-jong-un -'],
    ],
    [
      'two clauses joined by a comma and "and": the first one’s object is not the second one’s subject',
      'China met the United States, and North Korea criticized Kim Jong-un.',
      ['MEETS china united-states -', 'ACCUSES north-korea kim-jong-un -'],
    ],
    [
      'coordinated subjects of a relative clause',
      'The talks involved China and North Korea, which are long-time U.S. allies.',
      ['ALLIED_WITH north-korea united-states 2019-01-09', 'ALLIED_WITH china united-states 2019-01-09'],
    ],
    [
      'a past perfect after an event of the same two: told as earlier, it does not take that day',
      'Kim Jong-un met Xi Jinping on Monday. Not long ago, Kim Jong-un had criticized Xi Jinping.',
      ['MEETS kim-jong-un xi-jinping 2019-01-07', 'ACCUSES kim-jong-un xi-jinping -'],
    ],
  ])('when %s, then the claims are read', (_, sentence, expected) => {
    expect(claimsOf(sentence)).toEqual(expected);
  });

  it('when the headline names a person by surname only, then the body’s full name resolves it', () => {
    const text = 'Wang Reaches Out to North Korea\n\nChinese Foreign Minister Wang Wei spoke on Friday.';
    const result = extractArticle(text, registry, { published: '2019-01-09' });
    expect(result.claims.map((c) => `${c.type} ${c.from} ${c.to} ${c.evidence.paragraph}`)).toEqual([
      'AGREES_TO_COOPERATE wang-wei north-korea 1',
      'AFFILIATED_WITH wang-wei china 2',
    ]);
  });

  it('when an event goes on as the article is written, then it takes no date from the event before', () => {
    const text =
      'Headline\n\nNorth Korea shipped shells to China in May. North Korea is seeking aid from China.';
    const result = extractArticle(text, registry, { published: '2019-01-09' });
    expect(result.claims.map((c) => `${c.type} ${c.date}`)).toEqual(['AIDS 2018-05', 'REQUESTS 2019-01-09']);
  });

  it('when a person hosts another, then they also meet', () => {
    expect(claimsOf('Xi Jinping hosted Kim Jong-un in Beijing on Tuesday.')).toEqual([
      'HOSTS xi-jinping kim-jong-un 2019-01-08',
      'MEETS xi-jinping kim-jong-un 2019-01-08',
    ]);
  });

  it('when a registry name is hyphenated and the text is not, then it is the same person', () => {
    const result = extractArticle('Headline\n\nKim Jong Un met Xi Jinping on Monday.', registry, {
      published: '2019-01-09',
    });
    expect(result.claims.map((c) => `${c.from} ${c.to}`)).toEqual(['kim-jong-un xi-jinping']);
  });
});

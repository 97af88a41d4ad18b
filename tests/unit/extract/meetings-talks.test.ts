// Stage 3: meetings, talks, requests and accords told of people the registry does not know, where a pronoun or a
// verb of committing would otherwise leave a sure event under the floor of confidence.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import { actor, eventClaimsWith } from './support';

const registry = new ActorRegistry([
  actor('united-states', 'United States', 'state', ['US', 'U.S.', 'Washington']),
  actor('philippines', 'Philippines', 'state', ['Philippine', 'Manila']),
  actor('france', 'France', 'state', ['French']),
  actor('sweden', 'Sweden', 'state', ['Swedish']),
  actor('turkey', 'Turkey', 'state', ['Turkish']),
  actor('ukraine', 'Ukraine', 'state', ['Ukrainian']),
  actor('russia', 'Russia', 'state', ['Russian']),
  actor('germany', 'Germany', 'state', ['German']),
]);

const claimsOf = eventClaimsWith(registry, '2024-05-10');

describe('meetings and requests told by a pronoun for the subject of the sentence before', () => {
  it.each([
    [
      'a sentence opened by "she" after one whose subject she is',
      'U.S. Vice President Kamala Harris arrived in Manila on Monday. She met Philippine President Ferdinand Marcos ' +
        'Jr. on Tuesday.',
      'MEETS kamala-harris ferdinand-marcos-jr',
    ],
    [
      '"he" after a quotation, in the clause of saying',
      'U.S. Defense Secretary Mark Esper said he was following the news. "I am aware of the situation," he told ' +
        'reporters during a news conference on Monday with French Defense Minister Florence Parly.',
      'MEETS mark-esper florence-parly',
    ],
    [
      'a request',
      'Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday. He urged Sweden to act against the groups.',
      'REQUESTS recep-tayyip-erdogan sweden',
    ],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toContain(expected);
  });

  it('leaves a pronoun that does not continue the subject of the sentence before as unsure as before', () => {
    // The sentence before is of France: the meeting, read from an adjunct, stays under the floor.
    expect(
      claimsOf(
        'U.S. Defense Secretary Mark Esper spoke at the Pentagon. France sent its defense minister, Florence ' +
          'Parly, to Washington. He told reporters during a news conference on Monday with Parly that the talks ' +
          'went well.',
      ),
    ).not.toContain('MEETS mark-esper florence-parly');
  });

  it('reads a pronoun after a fronted adjunct of time as opening its clause', () => {
    expect(
      claimsOf(
        'U.S. Defense Secretary Mark Esper said he was following the news. On Monday, he told reporters during a ' +
          'news conference with French Defense Minister Florence Parly that the talks went well.',
      ),
    ).toContain('MEETS mark-esper florence-parly');
  });
});

describe('a condition inside a quotation closed before the event', () => {
  it.each([
    [
      '"if" in the quotation, the meeting told after it',
      '"If the talks fail, we will respond," Turkish President Recep Tayyip Erdogan said after meeting Russian ' +
        'President Vladimir Putin in Sochi on Monday.',
    ],
    [
      '"unless" in the quotation, the meeting told by a verb after it',
      '“Unless the attacks stop, there will be no peace,” Turkish President Recep Tayyip Erdogan told reporters ' +
        'after he met Russian President Vladimir Putin in Sochi on Monday.',
    ],
  ])('%s: the meeting is a fact', (_label, text) => {
    const claims = extractArticle(`Headline\n\n${text}`, registry, { published: '2024-05-10' }).claims;
    expect(claims.map((c) => [c.type, c.from, c.to, c.certainty].join(' '))).toContain(
      'MEETS recep-tayyip-erdogan vladimir-putin fact',
    );
  });

  it('still keeps a meeting under its own condition out', () => {
    expect(
      claimsOf(
        'Turkish President Recep Tayyip Erdogan would meet Russian President Vladimir Putin if the talks go well.',
      ),
    ).not.toContain('MEETS recep-tayyip-erdogan vladimir-putin');
  });
});

describe('an encounter told as the occasion of an undated remark', () => {
  const dated = (text: string) =>
    extractArticle(`Headline\n\n${text}`, registry, { published: '2024-05-10' })
      .claims.filter((c) => c.type === 'MEETS')
      .map((c) => [c.type, c.from, c.to, c.date].join(' '));

  it('is of the day the speaker was last told to speak', () => {
    expect(
      dated(
        'On Thursday, French Foreign Minister Jean Dupont told reporters the allies were united. “We will keep ' +
          'talking,” Dupont said after wrapping up meetings with Turkish Foreign Minister Ali Demir.',
      ),
    ).toContain('MEETS jean-dupont ali-demir 2024-05-09');
  });
});

describe('accords and meetings in shapes the cues miss', () => {
  const read = (text: string) =>
    extractArticle(`Headline\n\n${text}`, registry, { published: '2024-05-10' }).claims.map((c) =>
      [c.type, c.from, c.to, c.certainty].join(' '),
    );

  it('reads "agreed to restore ties" as the accord made, not one still to come', () => {
    expect(read('Ethiopia and Eritrea agreed to restore diplomatic ties.')).toContain(
      'AGREES_TO_COOPERATE ethiopia eritrea fact',
    );
  });

  it.each([
    [
      'met, the day and the place, then "with"',
      'U.S. Secretary of State Antony Blinken met Tuesday in Riyadh with Saudi Crown Prince Mohammed bin Salman.',
      'MEETS antony-blinken mohammed-bin-salman fact',
    ],
    [
      'held talks, the place, then "with"',
      'Turkish Foreign Minister Ali Demir held talks on Monday in Ankara with French Foreign Minister Jean Dupont.',
      'MEETS ali-demir jean-dupont fact',
    ],
  ])('%s', (_label, text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('does not read a meeting with those the text does not name as actors', () => {
    expect(
      read('U.S. Secretary of State Antony Blinken met at the embassy in Paris with reporters.'),
    ).toEqual(expect.not.arrayContaining([expect.stringMatching(/^MEETS/)]));
  });
});

describe('requests', () => {
  it.each([
    [
      'help asked for, owned by the one asked',
      'Ukraine asked for Germany’s support.',
      'REQUESTS ukraine germany',
    ],
    [
      'help asked for, named by its adjective',
      'Ukraine asked for U.S. help.',
      'REQUESTS ukraine united-states',
    ],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toContain(expected);
  });

  it.each([
    ['called for', 'Ukraine called for Russia to be expelled from the council.'],
    ['urged', 'Ukraine urged Russia to be held accountable for the strikes.'],
  ])('does not read one to whom something is to be done as the one asked (%s)', (_label, text) => {
    expect(claimsOf(text)).not.toContain('REQUESTS ukraine russia');
  });
});

describe('meetings told by a progressive or a participle set off after the subject', () => {
  it.each([
    [
      'the progressive',
      'Turkish Foreign Minister Ali Demir is meeting French Foreign Minister Jean Dupont in Paris this week.',
      'MEETS ali-demir jean-dupont',
    ],
    [
      'the progressive with "with"',
      'Turkish Foreign Minister Ali Demir was meeting with French Foreign Minister Jean Dupont when the news came.',
      'MEETS ali-demir jean-dupont',
    ],
    [
      'a participle between commas',
      'Turkish Foreign Minister Ali Demir, meeting French Foreign Minister Jean Dupont in Paris on Monday, called ' +
        'for calm.',
      'MEETS ali-demir jean-dupont',
    ],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text)).toContain(expected);
  });

  it.each([
    ['a gerund of another sense', 'The hardest task is meeting the demands of Turkey.'],
    [
      'a participle whose object is an envoy of the one named',
      'Turkish Foreign Minister Ali Demir, meeting French Foreign Minister Jean Dupont’s envoy in Ankara, called ' +
        'for calm.',
    ],
  ])('reads no meeting from %s', (_label, text) => {
    expect(claimsOf(text).filter((c) => c.startsWith('MEETS'))).toEqual([]);
  });
});

describe('a call for another to act', () => {
  it.each([
    ['an owner before the call', 'Turkey’s call for Sweden to extradite the suspects went unanswered.'],
    [
      'a pronoun owning the call, of the verb’s subject',
      'Turkey renewed its calls for Sweden to extradite the suspects.',
    ],
  ])('asks the one named after "for" (%s)', (_label, text) => {
    expect(claimsOf(text)).toContain('REQUESTS turkey sweden');
  });

  it.each([
    ['a call for a thing', 'Turkey repeated its call for calm in Sweden.'],
    [
      'a call for something to be done to the one named',
      'Turkey renewed its call for Sweden to be sanctioned.',
    ],
  ])('asks no one named in %s', (_label, text) => {
    expect(claimsOf(text)).not.toContain('REQUESTS turkey sweden');
  });
});

// Stage 2, the ends of claims: people named by title and role, later mentions, peoples, bodies and their states.
// Sentences from Voice of America (voanews.com), public domain, and from the seed articles.
import { ActorRegistry, ArticleActors } from '../../../server/extract/actors/actor-table';
import { readArticle } from '../../../server/extract/document';
import { ArticleMemory } from '../../../server/extract/actors/mentions';
import { findMentions } from '../../../server/extract/actors/people';
import type { ActorRecord } from '../../../server/ingest/file-schemas';
import { registry } from './support';

function read(text: string, actors = registry, publisher?: string) {
  const memory = new ArticleMemory(new ArticleActors(actors));
  memory.setPublisher(publisher);
  const found = readArticle(text).sentences.map((s) => findMentions(s, memory));
  return {
    ids: found.flatMap((f) => f.mentions.map((m) => m.actor.id)),
    roles: found.flatMap((f) => f.roles.map((r) => `${r.member.id} ${r.title} ${r.of?.id ?? ''}`)),
    heads: found.flatMap((f) => f.roles.filter((r) => r.head).map((r) => `${r.member.id} ${r.of?.id ?? ''}`)),
    actors: found.flatMap((f) => f.mentions.map((m) => m.actor)),
  };
}

const record = (
  id: string,
  name: string,
  kind: ActorRecord['kind'],
  aliases: string[] = [],
): ActorRecord => ({
  id,
  name,
  kind,
  aliases,
  unnamed: false,
});

describe('ends of claims', () => {
  it('when a known surname stands next to an unknown name word, then it is another person', () => {
    const { ids } = read(
      'North Korean leader Kim Jong-un spoke. "There is no reason to be concerned," Ambassador Song Kim said.',
    );
    expect(ids).toEqual(['kim-jong-un', 'song-kim']);
  });

  it('when a state names its envoy and the next sentence the person, then the person is that envoy', () => {
    const { roles } = read(
      'Russia\'s envoy again dismissed accusations it is getting weapons from North Korea. "This is completely false," Vassily Nebenzia told the council.',
    );
    expect(roles).toContain('vassily-nebenzia envoy russia');
  });

  it('when a head of state meets his counterpart, then the counterpart heads the other state', () => {
    const { roles } = read(
      'Turkish President Recep Tayyip Erdogan arrived. Erdogan spoke by video link last week with his French counterpart Emmanuel Macron.',
    );
    expect(roles).toContain('emmanuel-macron president france');
  });

  it('when a cabinet title only one state uses is written without a state, then it gives that state', () => {
    expect(read('Commerce Secretary Howard Lutnick told NBC.').roles).toEqual([
      'howard-lutnick commerce secretary united-states',
    ]);
  });

  it("when a title belongs to a person's aide, then the aide is of that person's state", () => {
    const { roles } = read(
      "The White House said U.S. President Donald Trump's special envoy, Steve Witkoff, spoke with Russian President Vladimir Putin.",
    );
    expect(roles).toContain('steve-witkoff special envoy united-states');
  });

  it('when a state, modifiers and the body served stand before a title, then the person is of the state', () => {
    const { roles, actors } = read(
      '"We are deeply concerned," Robert Wood, U.S. deputy U.N. ambassador, told reporters.',
    );
    expect(actors.map((a) => a.name)).toContain('Robert Wood');
    expect(roles).toContain('robert-wood ambassador united-states');
  });

  it('when a state only qualifies the body of a role, then the person is not tied to the state', () => {
    const { roles } = read(
      'Scott Snyder, director of the U.S.-Korea policy program at the Council on Foreign Relations, said neither side has much to gain.',
    );
    expect(roles.filter((r) => r.endsWith('united-states'))).toEqual([]);
  });

  it('when a post is for a state and at a body, then the person is of the body', () => {
    const { roles } = read(
      'Trump has nominated Alex Wong, the deputy special representative for North Korea at the State Department, to a post.',
      new ActorRegistry([
        record('us-department-of-state', 'US Department of State', 'organisation', ['State Department']),
      ]),
    );
    expect(roles).toContain('alex-wong special representative us-department-of-state');
  });

  it('when a body is named with its state, then it is one body of that state', () => {
    const { actors, roles } = read("Ankara's purchase violated U.S. Congress's sanctions act.");
    expect(actors.map((a) => [a.name, a.kind])).toContainEqual(['U.S. Congress', 'organisation']);
    expect(roles).toEqual(['u-s-congress part of united-states']);
  });

  it.each([
    [
      'a ministry',
      'Chinese Foreign Ministry spokesperson Mao Ning responded to the reports.',
      'chinese-foreign-ministry',
    ],
    ["a state's armed forces", 'The Sudanese Armed Forces retook the palace.', 'sudanese-armed-forces'],
  ])('when %s is named after its state, then it is part of the state', (_, text, id) => {
    expect(read(text).roles.filter((r) => r.startsWith(`${id} part of`))).toHaveLength(1);
  });

  it.each([
    [
      'a militia',
      'The administration is affiliated with the U.S.-backed Syrian Democratic Forces (SDF) that controls a third of the country.',
    ],
    [
      'a research center',
      'Anwar al-Bunni, co-founder of the Syrian Center for Legal Studies and Research, says there are concerns.',
    ],
    ['a think tank', 'Mareike Ohlberg, a senior fellow at the German Marshall Fund, said it.'],
    ["a broadcaster's language service", "This story originated in VOA's Somali Service."],
  ])('when %s is named after a country, then it is not part of the state', (_, text) => {
    expect(read(text).roles.filter((r) => r.includes(' part of '))).toEqual([]);
  });

  it('when a private calling has a state adjective, then it gives a nationality, not a tie to the state', () => {
    const { roles } = read('Chinese scholar Zhao Tong of the Carnegie Endowment said Beijing is cautious.');
    expect(roles.filter((r) => r.endsWith(' china'))).toEqual([]);
    expect(read('Chinese Foreign Minister Wang Yi said Beijing is cautious.').roles).toEqual([
      'wang-yi foreign minister china',
    ]);
  });

  it.each([
    [
      'a field qualifies a head title',
      '"The sanctions have not worked," said Ali Vaez, Iran project director at the International Crisis Group.',
      [],
    ],
    [
      'the title heads the whole body',
      '"It is time," said Mahad Wasuge, executive director of the Heritage Foundation.',
      ['mahad-wasuge heritage-foundation'],
    ],
  ])('when %s, then so the person is its head or not', (_, text, heads) => {
    expect(read(text).heads).toEqual(heads);
  });

  it.each([
    [
      'a field against the state: no tie',
      'Venezuelan opposition leader Maria Corina Machado called for protests.',
      ['maria-corina-machado leader '],
      [],
    ],
    [
      'a field of the state: a member, not its head',
      'Russian army chief Valery Gerasimov visited the front.',
      ['valery-gerasimov chief russia'],
      [],
    ],
    [
      'no field: the head of the state',
      'North Korean leader Kim Jong-un spoke.',
      ['kim-jong-un leader north-korea'],
      ['kim-jong-un north-korea'],
    ],
  ])('when a head title has %s', (_, text, roles, heads) => {
    const found = read(text);
    expect(found.roles).toEqual(roles);
    expect(found.heads).toEqual(heads);
  });

  it("when a title is of a body's unit, then the person is of the body, not its head", () => {
    const { roles } = read(
      '"The government works directly with universities," said Lourdes Casanova, director of Cornell University\'s Emerging Markets Institute.',
    );
    expect(roles).toEqual(['lourdes-casanova member cornell-university']);
  });

  it('when the Secretary of State is named and the registry has the State Department, then he leads it', () => {
    const actors = new ActorRegistry([
      record('mike-pompeo', 'Mike Pompeo', 'person'),
      record('us-department-of-state', 'US Department of State', 'organisation', ['State Department']),
      record('united-states', 'United States', 'state', ['US', 'U.S.']),
    ]);
    const { roles } = read('Last year, US Secretary of State Mike Pompeo visited North Korea.', actors);
    expect(roles).toEqual([
      'mike-pompeo secretary of state us-department-of-state',
      'mike-pompeo member united-states',
    ]);
  });

  it('when a plural demonym is written, then it is the people of the state, a group', () => {
    const { actors } = read('Mosques across Turkey broadcast prayers Monday in support of Palestinians.');
    expect(actors.map((a) => [a.name, a.kind, a.country])).toContainEqual(['Palestinians', 'group', 'PSE']);
  });

  it('when "the Israeli leader" follows the prime minister, then it is him', () => {
    const { ids } = read(
      'Israeli Prime Minister Benjamin Netanyahu said Sunday that order would be kept. The Israeli leader told a cabinet meeting that he had met with security officials.',
    );
    expect(ids.filter((id) => id === 'benjamin-netanyahu')).toHaveLength(3);
  });

  it('when a byline names staff reporters, then they are of the publisher', () => {
    const { roles } = read(
      'By Kim Ji-eun and Park Min-hee, staff reporter, and Lee Je-hun, senior staff writer',
      new ActorRegistry([
        record('kim-ji-eun', 'Kim Ji-eun', 'person'),
        record('park-min-hee', 'Park Min-hee', 'person'),
        record('lee-je-hun', 'Lee Je-hun', 'person'),
        record('the-hankyoreh', 'The Hankyoreh', 'organisation', ['Hankyoreh']),
      ]),
      'The Hankyoreh',
    );
    expect(roles).toEqual([
      'kim-ji-eun reporter the-hankyoreh',
      'park-min-hee reporter the-hankyoreh',
      'lee-je-hun reporter the-hankyoreh',
    ]);
  });
});

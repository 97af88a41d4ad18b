// The actor resolver against the curated registry: names however spelt, states by country code, new actors once.
import path from 'node:path';
import { ActorResolver, countryCode, countryName } from '../../server/import/resolve-actors';
import { CorpusReader } from '../../server/ingest/read-corpus';

const DATA = path.join(__dirname, '..', '..', 'data');

async function curatedResolver(): Promise<ActorResolver> {
  const reader = await CorpusReader.open(DATA);
  return new ActorResolver(reader.actors?.values() ?? []);
}

describe('the actor resolver', () => {
  const SPELLINGS = ['Kim Jong Un', 'KIM JONG-UN', 'Kim Jong-un', 'kim-jong-un', 'Kim Jŏng-ŭn'];

  it.each(SPELLINGS)('when a person is named "%s", then it is the curated kim-jong-un', async (name) => {
    const resolver = await curatedResolver();
    expect(resolver.resolve({ name, kind: 'person' })).toEqual({ id: 'kim-jong-un', created: false });
  });

  it('when a state is given by name or by country code alone, then it is the curated state', async () => {
    const resolver = await curatedResolver();
    expect(resolver.resolve({ name: 'North Korea', kind: 'state', country: 'PRK' }).id).toBe('north-korea');
    const byCode = resolver.resolve({
      name: "Democratic People's Republic of Korea (DPRK)",
      kind: 'state',
      country: 'PRK',
      code: 'PRK',
    });
    expect(byCode).toEqual({ id: 'north-korea', created: false });
    expect(resolver.matchedCount).toBe(1);
  });

  it("when a state's government is named, then it is a new organisation of that country, made once", async () => {
    const resolver = await curatedResolver();
    const first = resolver.resolve({
      name: 'Government (North Korea)',
      kind: 'organisation',
      country: 'PRK',
      sectors: ['Government'],
    });
    expect(first).toEqual({ id: 'government-north-korea', created: true });
    // GDELT's PRKGOV meets the actor ICEWS's name made, and gives it its code.
    const again = resolver.resolve({
      name: 'Government (North Korea)',
      kind: 'organisation',
      code: 'PRKGOV',
    });
    expect(again.id).toBe('government-north-korea');
    expect(resolver.resolve({ name: 'PRK GOV', kind: 'organisation', code: 'PRKGOV' }).id).toBe(
      'government-north-korea',
    );
    expect(resolver.created).toEqual([
      expect.objectContaining({
        id: 'government-north-korea',
        kind: 'organisation',
        country: 'PRK',
        sectors: ['Government'],
        codes: { cameo: 'PRKGOV' },
      }),
    ]);
  });

  it('when a new person shares no name with the registry, then the id is the slug of the name', async () => {
    const resolver = await curatedResolver();
    expect(resolver.resolve({ name: 'Kim Yong-chol', kind: 'person', country: 'PRK' })).toEqual({
      id: 'kim-yong-chol',
      created: true,
    });
    expect(resolver.resolve({ name: 'Kim Yong Chol', kind: 'person' }).id).toBe('kim-yong-chol');
    expect(resolver.resolve({ name: 'Ségolène Royal', kind: 'person' }).id).toBe('segolene-royal');
  });

  it('when an alias is shared by two actors, then it matches neither', () => {
    const resolver = new ActorResolver([
      { id: 'a', name: 'A', kind: 'person', aliases: ['The Leader'], unnamed: false },
      { id: 'b', name: 'B', kind: 'person', aliases: ['the leader'], unnamed: false },
    ]);
    expect(resolver.resolve({ name: 'The Leader', kind: 'person' })).toEqual({
      id: 'the-leader',
      created: true,
    });
  });
});

describe('country names', () => {
  const NAMES: Array<[string, string]> = [
    ['North Korea', 'PRK'],
    ['Russian Federation', 'RUS'],
    ["Cote d'Ivoire", 'CIV'],
    ['Turkey', 'TUR'],
    ['Iran, Islamic Republic of', 'IRN'],
    ['Democratic Republic of Congo', 'COD'],
    ['the former Yugoslav Republic of Macedonia', 'MKD'],
    ['Occupied Palestinian Territory', 'PSE'],
  ];

  it.each(NAMES)('when the country is written "%s", then its code is %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('when a code is asked for its name, then it is the usual English name; a made-up code has none', () => {
    expect(countryName('PRK')).toBe('North Korea');
    expect(countryName('GOV')).toBeUndefined();
    expect(countryCode('Atlantis')).toBeUndefined();
  });

  it('when a name is a capital or a demonym, then it is no country (an actor called so is not the state)', () => {
    expect(countryCode('Pyongyang')).toBeUndefined();
    expect(countryCode('North Korean')).toBeUndefined();
  });
});

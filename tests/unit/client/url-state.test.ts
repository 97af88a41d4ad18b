// The view state in the URL hash: defaults encode to nothing, every field survives a round trip, junk is ignored.
import { decodeViewState, encodeViewState } from '../../../client/state/url-state';
import { defaultViewState, type ViewState } from '../../../client/state/view-state';

const full: ViewState = {
  scope: { kind: 'focus', center: 'kim-jong-un', depth: 2 },
  expansions: [
    { center: 'xi-jinping', depth: 1 },
    { center: '4:abc:12', depth: 3 },
  ],
  selection: { kind: 'actor', id: 'mike-pompeo' },
  filters: {
    hiddenTypes: ['MEETS', 'VISITS'],
    hiddenOrigins: ['icews', 'gdelt'],
    hiddenKinds: ['territory'],
    hiddenCertainties: ['assessment'],
    hiddenSources: ['donga-pompeo-memoir-kim-china'],
    time: { from: '2018-03', to: '2018-09' },
    includeUndated: false,
  },
  sizeBy: 'pagerank',
  colourBy: 'community',
  edgeColourBy: 'side',
  depth: 2,
  showIsolated: true,
};

describe('URL state', () => {
  it('when the state is the default, then the hash is empty', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
    expect(decodeViewState('')).toEqual(defaultViewState());
  });

  it('when every field is set, then decoding the hash gives the same state', () => {
    expect(decodeViewState(`#${encodeViewState(full)}`)).toEqual(full);
  });

  it.each<[string, ViewState['selection']]>([
    ['claim=pompeo-meets-kim', { kind: 'claim', id: 'pompeo-meets-kim' }],
    ['paths=mike-pompeo,xi-jinping', { kind: 'paths', from: 'mike-pompeo', to: 'xi-jinping' }],
    ['between=xi-jinping,kim-jong-un', { kind: 'between', a: 'kim-jong-un', b: 'xi-jinping' }],
    ['between=xi-jinping,xi-jinping', { kind: 'none' }],
    ['actor=', { kind: 'none' }],
    ['paths=only-one', { kind: 'none' }],
  ])('when the hash is "%s", then the selection is %j', (hash, selection) => {
    expect(decodeViewState(hash).selection).toEqual(selection);
  });

  it('when a console query is in the hash, then it comes back verbatim', () => {
    const query = "MATCH (a:Actor {id: 'x'})-[r]->(b) RETURN a, r, b // & # ?";
    const state = { ...defaultViewState(), scope: { kind: 'query' as const, query } };
    expect(decodeViewState(encodeViewState(state)).scope).toEqual({ kind: 'query', query });
  });

  it.each([
    ['size=huge', 'sizeBy', 'degree'],
    ['colour=rainbow', 'colourBy', 'kind'],
    ['edgeColour=rainbow', 'edgeColourBy', 'type'],
    ['depth=9', 'depth', 1],
  ])('when the hash has "%s", then %s keeps its default', (hash, key, value) => {
    expect(decodeViewState(hash)[key as keyof ViewState]).toEqual(value);
  });

  it.each(['time=2018-13..2019-01', 'time=2019-01..2018-01', 'time=soon'])(
    'when the hash has "%s", then there is no time filter',
    (hash) => {
      expect(decodeViewState(hash).filters.time).toBeNull();
    },
  );
});

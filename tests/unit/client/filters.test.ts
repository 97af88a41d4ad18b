// The client-side filters: claims and actors passing them, and the filtered graph.
import { claimInTime, claimVisible, isFiltering, toggleHidden } from '../../../client/graph/filters';
import { filterGraph, isolatedActors } from '../../../client/graph/filtered-graph';
import { DEFAULT_FILTERS, type ViewFilters } from '../../../client/state/view-state';
import { claim, sampleGraph } from './fixtures';

const filters = (patch: Partial<ViewFilters> = {}): ViewFilters => ({ ...DEFAULT_FILTERS, ...patch });

describe('claimInTime', () => {
  const range = { from: '2018-03', to: '2018-06' };
  it.each([
    ['2018-03-01', null, true],
    ['2018-06-30', null, true],
    ['2018-02-28', null, false],
    ['2018-07', null, false],
    ['2018', null, true],
    ['2017-12', '2018-04', true],
    ['2019', null, false],
  ])('when a claim dated %s to %s meets Mar–Jun 2018, then it passes: %p', (date, dateEnd, expected) => {
    expect(claimInTime({ date, dateEnd }, filters({ time: range }))).toBe(expected);
  });

  it('when a claim is undated, then the undated toggle decides', () => {
    expect(claimInTime({ date: null, dateEnd: null }, filters({ time: range }))).toBe(true);
    expect(claimInTime({ date: null, dateEnd: null }, filters({ includeUndated: false }))).toBe(false);
  });
});

describe('claimVisible', () => {
  it.each([
    [{ hiddenTypes: ['MEETS'] }, false],
    [{ hiddenTypes: ['VISITS'] }, true],
    [{ hiddenCertainties: ['fact'] }, false],
    [{ hiddenSources: ['gazette'] }, false],
    [{ time: { from: '2019-01', to: '2019-12' } }, false],
  ])('when the filters are %j, then a fact of 2018 from the gazette passes: %p', (patch, expected) => {
    expect(claimVisible(claim('MEETS', { date: '2018-05' }), filters(patch))).toBe(expected);
  });

  it('when time is ignored, then only the other filters apply', () => {
    const out = filters({ time: { from: '2019-01', to: '2019-12' } });
    expect(claimVisible(claim('MEETS', { date: '2018-05' }), out, { ignoreTime: true })).toBe(true);
  });
});

describe('filterGraph', () => {
  it('when nothing is filtered, then the filtered graph equals the data, isolated actors included', () => {
    const data = sampleGraph();
    const filtered = filterGraph(data, filters());
    expect(filtered.order).toBe(data.order);
    expect(filtered.size).toBe(data.size);
    expect(isFiltering(filters())).toBe(false);
  });

  it('when a type is hidden, then its claims go, and actors left without a claim go too unless pinned', () => {
    const data = sampleGraph();
    const filtered = filterGraph(data, filters({ hiddenTypes: ['VISITS', 'OPPOSES', 'SANCTIONS'] }));
    expect(filtered.edges().sort()).toEqual(['ab1', 'ab2']);
    expect(filtered.nodes().sort()).toEqual(['a', 'b', 'd']);
    expect(
      filterGraph(data, filters({ hiddenTypes: ['VISITS', 'OPPOSES', 'SANCTIONS'] }), {
        keep: new Set(['c']),
      }).hasNode('c'),
    ).toBe(true);
  });

  it('when isolated actors are hidden, then only those without any loaded claim go, unless kept', () => {
    const data = sampleGraph();
    expect(isolatedActors(data)).toEqual(['d']);
    expect(filterGraph(data, filters(), { hideIsolated: true }).nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(filterGraph(data, filters(), { hideIsolated: true, keep: new Set(['d']) }).hasNode('d')).toBe(
      true,
    );
    expect(isolatedActors(data, new Set(['d']))).toEqual([]);
  });

  it('when a kind is hidden, then its actors and their claims go', () => {
    const filtered = filterGraph(sampleGraph(), filters({ hiddenKinds: ['state'] }));
    expect(filtered.nodes().sort()).toEqual(['d']);
    expect(filtered.size).toBe(0);
  });
});

describe('toggleHidden', () => {
  it('when a value is hidden and shown again, then the list comes back', () => {
    expect(toggleHidden(['A'], 'B', false)).toEqual(['A', 'B']);
    expect(toggleHidden(['A', 'B'], 'B', true)).toEqual(['A']);
  });
});

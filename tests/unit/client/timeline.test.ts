// The timeline's bins: claims spread over the months they cover, units chosen by span, brush ranges, axis ticks.
import {
  axisTicks,
  binsInView,
  binsOfRange,
  buildTimeline,
  chooseUnit,
  rangeOfBins,
} from '../../../client/graph/timeline';
import { claimInTime } from '../../../client/graph/filters';
import type { ViewFilters } from '../../../client/state/view-state';

const dated = (date: string | null, shown = true, dateEnd: string | null = null) => ({
  date,
  dateEnd,
  shown,
});

describe('buildTimeline', () => {
  it('when claims span a few months, then there is one bin per month, empty ones included', () => {
    const timeline = buildTimeline([
      dated('2018-03'),
      dated('2018-03-20', false),
      dated('2018-06-01'),
      dated(null),
    ]);
    expect(timeline.unit).toBe('month');
    expect(timeline.bins.map((bin) => [bin.from, bin.total, bin.shown])).toEqual([
      ['2018-03', 2, 1],
      ['2018-04', 0, 0],
      ['2018-05', 0, 0],
      ['2018-06', 1, 1],
    ]);
    expect(timeline.undated).toEqual({ total: 1, shown: 1 });
  });

  it('when a claim has only a year, then it is spread over its twelve months, not put in January', () => {
    const timeline = buildTimeline([dated('2018'), dated('2018-02')]);
    expect(timeline.bins).toHaveLength(12);
    expect(timeline.bins[0]).toMatchObject({ from: '2018-01', exact: 0, spanning: 1, label: 'Jan 2018' });
    expect(timeline.bins[0]!.total).toBeCloseTo(1 / 12);
    expect(timeline.bins[1]!.total).toBeCloseTo(1 + 1 / 12);
    expect(timeline.bins[1]).toMatchObject({ exact: 1, spanning: 1 });
    const sum = timeline.bins.reduce((total, bin) => total + bin.total, 0);
    expect(sum).toBeCloseTo(2);
  });

  it('when a claim is dated by a month in a yearly timeline, then it counts whole in its year', () => {
    const timeline = buildTimeline([dated('1950-06'), dated('2019-01'), dated('1950')]);
    expect(timeline.bins[0]).toMatchObject({ from: '1950-01', exact: 2, spanning: 0, total: 2 });
  });

  it('when there is no dated claim, then there is no bin', () => {
    expect(buildTimeline([dated(null)]).bins).toEqual([]);
  });

  it.each([
    ['2018-01', '2018-12', 'month'],
    ['2010-01', '2017-12', 'month'],
    ['2000-01', '2019-12', 'quarter'],
    ['1950-01', '2019-12', 'year'],
  ])('when claims run from %s to %s, then the unit is %s', (first, last, unit) => {
    expect(chooseUnit(first, last)).toBe(unit);
  });

  it('when claims span decades, then bins are years labelled by year', () => {
    const timeline = buildTimeline([dated('1950-06'), dated('2019-01')]);
    expect(timeline.unit).toBe('year');
    expect(timeline.bins[0]).toMatchObject({ from: '1950-01', to: '1950-12', label: '1950', total: 1 });
    expect(timeline.bins).toHaveLength(70);
  });
});

describe('brush ranges', () => {
  const { bins } = buildTimeline([dated('2018-01'), dated('2018-12')]);

  it('when bins 2 to 4 are brushed (either way), then the range is March to May', () => {
    expect(rangeOfBins(bins, 2, 4)).toEqual({ from: '2018-03', to: '2018-05' });
    expect(rangeOfBins(bins, 4, 2)).toEqual({ from: '2018-03', to: '2018-05' });
  });

  it('when a range is drawn back, then it covers the same bins', () => {
    expect(binsOfRange(bins, { from: '2018-03', to: '2018-05' })).toEqual([2, 4]);
    expect(binsOfRange(bins, { from: '2020-01', to: '2020-05' })).toBeNull();
  });
});

describe('the brush and the graph agree (a claim is in a range its dates overlap)', () => {
  const filters = (time: ViewFilters['time']) => ({ time, includeUndated: true }) as ViewFilters;
  const timeline = buildTimeline([dated('2018'), dated('2019-01-15'), dated('2019-03', false)]);
  const inView = (time: ViewFilters['time']) =>
    binsInView(timeline, time).reduce((sum, bin) => sum + bin.exact + bin.spread, 0);

  it('when the brush overlaps the year, then the year-dated claim stays, in the graph and in the bars', () => {
    const time = { from: '2018-02', to: '2018-06' };
    expect(claimInTime({ date: '2018', dateEnd: null }, filters(time))).toBe(true);
    const bins = binsInView(timeline, time);
    // All its twelve months stay drawn as shown, January included, since the claim stays in the graph.
    expect(bins[0]!.spread).toBeCloseTo(1 / 12);
    expect(bins[11]!.spread).toBeCloseTo(1 / 12);
    expect(inView(time)).toBeCloseTo(1);
  });

  it('when the brush excludes the year, then the year-dated claim leaves both', () => {
    const time = { from: '2019-01', to: '2019-02' };
    expect(claimInTime({ date: '2018', dateEnd: null }, filters(time))).toBe(false);
    const bins = binsInView(timeline, time);
    expect(bins.slice(0, 12).every((bin) => bin.exact + bin.spread === 0)).toBe(true);
    expect(inView(time)).toBeCloseTo(1);
  });

  it('when there is no brush, then every shown claim is drawn as shown, hidden ones not', () => {
    expect(inView(null)).toBeCloseTo(2);
  });
});

describe('axis ticks', () => {
  it('when the timeline is monthly over two years, then years are labelled at January and months every quarter', () => {
    const ticks = axisTicks(buildTimeline([dated('2018'), dated('2019')]));
    expect(ticks.years).toEqual([
      { index: 0, label: '2018' },
      { index: 12, label: '2019' },
    ]);
    expect(ticks.months).toHaveLength(24);
    expect(ticks.months.filter((tick) => tick.label).map((tick) => tick.label)).toEqual([
      'Jan',
      'Apr',
      'Jul',
      'Oct',
      'Jan',
      'Apr',
      'Jul',
      'Oct',
    ]);
  });

  it('when it spans decades, then only some years are labelled and months are not ticked', () => {
    const ticks = axisTicks(buildTimeline([dated('1950-06'), dated('2019-01')]));
    expect(ticks.months).toEqual([]);
    const labelled = ticks.years.filter((tick) => tick.label);
    expect(labelled.length).toBeLessThanOrEqual(8);
    expect(labelled.length).toBeGreaterThan(3);
  });
});

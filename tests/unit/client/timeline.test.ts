// The timeline's bins: claims counted by their first month, units chosen by span, brush ranges.
import { binsOfRange, buildTimeline, chooseUnit, rangeOfBins } from '../../../client/graph/timeline';

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

  it('when a claim has only a year, then it counts in January of that year', () => {
    const timeline = buildTimeline([dated('2018'), dated('2018-02')]);
    expect(timeline.bins[0]).toMatchObject({ from: '2018-01', total: 1, label: 'Jan 2018' });
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

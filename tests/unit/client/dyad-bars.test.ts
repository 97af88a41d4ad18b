// Laying a dyad out as bars: a continuous run of months, curated and unchecked rows, year-dated claims over their year.
import type { Dyad } from '../../../client/api/types';
import { dyadKeys, layoutDyad } from '../../../client/graph/dyad-bars';

const keys = dyadKeys(
  [
    { side: 'verbal-conflict', quadClass: 3, description: '', colour: '#e07b39' },
    { side: 'verbal-cooperation', quadClass: 1, description: '', colour: '#7fbf7b' },
  ],
  [
    { family: 'event', description: '' },
    { family: 'stance', description: '', sideColour: '#8a8a8a' },
  ],
);

const count = (type: string, side: string | null, family: string, origin: string, claims: number) => ({
  type,
  side,
  family,
  origin,
  claims,
});

const dyad: Dyad = {
  actors: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  periods: [
    { period: '2018', counts: [count('OPPOSES', null, 'stance', 'curated', 6)] },
    {
      period: '2018-03',
      counts: [
        count('THREATENS', 'verbal-conflict', 'event', 'curated', 1),
        count('MEETS', 'verbal-cooperation', 'event', 'curated', 2),
        count('MEETS', 'verbal-cooperation', 'event', 'icews', 30),
      ],
    },
    { period: '2019-02', counts: [count('MEETS', 'verbal-cooperation', 'event', 'curated', 1)] },
  ],
  undated: [count('DISTRUSTS', null, 'stance', 'curated', 2)],
  total: 42,
};

describe('layoutDyad', () => {
  const layout = layoutDyad(dyad, keys);

  it('when laid out, then the months run without gap from the first to the last period', () => {
    expect(layout.months[0]).toBe('2018-01');
    expect(layout.months.at(-1)).toBe('2019-02');
    expect(layout.months).toHaveLength(14);
    expect(layout.undated).toBe(2);
  });

  it('when legend keys are made, then sides go from cooperation to conflict and events have no grey of their own', () => {
    expect(keys.map((key) => key.key)).toEqual(['verbal-cooperation', 'verbal-conflict', 'stance']);
  });

  it('when a month holds curated and imported claims, then they are two bars in two rows, stacked by side', () => {
    const march = layout.bars.filter((bar) => bar.period === '2018-03');
    expect(march.map((bar) => [bar.row, bar.claims])).toEqual([
      ['curated', 3],
      ['unchecked', 30],
    ]);
    const curated = march.find((bar) => bar.row === 'curated')!;
    expect(curated.segments.map((segment) => segment.key)).toEqual(['verbal-cooperation', 'verbal-conflict']);
    expect(curated.segments[0]!.colour).toBe('#7fbf7b');
    expect(curated.start).toBe(2);
    expect(curated.end).toBe(3);
  });

  it('when claims are dated only by the year, then they span the year, a twelfth a month, under that year’s months', () => {
    const year = layout.bars.find((bar) => bar.period === '2018')!;
    expect(year).toMatchObject({ year: true, start: 0, end: 12, claims: 6 });
    expect(year.segments[0]).toMatchObject({ y0: 0, y1: 0.5, colour: '#8a8a8a' });
    const march = layout.bars.find((bar) => bar.period === '2018-03' && bar.row === 'curated')!;
    expect(march.segments[0]!.y0).toBe(0.5);
    expect(layout.max).toEqual({ curated: 3.5, unchecked: 30 });
  });

  it('when the dyad has no dated claim, then there is nothing to draw', () => {
    expect(layoutDyad({ ...dyad, periods: [] }, keys)).toMatchObject({ months: [], bars: [], undated: 2 });
  });
});

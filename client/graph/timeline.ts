// The timeline's histogram: claims spread over the months their dates cover, the brush's month range, axis ticks.
import type { MonthRange } from '../state/view-state';
import { dateSpan, monthFromNumber, monthLabel, monthNumber } from './dates';

/** Bin widths, in months. */
export const BIN_UNITS = { month: 1, quarter: 3, year: 12 } as const;
export type BinUnit = keyof typeof BIN_UNITS;

/** At most this many bins before a wider unit is chosen. */
export const MAX_BINS = 96;

/**
 * One bar: the months it covers and the claims in it. A claim whose dates fit in the bar counts 1 there
 * (`exact`); one whose dates reach past it (a year in a monthly timeline) is spread over the months it covers,
 * each bar taking its share (`spanning` counts such claims, `total` and `shown` add their shares).
 */
export interface TimelineBin {
  from: string;
  to: string;
  label: string;
  /** Claims in the bar, a spread claim counted by its share. */
  total: number;
  /** The same for claims passing every filter but time. */
  shown: number;
  /** Claims whose dates lie within the bar. */
  exact: number;
  /** Claims whose dates overlap the bar and reach past it. */
  spanning: number;
}

/** A claim as the timeline sees it. */
export interface DatedClaim {
  date: string | null;
  dateEnd: string | null;
  /** True when the claim passes every filter but time. */
  shown: boolean;
}

/** A dated claim's months (month numbers, see monthNumber), kept to tell which ones a brush keeps. */
export interface ClaimMonths {
  first: number;
  last: number;
  shown: boolean;
}

export interface Timeline {
  unit: BinUnit;
  bins: TimelineBin[];
  undated: { total: number; shown: number };
  claims: ClaimMonths[];
}

/** The narrowest unit that keeps the span within MAX_BINS bars. */
export function chooseUnit(firstMonth: string, lastMonth: string): BinUnit {
  const months = monthNumber(lastMonth) - monthNumber(firstMonth) + 1;
  if (months <= MAX_BINS) return 'month';
  if (months / 3 <= MAX_BINS) return 'quarter';
  return 'year';
}

function binStart(month: number, unit: BinUnit): number {
  const width = BIN_UNITS[unit];
  if (unit === 'month') return month;
  return month - (month % width);
}

function binLabel(from: string, unit: BinUnit): string {
  if (unit === 'month') return monthLabel(from);
  if (unit === 'year') return from.slice(0, 4);
  return `Q${Math.floor((Number(from.slice(5)) - 1) / 3) + 1} ${from.slice(0, 4)}`;
}

/** Each bin a claim's months touch, with the claim's share there (months inside / months covered). */
function shares(claim: ClaimMonths, origin: number, width: number): Array<[number, number]> {
  const months = claim.last - claim.first + 1;
  const result: Array<[number, number]> = [];
  for (let index = Math.floor((claim.first - origin) / width); ; index += 1) {
    const from = origin + index * width;
    if (from > claim.last) break;
    const inside = Math.min(claim.last, from + width - 1) - Math.max(claim.first, from) + 1;
    result.push([index, inside / months]);
  }
  return result;
}

/** Bins every claim over the months its dates cover; empty bins between the first and the last are kept. */
export function buildTimeline(input: Iterable<DatedClaim>): Timeline {
  const claims: ClaimMonths[] = [];
  const undated = { total: 0, shown: 0 };
  for (const claim of input) {
    const span = dateSpan(claim.date, claim.dateEnd);
    if (!span) {
      undated.total += 1;
      if (claim.shown) undated.shown += 1;
    } else
      claims.push({
        first: monthNumber(span.first.slice(0, 7)),
        last: monthNumber(span.last.slice(0, 7)),
        shown: claim.shown,
      });
  }
  if (claims.length === 0) return { unit: 'month', bins: [], undated, claims };
  const first = Math.min(...claims.map((claim) => claim.first));
  const last = Math.max(...claims.map((claim) => claim.last));
  const unit = chooseUnit(monthFromNumber(first), monthFromNumber(last));
  const width = BIN_UNITS[unit];
  const origin = binStart(first, unit);
  const bins: TimelineBin[] = [];
  for (let start = origin; start <= last; start += width) {
    const from = monthFromNumber(start);
    const to = monthFromNumber(start + width - 1);
    bins.push({ from, to, label: binLabel(from, unit), total: 0, shown: 0, exact: 0, spanning: 0 });
  }
  for (const claim of claims) {
    const parts = shares(claim, origin, width);
    for (const [index, share] of parts) {
      const bin = bins[index];
      if (!bin) continue;
      bin.total += share;
      if (claim.shown) bin.shown += share;
      if (parts.length === 1) bin.exact += 1;
      else bin.spanning += 1;
    }
  }
  return { unit, bins, undated, claims };
}

/** True when a claim's months overlap the range (the API's rule: a claim is in a range its dates overlap). */
export function monthsOverlap(claim: Pick<ClaimMonths, 'first' | 'last'>, range: MonthRange | null): boolean {
  if (!range) return true;
  return claim.last >= monthNumber(range.from) && claim.first <= monthNumber(range.to);
}

/** One bar's part that the graph draws: shares of claims passing every filter, time included. */
export interface BinInView {
  /** Of claims dated within the bar. */
  exact: number;
  /** Of claims spread over it. */
  spread: number;
}

/** For each bin, the shares of the claims the graph shows with the brush `range`: the same rule as the filter. */
export function binsInView(timeline: Timeline, range: MonthRange | null): BinInView[] {
  const result = timeline.bins.map(() => ({ exact: 0, spread: 0 }));
  const first = timeline.bins[0];
  if (!first) return result;
  const origin = monthNumber(first.from);
  const width = BIN_UNITS[timeline.unit];
  for (const claim of timeline.claims) {
    if (!claim.shown || !monthsOverlap(claim, range)) continue;
    const parts = shares(claim, origin, width);
    for (const [index, share] of parts) {
      const bin = result[index];
      if (!bin) continue;
      if (parts.length === 1) bin.exact += share;
      else bin.spread += share;
    }
  }
  return result;
}

/** The month range covered by bins `a` to `b` (in either order), or null when out of range. */
export function rangeOfBins(bins: readonly TimelineBin[], a: number, b: number): MonthRange | null {
  const low = bins[Math.max(0, Math.min(a, b))];
  const high = bins[Math.min(bins.length - 1, Math.max(a, b))];
  return low && high ? { from: low.from, to: high.to } : null;
}

/** The indices of the first and last bins a month range touches, or null when it touches none. */
export function binsOfRange(bins: readonly TimelineBin[], range: MonthRange): [number, number] | null {
  const first = bins.findIndex((bin) => bin.to >= range.from);
  let last = -1;
  bins.forEach((bin, index) => {
    if (bin.from <= range.to) last = index;
  });
  return first >= 0 && last >= first ? [first, last] : null;
}

/** A tick on the axis: at the left edge of bin `index`, with its label (empty for an unlabelled tick). */
export interface AxisTick {
  index: number;
  label: string;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The axis: a tick at each year's start labelled by the year (every k-th year when more than `maxLabels` would
 * crowd), and in a monthly timeline a tick at each month, labelled every month up to a year, else every 2, 3, 6
 * or 12 months to fit.
 */
export function axisTicks(timeline: Timeline, maxLabels = 8): { years: AxisTick[]; months: AxisTick[] } {
  const { bins, unit } = timeline;
  const starts = bins
    .map((bin, index) => ({ index, year: Number(bin.from.slice(0, 4)), january: bin.from.endsWith('-01') }))
    .filter((start, index) => start.january || index === 0);
  const every = Math.max(1, Math.ceil(starts.length / maxLabels));
  const years = starts.map(({ index, year }) => ({
    index,
    label: year % every === 0 || (index === 0 && every === 1) ? String(year) : '',
  }));
  if (unit !== 'month') return { years, months: [] };
  const step = bins.length <= 12 ? 1 : ([2, 3, 6].find((months) => bins.length / months <= maxLabels) ?? 12);
  const months = bins.map((bin, index) => {
    const month = Number(bin.from.slice(5)) - 1;
    return { index, label: month % step === 0 ? (SHORT_MONTHS[month] ?? '') : '' };
  });
  return { years, months };
}

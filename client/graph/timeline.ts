// The timeline's histogram: claims counted by the month, quarter or year they start, and the brush's month range.
import type { MonthRange } from '../state/view-state';
import { dateSpan, monthFromNumber, monthLabel, monthNumber } from './dates';

/** Bin widths, in months. */
export const BIN_UNITS = { month: 1, quarter: 3, year: 12 } as const;
export type BinUnit = keyof typeof BIN_UNITS;

/** At most this many bins before a wider unit is chosen. */
export const MAX_BINS = 96;

/** One bar: the months it covers and how many claims start in it (all loaded, and those shown). */
export interface TimelineBin {
  from: string;
  to: string;
  label: string;
  total: number;
  shown: number;
}

/** A claim as the timeline sees it. */
export interface DatedClaim {
  date: string | null;
  dateEnd: string | null;
  /** True when the claim passes every filter but time. */
  shown: boolean;
}

export interface Timeline {
  unit: BinUnit;
  bins: TimelineBin[];
  undated: { total: number; shown: number };
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

/** Bins every claim by its first month; empty bins between the first and the last are kept. */
export function buildTimeline(claims: Iterable<DatedClaim>): Timeline {
  const starts: Array<{ month: number; shown: boolean }> = [];
  const undated = { total: 0, shown: 0 };
  for (const claim of claims) {
    const span = dateSpan(claim.date, claim.dateEnd);
    if (!span) {
      undated.total += 1;
      if (claim.shown) undated.shown += 1;
    } else starts.push({ month: monthNumber(span.first.slice(0, 7)), shown: claim.shown });
  }
  if (starts.length === 0) return { unit: 'month', bins: [], undated };
  const first = Math.min(...starts.map((start) => start.month));
  const last = Math.max(...starts.map((start) => start.month));
  const unit = chooseUnit(monthFromNumber(first), monthFromNumber(last));
  const width = BIN_UNITS[unit];
  const origin = binStart(first, unit);
  const bins: TimelineBin[] = [];
  for (let start = origin; start <= last; start += width) {
    const from = monthFromNumber(start);
    bins.push({
      from,
      to: monthFromNumber(start + width - 1),
      label: binLabel(from, unit),
      total: 0,
      shown: 0,
    });
  }
  for (const { month, shown } of starts) {
    const bin = bins[Math.floor((month - origin) / width)];
    if (!bin) continue;
    bin.total += 1;
    if (shown) bin.shown += 1;
  }
  return { unit, bins, undated };
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

// A dyad's relation over time as stacked bars: months in order, curated and unchecked claims in two rows, by side.
import type { Dyad, FamilyInfo, SideInfo } from '../api/types';
import { monthFromNumber, monthNumber } from './dates';

/** The two rows: claims a person checked, and claims imported or extracted. */
export const DYAD_ROWS = ['curated', 'unchecked'] as const;
export type DyadRow = (typeof DYAD_ROWS)[number];

/** What a bar's part stands for: an event side, or a non-event family. */
export interface DyadKey {
  key: string;
  label: string;
  colour: string;
}

/** One part of a stacked bar, in claims per month from the row's baseline (`y0` below, `y1` above). */
export interface DyadSegment extends DyadKey {
  claims: number;
  y0: number;
  y1: number;
}

/**
 * One bar: a month's claims, or a year's claims dated only by the year, spread over its twelve months (each
 * month then gets a twelfth; the month bars of that year stand on it).
 */
export interface DyadBar {
  period: string;
  row: DyadRow;
  /** Columns it covers: from `start` (a month's index in `months`) to `end`, exclusive. */
  start: number;
  end: number;
  year: boolean;
  claims: number;
  segments: DyadSegment[];
}

/** The whole chart: its months, bars, each row's tallest column, the legend's keys and the undated count. */
export interface DyadLayout {
  months: string[];
  bars: DyadBar[];
  max: Record<DyadRow, number>;
  keys: DyadKey[];
  undated: number;
  total: number;
}

const GREY = '#9aa3ad';

/** The legend keys in drawing order: sides from cooperation to conflict, then the other families. */
export function dyadKeys(sides: readonly SideInfo[], families: readonly FamilyInfo[]): DyadKey[] {
  return [
    ...[...sides]
      .sort((a, b) => a.quadClass - b.quadClass)
      .map((side) => ({ key: side.side, label: side.side.replace('-', ' '), colour: side.colour })),
    ...families
      .filter((family) => family.family !== 'event')
      .map((family) => ({ key: family.family, label: family.family, colour: family.sideColour ?? GREY })),
  ];
}

/** Which row an origin's claims go to. */
export function dyadRow(origin: string): DyadRow {
  return origin === 'curated' ? 'curated' : 'unchecked';
}

const isYear = (period: string) => /^\d{4}$/.test(period);

/** Lays the dyad's periods out as stacked bars over a continuous run of months. */
export function layoutDyad(dyad: Dyad, keys: readonly DyadKey[]): DyadLayout {
  const order = new Map(keys.map((key, index) => [key.key, index]));
  const keyOf = (count: { side: string | null; family: string }) => count.side ?? count.family;
  const firsts = dyad.periods.map((p) => monthNumber(isYear(p.period) ? `${p.period}-01` : p.period));
  const lasts = dyad.periods.map((p) => monthNumber(isYear(p.period) ? `${p.period}-12` : p.period));
  const undated = dyad.undated.reduce((sum, count) => sum + count.claims, 0);
  const max: Record<DyadRow, number> = { curated: 0, unchecked: 0 };
  if (firsts.length === 0) return { months: [], bars: [], max, keys: [...keys], undated, total: dyad.total };
  const first = Math.min(...firsts);
  const months = Array.from({ length: Math.max(...lasts) - first + 1 }, (_, i) => monthFromNumber(first + i));
  // Year spans first, so that month bars stand on the twelfth of their year's claims.
  const periods = [...dyad.periods].sort((a, b) => Number(!isYear(a.period)) - Number(!isYear(b.period)));
  const base: Record<DyadRow, number[]> = { curated: months.map(() => 0), unchecked: months.map(() => 0) };
  const bars: DyadBar[] = [];
  for (const period of periods) {
    const year = isYear(period.period);
    const start = monthNumber(year ? `${period.period}-01` : period.period) - first;
    const end = start + (year ? 12 : 1);
    for (const row of DYAD_ROWS) {
      const byKey = new Map<string, number>();
      for (const count of period.counts)
        if (dyadRow(count.origin) === row)
          byKey.set(keyOf(count), (byKey.get(keyOf(count)) ?? 0) + count.claims);
      if (byKey.size === 0) continue;
      const floor = Math.max(...base[row].slice(start, end));
      let y = floor;
      const segments = [...byKey]
        .sort(
          ([a], [b]) => (order.get(a) ?? keys.length) - (order.get(b) ?? keys.length) || a.localeCompare(b),
        )
        .map(([key, claims]) => {
          const known = keys.find((item) => item.key === key) ?? { key, label: key, colour: GREY };
          const height = year ? claims / 12 : claims;
          const segment = { ...known, claims, y0: y, y1: y + height };
          y += height;
          return segment;
        });
      for (let column = start; column < end; column += 1) base[row][column] = y;
      max[row] = Math.max(max[row], y);
      bars.push({
        period: period.period,
        row,
        start,
        end,
        year,
        claims: segments.reduce((sum, segment) => sum + segment.claims, 0),
        segments,
      });
    }
  }
  bars.sort((a, b) => a.start - b.start || Number(b.year) - Number(a.year));
  return { months, bars, max, keys: [...keys], undated, total: dyad.total };
}

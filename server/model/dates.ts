// Partial ISO dates (`2018`, `2018-05`, `2018-05-07`): checking them and turning them into ranges.

export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Null when `value` is a real date at its precision, else what is wrong with it. */
export function dateProblem(value: string): string | null {
  if (!DATE_PATTERN.test(value)) return 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD';
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (year < 1000) return 'expected a year of four digits from 1000';
  if (month !== undefined && (month < 1 || month > 12))
    return `month ${month} does not exist: expected 01 to 12`;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `day ${day} does not exist in ${value.slice(0, 7)}: expected 01 to ${daysInMonth(year, month)}`;
  }
  return null;
}

/** The first and last day a partial date covers, as `YYYY-MM-DD`. */
export function dateRange(value: string): { first: string; last: string } {
  const [year, month, day] = value.split('-') as [string, string?, string?];
  if (day !== undefined) return { first: value, last: value };
  if (month !== undefined) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, '0');
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${last}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

// Claim dates at the precision the article gives (YYYY, YYYY-MM, YYYY-MM-DD): the days they cover, and months.

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day (`YYYY-MM-DD`) a claim's date covers, or null when it has no usable date. */
export function dateSpan(
  date: string | null,
  dateEnd: string | null = null,
): { first: string; last: string } | null {
  const start = date ? DATE.exec(date) : null;
  if (!start) return null;
  const end = (dateEnd ? DATE.exec(dateEnd) : null) ?? start;
  const first = `${start[1]}-${start[2] ?? '01'}-${start[3] ?? '01'}`;
  const last = `${end[1]}-${end[2] ?? '12'}-${end[3] ?? '31'}`;
  return last < first ? { first, last: first } : { first, last };
}

/** `YYYY-MM` to a month number (year * 12 + month - 1), for arithmetic. */
export function monthNumber(month: string): number {
  const [year, mm] = month.split('-').map(Number);
  return (year ?? 0) * 12 + ((mm ?? 1) - 1);
}

/** The inverse of monthNumber. */
export function monthFromNumber(value: number): string {
  const year = Math.floor(value / 12);
  const month = (value % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** True for a `YYYY-MM` string with a real month. */
export function isMonth(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}$/.test(text)) return false;
  const month = Number(text.slice(5));
  return month >= 1 && month <= 12;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "May 2018" for `2018-05`. */
export function monthLabel(month: string): string {
  const index = Number(month.slice(5)) - 1;
  return `${MONTH_NAMES[index] ?? month.slice(5)} ${month.slice(0, 4)}`;
}

/** A claim date for people: "7 May 2018", "May 2018", "2018", with the end when there is one. */
export function formatClaimDate(date: string | null, dateEnd: string | null = null): string {
  if (!date) return 'undated';
  const one = (value: string) => {
    const match = DATE.exec(value);
    if (!match) return value;
    const [, year, month, day] = match;
    if (!month) return year ?? value;
    const name = MONTH_NAMES[Number(month) - 1] ?? month;
    return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
  };
  return dateEnd && dateEnd !== date ? `${one(date)} – ${one(dateEnd)}` : one(date);
}

// Small readers of event-data fields shared by the format modules: each gives the value or a row problem.
import { cameoCodebook, relationForCameo } from '../model/cameo';
import { dateProblem } from '../model/dates';
import type { RowProblem } from './coded-event';

/** Thrown inside a row reader to stop at the first bad field; caught by readRowSafely. */
export class RowProblemError extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.message);
  }
}

/** Stops reading the row with this problem. */
export function rowProblem(reason: string, column: string | undefined, message: string): never {
  throw new RowProblemError({ reason, column, message });
}

/** Runs a row reader, turning the first bad field into its problem. */
export function readRowSafely<T>(read: () => T): T | { problem: RowProblem } {
  try {
    return read();
  } catch (error) {
    if (error instanceof RowProblemError) return { problem: error.problem };
    throw error;
  }
}

/** The value, or undefined when the dataset leaves it out (empty, or ICEWS's "NA"). */
export function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' || trimmed === 'NA' ? undefined : trimmed;
}

export function quoted(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  return `"${shown}"`;
}

/** An event id: digits only. */
export function eventIdField(column: string, value: string | undefined): string {
  const id = given(value);
  if (!id || !/^\d{1,18}$/.test(id))
    rowProblem('bad event id', column, `found ${quoted(value ?? '')}: expected the event id, digits`);
  return id;
}

/** A day as YYYY-MM-DD, from YYYY-MM-DD or GDELT's YYYYMMDD. */
export function dayField(
  column: string,
  value: string | undefined,
  layout: 'YYYY-MM-DD' | 'YYYYMMDD',
): string {
  const text = value?.trim() ?? '';
  const match =
    layout === 'YYYYMMDD' ? /^(\d{4})(\d{2})(\d{2})$/.exec(text) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) rowProblem('bad date', column, `found ${quoted(text)}: expected a date ${layout}`);
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const problem = dateProblem(day);
  if (problem) rowProblem('bad date', column, `found ${quoted(text)}, not a real date: ${problem}`);
  return day;
}

/** A CAMEO event code of the codebook that the vocabulary maps to a relation type. */
export function cameoField(column: string, value: string | undefined): string {
  const code = value?.trim() ?? '';
  if (!cameoCodebook().has(code) || !relationForCameo(code))
    rowProblem(
      'unknown CAMEO code',
      column,
      `found ${quoted(code)}: expected a CAMEO event code of the codebook, e.g. 046`,
    );
  return code;
}

/** A number within bounds, or undefined when left out. */
export function numberField(
  column: string,
  value: string | undefined,
  bounds: { min?: number; max?: number; integer?: boolean } = {},
): number | undefined {
  const text = given(value);
  if (text === undefined) return undefined;
  const number = Number(text);
  const { min = -Infinity, max = Infinity, integer = false } = bounds;
  if (!Number.isFinite(number) || number < min || number > max || (integer && !Number.isInteger(number))) {
    const range = [
      integer ? 'a whole number' : 'a number',
      Number.isFinite(min) ? `from ${min}` : '',
      Number.isFinite(max) ? `to ${max}` : '',
    ];
    rowProblem('bad number', column, `found ${quoted(text)}: expected ${range.filter(Boolean).join(' ')}`);
  }
  return number;
}

/** Sorted, distinct sectors from a comma-separated list. */
export function sectorList(value: string | undefined): string[] {
  const text = given(value);
  if (!text) return [];
  return [...new Set(text.split(',').map((sector) => sector.trim()))].filter((s) => given(s)).sort();
}

// Reading query parameters: each parser names its parameter in the 400 it raises.
import type { Request } from 'express';

/** A request's parsed query string. */
export type Query = Request['query'];
import { CERTAINTIES } from '../model/actors';
import type { ClaimFilter } from '../model/claim-filter';
import { isRelationType, RELATION_TYPES } from '../model/relations';
import { dateProblem, dateRange } from '../model/dates';
import { invalidParameter } from '../errors';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** All values of a parameter, whether repeated (`a=1&a=2`) or comma-separated (`a=1,2`). */
export function listParam(query: Query, name: string): string[] {
  const raw = query[name];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (values.some((value) => typeof value !== 'string'))
    throw invalidParameter(name, 'expected plain text values');
  return (values as string[])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A single text parameter (undefined when absent). */
export function textParam(query: Query, name: string, maxLength = 200): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw invalidParameter(name, 'expected a single value');
  if (raw.length > maxLength) throw invalidParameter(name, `expected at most ${maxLength} characters`);
  return raw;
}

/** A whole-number parameter within bounds. */
export function intParam(
  query: Query,
  name: string,
  bounds: { min: number; max: number; fallback: number },
): number {
  const raw = textParam(query, name, 20);
  if (raw === undefined || raw === '') return bounds.fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || value < bounds.min || value > bounds.max) {
    throw invalidParameter(
      name,
      `found "${raw}": expected a whole number from ${bounds.min} to ${bounds.max}`,
    );
  }
  return value;
}

/** An actor id parameter that must be present. */
export function actorIdParam(name: string, value: string | undefined): string {
  if (value === undefined || value === '')
    throw invalidParameter(name, 'missing: expected an actor id, e.g. kim-jong-un');
  if (!SLUG.test(value))
    throw invalidParameter(
      name,
      `found "${value.slice(0, 60)}": expected an actor id (lower-case letters, digits, dashes)`,
    );
  return value;
}

/** A source id parameter that must be present: a slug, so it also names a file safely. */
export function sourceIdParam(name: string, value: string | undefined): string {
  if (value === undefined || value === '')
    throw invalidParameter(name, 'missing: expected a source id, e.g. donga-pompeo-memoir-kim-china');
  if (!SLUG.test(value))
    throw invalidParameter(
      name,
      `found "${value.slice(0, 60)}": expected a source id (lower-case letters, digits, dashes)`,
    );
  return value;
}

function dateParam(query: Query, name: 'from' | 'to'): string | null {
  const raw = textParam(query, name, 10);
  if (raw === undefined || raw === '') return null;
  const problem = dateProblem(raw);
  if (problem) throw invalidParameter(name, `found "${raw}": ${problem}`);
  const range = dateRange(raw);
  return name === 'from' ? range.first : range.last;
}

function checkedList(
  query: Query,
  name: string,
  allowed: readonly string[] | RegExp,
  expected: string,
): string[] {
  const values = listParam(query, name);
  for (const value of values) {
    const ok = Array.isArray(allowed) ? allowed.includes(value) : (allowed as RegExp).test(value);
    if (!ok) throw invalidParameter(name, `found "${value.slice(0, 60)}": expected ${expected}`);
  }
  return values;
}

/** types, from, to, sources, certainty. */
export function claimFilterParams(query: Query): ClaimFilter {
  const types = listParam(query, 'types');
  const unknown = types.find((type) => !isRelationType(type));
  if (unknown)
    throw invalidParameter(
      'types',
      `found "${unknown.slice(0, 60)}": expected relation types among ${RELATION_TYPES.join(', ')}`,
    );
  const filter: ClaimFilter = {
    types,
    from: dateParam(query, 'from'),
    to: dateParam(query, 'to'),
    sources: checkedList(query, 'sources', SLUG, 'source ids'),
    certainty: checkedList(
      query,
      'certainty',
      CERTAINTIES,
      `certainty levels among ${CERTAINTIES.join(', ')}`,
    ),
  };
  if (filter.from && filter.to && filter.from > filter.to)
    throw invalidParameter('to', `found a range that ends (${filter.to}) before it starts (${filter.from})`);
  return filter;
}

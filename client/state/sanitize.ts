// Turns untrusted input (a link's hash, a snapshot file) into a valid ViewState, keeping what is valid.
import { VIEWER_SETTINGS } from '../config';
import { isMonth } from '../graph/dates';
import {
  COLOUR_BY,
  DEPTHS,
  EDGE_COLOUR_BY,
  SIZE_BY,
  defaultViewState,
  oneOf,
  type Depth,
  type Expansion,
  type Scope,
  type Selection,
  type ViewFilters,
  type ViewState,
} from './view-state';

type Loose = Record<string, unknown>;

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,199}$/u;

/** True for a string that can be an actor or claim id. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

function record(value: unknown): Loose {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item !== '')
    : [];
}

function depth(value: unknown): Depth {
  return oneOf(DEPTHS, Number(value)) ?? 1;
}

/** A valid scope, or the whole graph. */
export function sanitizeScope(value: unknown): Scope {
  const raw = record(value);
  if (raw.kind === 'focus' && isId(raw.center))
    return { kind: 'focus', center: raw.center, depth: depth(raw.depth) };
  if (raw.kind === 'query' && typeof raw.query === 'string' && raw.query.trim() !== '')
    return { kind: 'query', query: raw.query };
  return { kind: 'all' };
}

/** A valid selection, or none. */
export function sanitizeSelection(value: unknown): Selection {
  const raw = record(value);
  if (raw.kind === 'actor' && isId(raw.id)) return { kind: 'actor', id: raw.id };
  if (raw.kind === 'claim' && isId(raw.id)) return { kind: 'claim', id: raw.id };
  if (raw.kind === 'between' && isId(raw.a) && isId(raw.b) && raw.a !== raw.b)
    return raw.a < raw.b ? { kind: 'between', a: raw.a, b: raw.b } : { kind: 'between', a: raw.b, b: raw.a };
  if (raw.kind === 'paths' && isId(raw.from) && isId(raw.to)) {
    const depth = raw.maxDepth;
    const valid =
      Number.isInteger(depth) && (depth as number) >= 1 && (depth as number) <= VIEWER_SETTINGS.pathDepth.max;
    return { kind: 'paths', from: raw.from, to: raw.to, ...(valid ? { maxDepth: depth as number } : {}) };
  }
  if (raw.kind === 'source' && isId(raw.id)) {
    const paragraph =
      typeof raw.paragraph === 'number' && Number.isInteger(raw.paragraph) && raw.paragraph > 0
        ? raw.paragraph
        : undefined;
    const claim = isId(raw.claim) ? raw.claim : undefined;
    return { kind: 'source', id: raw.id, ...(paragraph ? { paragraph } : {}), ...(claim ? { claim } : {}) };
  }
  if (raw.kind === 'events') return { kind: 'events' };
  return { kind: 'none' };
}

/** Valid filters; anything unreadable falls back to its default. */
export function sanitizeFilters(value: unknown): ViewFilters {
  const raw = record(value);
  const time = record(raw.time);
  const range =
    isMonth(time.from) && isMonth(time.to)
      ? time.from <= time.to
        ? { from: time.from, to: time.to }
        : null
      : null;
  return {
    hiddenTypes: strings(raw.hiddenTypes),
    hiddenOrigins: strings(raw.hiddenOrigins),
    hiddenKinds: strings(raw.hiddenKinds),
    hiddenCertainties: strings(raw.hiddenCertainties),
    hiddenSources: strings(raw.hiddenSources),
    time: range,
    includeUndated: raw.includeUndated !== false,
  };
}

function expansions(value: unknown): Expansion[] {
  if (!Array.isArray(value)) return [];
  return value
    .map(record)
    .filter((item) => isId(item.center))
    .map((item) => ({ center: item.center as string, depth: depth(item.depth) }));
}

/** A complete, valid ViewState from any JSON value. */
export function sanitizeViewState(value: unknown): ViewState {
  const raw = record(value);
  const defaults = defaultViewState();
  return {
    scope: sanitizeScope(raw.scope),
    expansions: expansions(raw.expansions),
    selection: sanitizeSelection(raw.selection),
    filters: sanitizeFilters(raw.filters),
    sizeBy: oneOf(SIZE_BY, raw.sizeBy) ?? defaults.sizeBy,
    colourBy: oneOf(COLOUR_BY, raw.colourBy) ?? defaults.colourBy,
    edgeColourBy: oneOf(EDGE_COLOUR_BY, raw.edgeColourBy) ?? defaults.edgeColourBy,
    depth: depth(raw.depth),
    showIsolated: raw.showIsolated === true,
  };
}

// The view state in the page's hash, so a link reopens the same view: only what differs from the defaults.
import { sanitizeViewState } from './sanitize';
import { defaultViewState, type ViewState } from './view-state';

const list = (values: readonly string[]) => values.join(',');
const split = (text: string | null) => (text ? text.split(',').filter((item) => item !== '') : []);

/** `depth` and `expand` entries are written `id:depth`; ids may hold colons, so the last one splits. */
function withDepth(text: string): { center: string; depth: number } {
  const at = text.lastIndexOf(':');
  if (at <= 0) return { center: text, depth: 1 };
  return { center: text.slice(0, at), depth: Number(text.slice(at + 1)) };
}

/** Encodes the state as `key=value&...` (no leading `#`); the default state encodes as the empty string. */
export function encodeViewState(state: ViewState): string {
  const defaults = defaultViewState();
  const params = new URLSearchParams();
  const { scope, selection, filters } = state;
  if (scope.kind === 'focus') params.set('focus', `${scope.center}:${scope.depth}`);
  if (scope.kind === 'query') params.set('query', scope.query);
  if (state.expansions.length > 0)
    params.set('expand', list(state.expansions.map((item) => `${item.center}:${item.depth}`)));
  if (selection.kind === 'actor') params.set('actor', selection.id);
  if (selection.kind === 'claim') params.set('claim', selection.id);
  if (selection.kind === 'between') params.set('between', `${selection.a},${selection.b}`);
  if (selection.kind === 'paths')
    params.set('paths', [selection.from, selection.to, selection.maxDepth ?? []].flat().join(','));
  if (selection.kind === 'source') {
    params.set('source', selection.id);
    if (selection.paragraph) params.set('paragraph', String(selection.paragraph));
    if (selection.claim) params.set('evidence', selection.claim);
  }
  if (selection.kind === 'events') params.set('events', '1');
  if (filters.hiddenTypes.length) params.set('hideTypes', list(filters.hiddenTypes));
  if (filters.hiddenOrigins.length) params.set('hideOrigins', list(filters.hiddenOrigins));
  if (filters.hiddenKinds.length) params.set('hideKinds', list(filters.hiddenKinds));
  if (filters.hiddenCertainties.length) params.set('hideCertainty', list(filters.hiddenCertainties));
  if (filters.hiddenSources.length) params.set('hideSources', list(filters.hiddenSources));
  if (filters.time) params.set('time', `${filters.time.from}..${filters.time.to}`);
  if (!filters.includeUndated) params.set('undated', '0');
  if (state.sizeBy !== defaults.sizeBy) params.set('size', state.sizeBy);
  if (state.colourBy !== defaults.colourBy) params.set('colour', state.colourBy);
  if (state.edgeColourBy !== defaults.edgeColourBy) params.set('edgeColour', state.edgeColourBy);
  if (state.depth !== defaults.depth) params.set('depth', String(state.depth));
  if (state.showIsolated) params.set('isolated', '1');
  return params.toString();
}

function selectionFrom(params: URLSearchParams): Record<string, unknown> {
  const actor = params.get('actor');
  const claim = params.get('claim');
  const [from, to, maxDepth] = split(params.get('paths'));
  if (actor) return { kind: 'actor', id: actor };
  if (claim) return { kind: 'claim', id: claim };
  const [a, b] = split(params.get('between'));
  if (a && b) return { kind: 'between', a, b };
  if (from && to) return { kind: 'paths', from, to, ...(maxDepth ? { maxDepth: Number(maxDepth) } : {}) };
  const source = params.get('source');
  if (source) {
    const paragraph = Number(params.get('paragraph'));
    return { kind: 'source', id: source, paragraph, claim: params.get('evidence') ?? undefined };
  }
  if (params.get('events') === '1') return { kind: 'events' };
  return { kind: 'none' };
}

function scopeFrom(params: URLSearchParams): Record<string, unknown> {
  const focus = params.get('focus');
  const query = params.get('query');
  if (focus) return { kind: 'focus', ...withDepth(focus) };
  if (query) return { kind: 'query', query };
  return { kind: 'all' };
}

/** Decodes a hash (with or without `#`); whatever is missing or invalid takes its default. */
export function decodeViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const [from, to] = (params.get('time') ?? '').split('..');
  return sanitizeViewState({
    scope: scopeFrom(params),
    expansions: split(params.get('expand')).map(withDepth),
    selection: selectionFrom(params),
    filters: {
      hiddenTypes: split(params.get('hideTypes')),
      hiddenOrigins: split(params.get('hideOrigins')),
      hiddenKinds: split(params.get('hideKinds')),
      hiddenCertainties: split(params.get('hideCertainty')),
      hiddenSources: split(params.get('hideSources')),
      time: from && to ? { from, to } : null,
      includeUndated: params.get('undated') !== '0',
    },
    sizeBy: params.get('size') ?? undefined,
    colourBy: params.get('colour') ?? undefined,
    edgeColourBy: params.get('edgeColour') ?? undefined,
    depth: params.get('depth') ?? undefined,
    showIsolated: params.get('isolated') === '1',
  });
}

// Small graphs for the viewer's unit tests: a data graph built from served-style nodes and claims.
import type { ClaimAttributes, SerializedGraph } from '../../../client/api/types';
import { dataGraphFrom } from '../../../client/graph/data-graph';
import type { DataGraph } from '../../../client/graph/graph-types';

/** A claim's attributes with defaults. */
export function claim(type: string, overrides: Partial<ClaimAttributes> = {}): ClaimAttributes {
  return {
    type,
    label: type.toLowerCase().replace(/_/g, ' '),
    date: null,
    dateEnd: null,
    sourceId: 'gazette',
    summary: `${type} claim`,
    certainty: 'fact',
    assertedBy: null,
    paragraph: 1,
    quote: null,
    origin: 'curated',
    ...overrides,
  };
}

/** A served graph: actors a (person), b (state), c (state), d (person, alone); claims as given. */
export function served(
  claims: Array<[string, string, string, Partial<ClaimAttributes>?, string?]>,
): SerializedGraph {
  const kinds: Record<string, string> = { a: 'person', b: 'state', c: 'state', d: 'person' };
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: Object.entries(kinds).map(([key, kind]) => ({
      key,
      attributes: { label: key.toUpperCase(), kind, aliases: [] },
    })),
    edges: claims.map(([key, source, target, overrides, type]) => ({
      key,
      source,
      target,
      attributes: claim(type ?? 'MEETS', overrides),
    })),
  };
}

/** The usual test graph: a meets b twice, a visits c, b opposes c, c sanctions b; d alone. */
export function sampleGraph(): DataGraph {
  return dataGraphFrom(
    served([
      ['ab1', 'a', 'b', { date: '2018-03' }],
      ['ab2', 'a', 'b', { date: '2018-06-12', certainty: 'claim', assertedBy: 'd' }],
      ['ac', 'a', 'c', { date: '2019', sourceId: 'review' }, 'VISITS'],
      ['bc', 'b', 'c', { certainty: 'assessment' }, 'OPPOSES'],
      ['cb', 'c', 'b', { date: '2018-01' }, 'SANCTIONS'],
    ]),
  );
}

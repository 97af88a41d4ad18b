// The HTTP API's types, shared by the server and the viewer. No runtime dependencies: types and constants only.

/** Attributes of an actor node in a served graph. */
export interface ActorAttributes {
  label: string;
  kind: string;
  aliases: string[];
  description?: string;
  unnamed?: boolean;
  /** Number of claims (in any direction) the actor has in the whole database. */
  degree?: number;
  [key: string]: unknown;
}

/** Attributes of a claim edge in a served graph: the relation and its evidence. */
export interface ClaimAttributes {
  type: string;
  label: string;
  date: string | null;
  dateEnd: string | null;
  sourceId: string;
  summary: string;
  certainty: string;
  assertedBy: string | null;
  /** The evidence locator: paragraph number in the source, and a short quote when there is one. */
  paragraph: number | null;
  quote: string | null;
  [key: string]: unknown;
}

export interface SerializedNode<A = ActorAttributes> {
  key: string;
  attributes: A;
}

export interface SerializedEdge<A = ClaimAttributes> {
  key: string;
  source: string;
  target: string;
  attributes: A;
}

/** Graph-level attributes: what was selected and whether a limit cut it. */
export interface GraphAttributes {
  truncated?: boolean;
  [key: string]: unknown;
}

/** graphology's serialized form: a client does `Graph.from(json)`. */
export interface SerializedGraph<N = ActorAttributes, E = ClaimAttributes> {
  options: { type: 'directed'; multi: true; allowSelfLoops: boolean };
  attributes: GraphAttributes;
  nodes: Array<SerializedNode<N>>;
  edges: Array<SerializedEdge<E>>;
}

/** The one error shape of every failed request. */
export interface ErrorBody {
  error: { code: string; message: string; [detail: string]: unknown };
}

/** A source article as the API lists it. */
export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  authors: string[];
  url?: string;
}

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

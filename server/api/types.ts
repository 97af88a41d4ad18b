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

/** One relation type of the vocabulary, as /api/meta lists it. */
export interface RelationInfo {
  type: string;
  label: string;
  description: string;
  direction: string;
  symmetric: boolean;
  colour: string;
  /** Kinds of actor allowed at each end, when the type restricts them. */
  fromKinds?: readonly string[];
  toKinds?: readonly string[];
}

/** One actor kind and its colour. */
export interface ActorKindInfo {
  kind: string;
  colour: string;
  description: string;
}

/** One certainty level. */
export interface CertaintyInfo {
  certainty: string;
  description: string;
}

/** GET /api/meta. */
export interface Meta {
  relations: RelationInfo[];
  actorKinds: ActorKindInfo[];
  certainties: CertaintyInfo[];
  sources: SourceSummary[];
  dateRange: { earliest: string | null; latest: string | null };
  counts: { actors: number; sources: number; claims: number; claimsByType: Record<string, number> };
  /** Whether this server writes the data files (the review screens are shown only then). */
  curation?: boolean;
}

/** One hit of GET /api/actors. */
export interface ActorHit {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  degree: number;
}

/** A source article as an actor's details embed it. */
export interface ClaimSource {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
}

/** A claim in an actor's details: the claim's attributes plus its id and source. */
export interface DetailClaim extends ClaimAttributes {
  id: string;
  source: ClaimSource | null;
}

/** The claims of one type between the actor and one counterpart, in one direction. */
export interface ClaimGroup {
  other: { id: string; name: string; kind: string };
  direction: 'out' | 'in';
  claims: DetailClaim[];
}

/** GET /api/actors/:id. */
export interface ActorDetails {
  actor: {
    id: string;
    name: string;
    kind: string;
    aliases: string[];
    description: string | null;
    unnamed: boolean;
    degree: number;
  };
  claimCount: number;
  truncated: boolean;
  claimsByType: Array<{ type: string; label: string; groups: ClaimGroup[] }>;
}

/** One path of GET /api/paths: the actors along it and the claims linking them. */
export interface FoundPath {
  actors: string[];
  claims: string[];
}

/** POST /api/cypher. */
export interface CypherResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
  graph: SerializedGraph;
  summary: { rows: number; truncated: boolean; maxRows: number; queryType: string; elapsedMs: number };
}

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Attributes of an aggregated edge (`aggregate=pair`): every claim of one type from one actor to another. */
export interface PairAttributes {
  type: string;
  label: string;
  aggregate: true;
  /** How many claims the edge stands for. */
  claims: number;
  /** First and last day the claims cover (null when none is dated). */
  dateFirst: string | null;
  dateLast: string | null;
  /** How many sources state them. */
  sources: number;
  /** Where they come from: curated, icews, gdelt, extracted. */
  origins: string[];
  [key: string]: unknown;
}

/** A claim as GET /api/claims lists it: its attributes, id and ends. */
export interface ListedClaim extends ClaimAttributes {
  id: string;
  source: string;
  target: string;
}

/** GET /api/claims: one page of the claims between two actors. */
export interface ClaimPage {
  claims: ListedClaim[];
  total: number;
  offset: number;
  limit: number;
}

/** One period of a dyad: claims counted by relation type, its family and side, and origin. */
export interface DyadPeriod {
  /** `YYYY-MM`, or `YYYY` for claims dated only by year. */
  period: string;
  counts: Array<{ type: string; side: string | null; family: string; origin: string; claims: number }>;
}

/** GET /api/dyad: the relation of two actors over time, both directions. */
export interface Dyad {
  actors: [{ id: string; name: string }, { id: string; name: string }];
  periods: DyadPeriod[];
  /** Claims with no date, counted the same way. */
  undated: DyadPeriod['counts'];
  total: number;
}

// The shapes of the API's answers as the viewer reads them; the graph and error types come from the server's shared module.
import type {
  ActorAttributes,
  ClaimAttributes,
  ErrorBody,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
  SourceSummary,
} from '../../server/api/types';

export type {
  ActorAttributes,
  ClaimAttributes,
  ErrorBody,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
  SourceSummary,
};

/** One relation type of the vocabulary, as /api/meta lists it. */
export interface RelationInfo {
  type: string;
  label: string;
  description: string;
  direction: string;
  symmetric: boolean;
  colour: string;
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

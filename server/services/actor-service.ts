// Actor search and an actor's claims with their evidence.
import type { ActorDetails, ActorHit, ClaimGroup, ClaimSource } from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import { notFound } from '../errors';
import { isRelationType, relationDefinition } from '../model/relations';
import { claimEdge } from './graph-mapper';
import { luceneQuery } from './search-query';

const queries = {
  search: defineQuery('actors/search', ['lucene', 'limit', 'candidates']),
  bestConnected: defineQuery('actors/best-connected', ['limit']),
  details: defineQuery('actors/details', ['id', 'limit']),
};

/** Full-text candidates ranked by degree among equal scores, per search: enough to rank a short prefix's matches. */
const SEARCH_CANDIDATES = 200;

/** At most this many claims in one actor's details. */
export const MAX_ACTOR_CLAIMS = 1000;

/** A claim of an actor as the details query returns it. */
interface StoredClaim {
  key: string;
  type: string;
  outgoing: boolean;
  other: ClaimGroup['other'];
  properties: Record<string, unknown>;
  source: ClaimSource | null;
}

function hit(row: Record<string, unknown>): ActorHit {
  return {
    id: row.id as string,
    name: row.name as string,
    kind: row.kind as string,
    aliases: (row.aliases as string[] | null) ?? [],
    degree: row.degree as number,
  };
}

/** The direction a claim is grouped under: `both` for a symmetric type, which reads the same either way round. */
function groupDirection(claim: StoredClaim): ClaimGroup['direction'] {
  if (isRelationType(claim.type) && relationDefinition(claim.type).symmetric) return 'both';
  return claim.outgoing ? 'out' : 'in';
}

/**
 * Claims grouped by relation type, then by the other actor and direction; the claims of a symmetric type with
 * one counterpart form one group whichever actor the text named first.
 */
function groupClaims(claims: StoredClaim[]): ActorDetails['claimsByType'] {
  const byType = new Map<string, Map<string, ClaimGroup>>();
  for (const claim of claims) {
    const direction = groupDirection(claim);
    const groups = byType.get(claim.type) ?? new Map<string, ClaimGroup>();
    byType.set(claim.type, groups);
    const groupKey = `${direction}:${claim.other.id}`;
    const group: ClaimGroup = groups.get(groupKey) ?? { other: claim.other, direction, claims: [] };
    groups.set(groupKey, group);
    const edge = claimEdge({
      key: claim.key,
      type: claim.type,
      source: '',
      target: '',
      properties: claim.properties,
    });
    group.claims.push({ id: claim.key, ...edge.attributes, source: claim.source });
  }
  return [...byType].map(([type, groups]) => ({
    type,
    label: isRelationType(type) ? relationDefinition(type).label : type.toLowerCase(),
    groups: [...groups.values()],
  }));
}

export class ActorService {
  constructor(private readonly db: Database) {}

  /** Actors whose name or alias matches `text`, best first; the best connected when `text` is empty. */
  async search(text: string, limit: number): Promise<ActorHit[]> {
    const lucene = luceneQuery(text);
    if (lucene === null) {
      const { rows } = await this.db.read(queries.bestConnected, { limit });
      return rows.map(hit);
    }
    const candidates = Math.max(limit, SEARCH_CANDIDATES);
    const { rows } = await this.db.read(queries.search, { lucene, limit, candidates });
    return rows.map(hit);
  }

  /** One actor and its claims grouped by type and counterpart, each claim with its source; 404 when unknown. */
  async details(id: string): Promise<ActorDetails> {
    const { rows } = await this.db.read(queries.details, { id, limit: MAX_ACTOR_CLAIMS });
    const row = rows[0];
    if (!row) throw notFound(`No actor with id "${id}"`);
    const actor = row.actor as Record<string, unknown>;
    const claims = row.claims as StoredClaim[];
    return {
      actor: {
        id,
        name: String(actor.name),
        kind: String(actor.kind),
        aliases: (actor.aliases as string[] | undefined) ?? [],
        description: (actor.description as string | undefined) ?? null,
        unnamed: actor.unnamed === true,
        degree: row.degree as number,
      },
      claimCount: row.degree as number,
      truncated: (row.degree as number) > claims.length,
      claimsByType: groupClaims(claims),
    };
  }
}

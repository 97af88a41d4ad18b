// Actor search and an actor's claims with their evidence.
import type {
  ActorHit,
  ActorRef,
  ActorWithAsserted,
  AssertedClaims,
  ClaimGroup,
  ClaimSource,
  ClaimWithActors,
} from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import { notFound } from '../errors';
import { isRelationType, relationDefinition } from '../model/relations';
import { claimWithActors, corroborate, type ClaimWithActorsRow } from './corroborate';
import type { ActorProperties } from './graph-mapper';
import { luceneQuery } from './search-query';

/** A row of actors/search.cypher and actors/best-connected.cypher. */
interface ActorHitRow {
  id: string;
  name: string;
  kind: string;
  aliases: string[] | null;
  degree: number;
}

/** The row of actors/details.cypher: the actor, its degree and its claims. */
interface ActorDetailsRow {
  actor: ActorProperties;
  degree: number;
  claims: StoredClaim[];
}

/** The row of actors/asserted.cypher: how many claims the actor asserts, and the first of them. */
interface AssertedRow {
  count: number;
  claims: ClaimWithActorsRow[];
}

const queries = {
  search: defineQuery('actors/search', ['lucene', 'limit', 'candidates']).returning<ActorHitRow>(),
  bestConnected: defineQuery('actors/best-connected', ['limit']).returning<ActorHitRow>(),
  details: defineQuery('actors/details', ['id', 'limit']).returning<ActorDetailsRow>(),
  asserted: defineQuery('actors/asserted', ['id', 'limit']).returning<AssertedRow>(),
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

function hit(row: ActorHitRow): ActorHit {
  return { id: row.id, name: row.name, kind: row.kind, aliases: row.aliases ?? [], degree: row.degree };
}

/** The direction a claim is grouped under: `both` for a symmetric type, which reads the same either way round. */
function groupDirection(type: string, outgoing: boolean): ClaimGroup['direction'] {
  if (isRelationType(type) && relationDefinition(type).symmetric) return 'both';
  return outgoing ? 'out' : 'in';
}

/** The claims of the details query as served, with both ends: `actor` at one end, the other actor at the other. */
function servedClaims(
  actor: ActorRef,
  claims: StoredClaim[],
): Array<{ claim: ClaimWithActors; outgoing: boolean }> {
  return claims.map((stored) => ({
    outgoing: stored.outgoing,
    claim: claimWithActors({
      key: stored.key,
      type: stored.type,
      from: stored.outgoing ? actor : stored.other,
      to: stored.outgoing ? stored.other : actor,
      properties: stored.properties,
      source: stored.source,
    }),
  }));
}

/**
 * Claims grouped by relation type, then by the other actor and direction; the claims of a symmetric type with
 * one counterpart form one group whichever actor the text named first.
 */
function groupClaims(
  claims: Array<{ claim: ClaimWithActors; outgoing: boolean }>,
): ActorWithAsserted['claimsByType'] {
  const byType = new Map<string, Map<string, ClaimGroup>>();
  for (const { claim, outgoing } of claims) {
    const direction = groupDirection(claim.type, outgoing);
    const other = outgoing ? claim.to : claim.from;
    const groups = byType.get(claim.type) ?? new Map<string, ClaimGroup>();
    byType.set(claim.type, groups);
    const groupKey = `${direction}:${other.id}`;
    const group: ClaimGroup = groups.get(groupKey) ?? { other, direction, claims: [] };
    groups.set(groupKey, group);
    group.claims.push(claim);
  }
  return [...byType].map(([type, groups]) => ({
    type,
    label: isRelationType(type) ? relationDefinition(type).label : type.toLowerCase(),
    groups: [...groups.values()],
  }));
}

/**
 * The claims an actor asserts, grouped by whom they are about: the claim's `from` actor (its subject), or its `to`
 * actor when the asserter is the subject (an analyst's own assessment of a state is about the state). Groups with
 * the most claims first, then by name; claims earliest first.
 */
export function groupAsserted(asserter: string, claims: ClaimWithActors[]): AssertedClaims['byAbout'] {
  const groups = new Map<string, { about: ActorRef; claims: ClaimWithActors[] }>();
  for (const claim of claims) {
    const about = claim.from.id === asserter ? claim.to : claim.from;
    const group = groups.get(about.id) ?? { about, claims: [] };
    group.claims.push(claim);
    groups.set(about.id, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.claims.length - a.claims.length || a.about.name.localeCompare(b.about.name),
  );
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

  /**
   * One actor, its claims grouped by type and counterpart (each with its source, and its corroboration when other
   * sources state the same event), and the claims it asserts; 404 when unknown.
   */
  async details(id: string): Promise<ActorWithAsserted> {
    const { rows } = await this.db.read(queries.details, { id, limit: MAX_ACTOR_CLAIMS });
    const row = rows[0];
    if (!row) throw notFound(`No actor with id "${id}"`);
    const { actor, degree } = row;
    const ref: ActorRef = { id, name: String(actor.name), kind: String(actor.kind) };
    const claims = servedClaims(ref, row.claims);
    corroborate(claims.map(({ claim }) => claim));
    return {
      actor: {
        ...ref,
        aliases: actor.aliases ?? [],
        description: actor.description ?? null,
        unnamed: actor.unnamed === true,
        degree,
      },
      claimCount: degree,
      truncated: degree > claims.length,
      claimsByType: groupClaims(claims),
      asserted: await this.asserted(id),
    };
  }

  /** The claims `id` asserts, grouped by whom they are about. */
  async asserted(id: string): Promise<AssertedClaims> {
    const { rows } = await this.db.read(queries.asserted, { id, limit: MAX_ACTOR_CLAIMS });
    const row = rows[0] ?? { count: 0, claims: [] };
    const claims = row.claims.map(claimWithActors);
    return {
      count: row.count,
      truncated: row.count > claims.length,
      byAbout: groupAsserted(id, claims),
    };
  }
}

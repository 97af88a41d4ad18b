// Events: the claims of one or more sources that state the same thing, grouped by corroboration.
import type { ActorRef, ClaimWithActors, CorroboratedEvent, EventList } from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import { notFound } from '../errors';
import { isRelationType, relationDefinition } from '../model/relations';
import { claimWithActors, eventGroups, type ClaimWithActorsRow } from './corroborate';

/** A row of the events/pairs-*.cypher and events/pair-of-claim.cypher queries: two actor ids, in order. */
interface PairRow {
  pair: string[];
}

const queries = {
  claimsOfPairs: defineQuery('events/claims-of-pairs', ['pairs', 'limit']).returning<ClaimWithActorsRow>(),
  pairsOfActor: defineQuery('events/pairs-of-actor', ['id', 'limit']).returning<PairRow>(),
  pairsOfSource: defineQuery('events/pairs-of-source', ['source', 'limit']).returning<PairRow>(),
  pairOfClaim: defineQuery('events/pair-of-claim', ['claim']).returning<PairRow>(),
  multiSourcePairs: defineQuery('events/multi-source-pairs', ['minSources', 'limit']).returning<PairRow>(),
  actorExists: defineQuery('actors/exists', ['id']).returning<{ id: string }>(),
};

const QUERY_TIMEOUT_MS = 15_000;

/** At most this many pairs of actors, and claims between them, are read for one answer. */
export const MAX_EVENT_PAIRS = 2000;
export const MAX_EVENT_CLAIMS = 20_000;

/** Which events to list: those of one actor, one source, one claim, or (none given) of the whole graph. */
export interface EventSelection {
  actor?: string;
  source?: string;
  claim?: string;
  /** Only events stated by at least this many sources. */
  minSources: number;
  limit: number;
}

const larger = (values: Array<number | undefined>): number | null => {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? Math.max(...known) : null;
};

function eventOf(
  id: string,
  claims: ClaimWithActors[],
  dates: [string | null, string | null],
): CorroboratedEvent {
  const first = claims[0] as ClaimWithActors;
  const actors = [first.from, first.to].sort((a, b) => (a.id < b.id ? -1 : 1)) as [ActorRef, ActorRef];
  const types = [...new Set(claims.map((claim) => claim.type))];
  const plover = types
    .map((type) => (isRelationType(type) ? (relationDefinition(type).event?.plover ?? null) : null))
    .find((value) => value !== null);
  return {
    id,
    types,
    plover: plover ?? null,
    actors,
    dateFirst: dates[0],
    dateLast: dates[1],
    sourceCount: new Set(claims.map((claim) => claim.sourceId)).size,
    mentions: larger(claims.map((claim) => claim.mentions)),
    reportedSources: larger(claims.map((claim) => claim.sourceCount)),
    claims,
  };
}

export class EventService {
  constructor(private readonly db: Database) {}

  /** Every claim between the actors of each pair, with both ends and its source, earliest first. */
  async claimsOfPairs(pairs: string[][]): Promise<{ claims: ClaimWithActors[]; truncated: boolean }> {
    if (pairs.length === 0) return { claims: [], truncated: false };
    const { rows } = await this.db.read(
      queries.claimsOfPairs,
      { pairs, limit: MAX_EVENT_CLAIMS + 1 },
      { timeoutMs: QUERY_TIMEOUT_MS },
    );
    const claims = rows.slice(0, MAX_EVENT_CLAIMS).map(claimWithActors);
    return { claims, truncated: rows.length > MAX_EVENT_CLAIMS };
  }

  private async pairs(selection: EventSelection): Promise<string[][]> {
    const limit = MAX_EVENT_PAIRS + 1;
    const options = { timeoutMs: QUERY_TIMEOUT_MS };
    if (selection.actor !== undefined) {
      const { rows } = await this.db.read(queries.actorExists, { id: selection.actor });
      if (rows.length === 0) throw notFound(`No actor with id "${selection.actor}"`);
      return (await this.db.read(queries.pairsOfActor, { id: selection.actor, limit }, options)).rows.map(
        (row) => row.pair,
      );
    }
    if (selection.source !== undefined) {
      const { rows } = await this.db.read(
        queries.pairsOfSource,
        { source: selection.source, limit },
        options,
      );
      if (rows.length === 0) throw notFound(`No source with id "${selection.source}", or it has no claim`);
      return rows.map((row) => row.pair);
    }
    if (selection.claim !== undefined) {
      const { rows } = await this.db.read(queries.pairOfClaim, { claim: selection.claim }, options);
      if (rows.length === 0) throw notFound(`No claim with id "${selection.claim}"`);
      return rows.map((row) => row.pair);
    }
    const { rows } = await this.db.read(
      queries.multiSourcePairs,
      { minSources: selection.minSources, limit },
      options,
    );
    return rows.map((row) => row.pair);
  }

  /** The events of the selection stated by at least `minSources` sources, earliest first. */
  async list(selection: EventSelection): Promise<EventList> {
    const pairs = await this.pairs(selection);
    const { claims, truncated } = await this.claimsOfPairs(pairs.slice(0, MAX_EVENT_PAIRS));
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    // The event lists its claims: they are not given a `corroboration` of their own.
    const events = eventGroups(claims)
      .filter((group) => group.sourceIds.length >= selection.minSources)
      .map((group) =>
        eventOf(
          group.id,
          group.claimIds.map((id) => byId.get(id) as ClaimWithActors),
          [group.dateFirst, group.dateLast],
        ),
      )
      .filter(
        (event) =>
          (selection.source === undefined || event.claims.some((c) => c.sourceId === selection.source)) &&
          (selection.claim === undefined || event.claims.some((c) => c.id === selection.claim)),
      )
      .sort(
        (a, b) => (a.dateFirst ?? '9999').localeCompare(b.dateFirst ?? '9999') || a.id.localeCompare(b.id),
      );
    return {
      events: events.slice(0, selection.limit),
      truncated: truncated || pairs.length > MAX_EVENT_PAIRS || events.length > selection.limit,
    };
  }
}

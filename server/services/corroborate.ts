// The step that adds corroboration to served claims: groups them into events and tells each claim its event.
import {
  claimCorroboration,
  CORROBORATING_SOURCES,
  type ActorRef,
  type ClaimSource,
  type ClaimWithActors,
} from '../api/types';
import { groupCorroborated, type CorroboratedGroup } from '../model/corroboration';
import { claimEdge } from './graph-mapper';

/** A claim row with both ends, as the asserted, source and event queries return it. */
export interface ClaimWithActorsRow {
  key: string;
  type: string;
  from: ActorRef;
  to: ActorRef;
  properties: Record<string, unknown>;
  source?: ClaimSource | null;
}

const count = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** A claim as served, with both ends; the counts imported event data gives, when it gives them. */
export function claimWithActors(row: ClaimWithActorsRow): ClaimWithActors {
  const edge = claimEdge({
    key: row.key,
    type: row.type,
    source: row.from.id,
    target: row.to.id,
    properties: row.properties,
  });
  const claim: ClaimWithActors = {
    id: row.key,
    ...edge.attributes,
    source: row.source ?? null,
    from: row.from,
    to: row.to,
  };
  const mentions = count(row.properties.mentions);
  const sourceCount = count(row.properties.sourceCount);
  if (mentions !== undefined) claim.mentions = mentions;
  if (sourceCount !== undefined) claim.sourceCount = sourceCount;
  return claim;
}

/** Groups served claims into events (server/model/corroboration.ts), every claim in one. */
export function eventGroups(claims: ClaimWithActors[]): CorroboratedGroup[] {
  return groupCorroborated(
    claims.map((claim) => ({
      id: claim.id,
      type: claim.type,
      from: claim.from.id,
      to: claim.to.id,
      sourceId: claim.sourceId,
      date: claim.date,
      dateEnd: claim.dateEnd,
    })),
  );
}

/**
 * Groups `claims` into events and gives each claim of an event stated by CORROBORATING_SOURCES or more sources its
 * `corroboration`. Returns the groups, every claim in one.
 */
export function corroborate(claims: ClaimWithActors[]): CorroboratedGroup[] {
  const groups = eventGroups(claims);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  for (const group of groups) {
    if (group.sourceIds.length < CORROBORATING_SOURCES) continue;
    const members = group.claimIds.map((id) => byId.get(id) as ClaimWithActors);
    const corroboration = claimCorroboration({
      id: group.id,
      sourceCount: group.sourceIds.length,
      claims: members,
    });
    for (const member of members) member.corroboration = corroboration;
  }
  return groups;
}

// Maps the validated corpus to the property rows written to Neo4j, each with a hash of its content so that
// ingestion can tell what changed.
import { createHash } from 'node:crypto';
import type { Claim, Corpus } from './corpus';
import { dateRange } from '../model/dates';
import type { ActorRecord, SourceRecord } from './file-schemas';

type Properties = Record<string, unknown>;

export interface NodeRow {
  id: string;
  hash: string;
  properties: Properties;
}

export interface ClaimRow {
  id: string;
  hash: string;
  type: string;
  from: string;
  to: string;
  properties: Properties;
}

export interface GraphRows {
  actors: NodeRow[];
  sources: NodeRow[];
  claims: ClaimRow[];
}

function hashOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}

/** Drops undefined and null so rows compare and hash the same whatever the file left out. */
function compact(properties: Properties): Properties {
  // Built key by key (not with Object.fromEntries) so that a million rows stay small, fast-mode objects.
  const kept: Properties = {};
  for (const key in properties) {
    const value = properties[key];
    if (value !== undefined && value !== null) kept[key] = value;
  }
  return kept;
}

function actorProperties(actor: ActorRecord): Properties {
  return compact({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    description: actor.description,
    unnamed: actor.unnamed,
    country: actor.country,
    sectors: actor.sectors,
    cameoCode: actor.codes?.cameo,
    searchText: [actor.name, ...actor.aliases].join('\n'),
  });
}

function sourceProperties(source: SourceRecord): Properties {
  return compact({ ...source });
}

/** Hands back one copy of each text it is given: a million rows then share their few distinct dates and types. */
export type Share = (value: string) => string;

/** A new pool of shared texts, for one ingestion. */
export function sharedTexts(): Share {
  const pool = new Map<string, string>();
  return (value) => {
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
}

const unshared: Share = (value) => value;

function claimProperties(claim: Claim, share: Share): Properties {
  const span = claim.date
    ? { first: dateRange(claim.date).first, last: dateRange(claim.dateEnd ?? claim.date).last }
    : null;
  const shared = (value: string | null | undefined) =>
    value === null || value === undefined ? value : share(value);
  return compact({
    id: claim.id,
    sourceId: claim.sourceId,
    date: shared(claim.date),
    dateEnd: shared(claim.dateEnd),
    dateFirst: shared(span?.first),
    dateLast: shared(span?.last),
    summary: claim.summary,
    certainty: share(claim.certainty),
    assertedBy: claim.assertedBy,
    origin: share(claim.origin),
    status: claim.status === 'accepted' ? undefined : claim.status,
    confidence: claim.confidence,
    paragraph: claim.evidence?.paragraph,
    quote: claim.evidence?.quote,
    ...provenanceProperties(claim.provenance),
  });
}

/** A coded event's provenance, flattened: Neo4j properties hold no maps. */
function provenanceProperties(provenance: Claim['provenance']): Properties {
  if (!provenance) return {};
  return {
    eventId: provenance.eventId,
    eventSentence: provenance.sentence,
    cameoCode: provenance.cameo,
    cameoLabel: provenance.cameoLabel,
    goldstein: provenance.goldstein,
    mentions: provenance.mentions,
    sourceCount: provenance.sources,
    articleCount: provenance.articles,
    tone: provenance.tone,
    place: provenance.place,
    latitude: provenance.latitude,
    longitude: provenance.longitude,
  };
}

function nodeRow(properties: Properties): NodeRow {
  const hash = hashOf(properties);
  properties.hash = hash;
  return { id: properties.id as string, hash, properties };
}

/** The row of one actor. */
export const actorRow = (actor: ActorRecord): NodeRow => nodeRow(actorProperties(actor));

/** The row of one source. */
export const sourceRow = (source: SourceRecord): NodeRow => nodeRow(sourceProperties(source));

/** The row of one claim; `share` keeps one copy of the texts many claims repeat. */
export function claimRow(claim: Claim, share: Share = unshared): ClaimRow {
  const properties = claimProperties(claim, share);
  const type = share(claim.type);
  const hash = hashOf([type, claim.from, claim.to, properties]);
  properties.hash = hash;
  return { id: claim.id, hash, type, from: claim.from, to: claim.to, properties };
}

/** A claim row as create-claims.cypher takes it. */
export const claimToCreate = (row: ClaimRow) => ({
  type: row.type,
  from: row.from,
  to: row.to,
  properties: row.properties,
});

/** The rows for every actor, source and claim of a corpus. */
export function graphRows(corpus: Corpus): GraphRows {
  return {
    actors: corpus.actors.map(actorRow),
    sources: corpus.sources.map(sourceRow),
    claims: corpus.claims.map((claim) => claimRow(claim)),
  };
}

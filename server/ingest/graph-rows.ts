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
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== undefined && value !== null),
  );
}

function actorProperties(actor: ActorRecord): Properties {
  return compact({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    description: actor.description,
    unnamed: actor.unnamed,
    searchText: [actor.name, ...actor.aliases].join('\n'),
  });
}

function sourceProperties(source: SourceRecord): Properties {
  return compact({ ...source });
}

function claimProperties(claim: Claim): Properties {
  const span = claim.date
    ? { first: dateRange(claim.date).first, last: dateRange(claim.dateEnd ?? claim.date).last }
    : null;
  return compact({
    id: claim.id,
    sourceId: claim.sourceId,
    date: claim.date,
    dateEnd: claim.dateEnd,
    dateFirst: span?.first,
    dateLast: span?.last,
    summary: claim.summary,
    certainty: claim.certainty,
    assertedBy: claim.assertedBy,
    paragraph: claim.evidence.paragraph,
    quote: claim.evidence.quote,
  });
}

function nodeRow(properties: Properties): NodeRow {
  const hash = hashOf(properties);
  return { id: properties.id as string, hash, properties: { ...properties, hash } };
}

function claimRow(claim: Claim): ClaimRow {
  const properties = claimProperties(claim);
  const hash = hashOf([claim.type, claim.from, claim.to, properties]);
  return {
    id: claim.id,
    hash,
    type: claim.type,
    from: claim.from,
    to: claim.to,
    properties: { ...properties, hash },
  };
}

/** The rows for every actor, source and claim of a corpus. */
export function graphRows(corpus: Corpus): GraphRows {
  return {
    actors: corpus.actors.map((actor) => nodeRow(actorProperties(actor))),
    sources: corpus.sources.map((source) => nodeRow(sourceProperties(source))),
    claims: corpus.claims.map(claimRow),
  };
}

// Turns query rows into graphology's serialized graph: actors as nodes, claims as edges.
import { STORED_CLAIM_FIELDS, type ClaimField } from '../api/claim-fields';
import {
  type ActorAttributes,
  type ClaimAttributes,
  type GraphAttributes,
  type PairAttributes,
  type SerializedEdge,
  type SerializedGraph,
  type SerializedNode,
} from '../api/types';
import { isRelationType, relationDefinition } from '../model/relations';

/** An actor's stored properties, as `properties(actor)` returns them (bookkeeping ones too). */
export interface ActorProperties {
  name: string;
  kind: string;
  aliases?: string[];
  description?: string;
  unnamed?: boolean;
  [key: string]: unknown;
}

/**
 * An actor as the graph queries return it (graph/actors-by-id.cypher's row): its id, its properties and, when
 * asked, its degree. The properties are read warily: the console hands over nodes of any shape.
 */
export interface ActorRow {
  key: string;
  properties: Readonly<Record<string, unknown>>;
  degree?: number;
}

/** A claim as the graph queries return it: id, ends, relationship type and stored properties. */
export interface ClaimRow {
  key: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** An actor node: `label` is the name; bookkeeping properties stay in the database. */
export function actorNode(row: ActorRow): SerializedNode {
  const { name, kind, aliases, description, unnamed } = row.properties;
  const attributes: ActorAttributes = {
    label: String(name ?? row.key),
    kind: String(kind ?? 'unknown'),
    aliases: Array.isArray(aliases) ? aliases.map(String) : [],
  };
  if (typeof description === 'string') attributes.description = description;
  if (unnamed === true) attributes.unnamed = true;
  if (row.degree !== undefined) attributes.degree = row.degree;
  return { key: row.key, attributes };
}

/** A stored property as the claim field serves it; undefined leaves an optional field out. */
function claimFieldValue(field: ClaimField, value: unknown): string | number | null | undefined {
  if (field.presence === 'optional') {
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
      ? value
      : undefined;
  }
  if (field.presence === 'nullable') {
    if (field.type === 'string') return text(value);
    return typeof value === 'number' ? value : null;
  }
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? (field.fallback ?? '') : String(value);
}

/** A claim edge with every field CLAIM_FIELDS declares: its evidence, its origin and any provenance. */
export function claimEdge(row: ClaimRow): SerializedEdge {
  const fields: Record<string, unknown> = {
    type: row.type,
    label: isRelationType(row.type) ? relationDefinition(row.type).label : row.type.toLowerCase(),
  };
  for (const field of STORED_CLAIM_FIELDS) {
    const value = claimFieldValue(field, row.properties[field.name]);
    if (value !== undefined) fields[field.name] = value;
  }
  return { key: row.key, source: row.source, target: row.target, attributes: fields as ClaimAttributes };
}

/**
 * A claim as a list, the shape graph-on.cypher returns (a list is much cheaper than a map to encode and decode):
 * id, start actor id, end actor id, relationship type, `dateFirst` (for sorting), then the stored claim fields in
 * the order of CLAIM_FIELDS.
 */
export const LISTED_CLAIM_PROPERTIES = [
  'dateFirst',
  ...STORED_CLAIM_FIELDS.map((field) => field.name),
] as const;

/** Names the positions of a listed claim. */
export function claimRowFromList(list: unknown[]): ClaimRow {
  const [key, source, target, type, ...values] = list;
  const properties: Record<string, unknown> = {};
  LISTED_CLAIM_PROPERTIES.forEach((name, index) => {
    properties[name] = values[index] ?? null;
  });
  return { key: String(key), source: String(source), target: String(target), type: String(type), properties };
}

/** Claims in the order a reader expects: earliest first, then by id. */
export function byDateThenKey(a: ClaimRow, b: ClaimRow): number {
  const dateA = String(a.properties.dateFirst ?? '');
  const dateB = String(b.properties.dateFirst ?? '');
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** A serialized directed multigraph; edges whose ends are missing from `nodes` are dropped. */
export function serializedGraph<E = ClaimAttributes>(
  nodes: SerializedNode[],
  edges: Array<SerializedEdge<E>>,
  attributes: GraphAttributes = {},
): SerializedGraph<ActorAttributes, E> {
  const keys = new Set(nodes.map((node) => node.key));
  const seenEdges = new Set<string>();
  const kept = edges.filter((edge) => {
    if (!keys.has(edge.source) || !keys.has(edge.target) || seenEdges.has(edge.key)) return false;
    seenEdges.add(edge.key);
    return true;
  });
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes,
    nodes,
    edges: kept,
  };
}

/**
 * An aggregated edge from a row of pairs-on.cypher: [source, target, type, claims, dateFirst, dateLast, sources,
 * origins]. Its key names the pair and the type, so the same pair keeps its key across requests.
 */
export function pairEdge(list: unknown[]): SerializedEdge<PairAttributes> {
  const [source, target, type, claims, dateFirst, dateLast, sources, origins] = list;
  const typeName = String(type);
  return {
    key: `${String(source)}|${typeName}|${String(target)}`,
    source: String(source),
    target: String(target),
    attributes: {
      type: typeName,
      label: isRelationType(typeName) ? relationDefinition(typeName).label : typeName.toLowerCase(),
      aggregate: true,
      claims: Number(claims),
      dateFirst: text(dateFirst),
      dateLast: text(dateLast),
      sources: Number(sources),
      origins: Array.isArray(origins) ? origins.map(String).sort() : [],
    },
  };
}

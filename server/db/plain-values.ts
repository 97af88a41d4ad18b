// Turns what the driver returns (Integers, temporals, nodes, relationships) into plain JSON values, in one place.
import neo4j, { isInt, type Integer } from 'neo4j-driver';

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/** A JSON-safe copy of any value the driver may return. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as Integer).toNumber();
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toPlain(item)]);
  return Object.fromEntries(entries);
}

/** Parameters as Neo4j expects them: whole JS numbers become Cypher integers (they would travel as floats). */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value.constructor !== Object) return value;
  // A plain loop, not entries/fromEntries: ingestion sends a million rows through here.
  const converted: Record<string, unknown> = {};
  for (const key in value) converted[key] = toNeo4jParams((value as Record<string, unknown>)[key]);
  return converted;
}

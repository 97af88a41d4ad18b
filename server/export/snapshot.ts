// What every export format shares: the snapshot header, its date, its one-line description and the colours.
// Pure (no Node or DOM API): the viewer's downloads use it too.
import type { SerializedGraph, SourceSummary } from '../api/types';
import { ACTOR_KIND_COLOURS, ACTOR_KINDS, type ActorKind } from '../model/actors';
import { isRelationType, relationDefinition } from '../model/relations';

/** What an export says about the snapshot besides the graph: when, what was selected, and the sources cited. */
export interface SnapshotHeader {
  /** ISO 8601 date-time the snapshot was taken, e.g. `2026-11-22T09:30:00.000Z`. */
  generatedAt: string;
  /** The request that selected the graph (query parameters, or a console query and its parameters). */
  selection: Record<string, unknown>;
  /** The sources the snapshot's claims cite. */
  sources: SourceSummary[];
}

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The `YYYY-MM-DD` day of an ISO date-time; throws a RangeError for anything else. */
export function snapshotDay(generatedAt: string): string {
  const match = ISO_DATE_TIME.exec(generatedAt);
  if (!match || Number.isNaN(Date.parse(generatedAt))) {
    throw new RangeError(`generatedAt must be an ISO 8601 date-time, found "${generatedAt.slice(0, 40)}"`);
  }
  return match[1] as string;
}

/** A JSON text made of printable ASCII only (others as `\uXXXX`), safe inside a one-line comment. */
export function asciiJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** One line on what the snapshot holds, for the formats that carry a description. */
export function snapshotDescription(graph: SerializedGraph, header: SnapshotHeader): string {
  const counts = `${graph.nodes.length} actors, ${graph.edges.length} claims, ${header.sources.length} sources`;
  const truncated = graph.attributes.truncated === true ? ' Truncated by a limit.' : '';
  return `actorgraph snapshot of ${header.generatedAt}: ${counts}. Selection: ${asciiJson(header.selection)}.${truncated}`;
}

/** The hex colour of an actor kind; undefined for a kind outside the vocabulary. */
export function kindColour(kind: unknown): string | undefined {
  return typeof kind === 'string' && (ACTOR_KINDS as readonly string[]).includes(kind)
    ? ACTOR_KIND_COLOURS[kind as ActorKind]
    : undefined;
}

/** The hex colour of a relation type; undefined for a type outside the vocabulary. */
export function relationColour(type: unknown): string | undefined {
  return typeof type === 'string' && isRelationType(type) ? relationDefinition(type).colour : undefined;
}

/** True when a claim's type is symmetric (reads the same both ways): exports write it as an undirected edge. */
export function isSymmetricClaim(type: unknown): boolean {
  return typeof type === 'string' && isRelationType(type) && relationDefinition(type).symmetric;
}

/** How a claim edge reads: its own `label`, else the vocabulary's, else its type. */
export function claimLabel(attributes: Readonly<Record<string, unknown>>): string {
  const { label, type } = attributes;
  if (typeof label === 'string') return label;
  if (typeof type === 'string') return isRelationType(type) ? relationDefinition(type).label : type;
  return '';
}

// Compares what Neo4j holds with what the files say, and lists the writes that make the first mirror the second.
import type { ClaimRow, GraphRows, NodeRow } from './graph-rows';

export interface StoredNode {
  id: string;
  hash: string | null;
}

export interface StoredClaim extends StoredNode {
  from: string;
  to: string;
}

export interface StoredState {
  actors: StoredNode[];
  sources: StoredNode[];
  claims: StoredClaim[];
}

export interface NodeChanges {
  added: NodeRow[];
  updated: NodeRow[];
  removed: string[];
  unchanged: number;
}

export interface ClaimChanges {
  added: ClaimRow[];
  updated: ClaimRow[];
  /** Stored claims to delete: removed ones, the old version of updated ones, and stray duplicates. */
  deletions: StoredClaim[];
  removed: number;
  unchanged: number;
}

export interface IngestPlan {
  actors: NodeChanges;
  sources: NodeChanges;
  claims: ClaimChanges;
}

function planNodes(rows: readonly NodeRow[], stored: readonly StoredNode[]): NodeChanges {
  const storedHash = new Map(stored.map((node) => [node.id, node.hash]));
  const wanted = new Set(rows.map((row) => row.id));
  const changes: NodeChanges = { added: [], updated: [], removed: [], unchanged: 0 };
  for (const row of rows) {
    if (!storedHash.has(row.id)) changes.added.push(row);
    else if (storedHash.get(row.id) !== row.hash) changes.updated.push(row);
    else changes.unchanged += 1;
  }
  changes.removed = stored.filter((node) => !wanted.has(node.id)).map((node) => node.id);
  return changes;
}

function planClaims(rows: readonly ClaimRow[], stored: readonly StoredClaim[]): ClaimChanges {
  const storedById = new Map<string, StoredClaim[]>();
  for (const claim of stored) storedById.set(claim.id, [...(storedById.get(claim.id) ?? []), claim]);
  const changes: ClaimChanges = { added: [], updated: [], deletions: [], removed: 0, unchanged: 0 };
  const wanted = new Set<string>();
  for (const row of rows) {
    wanted.add(row.id);
    const copies = storedById.get(row.id);
    if (!copies) changes.added.push(row);
    else if (copies.length === 1 && copies[0]?.hash === row.hash) changes.unchanged += 1;
    else {
      changes.updated.push(row);
      changes.deletions.push(...copies);
    }
  }
  for (const [id, copies] of storedById) {
    if (wanted.has(id)) continue;
    changes.removed += 1;
    changes.deletions.push(...copies);
  }
  return changes;
}

/** The writes that turn `stored` into `rows`. */
export function planIngest(rows: GraphRows, stored: StoredState): IngestPlan {
  return {
    actors: planNodes(rows.actors, stored.actors),
    sources: planNodes(rows.sources, stored.sources),
    claims: planClaims(rows.claims, stored.claims),
  };
}

/** True when the plan writes nothing. */
export function isEmptyPlan(plan: IngestPlan): boolean {
  const nodeWrites = (c: NodeChanges) => c.added.length + c.updated.length + c.removed.length;
  return (
    nodeWrites(plan.actors) +
      nodeWrites(plan.sources) +
      plan.claims.added.length +
      plan.claims.updated.length +
      plan.claims.deletions.length ===
    0
  );
}

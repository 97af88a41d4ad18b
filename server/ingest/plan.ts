// Compares what Neo4j holds with what the files say, and lists the writes that make the first mirror the second.
import type { ClaimRow, NodeRow } from './graph-rows';

export interface StoredNode {
  id: string;
  hash: string | null;
}

export interface StoredActor extends StoredNode {
  kind: string | null;
}

export interface StoredSource extends StoredNode {
  /** Content hash of the file the source and its claims were last written from (absent while they change). */
  fileHash: string | null;
}

export interface StoredClaim extends StoredNode {
  from: string;
  to: string;
  sourceId: string | null;
}

export interface StoredState {
  actors: StoredActor[];
  sources: StoredSource[];
  claims: StoredClaim[];
}

/** What the files say, less the source files left unread because they are known unchanged. */
export interface WantedRows {
  actors: NodeRow[];
  sources: NodeRow[];
  claims: ClaimRow[];
  /** Ids of the sources whose files were not read: they and their stored claims stay as they are. */
  unreadSources: ReadonlySet<string>;
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

const NONE: ReadonlySet<string> = new Set();

function planNodes(
  rows: readonly NodeRow[],
  stored: readonly StoredNode[],
  unread: ReadonlySet<string> = NONE,
): NodeChanges {
  const storedHash = new Map(stored.map((node) => [node.id, node.hash]));
  const wanted = new Set(rows.map((row) => row.id));
  const changes: NodeChanges = { added: [], updated: [], removed: [], unchanged: unread.size };
  for (const row of rows) {
    if (!storedHash.has(row.id)) changes.added.push(row);
    else if (storedHash.get(row.id) !== row.hash) changes.updated.push(row);
    else changes.unchanged += 1;
  }
  changes.removed = stored
    .filter((node) => !wanted.has(node.id) && !unread.has(node.id))
    .map((node) => node.id);
  return changes;
}

/** Stored claims by id: the first copy of each, and any further copies (left by an interrupted concurrent run). */
export function storedClaimsById(stored: readonly StoredClaim[]): {
  first: Map<string, StoredClaim>;
  copies: Map<string, StoredClaim[]>;
} {
  const first = new Map<string, StoredClaim>();
  const copies = new Map<string, StoredClaim[]>();
  for (const claim of stored) {
    const seen = first.get(claim.id);
    if (!seen) first.set(claim.id, claim);
    else copies.set(claim.id, [...(copies.get(claim.id) ?? [seen]), claim]);
  }
  return { first, copies };
}

function planClaims(
  rows: readonly ClaimRow[],
  stored: readonly StoredClaim[],
  unreadSources: ReadonlySet<string>,
): ClaimChanges {
  const { first, copies } = storedClaimsById(stored);
  const changes: ClaimChanges = { added: [], updated: [], deletions: [], removed: 0, unchanged: 0 };
  const wanted = new Set<string>();
  for (const row of rows) {
    wanted.add(row.id);
    const storedClaim = first.get(row.id);
    const storedCopies = copies.get(row.id);
    if (!storedClaim) changes.added.push(row);
    else if (!storedCopies && storedClaim.hash === row.hash) changes.unchanged += 1;
    else {
      changes.updated.push(row);
      changes.deletions.push(...(storedCopies ?? [storedClaim]));
    }
  }
  for (const [id, storedClaim] of first) {
    if (wanted.has(id)) continue;
    if (storedClaim.sourceId !== null && unreadSources.has(storedClaim.sourceId)) {
      changes.unchanged += 1;
      continue;
    }
    changes.removed += 1;
    changes.deletions.push(...(copies.get(id) ?? [storedClaim]));
  }
  return changes;
}

/** The writes that turn `stored` into `rows`. */
export function planIngest(rows: WantedRows, stored: StoredState): IngestPlan {
  return {
    actors: planNodes(rows.actors, stored.actors),
    sources: planNodes(rows.sources, stored.sources, rows.unreadSources),
    claims: planClaims(rows.claims, stored.claims, rows.unreadSources),
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

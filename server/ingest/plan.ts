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

/** The actors and sources the files say, less the source files left unread because they are known unchanged. */
export interface WantedNodes {
  actors: NodeRow[];
  sources: NodeRow[];
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
function storedClaimsById(stored: readonly StoredClaim[]): {
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

/**
 * Plans the claims while the files are read, one row at a time: a row stored as it is only counts, so a re-ingest
 * of a million claims holds the rows of the changed ones only.
 */
export class ClaimPlanner {
  private readonly first: Map<string, StoredClaim>;
  /** Every copy of the claims stored more than once, by id. */
  readonly copies: ReadonlyMap<string, StoredClaim[]>;
  /** Ids of stored claims the files still hold. */
  private readonly wanted = new Set<string>();
  private readonly changes: ClaimChanges = {
    added: [],
    updated: [],
    deletions: [],
    removed: 0,
    unchanged: 0,
  };

  constructor(stored: readonly StoredClaim[]) {
    ({ first: this.first, copies: this.copies } = storedClaimsById(stored));
  }

  /** Takes one claim of the files. */
  add(row: ClaimRow): void {
    const storedClaim = this.first.get(row.id);
    if (!storedClaim) {
      this.changes.added.push(row);
      return;
    }
    this.wanted.add(storedClaim.id);
    const storedCopies = this.copies.get(row.id);
    if (!storedCopies && storedClaim.hash === row.hash) this.changes.unchanged += 1;
    else {
      this.changes.updated.push(row);
      this.changes.deletions.push(...(storedCopies ?? [storedClaim]));
    }
  }

  /** The changes, once every file is read; the stored claims of unread sources stay as they are. */
  finish(unreadSources: ReadonlySet<string>): ClaimChanges {
    for (const [id, storedClaim] of this.first) {
      if (this.wanted.has(id)) continue;
      if (storedClaim.sourceId !== null && unreadSources.has(storedClaim.sourceId)) {
        this.changes.unchanged += 1;
        continue;
      }
      this.changes.removed += 1;
      this.changes.deletions.push(...(this.copies.get(id) ?? [storedClaim]));
    }
    return this.changes;
  }
}

/** The writes that turn `stored` into what the files say; the claims are planned by a ClaimPlanner. */
export function planIngest(rows: WantedNodes, stored: StoredState, claims: ClaimPlanner): IngestPlan {
  return {
    actors: planNodes(rows.actors, stored.actors),
    sources: planNodes(rows.sources, stored.sources, rows.unreadSources),
    claims: claims.finish(rows.unreadSources),
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

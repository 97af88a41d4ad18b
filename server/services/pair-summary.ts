// The per-pair summary of every claim, indexed by actor: answers unfiltered aggregated graphs without the claims.
import type { PairAttributes, SerializedEdge, SerializedNode } from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import { actorNode, pairEdge, type ActorRow } from './graph-mapper';

const pairSummaryQuery = defineQuery('graph/pair-summary', []).returning<{ pair: unknown[] }>();
const allActorsQuery = defineQuery('graph/all-actors', []).returning<ActorRow>();
const SUMMARY_TIMEOUT_MS = 600_000;

/** An aggregated edge: the claims of one ordered pair and relation type. */
export type PairEdge = SerializedEdge<PairAttributes>;

/**
 * Every ordered actor pair and relation type with its claims summed, indexed by actor: the edges leaving each
 * actor, each actor's neighbours (either direction) and each actor as a node. Built from one read of every claim
 * and one of every actor.
 */
export class PairSummary {
  private readonly nodes = new Map<string, SerializedNode>();
  private readonly outgoing = new Map<string, PairEdge[]>();
  private readonly adjacent = new Map<string, Set<string>>();
  private edgeCount = 0;

  constructor(edges: Iterable<PairEdge>, nodes: Iterable<SerializedNode> = []) {
    for (const node of nodes) this.nodes.set(node.key, node);
    for (const edge of edges) {
      this.edgeCount += 1;
      const leaving = this.outgoing.get(edge.source);
      if (leaving) leaving.push(edge);
      else this.outgoing.set(edge.source, [edge]);
      this.link(edge.source, edge.target);
      this.link(edge.target, edge.source);
    }
  }

  /** Reads every claim once and sums them per pair and type. */
  static async read(db: Database): Promise<PairSummary> {
    const options = { timeoutMs: SUMMARY_TIMEOUT_MS };
    const [pairs, actors] = await Promise.all([
      db.read(pairSummaryQuery, {}, options),
      db.read(allActorsQuery, {}, options),
    ]);
    return new PairSummary(
      pairs.rows.map((row) => pairEdge(row.pair)),
      actors.rows.map(actorNode),
    );
  }

  /** How many aggregated edges (pairs and types) the summary holds. */
  get size(): number {
    return this.edgeCount;
  }

  /** The actors of a list that exist, as nodes, in the list's order. */
  actorsIn(ids: readonly string[]): SerializedNode[] {
    return ids.flatMap((id) => this.nodes.get(id) ?? []);
  }

  /** The edges among a set of actors, leaving them in the set's order; at most `limit`. */
  edgesAmong(ids: readonly string[], limit: number): PairEdge[] {
    const members = new Set(ids);
    const edges: PairEdge[] = [];
    for (const id of members) {
      for (const edge of this.outgoing.get(id) ?? []) {
        if (!members.has(edge.target)) continue;
        edges.push(edge);
        if (edges.length >= limit) return edges;
      }
    }
    return edges;
  }

  /** One breadth-first step: the actors next to the frontier not yet seen, at most `limit`. */
  neighbours(frontier: readonly string[], seen: readonly string[], limit: number): string[] {
    const excluded = new Set(seen);
    const found: string[] = [];
    for (const id of frontier) {
      for (const neighbour of this.adjacent.get(id) ?? []) {
        if (excluded.has(neighbour)) continue;
        excluded.add(neighbour);
        found.push(neighbour);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  private link(from: string, to: string): void {
    const next = this.adjacent.get(from);
    if (next) next.add(to);
    else this.adjacent.set(from, new Set([to]));
  }
}

// The serialised answers of unfiltered aggregated graphs, kept per corpus version: at event-data density the
// answer for a hub is megabytes of JSON, and building (and compressing) it again for every request costs more
// than reading it.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { PairSummary } from './pair-summary';

const gzipped = promisify(gzip);

/** How many answers, and how many bytes in all, one corpus version keeps; the least recently used go first. */
export const AGGREGATED_ANSWER_LIMITS = { answers: 500, bytes: 64 * 1024 * 1024 };

/**
 * An aggregated graph as served: its JSON bytes, the same gzipped (for clients that accept it), and an entity
 * tag naming the corpus version and the selection.
 */
export interface AggregatedAnswer {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

/** What an unfiltered aggregated graph depends on: the centres (in order), the depth and the actor limit. */
export interface AggregatedSelection {
  centers: readonly string[];
  depth: number;
  limit: number;
}

type Bodies = Pick<AggregatedAnswer, 'body' | 'gzipped'>;

async function bodiesOf(graph: unknown): Promise<Bodies> {
  const body = Buffer.from(JSON.stringify(graph), 'utf8');
  return { body, gzipped: await gzipped(body) };
}

/** The per-pair summary of one corpus version with the answers built from it. */
export class SummaryAnswers {
  private readonly answers: LRUCache<string, Bodies>;
  /** Answers being built: concurrent requests for one selection wait for the same build. */
  private readonly building = new Map<string, Promise<Bodies>>();

  constructor(
    readonly summary: PairSummary,
    limits = AGGREGATED_ANSWER_LIMITS,
  ) {
    this.answers = new LRUCache({
      max: limits.answers,
      maxSize: limits.bytes,
      sizeCalculation: (bodies) => bodies.body.length + bodies.gzipped.length,
    });
  }

  /** The answer for `selection` at `version`, built by `build` the first time it is asked for. */
  async answer(
    version: string,
    selection: AggregatedSelection,
    build: () => Promise<unknown>,
  ): Promise<AggregatedAnswer> {
    const key = JSON.stringify([selection.centers, selection.depth, selection.limit]);
    const etag = `"${version}.${createHash('sha1').update(key).digest('base64url')}"`;
    const known = this.answers.get(key);
    if (known) return { ...known, etag };
    let pending = this.building.get(key);
    if (!pending) {
      pending = build().then(bodiesOf);
      this.building.set(key, pending);
      pending
        .then((bodies) => this.answers.set(key, bodies))
        .catch(() => undefined)
        .finally(() => this.building.delete(key));
    }
    return { ...(await pending), etag };
  }
}

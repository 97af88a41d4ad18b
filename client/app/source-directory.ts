// The sources the viewer knows by id: meta's list, then the summaries of the ids it lacks, asked for in batches.
import { api } from '../api/client';
import { MAX_SOURCE_IDS, type SourceSummary } from '../api/types';

/** Asks the server for the summaries of at most MAX_SOURCE_IDS ids; unknown ids are left out. */
export type SourceFetcher = (ids: string[]) => Promise<SourceSummary[]>;

/** Meta's order: by publication date (undated last), then by id. */
export function inPublicationOrder(a: SourceSummary, b: SourceSummary): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const fetchSummaries: SourceFetcher = async (ids) => (await api.sources({ ids })).sources;

/**
 * Source summaries by id. Meta may list only some sources (`sourcesTruncated`); an id it lacks is asked for when
 * something waits for it, together with the others asked for in the same turn of the event loop, MAX_SOURCE_IDS
 * per request, and once only (again after a failed request).
 */
export class SourceDirectory {
  private readonly known = new Map<string, SourceSummary>();
  /** Asked for, or being asked for: not asked again. */
  private readonly asked = new Set<string>();
  private readonly queued = new Set<string>();
  private readonly waiting = new Map<string, Array<(source: SourceSummary) => void>>();
  private flushing: Promise<void> | null = null;

  constructor(
    listed: readonly SourceSummary[],
    /** False when `listed` is every source: then an unknown id has no summary to ask for. */
    readonly complete: boolean,
    private readonly fetcher: SourceFetcher = fetchSummaries,
  ) {
    this.add(listed);
  }

  /** The summary of `id` when known now. */
  get(id: string): SourceSummary | null {
    return this.known.get(id) ?? null;
  }

  /** Remembers summaries the viewer met elsewhere (a search's answer). */
  add(sources: readonly SourceSummary[]): void {
    for (const source of sources) {
      this.known.set(source.id, source);
      const waiters = this.waiting.get(source.id) ?? [];
      this.waiting.delete(source.id);
      for (const then of waiters) then(source);
    }
  }

  /** Calls `then` with the summary of `id`: at once when known, else once it has been fetched (never, if none). */
  whenKnown(id: string, then: (source: SourceSummary) => void): void {
    const source = this.known.get(id);
    if (source) {
      then(source);
      return;
    }
    if (this.complete) return;
    this.waiting.set(id, [...(this.waiting.get(id) ?? []), then]);
    this.ask([id]);
  }

  /** The summaries of `ids` that exist, fetching those not known yet; in publication order, as meta lists them. */
  async resolve(ids: Iterable<string>): Promise<SourceSummary[]> {
    const wanted = [...new Set(ids)];
    if (!this.complete) {
      this.ask(wanted.filter((id) => !this.known.has(id)));
      await this.flushing;
    }
    return wanted.flatMap((id) => this.known.get(id) ?? []).sort(inPublicationOrder);
  }

  private ask(ids: string[]): void {
    for (const id of ids) if (!this.asked.has(id)) this.queued.add(id);
    if (this.queued.size > 0 && !this.flushing)
      this.flushing = Promise.resolve()
        .then(() => this.flush())
        .finally(() => (this.flushing = null));
  }

  /** Fetches every queued id, MAX_SOURCE_IDS per request; ids asked for meanwhile go in the next round. */
  private async flush(): Promise<void> {
    while (this.queued.size > 0) {
      const ids = [...this.queued];
      this.queued.clear();
      for (const id of ids) this.asked.add(id);
      const batches: string[][] = [];
      for (let at = 0; at < ids.length; at += MAX_SOURCE_IDS)
        batches.push(ids.slice(at, at + MAX_SOURCE_IDS));
      await Promise.all(
        batches.map(async (batch) => {
          try {
            this.add(await this.fetcher(batch));
          } catch {
            // Asked again the next time something waits for them.
            for (const id of batch) this.asked.delete(id);
          }
        }),
      );
    }
  }
}

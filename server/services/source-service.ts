// A source article: what it is, its claims in paragraph order with their corroboration, the actors it names, and
// its text when the data folder keeps it beside the source file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  ActorRef,
  ClaimWithActors,
  SourceActor,
  SourceDetails,
  SourcePage,
  SourceSummary,
} from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import { notFound } from '../errors';
import { paragraphsOf } from '../text/paragraphs';
import { claimWithActors, corroborate, type ClaimWithActorsRow } from './corroborate';
import type { EventService } from './event-service';
import type { ActorRow } from './graph-mapper';
import { luceneQuery } from './search-query';
import { sourceSummary, type SourceRow } from './source-summary';

/** The row of sources/details.cypher: the source's stored properties, how many claims it has, the first ones. */
interface SourceDetailsRow {
  source: Readonly<Record<string, unknown>>;
  count: number;
  claims: ClaimWithActorsRow[];
}

/** The row of sources/search.cypher and sources/page.cypher: how many match, and one page of them. */
interface SourcePageRow {
  total: number;
  sources: SourceRow[];
}

const queries = {
  details: defineQuery('sources/details', ['id', 'limit']).returning<SourceDetailsRow>(),
  search: defineQuery('sources/search', ['lucene', 'counted', 'offset', 'limit']).returning<SourcePageRow>(),
  page: defineQuery('sources/page', ['offset', 'limit']).returning<SourcePageRow>(),
  byIds: defineQuery('sources/by-ids', ['ids']).returning<SourceRow>(),
  actorsById: defineQuery('graph/actors-by-id', ['ids']).returning<ActorRow>(),
};

/** At most this many claims in one source's details. */
export const MAX_SOURCE_CLAIMS = 5000;

/** A search reads and counts at most this many matches: enough to page through, cheap on any corpus. */
export const SEARCH_MATCHES_COUNTED = 1000;

/** Which sources to list: those matching words, those of some ids, or all of them; one page. */
export interface SourceListing {
  q?: string;
  ids?: readonly string[];
  offset: number;
  limit: number;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The actors a source names, each with how many of its claims it is `from`, `to` and `assertedBy`; most first. */
function namedActors(claims: ClaimWithActors[], names: Map<string, ActorRef>): SourceActor[] {
  const actors = new Map<string, SourceActor>();
  const count = (actor: ActorRef | undefined, role: 'from' | 'to' | 'assertedBy') => {
    if (!actor) return;
    const entry = actors.get(actor.id) ?? { ...actor, from: 0, to: 0, assertedBy: 0 };
    entry[role] += 1;
    actors.set(actor.id, entry);
  };
  for (const claim of claims) {
    count(claim.from, 'from');
    count(claim.to, 'to');
    if (claim.assertedBy) count(names.get(claim.assertedBy), 'assertedBy');
  }
  const total = (actor: SourceActor) => actor.from + actor.to + actor.assertedBy;
  return [...actors.values()].sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
}

export class SourceService {
  /** `dataDir`: the data folder the database was ingested from, where `sources/<id>.txt` texts are; none known: no text. */
  constructor(
    private readonly db: Database,
    private readonly events: EventService,
    private readonly dataDir: string | null,
  ) {}

  /**
   * One page of the sources: those of `ids` that exist (in publication order), those matching the words of `q`
   * (best first; counted up to SEARCH_MATCHES_COUNTED), or all of them by id.
   */
  async list({ q, ids, offset, limit }: SourceListing): Promise<SourcePage> {
    const page = (total: number, rows: SourceRow[], totalExact = true): SourcePage => ({
      sources: rows.map(sourceSummary),
      total,
      totalExact,
      offset,
      limit,
    });
    if (ids) {
      const found = await this.summaries(ids);
      return { ...page(found.length, []), sources: found.slice(offset, offset + limit) };
    }
    const lucene = luceneQuery(q ?? '');
    if (lucene === null) {
      const [row] = (await this.db.read(queries.page, { offset, limit })).rows;
      return page(row?.total ?? 0, row?.sources ?? []);
    }
    const counted = SEARCH_MATCHES_COUNTED;
    const [row] = (await this.db.read(queries.search, { lucene, counted, offset, limit })).rows;
    const total = row?.total ?? 0;
    return page(total, row?.sources ?? [], total < counted);
  }

  /** The summaries of the sources of `ids` that exist, in publication order (undated last), then by id. */
  async summaries(ids: readonly string[]): Promise<SourceSummary[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.db.read(queries.byIds, { ids: [...new Set(ids)] });
    return rows.map(sourceSummary);
  }

  /** The article's paragraphs, when its text file is kept beside the source; null when there is none. */
  private async paragraphs(id: string): Promise<SourceDetails['text']> {
    if (this.dataDir === null) return null;
    let content: string;
    try {
      content = await readFile(path.join(this.dataDir, 'sources', `${id}.txt`), 'utf8');
    } catch {
      return null;
    }
    return { paragraphs: paragraphsOf(content).map(({ number, text }) => ({ number, text })) };
  }

  /** One source; 404 when unknown. `id` must be a slug (the route checks it), so it names a file in sources/. */
  async details(id: string): Promise<SourceDetails> {
    const { rows } = await this.db.read(queries.details, { id, limit: MAX_SOURCE_CLAIMS });
    const row = rows[0];
    if (!row) throw notFound(`No source with id "${id}"`);
    const stored = row.source;
    const source = {
      id,
      title: String(stored.title ?? id),
      publisher: String(stored.publisher ?? ''),
      published: text(stored.published),
      authors: Array.isArray(stored.authors) ? stored.authors.map(String) : [],
      ...(typeof stored.url === 'string' ? { url: stored.url } : {}),
      language: text(stored.language),
      note: text(stored.note),
      origin: text(stored.origin) ?? 'curated',
    };
    const summary = { id, title: source.title, publisher: source.publisher, published: source.published };
    const claims = row.claims.map((claim) => claimWithActors({ ...claim, source: summary }));
    await this.corroborateWithOtherSources(claims);
    const asserters = [...new Set(claims.map((claim) => claim.assertedBy).filter((a): a is string => !!a))];
    const { rows: asserterRows } = await this.db.read(queries.actorsById, { ids: asserters });
    const names = new Map<string, ActorRef>(
      asserterRows.map((actor) => {
        const ref = {
          id: actor.key,
          name: String(actor.properties.name),
          kind: String(actor.properties.kind),
        };
        return [ref.id, ref];
      }),
    );
    return {
      source,
      claimCount: row.count,
      truncated: row.count > claims.length,
      claims,
      actors: namedActors(claims, names),
      text: await this.paragraphs(id),
    };
  }

  /** Gives each claim the corroboration the claims of other sources between the same actors bring. */
  private async corroborateWithOtherSources(claims: ClaimWithActors[]): Promise<void> {
    const pairs = new Map<string, string[]>();
    for (const claim of claims) {
      const pair = [claim.from.id, claim.to.id].sort();
      pairs.set(pair.join('|'), pair);
    }
    const { claims: around } = await this.events.claimsOfPairs([...pairs.values()]);
    const own = new Map(claims.map((claim) => [claim.id, claim]));
    // The source's own claims as this answer serves them, the others' as read: corroboration marks the own ones.
    corroborate(around.map((claim) => own.get(claim.id) ?? claim));
  }
}

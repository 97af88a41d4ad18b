// A source article: what it is, its claims in paragraph order with their corroboration, the actors it names, and
// its text when the data folder keeps it beside the source file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActorRef, ClaimWithActors, SourceActor, SourceDetails } from '../api/types';
import type { Database } from '../db/database';
import { defineQuery } from '../db/query-registry';
import { notFound } from '../errors';
import { paragraphsOf } from '../text/paragraphs';
import { claimWithActors, corroborate, type ClaimWithActorsRow } from './corroborate';
import type { EventService } from './event-service';
import type { ActorRow } from './graph-mapper';

/** The row of sources/details.cypher: the source's stored properties, how many claims it has, the first ones. */
interface SourceDetailsRow {
  source: Readonly<Record<string, unknown>>;
  count: number;
  claims: ClaimWithActorsRow[];
}

const queries = {
  details: defineQuery('sources/details', ['id', 'limit']).returning<SourceDetailsRow>(),
  actorsById: defineQuery('graph/actors-by-id', ['ids']).returning<ActorRow>(),
};

/** At most this many claims in one source's details. */
export const MAX_SOURCE_CLAIMS = 5000;

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

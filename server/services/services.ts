// The services the HTTP layer uses, built once over one database.
import type { Database } from '../db/database';
import { CurationService, type CurationOptions } from '../curation/curation-service';
import { ActorService } from './actor-service';
import { CypherService } from './cypher-service';
import { EventService } from './event-service';
import { GraphService } from './graph-service';
import { MetaService, type MetaOptions } from './meta-service';
import { PairService } from './pair-service';
import { SourceService } from './source-service';

export interface Services {
  actors: ActorService;
  graph: GraphService;
  meta: MetaService;
  cypher: CypherService;
  pairs: PairService;
  events: EventService;
  sources: SourceService;
  curation: CurationService;
}

export interface ServiceOptions {
  /** The data folder the database was ingested from: where the sources' texts are read. None: no texts. */
  dataDir?: string;
  /** The data folder curation reads and writes, and whether it may write; by default none (read-only). */
  curation?: CurationOptions;
  /** How many sources the metadata lists (tests lower it to see a list cut short). */
  meta?: MetaOptions;
}

export function createServices(db: Database, options: ServiceOptions = {}): Services {
  const events = new EventService(db);
  return {
    actors: new ActorService(db),
    graph: new GraphService(db),
    meta: new MetaService(db, options.meta),
    cypher: new CypherService(db),
    pairs: new PairService(db),
    events,
    sources: new SourceService(db, events, options.dataDir ?? null),
    curation: new CurationService(db, options.curation ?? { enabled: false }),
  };
}

/**
 * Computes what the services keep per corpus version (the metadata, the per-pair summary) ahead of the first
 * request that needs it; resolves with the time taken, or rejects with the first failure.
 */
export async function warmServices(services: Services): Promise<number> {
  const started = Date.now();
  await Promise.all([services.meta.meta(), services.graph.warm()]);
  return Date.now() - started;
}

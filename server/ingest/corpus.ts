// The validated corpus: what ingestion writes, in the shape of the graph.
import type { ActorRecord, ClaimRecord, SourceRecord } from './file-schemas';

/** A claim with the source it comes from. */
export type Claim = ClaimRecord & { sourceId: string };

export interface Corpus {
  actors: ActorRecord[];
  sources: SourceRecord[];
  claims: Claim[];
}

// What Neo4j holds, as ingestion compares it with the files: ids and content hashes of actors, sources, claims.
import type { Database, RowReader } from '../db/database';
import { defineQuery, type Query } from '../db/query-registry';
import { sharedTexts } from './graph-rows';
import type { StoredActor, StoredClaim, StoredSource, StoredState } from './plan';

const queries = {
  readActorHashes: defineQuery('ingest/read-actor-hashes', []),
  readSourceHashes: defineQuery('ingest/read-source-hashes', []),
  readClaimHashes: defineQuery('ingest/read-claim-hashes', []),
};

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** Reads what Neo4j holds, row by row (a million claims are not held twice), sharing repeated strings. */
export async function readStoredState(db: Database): Promise<StoredState> {
  const shared = sharedTexts();
  const share = (value: unknown): string | null => {
    const s = text(value);
    return s === null ? null : shared(s);
  };
  const state: StoredState = { actors: [], sources: [], claims: [] };
  const read = (query: Query<never>, onRow: (row: RowReader) => void) => db.forEachRow(query, {}, onRow);
  await Promise.all([
    read(queries.readActorHashes, (row) =>
      state.actors.push({
        id: share(row.get('id'))!,
        hash: text(row.get('hash')),
        kind: text(row.get('kind')),
      } satisfies StoredActor),
    ),
    read(queries.readSourceHashes, (row) =>
      state.sources.push({
        id: share(row.get('id'))!,
        hash: text(row.get('hash')),
        fileHash: text(row.get('fileHash')),
      } satisfies StoredSource),
    ),
    read(queries.readClaimHashes, (row) =>
      state.claims.push({
        id: text(row.get('id'))!,
        hash: text(row.get('hash')),
        from: share(row.get('from'))!,
        to: share(row.get('to'))!,
        sourceId: share(row.get('sourceId')),
      } satisfies StoredClaim),
    ),
  ]);
  return state;
}

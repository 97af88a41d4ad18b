// Which source files need not be read again: those stored from the very same content, while the actors they
// could refer to are still there with the same kinds. Their claims then still pass every rule and are stored as
// the file says, so reading them again could change nothing.
import type { ActorRecord } from './file-schemas';
import type { StoredClaim, StoredState } from './plan';

/** Claim ids by source id, for the sources whose stored claims can be trusted as they are. */
export type KnownClaimIds = (sourceId: string, fileHash: string) => readonly string[] | undefined;

/** Claim ids by source id of every source stored from a collection file with this content hash. */
export type KnownCollection = (fileHash: string) => ReadonlyMap<string, readonly string[]> | undefined;

/** The tests readSources asks before parsing a source file, or a collection file of an import folder. */
export interface KnownFiles {
  knownClaimIds: KnownClaimIds;
  knownCollection: KnownCollection;
}

/** True when every stored actor is still in the registry with the same kind (new actors break no stored claim). */
function actorsStillFit(stored: StoredState, actors: ReadonlyMap<string, ActorRecord>): boolean {
  return stored.actors.every((actor) => actors.get(actor.id)?.kind === actor.kind);
}

/**
 * The tests readSources asks before parsing each file; `copies` are the claims stored more than once. A collection
 * file is known when sources were stored from its very content (each source keeps the hash of its file): the
 * same content holds the same sources, and an ingestion records the hash only once all of them are written.
 */
export function knownFiles(
  stored: StoredState,
  actors: ReadonlyMap<string, ActorRecord>,
  copies: ReadonlyMap<string, readonly StoredClaim[]>,
): KnownFiles {
  if (!actorsStillFit(stored, actors))
    return { knownClaimIds: () => undefined, knownCollection: () => undefined };
  const fileHashes = new Map(stored.sources.map((source) => [source.id, source.fileHash]));
  const sourcesByHash = new Map<string, string[]>();
  for (const source of stored.sources) {
    if (source.fileHash === null) continue;
    const ids = sourcesByHash.get(source.fileHash);
    if (ids) ids.push(source.id);
    else sourcesByHash.set(source.fileHash, [source.id]);
  }
  const claimIds = new Map<string, string[]>();
  for (const claim of stored.claims) {
    if (claim.sourceId === null) continue;
    const ids = claimIds.get(claim.sourceId);
    if (ids) ids.push(claim.id);
    else claimIds.set(claim.sourceId, [claim.id]);
  }
  // A source with a claim stored twice is read again, so that ingestion leaves a single copy.
  const doubled = new Set<string>();
  for (const claimCopies of copies.values())
    for (const copy of claimCopies) if (copy.sourceId !== null) doubled.add(copy.sourceId);
  return {
    knownClaimIds: (sourceId, fileHash) => {
      const stored = fileHashes.get(sourceId);
      if (!stored || stored !== fileHash || doubled.has(sourceId)) return undefined;
      return claimIds.get(sourceId) ?? [];
    },
    knownCollection: (fileHash) => {
      const sourceIds = sourcesByHash.get(fileHash);
      if (!sourceIds || sourceIds.some((id) => doubled.has(id))) return undefined;
      return new Map(sourceIds.map((id) => [id, claimIds.get(id) ?? []]));
    },
  };
}

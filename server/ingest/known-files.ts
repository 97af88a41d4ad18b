// Which source files need not be read again: those stored from the very same content, while the actors they
// could refer to are still there with the same kinds. Their claims then still pass every rule and are stored as
// the file says, so reading them again could change nothing.
import type { ActorRecord } from './file-schemas';
import type { StoredClaim, StoredState } from './plan';

/** Claim ids by source id, for the sources whose stored claims can be trusted as they are. */
export type KnownClaimIds = (sourceId: string, fileHash: string) => readonly string[] | undefined;

/** True when every stored actor is still in the registry with the same kind (new actors break no stored claim). */
function actorsStillFit(stored: StoredState, actors: ReadonlyMap<string, ActorRecord>): boolean {
  return stored.actors.every((actor) => actors.get(actor.id)?.kind === actor.kind);
}

/** The test readSources asks before parsing each source file; `copies` are the claims stored more than once. */
export function knownFiles(
  stored: StoredState,
  actors: ReadonlyMap<string, ActorRecord>,
  copies: ReadonlyMap<string, readonly StoredClaim[]>,
): KnownClaimIds {
  if (!actorsStillFit(stored, actors)) return () => undefined;
  const fileHashes = new Map(stored.sources.map((source) => [source.id, source.fileHash]));
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
  return (sourceId, fileHash) => {
    const stored = fileHashes.get(sourceId);
    if (!stored || stored !== fileHash || doubled.has(sourceId)) return undefined;
    return claimIds.get(sourceId) ?? [];
  };
}

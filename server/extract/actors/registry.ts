// The actor registry the extractor resolves names against: a data folder's actors.yaml.
import path from 'node:path';
import { CorpusReader } from '../../ingest/read-corpus';
import { ActorRegistry } from './actor-table';

/** Reads and checks `dataDir/actors.yaml`; throws when it is missing or invalid. */
export async function loadRegistry(dataDir: string): Promise<ActorRegistry> {
  const reader = await CorpusReader.open(dataDir);
  if (!reader.actors) {
    // Reading the sources reports the registry's problems with their file, line and column.
    await reader.readSources();
    throw new Error(`${path.join(dataDir, 'actors.yaml')} is not a valid actor registry`);
  }
  return new ActorRegistry([...reader.actors.values()]);
}

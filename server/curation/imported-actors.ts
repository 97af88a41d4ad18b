// The actors of the import folders (data/<name>/actors.yaml): claims may name them, curation never rewrites them.
import { parse } from 'yaml';
import { importFolders } from '../ingest/read-corpus';
import { ACTORS_FILE } from './data-folder';
import type { FileReads } from './write-plan';

/** The ids of the import folders' actors (their files are checked, with the rest, by the would-be validation). */
export async function importedActorIds(reads: FileReads): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const name of await importFolders(reads.folder.root)) {
    const { text } = await reads.read(`${name}/${ACTORS_FILE}`);
    if (text === null) continue;
    try {
      const actors = (parse(text) as { actors?: Array<{ id?: unknown }> } | null)?.actors ?? [];
      for (const actor of actors) if (typeof actor.id === 'string') ids.add(actor.id);
    } catch {
      // A registry that does not parse is reported, at its line, by the would-be validation.
    }
  }
  return ids;
}

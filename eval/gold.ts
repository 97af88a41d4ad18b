// Reading a gold folder: a data folder (actors.yaml, sources/<id>.yaml) with each article's text beside its file.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readCorpus } from '../server/ingest/read-corpus';
import type { ActorRecord, ClaimRecord, SourceRecord } from '../server/ingest/file-schemas';

export interface GoldArticle {
  source: SourceRecord;
  text: string;
  claims: ClaimRecord[];
}

export interface GoldSet {
  name: string;
  folder: string;
  actors: ActorRecord[];
  articles: GoldArticle[];
  /** Sources whose text is not beside them (left out of the scores). */
  withoutText: string[];
}

export async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Reads and validates a gold folder, and the text of each of its sources. */
export async function readGold(name: string, folder: string): Promise<GoldSet> {
  const corpus = await readCorpus(folder);
  const files = new Set(await readdir(path.join(folder, 'sources')));
  const articles: GoldArticle[] = [];
  const withoutText: string[] = [];
  for (const source of corpus.sources) {
    if (source.origin === 'extracted') continue;
    if (!files.has(`${source.id}.txt`)) {
      withoutText.push(source.id);
      continue;
    }
    const text = await readFile(path.join(folder, 'sources', `${source.id}.txt`), 'utf8');
    const claims = corpus.claims.filter((c) => c.sourceId === source.id && c.origin === 'curated');
    articles.push({ source, text, claims });
  }
  return { name, folder, actors: corpus.actors, articles, withoutText };
}

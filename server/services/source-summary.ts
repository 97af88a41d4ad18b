// A source as every list of the API gives it: the row its queries return, and the summary made of it.
import type { SourceSummary } from '../api/types';

/** A source as meta/sources.cypher, meta/listed-sources.cypher and the sources/ lists return it. */
export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  authors: string[] | null;
  url: string | null;
}

export function sourceSummary(row: SourceRow): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    published: row.published ?? null,
    authors: row.authors ?? [],
    ...(row.url ? { url: row.url } : {}),
  };
}

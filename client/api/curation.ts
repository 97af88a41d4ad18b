// The viewer's calls to curation: extract an article, save it, edit or retract a claim, merge two actors, and the
// reads that give the versions each write carries.
import type { ExtractionResult } from './types';
import { request } from './client';

/** `{ "<file>": "<version>" }`: the files a write changes, as read. */
export type Versions = Record<string, string | null>;

/** What a write answers: the files written, their new versions, and how the mirroring ingestion went. */
export interface WriteAnswer {
  files: Array<{ file: string; change: 'created' | 'updated'; version: string }>;
  versions: Versions;
  ingest: { ok: boolean; message?: string };
  [summary: string]: unknown;
}

/** One claim as its source file says (GET /api/curation/sources/:id). */
export interface FileClaim {
  id: string;
  type: string;
  from: string;
  to: string;
  date: string | number | null;
  dateEnd?: string | number;
  certainty: string;
  assertedBy: string | null;
  summary: string;
  evidence?: { paragraph: number; quote?: string };
  origin?: string;
}

export interface CurationSource {
  source: Record<string, unknown>;
  claims: FileClaim[];
  text: string | null;
  versions: Versions;
}

/** The article details the add-article screen sends with its text. */
export interface ArticleFields {
  text: string;
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

export const curationApi = {
  status: () => request<{ curation: boolean; versions: Versions }>('/api/curation'),
  extract: (article: ArticleFields) => request<ExtractionResult>('/api/extract', json('POST', article)),
  saveSource: (body: Record<string, unknown>) => request<WriteAnswer>('/api/sources', json('POST', body)),
  source: (id: string) => request<CurationSource>(`/api/curation/sources/${encodeURIComponent(id)}`),
  editClaim: (id: string, claim: Record<string, unknown>, versions: Versions) =>
    request<WriteAnswer>(`/api/claims/${encodeURIComponent(id)}`, json('PATCH', { claim, versions })),
  retractClaim: (id: string, versions: Versions) =>
    request<WriteAnswer>(`/api/claims/${encodeURIComponent(id)}`, json('DELETE', { versions })),
  references: (id: string) =>
    request<{ versions: Versions; references: unknown[] }>(
      `/api/actors/${encodeURIComponent(id)}/references`,
    ),
  mergeActor: (id: string, into: string, versions: Versions) =>
    request<WriteAnswer>(`/api/actors/${encodeURIComponent(id)}/merge`, json('POST', { into, versions })),
};

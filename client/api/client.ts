// The viewer's calls to the actorgraph API: typed, with one error type and a time limit on each request.
import { ApiError, apiErrorFrom, unreachableError } from './api-error';
import type {
  ActorHit,
  ActorWithAsserted,
  ClaimPage,
  CypherResult,
  Dyad,
  EventList,
  Meta,
  SerializedGraph,
  SourceDetails,
  SourcePage,
} from './types';

const TIMEOUT_MS = 30_000;

type QueryValue = string | number | readonly string[] | undefined | null;

/** `?a=1&b=x&b=y`: arrays repeat the key; empty values are left out. */
export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** One call to the API: JSON in and out, the server's error shape as an ApiError, a time limit. */
export async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      signal: combined,
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    if (timeout.aborted) throw new ApiError(408, 'timeout', 'The server took too long to answer.');
    throw unreachableError(cause);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorFrom(response.status, body);
  return body as T;
}

/** The API as the viewer uses it. */
export const api = {
  health: () => request<{ status: string }>('/api/health'),
  meta: () => request<Meta>('/api/meta'),
  searchActors: (q: string, limit = 8, signal?: AbortSignal) =>
    request<{ actors: ActorHit[] }>(`/api/actors${queryString({ q, limit })}`, {}, signal),
  actor: (id: string) => request<ActorWithAsserted>(`/api/actors/${encodeURIComponent(id)}`),
  /** A page of the sources matching words, or the summaries of some ids (at most MAX_SOURCE_IDS). */
  sources: (query: { q?: string; ids?: readonly string[]; limit?: number }, signal?: AbortSignal) =>
    request<SourcePage>(`/api/sources${queryString({ ...query, ids: query.ids?.join(',') })}`, {}, signal),
  source: (id: string) => request<SourceDetails>(`/api/sources/${encodeURIComponent(id)}`),
  events: (params: {
    minSources?: number;
    limit?: number;
    actor?: string;
    source?: string;
    claim?: string;
  }) => request<EventList>(`/api/events${queryString(params)}`),
  /** The whole graph; `aggregate` 'pair' for one edge per ordered pair and type (PairAttributes). */
  graph: (limit: number, aggregate?: 'pair') =>
    request<SerializedGraph>(`/api/graph${queryString({ limit, aggregate })}`),
  subgraph: (centers: readonly string[], depth: number, limit: number, aggregate?: 'pair') =>
    request<SerializedGraph>(`/api/subgraph${queryString({ center: centers, depth, limit, aggregate })}`),
  /** One page of the claims between two actors (one way, or both ways), of some types or one period. */
  claims: (query: {
    source: string;
    target: string;
    bothWays?: boolean;
    types?: readonly string[];
    period?: string;
    offset: number;
    limit: number;
  }) =>
    request<ClaimPage>(
      `/api/claims${queryString({
        ...query,
        bothWays: query.bothWays ? 'true' : undefined,
        types: query.types?.join(','),
      })}`,
    ),
  dyad: (a: string, b: string) => request<Dyad>(`/api/dyad${queryString({ a, b })}`),
  paths: (from: string, to: string, maxDepth = 4) =>
    request<SerializedGraph>(`/api/paths${queryString({ from, to, maxDepth })}`),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    request<CypherResult>('/api/cypher', {
      method: 'POST',
      body: JSON.stringify({ query, params }),
      headers: { 'content-type': 'application/json' },
    }),
};

export type Api = typeof api;

// Neo4j's own LOAD CSV on the same rows ingestion writes: the reference speed for the ingestion write phase.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../server/db/database';
import { applyMigrations } from '../server/db/migrations';
import { graphRows, type GraphRows } from '../server/ingest/graph-rows';
import { readCorpus } from '../server/ingest/read-corpus';
import { emptyDatabase } from './local-db';

type Properties = Record<string, unknown>;

const ACTOR_COLUMNS = ['id', 'name', 'kind', 'aliases', 'description', 'unnamed', 'searchText', 'hash'];
const SOURCE_COLUMNS = [
  'id',
  'title',
  'publisher',
  'published',
  'authors',
  'url',
  'language',
  'note',
  'hash',
];
const CLAIM_PROPERTIES = [
  'id',
  'sourceId',
  'date',
  'dateEnd',
  'dateFirst',
  'dateLast',
  'summary',
  'certainty',
  'assertedBy',
  'paragraph',
  'quote',
  'hash',
];

/** One CSV field: empty (read back as null) when absent, else quoted; lists joined with `|`. */
function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  if (Array.isArray(value) && value.length === 0) return '';
  return `"${text.replace(/"/g, '""')}"`;
}

function csv(columns: string[], rows: Properties[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => field(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}

/** Writes actors.csv, sources.csv and claims.csv into Neo4j's import folder; returns the row counts. */
export async function writeCsvFiles(corpusDir: string, importDir: string): Promise<GraphRows> {
  const rows = graphRows(await readCorpus(corpusDir));
  await mkdir(importDir, { recursive: true });
  await writeFile(
    path.join(importDir, 'actors.csv'),
    csv(
      ACTOR_COLUMNS,
      rows.actors.map((r) => r.properties),
    ),
  );
  await writeFile(
    path.join(importDir, 'sources.csv'),
    csv(
      SOURCE_COLUMNS,
      rows.sources.map((r) => r.properties),
    ),
  );
  const claims = rows.claims.map((r) => ({ ...r.properties, type: r.type, from: r.from, to: r.to }));
  await writeFile(
    path.join(importDir, 'claims.csv'),
    csv(['type', 'from', 'to', ...CLAIM_PROPERTIES], claims),
  );
  return rows;
}

const LOAD_SOURCES = `
LOAD CSV WITH HEADERS FROM $dir + '/sources.csv' AS row
CALL { WITH row
  CREATE (s:Source)
  SET s = {id: row.id, title: row.title, publisher: row.publisher, published: row.published,
           authors: coalesce(split(row.authors, '|'), []), url: row.url, language: row.language, note: row.note,
           hash: row.hash}
} IN TRANSACTIONS OF 10000 ROWS`;

const LOAD_ACTORS = `
LOAD CSV WITH HEADERS FROM $dir + '/actors.csv' AS row
CALL { WITH row
  CREATE (a:Actor)
  SET a = {id: row.id, name: row.name, kind: row.kind, aliases: coalesce(split(row.aliases, '|'), []),
           description: row.description, unnamed: toBoolean(row.unnamed), searchText: row.searchText,
           hash: row.hash}
} IN TRANSACTIONS OF 10000 ROWS`;

const LOAD_CLAIMS = `
LOAD CSV WITH HEADERS FROM $dir + '/claims.csv' AS row
CALL { WITH row
  MATCH (a:Actor {id: row.from})
  MATCH (b:Actor {id: row.to})
  CREATE (a)-[c:$(row.type)]->(b)
  SET c = {id: row.id, sourceId: row.sourceId, date: row.date, dateEnd: row.dateEnd, dateFirst: row.dateFirst,
           dateLast: row.dateLast, summary: row.summary, certainty: row.certainty, assertedBy: row.assertedBy,
           paragraph: toInteger(row.paragraph), quote: row.quote, hash: row.hash}
} IN TRANSACTIONS OF 10000 ROWS`;

export interface LoadCsvRound {
  totalMs: number;
  claimsMs: number;
  claimsPerSecond: number;
}

/** Empties the database, applies the schema, then times LOAD CSV of sources, actors and claims from `importDir`. */
export async function loadCsvRound(db: Database, importDir: string, claims: number): Promise<LoadCsvRound> {
  await emptyDatabase(db);
  await applyMigrations(db);
  const session = db.driver.session({ database: db.databaseName });
  try {
    const params = { dir: `file://${importDir}` };
    const started = performance.now();
    await session.run(LOAD_SOURCES, params);
    await session.run(LOAD_ACTORS, params);
    const claimsStarted = performance.now();
    const result = await session.run(LOAD_CLAIMS, params);
    const ended = performance.now();
    const created = result.summary.counters.updates().relationshipsCreated;
    if (created !== claims) throw new Error(`LOAD CSV created ${created} of ${claims} claims`);
    const totalMs = ended - started;
    return { totalMs, claimsMs: ended - claimsStarted, claimsPerSecond: claims / (totalMs / 1000) };
  } finally {
    await session.close();
  }
}

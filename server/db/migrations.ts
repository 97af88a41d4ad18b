// Applies the schema files cypher/schema/V<NNN>__<description>.cypher in order, each once, and records them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './database';
import { CYPHER_DIR, defineQuery } from './query-registry';

const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema');
const MIGRATION_FILE = /^V(\d{3})__([a-z0-9_]+)\.cypher$/;

/** A row of schema/applied-migrations.cypher: a migration already applied, and its file's checksum then. */
interface AppliedMigrationRow {
  version: string;
  checksum: string;
}

const appliedMigrations = defineQuery('schema/applied-migrations', []).returning<AppliedMigrationRow>();
const recordMigration = defineQuery('schema/record-migration', ['version', 'description', 'checksum']);

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface Migration {
  version: string;
  description: string;
  checksum: string;
  statements: string[];
}

/** Splits a schema file into statements (one per `;`), dropping comments. */
export function splitStatements(text: string): string[] {
  return text
    .replace(/\/\/[^\n]*/g, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** The migrations in cypher/schema, oldest first. */
export function readMigrations(dir: string = SCHEMA_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .sort()
    .map((name) => {
      const [, version, description] = MIGRATION_FILE.exec(name) as RegExpExecArray;
      const text = readFileSync(path.join(dir, name), 'utf8');
      const checksum = createHash('sha256').update(text).digest('hex');
      return {
        version: `V${version}`,
        description: (description as string).replace(/_/g, ' '),
        checksum,
        statements: splitStatements(text),
      };
    });
}

/** Applies the migrations not yet recorded; refuses when a recorded one was edited afterwards. Returns the versions applied. */
export async function applyMigrations(
  db: Database,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  const { rows } = await db.read(appliedMigrations, {});
  const applied = new Map(rows.map((row) => [row.version, row.checksum]));
  const newlyApplied: string[] = [];
  for (const migration of migrations) {
    const recorded = applied.get(migration.version);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new MigrationError(
          `schema migration ${migration.version} (${migration.description}) was changed after it was applied: ` +
            'add a new V<NNN> file instead of editing an applied one',
        );
      }
      continue;
    }
    for (const statement of migration.statements) await db.run(statement, {}, 'WRITE');
    await db.write(recordMigration, {
      version: migration.version,
      description: migration.description,
      checksum: migration.checksum,
    });
    newlyApplied.push(migration.version);
  }
  return newlyApplied;
}

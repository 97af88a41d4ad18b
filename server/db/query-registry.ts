// Every runtime Cypher query lives in a .cypher file under cypher/; this loads them once and checks that each
// file exists and uses exactly the $params its caller declares.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const CYPHER_DIR = path.resolve(__dirname, '..', '..', 'cypher');

export class QueryRegistryError extends Error {
  override name = 'QueryRegistryError';
}

/** A row of a query's result, its columns by name, before its query says what they hold. */
export type Row = Record<string, unknown>;

/**
 * A loaded query: its name (path under cypher/ without .cypher), text and parameter names, and the type `R` of
 * the rows its RETURN clause makes (`Row` until `returning` says).
 */
export interface Query<P extends string = string, R extends object = Row> {
  name: string;
  text: string;
  params: readonly P[];
  /** Never set: carries the row type to `Database.read`. */
  readonly row?: R;
  /** This query, declaring the row its RETURN clause makes (written beside the Cypher it describes). */
  returning<T extends object>(): Query<P, T>;
}

/** The `$params` a Cypher text uses (ignoring comments and string literals). */
export function paramsOf(text: string): string[] {
  const code = text
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return [
    ...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] as string)),
  ].sort();
}

/**
 * Loads `cypher/<name>.cypher` and checks its `$params` are exactly `params`.
 * Called at module load, so a missing file or a mismatched parameter stops the start.
 */
export function defineQuery<P extends string>(name: string, params: readonly P[]): Query<P> {
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new QueryRegistryError(`query "${name}": missing file cypher/${name}.cypher`);
  }
  const used = paramsOf(text);
  const declared = [...params].sort();
  const unused = declared.filter((param) => !used.includes(param));
  const undeclared = used.filter((param) => !declared.includes(param as P));
  if (unused.length > 0 || undeclared.length > 0) {
    throw new QueryRegistryError(
      `query "${name}" (cypher/${name}.cypher): ` +
        [
          unused.length ? `declares $${unused.join(', $')} but the file does not use it` : '',
          undeclared.length ? `uses $${undeclared.join(', $')} that its caller does not declare` : '',
        ]
          .filter(Boolean)
          .join('; '),
    );
  }
  return {
    name,
    text,
    params,
    returning<T extends object>() {
      // Only the type changes: the row type is the caller's statement of what the Cypher returns.
      return this as unknown as Query<P, T>;
    },
  };
}

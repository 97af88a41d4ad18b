// The query registry: every file is found, and its $params match what its caller declares.
import { defineQuery, paramsOf, QueryRegistryError } from '../../server/db/query-registry';
import { readMigrations, splitStatements } from '../../server/db/migrations';

describe('query registry', () => {
  it('when a query uses params, then they are found, but not those in comments or strings', () => {
    expect(
      paramsOf("// $ignored\nMATCH (a {id: $id}) WHERE a.name = '$notParam' RETURN $limit, $id"),
    ).toEqual(['id', 'limit']);
  });

  it('when a registered query declares its params exactly, then it loads', () => {
    expect(defineQuery('ingest/create-claims', ['rows']).text).toMatch(/UNWIND \$rows/);
  });

  it('when a query declares the row it returns, then it is the same query, text and params', () => {
    const query = defineQuery('schema/applied-migrations', []);
    const typed = query.returning<{ version: string; checksum: string }>();

    expect(typed).toBe(query);
    expect(typed.text).toMatch(/AS version, migration\.checksum AS checksum/);
  });

  it('when a query file is missing, then the start stops with its name', () => {
    expect(() => defineQuery('ingest/no-such-query', [])).toThrow(
      /missing file cypher\/ingest\/no-such-query\.cypher/,
    );
  });

  it('when a declared param is unused, then the start stops naming it', () => {
    expect(() => defineQuery('ingest/create-claims', ['rows', 'limit'])).toThrow(QueryRegistryError);
    expect(() => defineQuery('ingest/create-claims', ['rows', 'limit'])).toThrow(
      /declares \$limit but the file does not use it/,
    );
  });

  it('when a file uses an undeclared param, then the start stops naming it', () => {
    expect(() => defineQuery('ingest/create-claims', [])).toThrow(
      /uses \$rows that its caller does not declare/,
    );
  });
});

describe('schema migrations', () => {
  it('when the schema folder is read, then migrations come in version order with their statements', () => {
    const migrations = readMigrations();
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort());
    expect(migrations[0]).toMatchObject({ version: 'V001' });
    for (const migration of migrations) {
      for (const statement of migration.statements) expect(statement).toMatch(/IF NOT EXISTS/);
    }
  });

  it('when a file holds several statements and comments, then they are split on semicolons', () => {
    expect(
      splitStatements(
        '// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n',
      ),
    ).toHaveLength(2);
  });
});

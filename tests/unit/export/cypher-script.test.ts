// The Cypher export: statements split right, every literal read back equal to the input, nothing injectable.
import type { SerializedGraph } from '../../../server/api/types';
import {
  CYPHER_BATCH_SIZE,
  cypherName,
  cypherNumber,
  cypherString,
  splitCypherStatements,
  writeCypherScript,
} from '../../../server/export/cypher-script';
import { exportSnapshot } from '../../../server/export/export-snapshot';
import { cypherCode, parseCypherLiteral, unwindRows } from '../../support/cypher-literals';
import {
  CYPHER_INJECTION,
  exportedAttributes,
  omitKeys,
  sampleGraph,
  sampleHeader,
} from '../../support/sample-graph';

function script(graph: SerializedGraph = sampleGraph()): string {
  const { body } = exportSnapshot(graph, 'cypher', sampleHeader());
  expect(typeof body).toBe('string');
  return body as string;
}

function statementAbout(statements: readonly string[], marker: string): string {
  const found = statements.find((statement) => statement.includes(marker));
  if (!found) throw new Error(`no statement with ${marker}`);
  return found;
}

describe('Cypher literals', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['say "hi"', `'say "hi"'`],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nend\r\ttab', "'line\\nend\\r\\ttab'"],
    ['nul\u0000 bell\u0007 del\u007f', "'nul\\u0000 bell\\u0007 del\\u007f'"],
    ['sep\u2028par\u2029', "'sep\\u2028par\\u2029'"],
    ['김정은 🚀', "'김정은 🚀'"],
    ['lone\uD800surrogate', "'lonesurrogate'"],
    ["'; MATCH (n) DETACH DELETE n; //", "'\\'; MATCH (n) DETACH DELETE n; //'"],
  ])('when the text is %j, then its literal is %s and reads back the same', (text, literal) => {
    expect(cypherString(text)).toBe(literal);
    expect(parseCypherLiteral(literal)).toBe(text.replace(/\uD800/, ''));
  });

  it.each([
    [0, '0'],
    [-42, '-42'],
    [12, '12'],
    [0.75, '0.75'],
    [-3.25, '-3.25'],
    [1e21, '1e21'],
    [1.5e-7, '1.5e-7'],
    [2 ** 60, '1152921504606847000.0'],
  ])('when the number is %p, then its literal is %s', (value, literal) => {
    expect(cypherNumber(value)).toBe(literal);
    expect(parseCypherLiteral(literal)).toBe(value);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])(
    'when the number is %p, then there is no literal',
    (value) => {
      expect(() => cypherNumber(value)).toThrow(RangeError);
    },
  );

  it.each([
    ['name', 'name'],
    ['_x1', '_x1'],
    ['x-pos', '`x-pos`'],
    ['with space', '`with space`'],
    ['back`tick', '`back``tick`'],
    ['1st', '`1st`'],
  ])('when a property is named %j, then it is written %s', (name, written) => {
    expect(cypherName(name)).toBe(written);
  });
});

describe('splitting Cypher statements', () => {
  it.each<[string, string, string[]]>([
    ['two statements', 'RETURN 1; RETURN 2;', ['RETURN 1', 'RETURN 2']],
    ['no final semicolon', 'RETURN 1;\nRETURN 2', ['RETURN 1', 'RETURN 2']],
    ['a semicolon in a single-quoted string', "RETURN ';' AS s; RETURN 2", ["RETURN ';' AS s", 'RETURN 2']],
    ['an escaped quote then a semicolon', "RETURN 'it\\'s; ok' AS s;", ["RETURN 'it\\'s; ok' AS s"]],
    ['an escaped backslash ending a string', "RETURN 'a\\\\'; RETURN 2", ["RETURN 'a\\\\'", 'RETURN 2']],
    ['a semicolon in a double-quoted string', 'RETURN "a;b";', ['RETURN "a;b"']],
    ['a semicolon in a quoted name', 'RETURN 1 AS `a;b`; RETURN 2', ['RETURN 1 AS `a;b`', 'RETURN 2']],
    ['a doubled backtick in a quoted name', 'RETURN 1 AS `a``;b`;', ['RETURN 1 AS `a``;b`']],
    ['a semicolon in a line comment', '// one; two\nRETURN 1;', ['// one; two\nRETURN 1']],
    ['a semicolon in a block comment', '/* one; two */ RETURN 1;', ['/* one; two */ RETURN 1']],
    ['a quote in a comment', "// it's\nRETURN 1; RETURN 2", ["// it's\nRETURN 1", 'RETURN 2']],
    ['only comments and blanks', '// nothing\n;  ;\n/* here */', []],
  ])('when the script has %s, then it splits right', (_what, input, statements) => {
    expect(splitCypherStatements(input)).toEqual(statements);
  });
});

describe('Cypher script export', () => {
  it('when the sample is exported, then it holds the constraints, sources, actors and one statement per relation type', () => {
    const statements = splitCypherStatements(script());

    expect(statements).toHaveLength(2 + 1 + 1 + 4);
    expect(statements.slice(0, 2).map((statement) => cypherCode(statement).trim().slice(0, 17))).toEqual([
      'CREATE CONSTRAINT',
      'CREATE CONSTRAINT',
    ]);
    for (const type of ['MEETS', 'LEADS', 'ASSESSES', 'SANCTIONS']) {
      expect(statements.filter((statement) => statement.includes(`[claim:${type} `))).toHaveLength(1);
    }
    expect(script().trimEnd().endsWith(';')).toBe(true);
  });

  it('when the actors statement is read back, then each row holds the actor with name, aliases and searchText', () => {
    const rows = unwindRows(statementAbout(splitCypherStatements(script()), 'MERGE (actor:Actor'));

    expect(rows).toEqual(
      sampleGraph().nodes.map((node) => {
        const { label, ...rest } = exportedAttributes(node.attributes);
        const aliases = node.attributes.aliases;
        return { id: node.key, name: label, ...rest, searchText: [label, ...aliases].join('\n') };
      }),
    );
  });

  it('when the claim statements are read back, then every claim is there with its properties and date span', () => {
    const statements = splitCypherStatements(script());
    const rows = ['MEETS', 'LEADS', 'ASSESSES', 'SANCTIONS'].flatMap((type) =>
      unwindRows(statementAbout(statements, `[claim:${type} `)),
    );
    const spans: Record<string, { dateFirst: string; dateLast: string }> = {
      'kim-meets-xi-2018-03': { dateFirst: '2018-03-26', dateLast: '2018-03-28' },
      'kim-meets-xi-2018-05': { dateFirst: '2018-05-01', dateLast: '2018-05-31' },
      'analyst-assesses-kim': { dateFirst: '2019-01-01', dateLast: '2020-02-29' },
      'state-sanctions-dprk': { dateFirst: '2017-09-21', dateLast: '2017-09-21' },
    };

    expect(rows).toHaveLength(5);
    for (const edge of sampleGraph().edges) {
      const properties = omitKeys(exportedAttributes(edge.attributes), 'type', 'label');
      expect(rows).toContainEqual({
        from: edge.source,
        to: edge.target,
        props: { id: edge.key, ...properties, ...spans[edge.key] },
      });
    }
  });

  it('when the sources statement is read back, then each source is there, null published left out', () => {
    const rows = unwindRows(statementAbout(splitCypherStatements(script()), 'MERGE (source:Source'));

    expect(rows).toEqual(
      sampleHeader().sources.map(({ published, ...source }) =>
        published === null ? source : { ...source, published },
      ),
    );
  });

  it('when a summary tries to close the string and wipe the database, then it stays inside a string literal', () => {
    const statements = splitCypherStatements(script());
    const meets = statementAbout(statements, '[claim:MEETS ');

    expect(statements.filter((statement) => /DETACH DELETE/.test(cypherCode(statement)))).toEqual([]);
    expect(cypherCode(meets)).not.toContain('MATCH (n)');
    expect(JSON.stringify(unwindRows(meets))).toContain(JSON.stringify(CYPHER_INJECTION));
  });

  it('when every statement is read, then outside literals it uses only the expected clauses', () => {
    for (const statement of splitCypherStatements(script())) {
      const code = cypherCode(statement).replace(/\s+/g, ' ').trim();
      expect(code).toMatch(/^(CREATE CONSTRAINT|UNWIND \[)/);
      expect(code).not.toMatch(/DELETE|REMOVE|DROP|CALL|LOAD|FOREACH/);
    }
  });

  it.each([
    ['not in the vocabulary', 'BOMBS'],
    ['an injection attempt', 'MEETS]->(x) DETACH DELETE x //'],
    ['lower case', 'meets'],
  ])('when a claim type is %s, then the claim is left out and counted in the header', (_what, type) => {
    const graph = sampleGraph();
    graph.edges = [
      {
        ...(graph.edges[0] as (typeof graph.edges)[number]),
        key: 'odd',
        attributes: { ...graph.edges[0]!.attributes, type },
      },
    ];
    const written = writeCypherScript(graph, sampleHeader());

    expect(splitCypherStatements(written).filter((statement) => statement.includes('[claim:'))).toEqual([]);
    expect(written).toContain('// Left out: 1 claims whose type is not in the relation vocabulary.');
    expect(written).not.toContain('DETACH');
  });

  it('when a relation type has more claims than a batch holds, then they are split over several statements', () => {
    const graph = sampleGraph();
    const template = graph.edges[2] as (typeof graph.edges)[number];
    graph.edges = Array.from({ length: CYPHER_BATCH_SIZE + 1 }, (_, index) => ({
      ...template,
      key: `lead-${index}`,
    }));
    const statements = splitCypherStatements(writeCypherScript(graph, sampleHeader())).filter((statement) =>
      statement.includes('[claim:LEADS '),
    );

    expect(statements.map((statement) => unwindRows(statement).length)).toEqual([CYPHER_BATCH_SIZE, 1]);
  });

  it('when the selection holds newlines and non-ASCII, then the header comment stays one line', () => {
    const header = { ...sampleHeader(), selection: { query: 'MATCH (n)\nRETURN n; // 김정은\u2028' } };
    const written = writeCypherScript(sampleGraph(), header);
    const selectionLine = written.split('\n').find((line) => line.startsWith('// Selection:'));

    expect(selectionLine).toBe(
      '// Selection: {"query":"MATCH (n)\\nRETURN n; // \\uae40\\uc815\\uc740\\u2028"}',
    );
    expect(splitCypherStatements(written)[0]).toMatch(/CREATE CONSTRAINT actor_id/);
  });
});

// The read-only console: reads answer with rows and a graph; writes, commands, procedures and other databases
// are refused and change nothing; results are bounded in rows, bytes and time; Neo4j's errors answer 4xx/503.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import pino from 'pino';
import { CYPHER_DIR } from '../../../server/db/query-registry';
import { createApp } from '../../../server/http/app';
import { CypherService } from '../../../server/services/cypher-service';
import { createServices } from '../../../server/services/services';
import { dumpGraph } from '../../support/test-neo4j';
import { startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp('small');
});

afterAll(async () => {
  await testApp.close();
});

/** A list holding a list ... `depth` levels deep, as JSON text (too deep for JSON.stringify). */
const nestedJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

const runCypher = (body: unknown) =>
  request(testApp.app)
    .post('/api/cypher')
    .send(body as object);

describe('POST /api/cypher', () => {
  it('when a read query returns paths, then the rows and the graph of its nodes and relationships come back', async () => {
    const response = await runCypher({
      query: 'MATCH p = (a:Actor {id: $id})-[:LEADS]->(b) RETURN p, a.name AS name, count(*) AS n',
      params: { id: 'alice-leader' },
    }).expect(200);
    expect(response.body.columns).toEqual(['p', 'name', 'n']);
    expect(response.body.rows).toHaveLength(1);
    expect(response.body.rows[0].name).toBe('Alice Leader');
    expect(response.body.rows[0].n).toBe(1);
    expect(response.body.graph.nodes.map((node: { key: string }) => node.key).sort()).toEqual([
      'alice-leader',
      'northland',
    ]);
    expect(response.body.graph.edges).toEqual([
      expect.objectContaining({
        key: 'alice-leads-northland',
        source: 'alice-leader',
        target: 'northland',
        attributes: expect.objectContaining({ type: 'LEADS', sourceId: 'gazette-2020-01-02-summit' }),
      }),
    ]);
    expect(response.body.summary).toMatchObject({ rows: 1, truncated: false, queryType: 'r' });
  });

  it('when a query returns more rows than the cap, then it stops at the cap and says so', async () => {
    const response = await runCypher({ query: 'UNWIND range(1, 5000) AS i RETURN i' }).expect(200);
    expect(response.body.rows).toHaveLength(1000);
    expect(response.body.summary).toMatchObject({ truncated: true, maxRows: 1000 });
  });

  it.each([
    ['CREATE (:Actor {id: "intruder", name: "x"})'],
    ['MATCH (a:Actor) SET a.name = "changed"'],
    ['MATCH (a:Actor) DETACH DELETE a'],
    ['MERGE (a:Actor {id: "alice-leader"}) ON MATCH SET a.kind = "robot"'],
    ['MATCH (a:Actor) RETURN a UNION MATCH (a:Actor) SET a.x = 1 RETURN a'],
    ['CREATE INDEX stray IF NOT EXISTS FOR (n:Stray) ON (n.x)'],
    ['CALL { CREATE (:Stray) } RETURN 1'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ])('when the console is asked to run %s, then it is refused and nothing changes', async (query) => {
    const before = await dumpGraph(testApp.db);
    const response = await runCypher({ query });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.error.code).toEqual(expect.any(String));
    expect(await dumpGraph(testApp.db)).toEqual(before);
    const indexes = await testApp.db.run(
      "SHOW INDEXES YIELD name WHERE name = 'stray' RETURN name",
      {},
      'READ',
    );
    expect(indexes.rows).toEqual([]);
  });

  it('when a write is refused, then the answer says it is read-only', async () => {
    const response = await runCypher({ query: 'CREATE (n:Stray) RETURN n' }).expect(403);
    expect(response.body.error).toEqual({
      code: 'read_only',
      message: expect.stringMatching(/read-only.*Nothing was changed/),
    });
  });

  it('when the query has a syntax error, then 400 carries Neo4j message and its position', async () => {
    const response = await runCypher({ query: 'MATCH (a:Actor RETURN a' }).expect(400);
    expect(response.body.error).toMatchObject({ code: 'cypher_syntax', line: 1, column: expect.any(Number) });
    expect(response.body.error.message).toMatch(/Invalid input/);
  });

  it('when a parameter is missing, then 400 says which', async () => {
    const response = await runCypher({ query: 'MATCH (a:Actor {id: $id}) RETURN a' }).expect(400);
    expect(response.body.error.message).toMatch(/id/);
  });

  it('when the query runs past its time limit, then it is stopped with 408', async () => {
    const response = await runCypher({
      query: 'UNWIND range(1, 4000000000) AS i WITH i WHERE i % 7 = 123 RETURN count(*) AS n',
    });
    expect(response.status).toBe(408);
    expect(response.body.error.code).toBe('query_timeout');
  }, 30000);

  it.each([
    [{}, 'query'],
    [{ query: '' }, 'query'],
    [{ query: 42 }, 'query'],
    [{ query: 'RETURN 1', params: [1, 2] }, 'params'],
    [[1, 2], 'body'],
  ])('when the body is %j, then 400 names %s', async (body, parameter) => {
    const response = await runCypher(body).expect(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_parameter', parameter });
  });

  it.each([
    ['lists nested 5000 deep', `{"p": ${nestedJson(5000)}}`, /nested at most 32 levels/],
    ['lists nested 33 deep', `{"p": ${nestedJson(33)}}`, /nested at most 32 levels/],
    [
      '10,001 numbers',
      JSON.stringify({ p: Array.from({ length: 10_001 }, (_, i) => i) }),
      /at most 10000 values/,
    ],
    [
      '2000 maps of lists',
      JSON.stringify({ p: Array.from({ length: 2000 }, () => ({ a: [1, 2, 3, 4] })) }),
      /at most 10000 values/,
    ],
  ])('when params hold %s, then 400 names params', async (_what, paramsJson, why) => {
    const response = await request(testApp.app)
      .post('/api/cypher')
      .set('Content-Type', 'application/json')
      .send(`{"query": "RETURN $p AS p", "params": ${paramsJson}}`)
      .expect(400);
    expect(response.body.error).toEqual({
      code: 'invalid_parameter',
      parameter: 'params',
      message: expect.stringMatching(why),
    });
  });

  it('when params are nested as deep as allowed, then they reach the query', async () => {
    const response = await runCypher({
      query: 'RETURN size($p) AS n',
      params: { p: JSON.parse(nestedJson(31)) },
    }).expect(200);
    expect(response.body.rows).toEqual([{ n: 1 }]);
  });

  it('when the body is not JSON, then 400', async () => {
    const response = await request(testApp.app)
      .post('/api/cypher')
      .set('Content-Type', 'application/json')
      .send('{"query": ')
      .expect(400);
    expect(response.body.error.code).toBe('invalid_json');
  });

  it('when the body is too large, then 413', async () => {
    const response = await runCypher({ query: `RETURN '${'x'.repeat(300_000)}'` }).expect(413);
    expect(response.body.error.code).toBe('body_too_large');
  });
});

/** The ids of the running transactions whose metadata carries `probe`. */
async function transactionsOf(probe: string): Promise<string[]> {
  const { rows } = await testApp.db.run(
    'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.probe = $probe RETURN transactionId',
    { probe },
    'READ',
  );
  return rows.map((row) => String(row.transactionId));
}

/** Schema, graph and procedures the refused queries could have touched, to compare before and after. */
async function state() {
  const indexes = await testApp.db.run('SHOW INDEXES YIELD name RETURN name ORDER BY name', {}, 'READ');
  return { graph: await dumpGraph(testApp.db), indexes: indexes.rows };
}

const NOT_ALLOWED: Array<[string, RegExp]> = [
  ['SHOW TRANSACTIONS', /SHOW or TERMINATE/],
  ['show transactions', /SHOW or TERMINATE/],
  ['/* who runs what */ SHOW TRANSACTIONS YIELD * // everything', /SHOW or TERMINATE/],
  [
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery',
    /SHOW or TERMINATE/,
  ],
  ['USE neo4j SHOW TRANSACTIONS', /SHOW or TERMINATE/],
  ['use SYSTEM show transactions', /database "neo4j".*"system"/],
  ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', /SHOW or TERMINATE/],
  ['terminate transactions $id', /SHOW or TERMINATE/],
  ['SHOW SETTINGS', /SHOW or TERMINATE/],
  [
    "SHOW SETTINGS YIELD name, value WHERE name CONTAINS 'directories' RETURN name, value",
    /SHOW or TERMINATE/,
  ],
  ['SHOW DATABASES', /SHOW or TERMINATE|"system"/],
  ['SHOW USERS', /SHOW or TERMINATE|"system"/],
  ['SHOW CURRENT USER', /SHOW or TERMINATE|"system"/],
  ['SHOW PROCEDURES', /SHOW or TERMINATE/],
  ['SHOW FUNCTIONS', /SHOW or TERMINATE/],
  ['SHOW INDEXES', /SHOW or TERMINATE/],
  ['CALL dbms.listConfig()', /procedures .* not dbms\.listConfig/],
  ['call dbms.listConfig() yield name, value return name, value', /not dbms\.listConfig/],
  ['CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN name', /not dbms\.listConfig/],
  [
    'MATCH (a:Actor) WHERE EXISTS { CALL dbms.listConfig() YIELD name RETURN name } RETURN a',
    /not dbms\.listConfig/,
  ],
  [
    'CALL db.labels() YIELD label CALL dbms.listConnections() YIELD connectionId RETURN label, connectionId',
    /not dbms\.listConnections/,
  ],
  ["CALL dbms.killConnections(['bolt-1'])", /not dbms\.killConnections/],
  ["CALL db.stats.collect('QUERIES')", /not db\.stats\.collect/],
  ['CALL db.clearQueryCaches()', /not db\.clearQueryCaches/],
  ["CALL tx.setMetaData({probe: 'x'})", /not tx\.setMetaData/],
  ['CALL dbms.components()', /not dbms\.components/],
  ['USE system CALL dbms.components()', /"system"/],
  ['USE system CALL db.labels()', /"system"/],
  ['CALL { MATCH (a:Actor) RETURN a } IN TRANSACTIONS RETURN a', /plan has TransactionApply/],
];

describe('POST /api/cypher refuses what is not a plain read of the graph', () => {
  it.each(NOT_ALLOWED)(
    'when the console is asked to run %s, then 403 says why and nothing changes',
    async (query, why) => {
      const before = await state();
      const response = await runCypher({ query, params: { id: 'neo4j-transaction-1' } });
      expect(response.status).toBe(403);
      expect(response.body.error).toEqual({ code: 'not_allowed', message: expect.stringMatching(why) });
      expect(response.body.error.message).toMatch(/^Refused: .*Nothing was changed\.$/);
      expect(await state()).toEqual(before);
    },
  );

  it('when SHOW is put inside CALL {}, then Neo4j itself refuses it as a syntax error', async () => {
    const response = await runCypher({
      query: 'CALL { SHOW TRANSACTIONS YIELD transactionId RETURN transactionId } RETURN 1',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('cypher_syntax');
  });

  it("when the console is asked to terminate another client's transaction, then it is refused and that transaction commits", async () => {
    const session = testApp.db.driver.session({ database: testApp.db.databaseName });
    const tx = await session.beginTransaction({ metadata: { probe: 'console-terminate' } });
    try {
      await tx.run("CREATE (:ConsoleProbe {id: 'still-here'})");
      const [id] = await transactionsOf('console-terminate');
      expect(id).toEqual(expect.any(String));

      for (const query of [
        'TERMINATE TRANSACTIONS $id',
        'terminate transactions $ids',
        'SHOW TRANSACTIONS YIELD * RETURN *',
      ]) {
        const response = await runCypher({ query, params: { id, ids: [id] } });
        expect(response.status).toBe(403);
      }

      expect(await transactionsOf('console-terminate')).toEqual([id]);
      await tx.commit();
    } finally {
      await session.close();
    }
    const { rows } = await testApp.db.run(
      "MATCH (p:ConsoleProbe {id: 'still-here'}) RETURN count(p) AS n",
      {},
      'READ',
    );
    expect(rows).toEqual([{ n: 1 }]);
    await testApp.db.run('MATCH (p:ConsoleProbe) DELETE p', {}, 'WRITE');
  });

  it.each([
    ['CALL db.labels()', 'label'],
    ['CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType', 'relationshipType'],
    ['CALL db.propertyKeys()', 'propertyKey'],
    ['CALL db.schema.visualization()', 'nodes'],
  ])('when the console is asked for schema introspection %s, then it answers', async (query, column) => {
    const response = await runCypher({ query }).expect(200);
    expect(response.body.columns).toContain(column);
  });

  it.each([
    ['who-met-whom.cypher'],
    ['analysts-on-kim-jong-un.cypher'],
    ['claims-of-one-article.cypher'],
    ['neighbourhood-of-an-actor.cypher'],
  ])('when the console runs the example %s, then it is a read it answers', async (file) => {
    const query = await readFile(path.join(CYPHER_DIR, 'examples', file), 'utf8');
    const response = await runCypher({ query });
    expect(response.status).toBe(200);
  });
});

describe('POST /api/cypher bounds the size of a result', () => {
  it('when a single value is huge, then 413 names the budget while other requests are answered meanwhile', async () => {
    const finished: string[] = [];
    const big = runCypher({ query: `RETURN [x IN range(1, 1000000) | '${'x'.repeat(20)}'] AS l` }).then(
      (response) => {
        finished.push('console');
        return response;
      },
    );
    // Sent once the console request is on its way; answered while the console query runs or is being read.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const openapi = await request(testApp.app).get('/api/openapi.json').expect(200);
    finished.push('openapi');
    expect(openapi.body.openapi).toEqual(expect.any(String));

    const response = await big;
    expect(finished).toEqual(['openapi', 'console']);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({
      code: 'result_too_large',
      message: expect.stringMatching(/larger than/),
      maxBytes: 4 * 1024 * 1024,
    });
  }, 60_000);

  it.each([
    [
      'many rows of long text',
      `UNWIND range(1, 1000) AS i RETURN i, '${'y'.repeat(10_000)}' AS text`,
      /result is larger than 4 MB/,
    ],
    [
      'one value over its own cap',
      `RETURN [x IN range(1, 200000) | 'xxxxxxxx'] AS l`,
      /single value .* larger than 512 kB/,
    ],
  ])(
    'when the result is %s, then 413 result_too_large',
    async (_what, query, why) => {
      const response = await runCypher({ query });
      expect(response.status).toBe(413);
      expect(response.body.error).toMatchObject({
        code: 'result_too_large',
        message: expect.stringMatching(why),
      });
    },
    60_000,
  );

  it('when the result is hundreds of long paths, then 413 result_too_large and the graph is left as it was', async () => {
    await testApp.db.run(
      `UNWIND range(0, 299) AS i CREATE (:ConsoleChain {i: i, text: $text})
       WITH count(*) AS created
       MATCH (a:ConsoleChain), (b:ConsoleChain {i: a.i + 1}) CREATE (a)-[:NEXT]->(b)`,
      { text: 'w'.repeat(2000) },
      'WRITE',
    );
    try {
      const response = await runCypher({ query: 'MATCH p = (:ConsoleChain {i: 0})-[:NEXT*]->() RETURN p' });
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe('result_too_large');
    } finally {
      await testApp.db.run('MATCH (c:ConsoleChain) DETACH DELETE c', {}, 'WRITE');
    }
  }, 60_000);
});

describe('POST /api/cypher maps every error Neo4j raises to a clear answer', () => {
  it.each([
    [
      'a syntax error naming a variable "connected"',
      400,
      'cypher_syntax',
      'MATCH (connected:Actor) RETURN unconnected',
    ],
    ['a division by zero', 400, 'cypher_error', 'RETURN 1 / 0 AS x'],
    ['toInteger on a list', 400, 'cypher_error', 'RETURN toInteger([1, 2]) AS x'],
    ['a missing parameter', 400, 'cypher_syntax', 'RETURN $missing AS x'],
    ['an unknown function', 400, 'cypher_syntax', 'RETURN nosuch.fn(1) AS x'],
    ['an unknown procedure', 400, 'cypher_error', 'CALL nosuch.proc()'],
  ])('when the query has %s, then %i %s', async (_what, status, code, query) => {
    const response = await runCypher({ query });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toEqual(expect.any(String));
  });

  it('when Neo4j terminates the running query, then 409 query_terminated', async () => {
    // A deadline far beyond the test's: finding the transaction must not race the console's own time-out.
    const services = { ...createServices(testApp.db), cypher: new CypherService(testApp.db, 120_000) };
    const app = createApp({ services, logger: pino({ level: 'silent' }) });
    const running = request(app)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 4000000000) AS i WITH i WHERE i % 7 = 123 RETURN count(*) AS n' })
      .then((response) => response);
    let ids: string[] = [];
    for (let attempt = 0; attempt < 200 && ids.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { rows } = await testApp.db.run(
        "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 4000000000)' RETURN transactionId",
        {},
        'READ',
      );
      ids = rows.map((row) => String(row.transactionId));
    }
    expect(ids).toHaveLength(1);
    await testApp.db.run('TERMINATE TRANSACTIONS $ids', { ids }, 'WRITE');
    const response = await running;
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('query_terminated');
  }, 150_000);
});

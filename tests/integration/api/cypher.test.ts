// The read-only console: reads answer with rows and a graph; writes are refused and change nothing.
import request from 'supertest';
import { dumpGraph } from '../../support/test-neo4j';
import { startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp('small');
});

afterAll(async () => {
  await testApp.close();
});

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

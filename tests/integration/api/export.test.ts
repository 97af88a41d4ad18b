// Exports of the curated graph, downloaded through HTTP and read back by real parsers; the Cypher script is
// replayed into an emptied database and must give the same graph.
import { unzipSync, strFromU8 } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import request from 'supertest';
import { splitCypherStatements } from '../../../server/export/cypher-script';
import { ingest } from '../../../server/ingest/ingest';
import { readWithNetworkx } from '../../support/networkx';
import { csvObjects } from '../../support/rfc4180';
import { emptyDatabase } from '../../support/test-neo4j';
import { CURATED_DATA, startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp(CURATED_DATA);
});

afterAll(async () => {
  await testApp.close();
});

const TODAY = new Date().toISOString().slice(0, 10);

/** Downloads an export as text (or bytes for the zip), checking it is an attachment named with the date. */
async function download(path: string, extension: string): Promise<Buffer> {
  const response = await request(testApp.app)
    .get(path)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    })
    .expect(200);
  expect(response.headers['content-disposition']).toMatch(
    new RegExp(`^attachment; filename="?actorgraph-${TODAY}\\.${extension}"?$`),
  );
  return response.body as Buffer;
}

async function servedGraph(path: string): Promise<Graph> {
  const response = await request(testApp.app).get(path).expect(200);
  return Graph.from(response.body);
}

const sortedEdgeKeys = (graph: Graph) => graph.edges().sort();

describe('GET /api/export', () => {
  it('when JSON is exported, then graphology loads the same graph, with a header naming the selection and sources', async () => {
    const body = JSON.parse(
      (await download('/api/export?format=json&center=kim-jong-un&depth=1', 'json')).toString('utf8'),
    );
    const expected = await servedGraph('/api/subgraph?center=kim-jong-un&depth=1');
    const loaded = Graph.from(body);
    expect(loaded.order).toBe(expected.order);
    expect(sortedEdgeKeys(loaded)).toEqual(sortedEdgeKeys(expected));
    expect(body.actorgraph).toMatchObject({
      selection: { center: 'kim-jong-un', depth: '1' },
      counts: { nodes: expected.order, edges: expected.size },
    });
    expect(body.actorgraph.sources.map((source: { id: string }) => source.id).sort()).toEqual([
      'donga-pompeo-memoir-kim-china',
      'hankyoreh-2019-01-09-kim-china-visits',
    ]);
  });

  it.each([
    ['gexf', parseGexf],
    ['graphml', parseGraphml],
  ])('when %s is exported, then graphology and networkx read the whole graph back', async (format, parse) => {
    const text = (await download(`/api/export?format=${format}`, format)).toString('utf8');
    const expected = await servedGraph('/api/graph');
    const parsed = parse(Graph, text) as Graph;
    expect(parsed.order).toBe(expected.order);
    expect(parsed.size).toBe(expected.size);
    const networkx = readWithNetworkx(format as 'gexf' | 'graphml', text);
    expect({
      nodes: networkx.nodes.length,
      edges: networkx.edges.length,
      multigraph: networkx.multigraph,
    }).toEqual({
      nodes: expected.order,
      edges: expected.size,
      multigraph: true,
    });
  });

  it('when CSV is exported, then the zip holds nodes.csv and edges.csv with every actor and claim', async () => {
    const files = unzipSync(new Uint8Array(await download('/api/export?format=csv&types=MEETS', 'zip')));
    const nodes = csvObjects(strFromU8(files['nodes.csv'] as Uint8Array));
    const edges = csvObjects(strFromU8(files['edges.csv'] as Uint8Array));
    const expected = await servedGraph('/api/graph?types=MEETS');
    expect(nodes.map((node) => node.key).sort()).toEqual(expected.nodes().sort());
    expect(edges.map((edge) => edge.key).sort()).toEqual(sortedEdgeKeys(expected));
    expect(edges.every((edge) => edge.type === 'MEETS' && edge.sourceId)).toBe(true);
  });

  it('when the Cypher script is replayed into an emptied database, then it recreates the same graph', async () => {
    const script = (await download('/api/export?format=cypher', 'cypher')).toString('utf8');
    const before = await servedGraph('/api/graph');
    try {
      await emptyDatabase(testApp.db);
      for (const statement of splitCypherStatements(script)) await testApp.db.run(statement, {}, 'WRITE');
      const after = await servedGraph('/api/graph');
      expect(after.order).toBe(before.order);
      expect(sortedEdgeKeys(after)).toEqual(sortedEdgeKeys(before));
      for (const edge of before.edges()) {
        expect({ edge, ...after.getEdgeAttributes(edge) }).toEqual({
          edge,
          ...before.getEdgeAttributes(edge),
        });
        expect([after.source(edge), after.target(edge)]).toEqual([before.source(edge), before.target(edge)]);
      }
      for (const node of before.nodes()) {
        const { label, kind, aliases } = before.getNodeAttributes(node);
        expect(after.getNodeAttributes(node)).toMatchObject({ label, kind, aliases });
      }
      const meta = (await request(testApp.app).get('/api/meta').expect(200)).body;
      expect(meta.counts.sources).toBe(2);
    } finally {
      await emptyDatabase(testApp.db);
      await ingest(testApp.db, CURATED_DATA);
    }
  });

  it("when a console query is exported, then the file holds the query's graph", async () => {
    const response = await request(testApp.app)
      .post('/api/export?format=json')
      .send({
        query: "MATCH p = (:Actor {id: 'kim-jong-un'})-[:MEETS]->(:Actor {id: 'xi-jinping'}) RETURN p",
      })
      .expect(200);
    const body = JSON.parse(response.text);
    const graph = Graph.from(body);
    expect(graph.nodes().sort()).toEqual(['kim-jong-un', 'xi-jinping']);
    expect(graph.size).toBe(4);
    expect(body.actorgraph.selection.query).toMatch(/MATCH p/);
  });

  it('when a console export would write, then it is refused and nothing is downloaded', async () => {
    const response = await request(testApp.app)
      .post('/api/export?format=json')
      .send({ query: 'CREATE (n:Stray) RETURN n' })
      .expect(403);
    expect(response.body.error.code).toBe('read_only');
  });
});

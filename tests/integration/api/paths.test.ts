// GET /api/paths over the curated data: an actor to itself, the depth bound as part of the search, and truncation,
// each checked against Neo4j's own shortest paths.
import request from 'supertest';
import type { SerializedGraph } from '../../../server/api/types';
import { CURATED_DATA, startTestApp, type TestApp } from '../../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp(CURATED_DATA);
});

afterAll(async () => {
  await testApp.close();
});

interface Path {
  actors: string[];
  claims: string[];
}

const cypher = async (query: string, params: Record<string, unknown> = {}) =>
  (await testApp.db.run(query, params, 'READ')).rows;

async function getPaths(query: string): Promise<SerializedGraph & { attributes: { paths: Path[] } }> {
  const response = await request(testApp.app).get(`/api/paths?${query}`).expect(200);
  return response.body;
}

/** Every pair of actors at the greatest distance in the data, with that distance (Neo4j's shortestPath). */
async function farthestPairs(): Promise<{ distance: number; pairs: Array<[string, string]> }> {
  const rows = await cypher(
    `MATCH (a:Actor), (b:Actor) WHERE a.id < b.id
     MATCH path = shortestPath((a)-[*..6]-(b))
     WITH a.id AS a, b.id AS b, length(path) AS distance
     ORDER BY distance DESC, a, b
     WITH distance, collect([a, b]) AS pairs
     RETURN distance, pairs ORDER BY distance DESC LIMIT 1`,
  );
  return rows[0] as { distance: number; pairs: Array<[string, string]> };
}

const pathKey = (path: Path) => path.claims.join(' ');

describe('GET /api/paths on the curated data', () => {
  it('when from and to name the same actor, then the graph is that actor alone with a path of length 0', async () => {
    const graph = await getPaths('from=kim-jong-un&to=kim-jong-un');
    expect(graph.nodes.map((node) => node.key)).toEqual(['kim-jong-un']);
    expect(graph.edges).toEqual([]);
    expect(graph.attributes).toEqual({
      paths: [{ actors: ['kim-jong-un'], claims: [] }],
      length: 0,
      truncated: false,
    });
  });

  it('when maxDepth is below the distance of the farthest actors, then each search finds nothing, and quickly', async () => {
    const { distance, pairs } = await farthestPairs();
    expect(distance).toBeGreaterThanOrEqual(4);
    await getPaths(`from=${pairs[0]?.[0]}&to=${pairs[0]?.[1]}&maxDepth=${distance}`); // the plan is cached
    for (const [from, to] of pairs) {
      const started = Date.now();
      const graph = await getPaths(`from=${from}&to=${to}&maxDepth=${distance - 1}`);
      const ms = Date.now() - started;
      // An exhaustive search took 1 to 16 s for these pairs; a bounded one takes milliseconds.
      expect({ from, to, paths: graph.attributes.paths, quick: ms < 3000 }).toEqual({
        from,
        to,
        paths: [],
        quick: true,
      });
    }
  });

  it('when maxDepth reaches the distance, then the paths are exactly the shortest paths Neo4j finds', async () => {
    const { distance, pairs } = await farthestPairs();
    for (const [from, to] of pairs.slice(0, 5)) {
      const expected = await cypher(
        `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
         MATCH path = allShortestPaths((a)-[*..6]-(b))
         RETURN [claim IN relationships(path) | claim.id] AS claims`,
        { from, to },
      );
      expect(expected.length).toBeLessThanOrEqual(100);
      const graph = await getPaths(`from=${from}&to=${to}&maxDepth=${distance}&limit=100`);
      expect(graph.attributes.length).toBe(distance);
      expect(graph.attributes.truncated).toBe(false);
      expect(graph.attributes.paths.map(pathKey).sort()).toEqual(
        expected.map((row) => (row.claims as string[]).join(' ')).sort(),
      );
      for (const path of graph.attributes.paths) {
        expect(path.actors).toHaveLength(distance + 1);
        expect([path.actors[0], path.actors[distance]]).toEqual([from, to]);
      }
    }
  });

  it('when there are more shortest paths than the limit, then limit paths come back and the graph says it was cut', async () => {
    // The two actors with the most claims between them: each claim is a shortest path of length 1.
    const [most] = await cypher(
      `MATCH (a:Actor)-[claim]-(b:Actor) WHERE a.id < b.id
       RETURN a.id AS from, b.id AS to, collect(claim.id) AS claims ORDER BY size(claims) DESC, from, to LIMIT 1`,
    );
    const { from, to, claims } = most as { from: string; to: string; claims: string[] };
    expect(claims.length).toBeGreaterThanOrEqual(3);

    const cut = await getPaths(`from=${from}&to=${to}&limit=${claims.length - 1}`);
    expect(cut.attributes.paths).toHaveLength(claims.length - 1);
    expect(cut.attributes.truncated).toBe(true);
    expect(cut.edges).toHaveLength(claims.length - 1);

    const whole = await getPaths(`from=${from}&to=${to}&limit=${claims.length}`);
    expect(whole.attributes.truncated).toBe(false);
    expect(whole.attributes.paths.flatMap((path) => path.claims).sort()).toEqual([...claims].sort());
  });
});

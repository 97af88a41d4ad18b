// The viewer benchmark's baseline: Sigma.js alone drawing a view snapshot with its stored positions, sizes and
// colours (no panels, no pipeline, no layout), marked at its first frame exactly as the viewer is.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import { markFirstFrame } from '../../client/render/first-frame';

async function draw(): Promise<void> {
  const address = new URLSearchParams(window.location.search).get('snapshot');
  if (!address) throw new Error('Name the snapshot to draw: ?snapshot=<url>');
  const response = await fetch(address);
  const snapshot = (await response.json()) as SerializedGraph;
  // Only what sigma draws: in the snapshot, an edge's `type` is its relation, not a sigma program.
  const graph = new MultiDirectedGraph();
  for (const { key, attributes: a = {} } of snapshot.nodes)
    graph.addNode(key, { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label });
  for (const { key, source, target, attributes: a = {} } of snapshot.edges)
    graph.addEdgeWithKey(key, source, target, { size: a.size, color: a.color });
  const sigma = new Sigma(graph, document.getElementById('graph')!, { defaultEdgeType: 'arrow' });
  markFirstFrame(sigma);
  Object.assign(window, { sigma });
}

void draw();

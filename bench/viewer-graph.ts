// A synthetic view snapshot for the viewer benchmark: actors in clusters with their positions, claims of every
// relation type, sizes and colours, in the viewer's own snapshot format. Deterministic from a seed.
import { writeFile } from 'node:fs/promises';
import type { SerializedGraph } from '../server/api/types';
import { ACTOR_KIND_COLOURS, ACTOR_KINDS, CERTAINTIES } from '../server/model/actors';
import { RELATIONS } from '../server/model/relations';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../client/state/snapshot';
import { defaultViewState } from '../client/state/view-state';
import { VIEWER_SETTINGS } from '../client/config';
import { seededRandom } from '../client/util/hash';

export interface ViewerGraphSize {
  nodes: number;
  edges: number;
}

/** Actors per cluster: a cluster is a group of actors that mostly relate among themselves. */
const CLUSTER_SIZE = 200;
/** Share of claims between two actors of the same cluster. */
const INSIDE_SHARE = 0.85;
const SPACING = 100;

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Cluster centres on a sunflower spiral (even density), cluster members in a Gaussian blob around them. */
function positions(count: number, random: () => number): { x: number; y: number; cluster: number }[] {
  const clusters = Math.max(1, Math.ceil(count / CLUSTER_SIZE));
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, index) => {
    const cluster = index % clusters;
    const radius = Math.sqrt(cluster) * SPACING;
    const cx = Math.cos(cluster * golden) * radius;
    const cy = Math.sin(cluster * golden) * radius;
    return { x: cx + gaussian(random) * SPACING * 0.22, y: cy + gaussian(random) * SPACING * 0.22, cluster };
  });
}

/** A member of `cluster` with a heavy tail (its first members take most claims). */
function memberOf(cluster: number, clusters: number, count: number, random: () => number): number {
  const members = Math.ceil((count - cluster) / clusters);
  const rank = Math.min(members - 1, Math.floor(members * Math.pow(random(), 2.5)));
  return cluster + rank * clusters;
}

/** The snapshot: what the viewer opens with `?snapshot=` and what the bare Sigma page draws. */
export function viewerGraph(size: ViewerGraphSize, seed = 7): SerializedGraph {
  const random = seededRandom(seed);
  const points = positions(size.nodes, random);
  const clusters = Math.max(1, Math.ceil(size.nodes / CLUSTER_SIZE));
  const degree = new Array<number>(size.nodes).fill(0);
  const edges: SerializedGraph['edges'] = [];
  for (let index = 0; index < size.edges; index += 1) {
    const from = memberOf(Math.floor(random() * clusters), clusters, size.nodes, random);
    const cluster = random() < INSIDE_SHARE ? points[from]!.cluster : Math.floor(random() * clusters);
    let to = memberOf(cluster, clusters, size.nodes, random);
    if (to === from) to = (from + clusters) % size.nodes;
    degree[from]! += 1;
    degree[to]! += 1;
    const relation = RELATIONS[Math.floor(random() * RELATIONS.length)]!;
    const certainty = CERTAINTIES[Math.floor(random() * CERTAINTIES.length)]!;
    const day = Math.floor(random() * 3 * 365);
    const date = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10);
    edges.push({
      key: `claim-${index}`,
      source: `actor-${from}`,
      target: `actor-${to}`,
      attributes: {
        type: relation.type,
        label: relation.label,
        date,
        dateEnd: null,
        sourceId: `source-${index % 997}`,
        summary: `Actor ${from} ${relation.label} actor ${to}.`,
        certainty,
        assertedBy: null,
        paragraph: 1 + (index % 40),
        quote: null,
        origin: 'curated',
        color: relation.colour,
        size: VIEWER_SETTINGS.edgeSize[certainty],
      },
    });
  }
  const top = Math.max(1, ...degree);
  const { min, max } = VIEWER_SETTINGS.nodeSize;
  const nodes = points.map((point, index) => {
    const kind = ACTOR_KINDS[index % ACTOR_KINDS.length]!;
    return {
      key: `actor-${index}`,
      attributes: {
        label: `Actor ${index}`,
        kind,
        aliases: [],
        degree: degree[index]!,
        x: point.x,
        y: point.y,
        size: Math.round((min + Math.sqrt(degree[index]! / top) * (max - min)) * 100) / 100,
        color: ACTOR_KIND_COLOURS[kind],
      },
    };
  });
  const view = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    state: defaultViewState(),
    camera: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
  };
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { savedAt: '2026-01-01T00:00:00.000Z', view },
    nodes,
    edges,
  };
}

/** Writes the snapshot of `size` to `file`. */
export async function writeViewerGraph(file: string, size: ViewerGraphSize): Promise<void> {
  await writeFile(file, JSON.stringify(viewerGraph(size)));
}

// The current view as a snapshot for the shared GEXF and GraphML writers: the drawn actors and claims with their
// data, and the visuals they are drawn with (position, size, colour, metric, community).
import type {
  ActorAttributes,
  ClaimAttributes,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
  SourceSummary,
} from '../api/types';
import type { SnapshotHeader } from '../../server/export/snapshot';
import type { DataGraph, RenderedEdge, RenderedGraph, RenderedNode } from '../graph/graph-types';

/** What a drawn edge says of its claim when the data graph does not hold it. */
function drawnClaim(visual: RenderedEdge): ClaimAttributes {
  return {
    type: visual.relation,
    label: visual.label,
    date: null,
    dateEnd: null,
    sourceId: '',
    summary: '',
    certainty: visual.certainty,
    assertedBy: null,
    paragraph: null,
    quote: null,
    origin: visual.origin,
  };
}

function viewNode(id: string, visual: RenderedNode, data: DataGraph): SerializedNode {
  const actor = data.hasNode(id) ? data.getNodeAttributes(id) : undefined;
  const attributes: ActorAttributes = {
    aliases: [],
    ...actor,
    label: visual.label,
    kind: visual.kind,
    x: visual.x,
    y: visual.y,
    size: visual.size,
    color: visual.color,
    metric: visual.metric,
    ...(visual.community === undefined ? {} : { community: visual.community }),
  };
  return { key: id, attributes };
}

function viewEdge(
  id: string,
  visual: RenderedEdge,
  source: string,
  target: string,
  data: DataGraph,
): SerializedEdge {
  const claim = data.hasEdge(id) ? data.getEdgeAttributes(id) : drawnClaim(visual);
  const attributes: ClaimAttributes = {
    ...claim,
    label: visual.label,
    color: visual.color,
    size: visual.size,
  };
  return { key: id, source, target, attributes };
}

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

/** The rendered elements in key order, each with its data from `data` and its visuals. */
export function viewGraph(rendered: RenderedGraph, data: DataGraph): SerializedGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: rendered.mapNodes((id, visual) => viewNode(id, visual, data)).sort(byKey),
    edges: rendered
      .mapEdges((id, visual, source, target) => viewEdge(id, visual, source, target, data))
      .sort(byKey),
  };
}

/** The header of a view's export: now, the view's title as its selection, and the sources its claims cite. */
export function viewHeader(
  graph: SerializedGraph,
  title: string,
  sources: readonly SourceSummary[],
  generatedAt: Date = new Date(),
): SnapshotHeader {
  const cited = new Set(graph.edges.map((edge) => edge.attributes.sourceId));
  return {
    generatedAt: generatedAt.toISOString(),
    selection: { view: title },
    sources: sources.filter((source) => cited.has(source.id)),
  };
}

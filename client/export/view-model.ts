// What the file exports of the current view carry: the rendered actors and claims with their data and visuals.
import type { DataGraph, RenderedGraph } from '../graph/graph-types';

/** An exported column: its name and its type in GEXF/GraphML terms. */
export interface ExportColumn {
  name: string;
  type: 'string' | 'double' | 'integer';
}

/** One actor of the view. */
export interface ExportNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  values: Record<string, string | number>;
}

/** One claim of the view. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  color: string;
  size: number;
  /** False for a claim of a symmetric type: exported as an undirected edge. */
  directed: boolean;
  values: Record<string, string | number>;
}

/** The view as exports see it. */
export interface ViewModel {
  title: string;
  nodeColumns: ExportColumn[];
  edgeColumns: ExportColumn[];
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export const NODE_COLUMNS: ExportColumn[] = [
  { name: 'kind', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'metric', type: 'double' },
  { name: 'community', type: 'integer' },
];

export const EDGE_COLUMNS: ExportColumn[] = [
  { name: 'relation', type: 'string' },
  { name: 'date', type: 'string' },
  { name: 'dateEnd', type: 'string' },
  { name: 'certainty', type: 'string' },
  { name: 'assertedBy', type: 'string' },
  { name: 'sourceId', type: 'string' },
  { name: 'summary', type: 'string' },
  { name: 'paragraph', type: 'integer' },
  { name: 'quote', type: 'string' },
  { name: 'origin', type: 'string' },
  { name: 'eventId', type: 'string' },
  { name: 'cameoCode', type: 'string' },
  { name: 'goldstein', type: 'double' },
];

function defined(
  values: Record<string, string | number | null | undefined>,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, string | number] =>
        entry[1] !== null && entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

/** The rendered elements in key order, with their data attributes from `data`. */
export function viewModel(rendered: RenderedGraph, data: DataGraph, title: string): ViewModel {
  const nodes = rendered
    .mapNodes((id, visual): ExportNode => {
      const actor = data.hasNode(id) ? data.getNodeAttributes(id) : undefined;
      return {
        id,
        label: visual.label,
        x: visual.x,
        y: visual.y,
        size: visual.size,
        color: visual.color,
        values: defined({
          kind: visual.kind,
          aliases: actor?.aliases.join('|'),
          description: actor?.description,
          metric: visual.metric,
          community: visual.community,
        }),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const edges = rendered
    .mapEdges((id, visual, source, target): ExportEdge => {
      const claim = data.hasEdge(id) ? data.getEdgeAttributes(id) : undefined;
      return {
        id,
        source,
        target,
        label: visual.label,
        color: visual.color,
        size: visual.size,
        directed: visual.directed !== false,
        values: defined({
          relation: visual.relation,
          date: claim?.date,
          dateEnd: claim?.dateEnd,
          certainty: visual.certainty,
          assertedBy: claim?.assertedBy,
          sourceId: claim?.sourceId,
          summary: claim?.summary,
          paragraph: claim?.paragraph,
          quote: claim?.quote,
          origin: visual.origin,
          eventId: claim?.eventId,
          cameoCode: claim?.cameoCode,
          goldstein: claim?.goldstein,
        }),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return { title, nodeColumns: NODE_COLUMNS, edgeColumns: EDGE_COLUMNS, nodes, edges };
}

// A snapshot stores what was drawn (positions, sizes, colours): drawn at once from the file, the view appears
// before the data graph, the filters' pipeline and the panels are built from it.
import type { SerializedGraph } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import { edgeSize } from '../graph/visuals';
import type { RenderedGraph } from '../graph/graph-types';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Fills the empty `rendered` graph with the elements the snapshot drew, as they were drawn (parallel claims
 * straight until the pipeline curves them). Returns false, leaving it empty, when the file has no visuals.
 */
export function fillPreview(rendered: RenderedGraph, snapshot: SerializedGraph): boolean {
  const first = snapshot.nodes[0]?.attributes;
  if (!first || !isNumber(first.size) || typeof first.color !== 'string') return false;
  for (const { key, attributes: actor } of snapshot.nodes) {
    if (actor.hidden === true || !isNumber(actor.x) || !isNumber(actor.y)) continue;
    rendered.addNode(key, {
      label: actor.label,
      kind: actor.kind,
      x: actor.x,
      y: actor.y,
      size: isNumber(actor.size) ? actor.size : VIEWER_SETTINGS.nodeSize.min,
      color: typeof actor.color === 'string' ? actor.color : VIEWER_SETTINGS.unknownColour,
      metric: 0,
    });
  }
  for (const { key, source, target, attributes } of snapshot.edges) {
    const claim = attributes ?? {};
    if (claim.hidden === true || !rendered.hasNode(source) || !rendered.hasNode(target)) continue;
    rendered.addEdgeWithKey(key, source, target, {
      relation: String(claim.type),
      label: String(claim.label ?? ''),
      certainty: String(claim.certainty),
      color: typeof claim.color === 'string' ? claim.color : VIEWER_SETTINGS.unknownColour,
      size: edgeSize(String(claim.certainty)),
      type: 'arrow',
      curvature: 0,
    });
  }
  return true;
}

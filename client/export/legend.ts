// The legend of a view (what the colours mean, for the PNG export and the on-screen legend): pure data.
import type { ColourBy, EdgeColourBy } from '../state/view-state';
import type { RenderedGraph } from '../graph/graph-types';
import { communityColour } from '../graph/visuals';

/** One legend row: a swatch colour, a text and how many elements it stands for. */
export interface LegendEntry {
  colour: string;
  text: string;
  count: number;
}

/** The legend of the rendered graph: node colours (kinds or communities) and edge colours (relations). */
export interface Legend {
  nodes: LegendEntry[];
  edges: LegendEntry[];
}

/** Names and colours from /api/meta. */
export interface LegendVocabulary {
  kinds: ReadonlyArray<{ kind: string; colour: string }>;
  relations: ReadonlyArray<{
    type: string;
    label: string;
    colour: string;
    family?: string;
    event?: { side: string };
  }>;
  /** For edges coloured by side: the sides and the families' greys. */
  sides?: ReadonlyArray<{ side: string; colour: string }>;
  families?: ReadonlyArray<{ family: string; sideColour?: string }>;
}

/** Edge legend when edges are coloured by side: each side, then each sideless family, with what is on screen. */
function sideEntries(relations: Map<string, number>, vocabulary: LegendVocabulary): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const relation of vocabulary.relations) {
    const group = relation.event?.side ?? relation.family ?? '';
    counts.set(group, (counts.get(group) ?? 0) + (relations.get(relation.type) ?? 0));
  }
  const sides = (vocabulary.sides ?? []).map((side) => ({
    colour: side.colour,
    text: side.side.replace('-', ' '),
    count: counts.get(side.side) ?? 0,
  }));
  const families = (vocabulary.families ?? [])
    .filter((family) => family.sideColour)
    .map((family) => ({
      colour: family.sideColour as string,
      text: `${family.family}s`,
      count: counts.get(family.family) ?? 0,
    }));
  return [...sides, ...families].filter((entry) => entry.count > 0);
}

function counted<T extends string | number>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Legend entries for what is on screen, in vocabulary order; unknown values come last. */
export function legendOf(
  graph: RenderedGraph,
  vocabulary: LegendVocabulary,
  colourBy: ColourBy,
  edgeColourBy: EdgeColourBy = 'type',
): Legend {
  const relations = counted(graph.mapEdges((_key, attributes) => attributes.relation));
  const edges =
    edgeColourBy === 'side'
      ? sideEntries(relations, vocabulary)
      : vocabulary.relations
          .filter((relation) => relations.has(relation.type))
          .map((relation) => ({
            colour: relation.colour,
            text: relation.label,
            count: relations.get(relation.type) ?? 0,
          }));
  if (colourBy === 'community') {
    const communities = counted(graph.mapNodes((_key, attributes) => attributes.community ?? -1));
    const nodes = [...communities]
      .filter(([community]) => community >= 0)
      .sort((a, b) => a[0] - b[0])
      .map(([community, count]) => ({
        colour: communityColour(community),
        text: `community ${community + 1}`,
        count,
      }));
    return { nodes, edges };
  }
  const kinds = counted(graph.mapNodes((_key, attributes) => attributes.kind));
  const nodes = vocabulary.kinds
    .filter((kind) => kinds.has(kind.kind))
    .map((kind) => ({ colour: kind.colour, text: kind.kind, count: kinds.get(kind.kind) ?? 0 }));
  return { nodes, edges };
}

// The vocabulary as the viewer groups it: types by family and by side, and each type's colour by side.
import type { Meta, RelationInfo } from '../api/types';

type Vocabulary = Pick<Meta, 'relations' | 'families' | 'sides'>;

/** Each type's colour when edges are coloured by side: its side's for events, its family's grey otherwise. */
export function sideColoursOf(meta: Vocabulary): Record<string, string> {
  const sides = new Map(meta.sides.map((side) => [side.side, side.colour]));
  const greys = new Map(meta.families.map((family) => [family.family, family.sideColour]));
  const colours: Record<string, string> = {};
  for (const relation of meta.relations) {
    const colour = relation.event ? sides.get(relation.event.side) : greys.get(relation.family);
    if (colour) colours[relation.type] = colour;
  }
  return colours;
}

/** The types of each family, in family order, each list in vocabulary order. */
export function typesByFamily(meta: Vocabulary): Array<{ family: string; relations: RelationInfo[] }> {
  return meta.families.map((family) => ({
    family: family.family,
    relations: meta.relations.filter((relation) => relation.family === family.family),
  }));
}

/** The event types of a side. */
export function typesOfSide(meta: Vocabulary, side: string): string[] {
  return meta.relations.filter((relation) => relation.event?.side === side).map((relation) => relation.type);
}

/** Whether every, none or some of `types` are hidden. */
export function hiddenShare(hidden: readonly string[], types: readonly string[]): 'all' | 'none' | 'some' {
  const count = types.filter((type) => hidden.includes(type)).length;
  if (count === 0) return 'none';
  return count === types.length ? 'all' : 'some';
}

/** `hidden` with every type of `types` shown (visible) or hidden. */
export function setTypesHidden(
  hidden: readonly string[],
  types: readonly string[],
  visible: boolean,
): string[] {
  const others = hidden.filter((type) => !types.includes(type));
  return visible ? others : [...others, ...types];
}

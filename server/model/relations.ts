// The relation vocabulary: every claim type, defined once. Validation, ingestion, schema, API, viewer, exports and
// importers read it.
import type { ActorKind } from './actors';
import { EVENT_RELATIONS } from './event-relations';
import type { EventCoding, RelationFamily } from './event-coding';
import { withFamilyColours } from './relation-colours';

/** What one relation type means, how it reads and how it is drawn. */
export interface RelationDefinition {
  /** Neo4j relationship type, UPPER_SNAKE. */
  type: string;
  /** Event, stance, tie or intent. */
  family: RelationFamily;
  /** How an edge reads between two names: "Kim Jong-un meets Xi Jinping". */
  label: string;
  /** One line on what a claim of this type asserts. */
  description: string;
  /** What the direction means: who is `from`, who is `to`. */
  direction: string;
  /**
   * True when the relation reads the same both ways: drawn without arrowheads, exported as an undirected edge,
   * matched either way round. The stored direction is only the order the text gives.
   */
  symmetric: boolean;
  /** Hex colour of the viewer's edges and legend: a hue of its family's range (relation-colours.ts). */
  colour: string;
  /** Events only: how the field's event data codes it (PLOVER type, side, CAMEO codes). */
  event?: EventCoding;
  /** Why the mapping departs from the field's own tables, where it does. */
  note?: string;
  /** Kinds of actor allowed at each end; absent means any kind. */
  fromKinds?: readonly ActorKind[];
  toKinds?: readonly ActorKind[];
}

/** A definition as written: its colour is given by its family and place (relation-colours.ts). */
export type UncolouredRelation = Omit<RelationDefinition, 'colour'>;

/** Stances, ties and intents: relations that hold over time rather than happen at a time. */
const STANDING_RELATIONS = [
  {
    type: 'ALLIED_WITH',
    family: 'tie',
    label: 'allied with',
    description: 'A standing alliance or close partnership.',
    direction: 'either way; the text names the first',
    symmetric: true,
  },
  {
    type: 'SEEKS_LEVERAGE_OVER',
    family: 'intent',
    label: 'seeks leverage over',
    description: 'Uses a card, a threat or a third party to gain bargaining power over another actor.',
    direction: 'from the one seeking leverage, to the one it is meant to move',
    symmetric: false,
  },
  {
    type: 'SEEKS_INFLUENCE_OVER',
    family: 'intent',
    label: 'seeks influence over',
    description: 'Tries to extend its influence or control over another actor or territory.',
    direction: 'from the one seeking influence, to its object',
    symmetric: false,
  },
  {
    type: 'CONTROLS',
    family: 'tie',
    label: 'controls',
    description: 'Governs or dominates another actor or territory.',
    direction: 'from the controlling power, to the one controlled',
    symmetric: false,
  },
  {
    type: 'DISTRUSTS',
    family: 'stance',
    label: 'distrusts',
    description: 'Distrusts another actor or sees it as a threat.',
    direction: 'from the one who distrusts, to the one distrusted',
    symmetric: false,
  },
  {
    type: 'OPPOSES',
    family: 'stance',
    label: 'opposes',
    description: 'Is hostile to, in confrontation with, or against another actor or its presence.',
    direction: 'from the opponent, to what it opposes',
    symmetric: false,
  },
  {
    type: 'ASSESSES',
    family: 'stance',
    label: 'assesses',
    description: "An analyst's or observer's reading of another actor's motives or conduct.",
    direction: 'from the one assessing, to the actor assessed',
    symmetric: false,
  },
  {
    type: 'LEADS',
    family: 'tie',
    label: 'leads',
    description: 'Heads a state, government, party or institution.',
    direction: 'from the leader, to what is led',
    symmetric: false,
    fromKinds: ['person'],
    toKinds: ['state', 'organisation'],
  },
  {
    type: 'AFFILIATED_WITH',
    family: 'tie',
    label: 'affiliated with',
    description: 'Works for, belongs to, or is part of another actor.',
    direction: 'from the member or part, to the body it belongs to',
    symmetric: false,
    toKinds: ['state', 'organisation', 'group'],
  },
  {
    type: 'SPOUSE_OF',
    family: 'tie',
    label: 'spouse of',
    description: 'Married to another person.',
    direction: 'either way; the text names the first',
    symmetric: true,
    fromKinds: ['person'],
    toKinds: ['person'],
  },
] as const satisfies readonly UncolouredRelation[];

/** Every relation type: events first, in CAMEO order, then stances, ties and intents; coloured by family. */
export const RELATIONS = withFamilyColours([...EVENT_RELATIONS, ...STANDING_RELATIONS] as const);
/** A relation type name, e.g. `MEETS`. */
export type RelationType = (typeof RELATIONS)[number]['type'];

export const RELATION_TYPES: readonly RelationType[] = RELATIONS.map((relation) => relation.type);

const BY_TYPE: ReadonlyMap<string, RelationDefinition> = new Map(RELATIONS.map((r) => [r.type, r]));

/** True when `value` names a type of the vocabulary. */
export function isRelationType(value: string): value is RelationType {
  return BY_TYPE.has(value);
}

/** The definition of one relation type. */
export function relationDefinition(type: RelationType): RelationDefinition {
  return BY_TYPE.get(type) as RelationDefinition;
}

// The relation vocabulary: every claim type, defined once. Validation, ingestion, schema, API and viewer read it.
import type { ActorKind } from './actors';

/** What one relation type means, how it reads and how it is drawn. */
export interface RelationDefinition {
  /** Neo4j relationship type, UPPER_SNAKE. */
  type: string;
  /** How an edge reads between two names: "Kim Jong-un meets Xi Jinping". */
  label: string;
  /** One line on what a claim of this type asserts. */
  description: string;
  /** What the direction means: who is `from`, who is `to`. */
  direction: string;
  /** True when the relation reads the same both ways (the stored direction is only the one the text gives). */
  symmetric: boolean;
  /** Hex colour of the viewer's edges and legend. */
  colour: string;
  /** Kinds of actor allowed at each end; absent means any kind. */
  fromKinds?: readonly ActorKind[];
  toKinds?: readonly ActorKind[];
}

const POLITY: readonly ActorKind[] = ['state', 'organisation', 'group', 'territory'];

export const RELATIONS = [
  {
    type: 'MEETS',
    label: 'meets',
    description: 'A meeting, talk or summit in person.',
    direction: 'from the one who travelled or sought the meeting, to the one met',
    symmetric: true,
    colour: '#1f77b4',
  },
  {
    type: 'VISITS',
    label: 'visits',
    description: 'A trip to a country or an institution.',
    direction: 'from the visitor, to the place or body visited',
    symmetric: false,
    colour: '#17becf',
    toKinds: POLITY,
  },
  {
    type: 'ACCOMPANIES',
    label: 'accompanies',
    description: 'Goes along with another actor on a trip or to an event.',
    direction: 'from the companion, to the one accompanied',
    symmetric: false,
    colour: '#bcbd22',
  },
  {
    type: 'NEGOTIATES_WITH',
    label: 'negotiates with',
    description: 'Talks, bargains or prepares an agreement or a summit with another actor.',
    direction: 'from the side the text puts first, to its counterpart',
    symmetric: true,
    colour: '#2ca02c',
  },
  {
    type: 'CONSULTS',
    label: 'consults',
    description: 'Informs, coordinates with or seeks approval from another actor before acting.',
    direction: 'from the one who consults, to the one consulted',
    symmetric: false,
    colour: '#98df8a',
  },
  {
    type: 'ALLIED_WITH',
    label: 'allied with',
    description: 'A standing alliance or close partnership.',
    direction: 'either way; the text names the first',
    symmetric: true,
    colour: '#8c564b',
  },
  {
    type: 'SUPPORTS',
    label: 'supports',
    description: 'Backs, protects, aids or wants the presence of another actor.',
    direction: 'from the supporter, to the one supported',
    symmetric: false,
    colour: '#c49c94',
  },
  {
    type: 'GUARANTEES',
    label: 'guarantees',
    description: 'Promises security, aid or another assurance to another actor.',
    direction: 'from the guarantor, to the one assured',
    symmetric: false,
    colour: '#9467bd',
  },
  {
    type: 'REQUESTS',
    label: 'requests',
    description: 'Asks another actor for something: aid, a guarantee, a proposal, a visit.',
    direction: 'from the one who asks, to the one asked',
    symmetric: false,
    colour: '#e377c2',
  },
  {
    type: 'SEEKS_LEVERAGE_OVER',
    label: 'seeks leverage over',
    description: 'Uses a card, a threat or a third party to gain bargaining power over another actor.',
    direction: 'from the one seeking leverage, to the one it is meant to move',
    symmetric: false,
    colour: '#ff7f0e',
  },
  {
    type: 'SEEKS_INFLUENCE_OVER',
    label: 'seeks influence over',
    description: 'Tries to extend its influence or control over another actor or territory.',
    direction: 'from the one seeking influence, to its object',
    symmetric: false,
    colour: '#ffbb78',
  },
  {
    type: 'CONTROLS',
    label: 'controls',
    description: 'Governs or dominates another actor or territory.',
    direction: 'from the controlling power, to the one controlled',
    symmetric: false,
    colour: '#c5b0d5',
  },
  {
    type: 'SANCTIONS',
    label: 'sanctions',
    description: 'Imposes or keeps sanctions on another actor.',
    direction: 'from the sanctioning body, to the target',
    symmetric: false,
    colour: '#7f7f7f',
  },
  {
    type: 'DISTRUSTS',
    label: 'distrusts',
    description: 'Distrusts another actor or sees it as a threat.',
    direction: 'from the one who distrusts, to the one distrusted',
    symmetric: false,
    colour: '#d62728',
  },
  {
    type: 'OPPOSES',
    label: 'opposes',
    description: 'Is hostile to, in confrontation with, or against another actor or its presence.',
    direction: 'from the opponent, to what it opposes',
    symmetric: false,
    colour: '#a50f15',
  },
  {
    type: 'ASSESSES',
    label: 'assesses',
    description: "An analyst's or observer's reading of another actor's motives or conduct.",
    direction: 'from the one assessing, to the actor assessed',
    symmetric: false,
    colour: '#393b79',
  },
  {
    type: 'LEADS',
    label: 'leads',
    description: 'Heads a state, government, party or institution.',
    direction: 'from the leader, to what is led',
    symmetric: false,
    colour: '#637939',
    fromKinds: ['person'],
    toKinds: ['state', 'organisation'],
  },
  {
    type: 'AFFILIATED_WITH',
    label: 'affiliated with',
    description: 'Works for, belongs to, or is part of another actor.',
    direction: 'from the member or part, to the body it belongs to',
    symmetric: false,
    colour: '#aec7e8',
    toKinds: ['state', 'organisation', 'group'],
  },
  {
    type: 'SPOUSE_OF',
    label: 'spouse of',
    description: 'Married to another person.',
    direction: 'either way; the text names the first',
    symmetric: true,
    colour: '#f7b6d2',
    fromKinds: ['person'],
    toKinds: ['person'],
  },
] as const satisfies readonly RelationDefinition[];

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

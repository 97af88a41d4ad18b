// The closed sets the relation vocabulary is described with: families, sides, and the field's PLOVER event types.

/**
 * What sort of relation a type is:
 * `event` something done at a time (a meeting, a threat, an attack); `stance` an attitude held (distrust);
 * `tie` a standing relation (leads, allied with); `intent` an aim pursued (seeks leverage over).
 */
export const RELATION_FAMILIES = ['event', 'stance', 'tie', 'intent'] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export const RELATION_FAMILY_DESCRIPTIONS: Record<RelationFamily, string> = {
  event: 'Something one actor does to or with another at a time: a meeting, a demand, an attack.',
  stance: 'An attitude one actor holds towards another: distrust, opposition, a reading of its motives.',
  tie: 'A standing relation: leadership, membership, alliance, marriage, control.',
  intent: 'An aim one actor pursues towards another: leverage, influence.',
};

/**
 * The side of an event, as GDELT's QuadClass divides CAMEO: said or done, cooperation or conflict.
 * CAMEO roots 01-05 are verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material
 * conflict.
 */
export const EVENT_SIDES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;
export type EventSide = (typeof EVENT_SIDES)[number];

/** GDELT's QuadClass number (1 to 4) of each side. */
export const QUAD_CLASS: Record<EventSide, number> = {
  'verbal-cooperation': 1,
  'material-cooperation': 2,
  'verbal-conflict': 3,
  'material-conflict': 4,
};

/** The side of a CAMEO code, from its two-digit root. */
export function sideOfCameoCode(code: string): EventSide {
  const root = Number(code.slice(0, 2));
  if (root >= 1 && root <= 5) return 'verbal-cooperation';
  if (root >= 6 && root <= 9) return 'material-cooperation';
  if (root >= 10 && root <= 14) return 'verbal-conflict';
  return 'material-conflict';
}

/** The event types of PLOVER, CAMEO's successor ontology (draft 0.8, 2021). */
export const PLOVER_EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverEventType = (typeof PLOVER_EVENT_TYPES)[number];

/** How an event type is coded in the field's event data. */
export interface EventCoding {
  /**
   * The PLOVER event type it belongs to; null only where PLOVER has none (PLOVER dropped CAMEO's public
   * statements).
   */
  plover: PloverEventType | null;
  side: EventSide;
  /**
   * The CAMEO codes it covers, as prefixes: `'03'` covers every code under root 03 that no longer prefix of
   * another type claims (`'033'` belongs to GUARANTEES). Empty for events the field does not code.
   */
  cameo: readonly string[];
}

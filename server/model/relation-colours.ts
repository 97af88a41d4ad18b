// The colours of relation types and event sides: each family its own range of hues, sides from green to red.
import type { EventSide, RelationFamily } from './event-coding';

/**
 * The hues (degrees) each family's types spread over, so that the types of one family look related: events from
 * teal (cooperation, CAMEO's first roots) through blue and violet to crimson (conflict, its last), stances in
 * browns, intents in golds, ties in greens.
 */
export const FAMILY_HUES: Record<RelationFamily, readonly [number, number]> = {
  event: [180, 350],
  stance: [10, 30],
  intent: [38, 52],
  tie: [80, 150],
};

/** Lightness steps that neighbouring types of one family alternate through, so that close hues stay apart. */
const LIGHTNESS = [42, 58, 34, 50] as const;

/** `hsl(h, s%, l%)` as `#rrggbb`. */
export function hslToHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** The colour of the `index`th of `count` types of a family. */
export function familyColour(family: RelationFamily, index: number, count: number): string {
  const [from, to] = FAMILY_HUES[family];
  const hue = count <= 1 ? from : from + ((to - from) * index) / (count - 1);
  return hslToHex(hue % 360, 70, LIGHTNESS[index % LIGHTNESS.length] as number);
}

/** Gives each type its family's colour, in vocabulary order (keeping the list's literal types). */
export function withFamilyColours<const T extends ReadonlyArray<{ family: RelationFamily }>>(
  relations: T,
): { readonly [K in keyof T]: T[K] & { colour: string } } {
  const counts = new Map<RelationFamily, number>();
  for (const relation of relations) counts.set(relation.family, (counts.get(relation.family) ?? 0) + 1);
  const seen = new Map<RelationFamily, number>();
  const coloured = relations.map((relation) => {
    const index = seen.get(relation.family) ?? 0;
    seen.set(relation.family, index + 1);
    return { ...relation, colour: familyColour(relation.family, index, counts.get(relation.family) ?? 1) };
  });
  return coloured as unknown as { readonly [K in keyof T]: T[K] & { colour: string } };
}

/** The colour of each side when edges are coloured by side: cooperation green, conflict red. */
export const SIDE_COLOURS: Record<EventSide, string> = {
  'verbal-cooperation': '#74c476',
  'material-cooperation': '#1a9641',
  'verbal-conflict': '#fdae61',
  'material-conflict': '#d7191c',
};

/** The neutral grey of each family that has no side, when edges are coloured by side. */
export const SIDELESS_COLOURS: Record<Exclude<RelationFamily, 'event'>, string> = {
  stance: '#8c8c8c',
  tie: '#b4b4b4',
  intent: '#6e6e6e',
};

/** One-line descriptions of the sides. */
export const SIDE_DESCRIPTIONS: Record<EventSide, string> = {
  'verbal-cooperation': 'Said in cooperation: statements, appeals, promises, consultations (CAMEO 01-05).',
  'material-cooperation': 'Done in cooperation: cooperation, aid, concessions, investigations (CAMEO 06-09).',
  'verbal-conflict': 'Said in conflict: demands, accusations, rejections, threats, protests (CAMEO 10-14).',
  'material-conflict':
    'Done in conflict: force postures, cut ties, coercion, assault, fighting (CAMEO 15-20).',
};

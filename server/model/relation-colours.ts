// The colours of relation types and event sides: each family its own range of hues, sides from green to red.
import { differenceCiede2000, displayable, formatHex } from 'culori';
import type { EventSide, RelationFamily } from './event-coding';

/**
 * The OKLCh hue range (degrees) each group of types draws from, so that the types of one family look related:
 * events by side, from teal and blue (said in cooperation) through violet (done in cooperation) and magenta (said
 * in conflict) to red (done in conflict); stances in browns, intents in olive golds, ties in greens.
 */
export const GROUP_HUES: Record<EventSide | Exclude<RelationFamily, 'event'>, readonly [number, number]> = {
  'verbal-cooperation': [185, 265],
  'material-cooperation': [270, 305],
  'verbal-conflict': [310, 345],
  'material-conflict': [350, 385],
  stance: [40, 65],
  intent: [75, 100],
  tie: [120, 165],
};

/** OKLCh lightness and chroma steps a type's colour may take: dark enough to read as a thin line on white. */
const LIGHTNESS = [0.38, 0.46, 0.54, 0.62, 0.68] as const;
const CHROMA = [0.08, 0.12, 0.16, 0.2] as const;
const HUE_STEP = 5;

const difference = differenceCiede2000();

/** The perceptual difference (CIEDE2000) between two colours. */
export function colourDifference(a: string, b: string): number {
  return difference(a, b);
}

/** The colours in sRGB a group may use, as `#rrggbb`, in a fixed order. */
function groupCandidates([from, to]: readonly [number, number]): string[] {
  const candidates: string[] = [];
  for (let hue = from; hue <= to; hue += HUE_STEP)
    for (const l of LIGHTNESS)
      for (const c of CHROMA) {
        const colour = { mode: 'oklch' as const, l, c, h: hue % 360 };
        if (displayable(colour)) candidates.push(formatHex(colour));
      }
  return candidates;
}

/** A relation as coloured: its family, and its side when it is an event. */
type Colourable = { family: RelationFamily; event?: { side: EventSide } };

/**
 * Gives each type, in vocabulary order, the colour of its group's range that is farthest (CIEDE2000) from every
 * colour given before: neighbouring types of one family then differ most, and no two types look alike.
 */
export function withFamilyColours<const T extends ReadonlyArray<Colourable>>(
  relations: T,
): { readonly [K in keyof T]: T[K] & { colour: string } } {
  const chosen: string[] = [];
  const coloured = relations.map((relation) => {
    const group = relation.family === 'event' && relation.event ? relation.event.side : relation.family;
    const candidates = groupCandidates(GROUP_HUES[group as keyof typeof GROUP_HUES]);
    let best = candidates[0] as string;
    let farthest = -1;
    for (const candidate of candidates) {
      const nearest = Math.min(Infinity, ...chosen.map((other) => difference(candidate, other)));
      if (nearest > farthest) [best, farthest] = [candidate, nearest];
    }
    chosen.push(best);
    return { ...relation, colour: best };
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

// Where each node's label goes on screen: measured boxes placed by priority, none overlapping another.

/** A label to place: its node's centre and radius on screen, the label's measured size, and its priority. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
  /** The width of a shortened label, tried when the whole one fits nowhere. */
  shortWidth?: number;
}

/** A placed label's box on screen (top-left corner and size), in pixels. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** True when the shortened label was placed. */
  short?: boolean;
}

/** The space labels may use, and the gaps they keep. */
export interface PlacementOptions {
  width: number;
  height: number;
  /** Between a node's disc and its label. */
  gap: number;
  /** Kept free around each label, and between labels and the edge of the view. */
  margin: number;
}

type Side = (c: LabelCandidate, gap: number) => { x: number; y: number };

/**
 * Where a label may sit around its node, in order of preference: right, left, below, above, the corners, right
 * and left a little higher or lower, then below and above flush with the node's left or right (near the view's
 * edge).
 */
const SIDES: readonly Side[] = [
  (c, g) => ({ x: c.x + c.radius + g, y: c.y - c.height / 2 }),
  (c, g) => ({ x: c.x - c.radius - g - c.width, y: c.y - c.height / 2 }),
  (c, g) => ({ x: c.x - c.width / 2, y: c.y + c.radius + g }),
  (c, g) => ({ x: c.x - c.width / 2, y: c.y - c.radius - g - c.height }),
  (c, g) => ({ x: c.x + c.radius * 0.7 + g, y: c.y + c.radius * 0.7 }),
  (c, g) => ({ x: c.x + c.radius * 0.7 + g, y: c.y - c.radius * 0.7 - c.height }),
  (c, g) => ({ x: c.x - c.radius * 0.7 - g - c.width, y: c.y + c.radius * 0.7 }),
  (c, g) => ({ x: c.x - c.radius * 0.7 - g - c.width, y: c.y - c.radius * 0.7 - c.height }),
  (c, g) => ({ x: c.x + c.radius + g, y: c.y - c.height * 1.1 }),
  (c, g) => ({ x: c.x + c.radius + g, y: c.y + c.height * 0.1 }),
  (c, g) => ({ x: c.x - c.radius - g - c.width, y: c.y - c.height * 1.1 }),
  (c, g) => ({ x: c.x - c.radius - g - c.width, y: c.y + c.height * 0.1 }),
  (c, g) => ({ x: c.x - c.width + c.radius, y: c.y + c.radius + g }),
  (c, g) => ({ x: c.x - c.radius, y: c.y + c.radius + g }),
  (c, g) => ({ x: c.x - c.width + c.radius, y: c.y - c.radius - g - c.height }),
  (c, g) => ({ x: c.x - c.radius, y: c.y - c.radius - g - c.height }),
];

/** True when two boxes overlap once each is grown by `margin`. */
export function boxesOverlap(a: Omit<LabelBox, 'key'>, b: Omit<LabelBox, 'key'>, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** True when a box covers part of a disc. */
function coversDisc(box: Omit<LabelBox, 'key'>, disc: LabelCandidate): boolean {
  const nearestX = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return (nearestX - disc.x) ** 2 + (nearestY - disc.y) ** 2 < disc.radius ** 2;
}

/**
 * Places the labels of `candidates`, highest priority first, each on the first side of its node where it stays in
 * view, overlaps no placed label, and (if possible) covers no other node; a label that fits nowhere is tried
 * shortened, and left out if it still does not fit.
 * Returns the placed boxes by key.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions,
): Map<string, LabelBox> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
  const placed = new Map<string, LabelBox>();
  const boxes: LabelBox[] = [];
  const { margin } = options;
  const inView = (box: Omit<LabelBox, 'key'>) =>
    box.x >= margin &&
    box.y >= margin &&
    box.x + box.width <= options.width - margin &&
    box.y + box.height <= options.height - margin;
  const free = (box: Omit<LabelBox, 'key'>) => boxes.every((other) => !boxesOverlap(box, other, margin));
  const clearOfNodes = (box: Omit<LabelBox, 'key'>, own: string) =>
    candidates.every((disc) => disc.key === own || !coversDisc(box, disc));
  const spotFor = (candidate: LabelCandidate) => {
    const spots = SIDES.map((side) => ({
      ...side(candidate, options.gap),
      width: candidate.width,
      height: candidate.height,
    })).filter((box) => inView(box) && free(box));
    return spots.find((box) => clearOfNodes(box, candidate.key)) ?? spots[0];
  };
  for (const candidate of order) {
    const whole = spotFor(candidate);
    const short =
      whole || candidate.shortWidth === undefined
        ? undefined
        : spotFor({ ...candidate, width: candidate.shortWidth });
    const spot = whole ?? (short ? { ...short, short: true } : undefined);
    if (!spot) continue;
    const box = { key: candidate.key, ...spot };
    placed.set(candidate.key, box);
    boxes.push(box);
  }
  return placed;
}

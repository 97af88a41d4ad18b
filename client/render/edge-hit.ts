// Which drawn edge a click is on, found by geometry: a few pixels either side of an edge count as on it.

/** A point on screen, in pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** An edge as drawn on screen: its ends, its bend (sigma's curvature) and its width in pixels. */
export interface EdgeShape {
  key: string;
  source: ScreenPoint;
  target: ScreenPoint;
  curvature: number;
  width: number;
}

/** Distance from `p` to the segment `a`–`b`. */
function segmentDistance(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Points along an edge: its two ends, or a curve through the control point sigma's curved edges use. */
function polyline(shape: EdgeShape, steps = 16): ScreenPoint[] {
  const { source: a, target: b, curvature } = shape;
  if (curvature === 0) return [a, b];
  const control = {
    x: (a.x + b.x) / 2 + (b.y - a.y) * curvature,
    y: (a.y + b.y) / 2 - (b.x - a.x) * curvature,
  };
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return {
      x: u * u * a.x + 2 * u * t * control.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * control.y + t * t * b.y,
    };
  });
}

/** How far `point` is from the edge's drawn stroke (0 on it). */
export function distanceToEdge(point: ScreenPoint, shape: EdgeShape): number {
  const line = polyline(shape);
  let nearest = Infinity;
  for (let i = 1; i < line.length; i += 1)
    nearest = Math.min(nearest, segmentDistance(point, line[i - 1]!, line[i]!));
  return Math.max(0, nearest - shape.width / 2);
}

/**
 * The edge whose stroke is nearest to `point` within `tolerance` pixels, or null. On a tie (where edges cross)
 * the wider edge wins: a bundle is the larger target.
 */
export function edgeAt(point: ScreenPoint, shapes: Iterable<EdgeShape>, tolerance: number): string | null {
  let best: EdgeShape | null = null;
  let bestDistance = Infinity;
  for (const shape of shapes) {
    const distance = distanceToEdge(point, shape);
    if (distance > tolerance) continue;
    if (
      distance < bestDistance - 0.5 ||
      (Math.abs(distance - bestDistance) <= 0.5 && shape.width > best!.width)
    ) {
      best = shape;
      bestDistance = distance;
    }
  }
  return best?.key ?? null;
}

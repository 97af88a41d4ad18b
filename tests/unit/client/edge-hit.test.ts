// Clicks near an edge select it: distance to straight and curved strokes, and the wider edge where edges cross.
import { distanceToEdge, edgeAt, type EdgeShape } from '../../../client/render/edge-hit';

const straight = (key: string, width = 2): EdgeShape => ({
  key,
  source: { x: 0, y: 0 },
  target: { x: 100, y: 0 },
  curvature: 0,
  width,
});

describe('edgeAt', () => {
  it.each([
    [{ x: 50, y: 0 }, 0],
    [{ x: 50, y: 5 }, 4],
    [{ x: -3, y: 4 }, 4],
  ])('when the point is %j, then it is %d pixels from a straight edge 2 pixels wide', (point, distance) => {
    expect(distanceToEdge(point, straight('e'))).toBeCloseTo(distance);
  });

  it('when a click lands a few pixels beside a thin edge, then it selects it; farther away, nothing', () => {
    expect(edgeAt({ x: 40, y: 6 }, [straight('e', 1)], 6)).toBe('e');
    expect(edgeAt({ x: 40, y: 12 }, [straight('e', 1)], 6)).toBeNull();
  });

  it('when two edges cross under the click, then the wider one (a bundle) wins', () => {
    const crossing: EdgeShape = {
      key: 'thin',
      source: { x: 50, y: -50 },
      target: { x: 50, y: 50 },
      curvature: 0,
      width: 1,
    };
    expect(edgeAt({ x: 50, y: 0 }, [crossing, straight('bundle', 8)], 6)).toBe('bundle');
  });

  it('when an edge is curved, then a click on its bow selects it and one on the straight chord does not', () => {
    const curved: EdgeShape = { ...straight('c'), curvature: 0.4 };
    // The bow's middle is half the control point's offset from the chord: 100 * 0.4 / 2 = 20 pixels.
    expect(edgeAt({ x: 50, y: -20 }, [curved], 3)).toBe('c');
    expect(edgeAt({ x: 50, y: 0 }, [curved], 3)).toBeNull();
  });
});

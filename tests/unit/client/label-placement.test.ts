// Labels placed by priority around their nodes: inside the view, never overlapping, the least important left out.
import { boxesOverlap, placeLabels, type LabelCandidate } from '../../../client/render/label-placement';

const VIEW = { width: 400, height: 300, gap: 3, margin: 2 };

function node(key: string, x: number, y: number, priority = 1, width = 60): LabelCandidate {
  return { key, x, y, radius: 6, width, height: 14, priority };
}

function overlapping(boxes: ReturnType<typeof placeLabels>): string[] {
  const list = [...boxes.values()];
  return list.flatMap((a, i) =>
    list
      .slice(i + 1)
      .filter((b) => boxesOverlap(a, b))
      .map((b) => `${a.key}/${b.key}`),
  );
}

describe('placeLabels', () => {
  it('when a node has room, then its label sits to its right, centred on it', () => {
    const box = placeLabels([node('a', 100, 100)], VIEW).get('a');
    expect(box).toEqual({ key: 'a', x: 109, y: 93, width: 60, height: 14 });
  });

  it('when a node is at the right edge, then its label goes to its left, inside the view', () => {
    const box = placeLabels([node('a', 390, 100)], VIEW).get('a')!;
    expect(box.x + box.width).toBeLessThanOrEqual(VIEW.width);
    expect(box.x).toBeLessThan(390);
  });

  it('when two nodes sit side by side, then both labels find a place and do not overlap', () => {
    const boxes = placeLabels([node('a', 100, 100, 2), node('b', 130, 100, 1)], VIEW);
    expect([...boxes.keys()].sort()).toEqual(['a', 'b']);
    expect(overlapping(boxes)).toEqual([]);
  });

  it('when more labels crowd one spot than fit, then the ones of highest priority are kept and none overlap', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => node(`n${i}`, 200 + (i % 4), 150 + (i % 3), i));
    const boxes = placeLabels(crowd, VIEW);
    expect(boxes.size).toBeLessThan(40);
    expect(boxes.has('n39')).toBe(true);
    expect(boxes.has('n0')).toBe(false);
    expect(overlapping(boxes)).toEqual([]);
  });

  it('when a label would cover another node on its right, then it takes a free side instead', () => {
    const boxes = placeLabels([node('a', 100, 100, 2), node('b', 130, 100, 1, 10)], VIEW);
    const a = boxes.get('a')!;
    expect(a.x + a.width <= 124 || a.x >= 136 || a.y + a.height <= 94 || a.y >= 106).toBe(true);
  });
});

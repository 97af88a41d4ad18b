// Parallel claims between two actors get distinct curvatures; a lone claim stays straight.
import { parallelCurvatures } from '../../../client/graph/curvature';

const edge = (key: string, source: string, target: string) => ({ key, source, target });

describe('parallelCurvatures', () => {
  it('when an edge is alone between its actors, then it is straight', () => {
    expect(parallelCurvatures([edge('e', 'a', 'b'), edge('f', 'b', 'c')])).toEqual(
      new Map([
        ['e', 0],
        ['f', 0],
      ]),
    );
  });

  it('when two claims link the same actors, then they bend to opposite sides', () => {
    const curvatures = parallelCurvatures([edge('e1', 'a', 'b'), edge('e2', 'a', 'b')]);
    expect(curvatures.get('e1')).toBeCloseTo(-curvatures.get('e2')!);
    expect(curvatures.get('e1')).not.toBe(0);
  });

  it('when four claims link the same actors, then every curvature differs', () => {
    const curvatures = parallelCurvatures(['e1', 'e2', 'e3', 'e4'].map((key) => edge(key, 'a', 'b')));
    expect(new Set(curvatures.values()).size).toBe(4);
  });

  it('when claims run both ways, then the reversed one is negated so that both share one fan', () => {
    const curvatures = parallelCurvatures([edge('e1', 'a', 'b'), edge('e2', 'b', 'a')]);
    // In a→b's frame e1 is at -s and e2 at +s; e2 is drawn b→a, so its own curvature is -s too.
    expect(curvatures.get('e1')).toBeCloseTo(curvatures.get('e2')!);
    expect(curvatures.get('e1')).not.toBe(0);
  });

  it('when many claims link the same actors, then the fan stays within its maximum spread', () => {
    const keys = Array.from({ length: 12 }, (_, index) => `e${String(index).padStart(2, '0')}`);
    const values = [...parallelCurvatures(keys.map((key) => edge(key, 'a', 'b'))).values()];
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1.1 + 1e-9);
  });

  it('when the input order changes, then the curvatures do not', () => {
    const edges = [edge('e2', 'a', 'b'), edge('e1', 'a', 'b'), edge('e3', 'b', 'a')];
    expect(parallelCurvatures(edges)).toEqual(parallelCurvatures([...edges].reverse()));
  });
});

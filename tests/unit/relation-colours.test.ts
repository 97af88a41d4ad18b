// The relation palette: every type's colour distinguishable from every other's, and each in its family's hues.
import { converter } from 'culori';
import { GROUP_HUES, colourDifference } from '../../server/model/relation-colours';
import { RELATIONS } from '../../server/model/relations';

const oklch = converter('oklch');

/** CIEDE2000 difference under which two thin lines of colour are taken for one. */
const DISTINGUISHABLE = 9;

function groupOf(relation: (typeof RELATIONS)[number]): keyof typeof GROUP_HUES {
  return relation.family === 'event' && 'event' in relation && relation.event
    ? relation.event.side
    : (relation.family as keyof typeof GROUP_HUES);
}

describe('relation colours', () => {
  it(`when any two types are compared, then their colours differ by at least ${DISTINGUISHABLE} (CIEDE2000)`, () => {
    const close = RELATIONS.flatMap((a, i) =>
      RELATIONS.slice(i + 1)
        .filter((b) => colourDifference(a.colour, b.colour) < DISTINGUISHABLE)
        .map((b) => `${a.type} ${a.colour} ~ ${b.type} ${b.colour}`),
    );
    expect(close).toEqual([]);
  });

  it.each(RELATIONS.map((relation) => [relation.type, relation] as const))(
    'when %s is drawn, then its colour lies in its family’s hues and reads on a white canvas',
    (_type, relation) => {
      const [from, to] = GROUP_HUES[groupOf(relation)];
      const { l, h } = oklch(relation.colour)!;
      const hue = (h ?? 0) < from - 5 ? (h ?? 0) + 360 : (h ?? 0);
      expect(hue).toBeGreaterThanOrEqual(from - 3);
      expect(hue).toBeLessThanOrEqual(to + 3);
      expect(l).toBeLessThanOrEqual(0.7);
      expect(colourDifference(relation.colour, '#ffffff')).toBeGreaterThan(20);
    },
  );
});

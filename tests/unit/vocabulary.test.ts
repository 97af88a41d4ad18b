// The relation vocabulary against the field's codebooks: every CAMEO code maps to one type, true to PLOVER.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cameoCodebook, CODEBOOK_DIR, goldsteinOf, relationForCameo } from '../../server/model/cameo';
import { PLOVER_EVENT_TYPES, RELATION_FAMILIES, sideOfCameoCode } from '../../server/model/event-coding';
import {
  RELATIONS,
  relationDefinition,
  RELATION_TYPES,
  type RelationType,
} from '../../server/model/relations';

/** The CAMEO-to-PLOVER table: code -> PLOVER event type, from lines such as `0311: AGREE,  , economic # ...`. */
function ploverTable(): Map<string, string> {
  const text = readFileSync(path.join(CODEBOOK_DIR, 'cameo-to-plover.txt'), 'utf8');
  const table = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
    // Two-digit lines are the table's headings; a heading that repeats a root (08 CONCEDE, 08 RETREAT) names none.
    if (match?.[1] && match[2] && match[1].length > 2) table.set(match[1], match[2]);
  }
  return table;
}

/**
 * The PLOVER type the table gives a code: its own line, else that of its nearest listed parent. A root (`'03'`)
 * reads as its general code (`'030'`).
 */
function ploverOf(table: Map<string, string>, code: string): string | undefined {
  if (code.length === 2) return table.get(`${code}0`);
  for (let length = code.length; length >= 3; length -= 1) {
    const type = table.get(code.slice(0, length));
    if (type) return type;
  }
  return undefined;
}

const codes = [...cameoCodebook().keys()];
const table = ploverTable();

describe('the relation vocabulary', () => {
  it('when the CAMEO codebook is read, then it holds its 312 codes', () => {
    expect(codes).toHaveLength(312);
  });

  it.each(codes)(
    'when CAMEO code %s is mapped, then it falls to one event type of its side and PLOVER type',
    (code) => {
      const type = relationForCameo(code);
      expect(type).toBeDefined();
      const definition = relationDefinition(type as RelationType);
      expect(definition.family).toBe('event');
      expect(definition.event?.side).toBe(sideOfCameoCode(code));
      const plover = ploverOf(table, code);
      // Roots 01 (statements) and 02 (appeals) are absent from the PLOVER table; their types' notes say why.
      if (plover === undefined) {
        expect(['01', '02']).toContain(code.slice(0, 2));
        expect(definition.note).toBeDefined();
      } else {
        expect(definition.event?.plover).toBe(plover);
      }
    },
  );

  it('when the types list their CAMEO prefixes, then no prefix is claimed twice', () => {
    const prefixes = RELATIONS.flatMap((relation) => ('event' in relation ? relation.event.cameo : []));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('when a type is an event coded by CAMEO, then it covers at least one code and has Goldstein weights', () => {
    for (const relation of RELATIONS) {
      if (!('event' in relation) || relation.event.cameo.length === 0) continue;
      expect({ type: relation.type, goldstein: goldsteinOf(relation.type) }).toEqual({
        type: relation.type,
        goldstein: expect.objectContaining({ mean: expect.any(Number) }),
      });
    }
  });

  it('when every PLOVER event type is looked for, then some type of the vocabulary carries it', () => {
    const carried = new Set(
      RELATIONS.flatMap((relation) => ('event' in relation ? [relation.event.plover] : [])),
    );
    expect(PLOVER_EVENT_TYPES.filter((plover) => !carried.has(plover))).toEqual([]);
  });

  it('when a type is not an event, then it has no event coding, and every type has a family', () => {
    for (const relation of RELATIONS) {
      expect(RELATION_FAMILIES).toContain(relation.family);
      expect('event' in relation).toBe(relation.family === 'event');
    }
  });

  it.each(['MEETS', 'DISTRUSTS', 'GUARANTEES', 'SEEKS_LEVERAGE_OVER'])(
    'when the curated data names %s, then the vocabulary keeps it',
    (type) => {
      expect(RELATION_TYPES).toContain(type);
    },
  );

  it.each([
    ['036', 'AGREES_TO_COOPERATE'],
    ['0334', 'GUARANTEES'],
    ['042', 'VISITS'],
    ['043', 'HOSTS'],
    ['046', 'NEGOTIATES_WITH'],
    ['0874', 'EASES_PRESSURE_ON'],
    ['163', 'SANCTIONS'],
    ['1712', 'ATTACKS'],
    ['192', 'COERCES'],
    ['190', 'ATTACKS'],
  ])('when CAMEO code %s is mapped, then it is %s', (code, type) => {
    expect(relationForCameo(code)).toBe(type);
  });

  it.each(['', '7', '21', '0a1', '12345'])('when %p is not a CAMEO code, then it maps to nothing', (code) => {
    expect(relationForCameo(code)).toBeUndefined();
  });
});

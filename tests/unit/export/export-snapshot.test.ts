// Dispatching a snapshot to its format, and naming the file.
import { EXPORT_FORMATS } from '../../../server/api/types';
import { exportSnapshot, snapshotFileName } from '../../../server/export/export-snapshot';
import { columnsOf, exportRecord, exportValue } from '../../../server/export/attributes';
import { sampleGraph, sampleHeader } from '../../support/sample-graph';

describe('exportSnapshot', () => {
  it.each([
    ['json', 'application/json; charset=utf-8', 'json', 'string', '{'],
    ['gexf', 'application/gexf+xml; charset=utf-8', 'gexf', 'string', '<?xml'],
    ['graphml', 'application/graphml+xml; charset=utf-8', 'graphml', 'string', '<?xml'],
    ['csv', 'application/zip', 'zip', 'buffer', 'PK'],
    ['cypher', 'text/plain; charset=utf-8', 'cypher', 'string', '// actorgraph'],
  ] as const)(
    'when the format is %s, then the file is %s with extension %s',
    (format, contentType, extension, kind, start) => {
      const file = exportSnapshot(sampleGraph(), format, sampleHeader());

      expect({ contentType: file.contentType, extension: file.extension }).toEqual({
        contentType,
        extension,
      });
      expect(Buffer.isBuffer(file.body) ? 'buffer' : typeof file.body).toBe(kind);
      expect(file.body.slice(0, start.length).toString()).toBe(start);
    },
  );

  it('when every format is asked for, then each one writes something', () => {
    for (const format of EXPORT_FORMATS) {
      expect(exportSnapshot(sampleGraph(), format, sampleHeader()).body.length).toBeGreaterThan(100);
    }
  });

  it.each(EXPORT_FORMATS)(
    'when the graph is empty and the format is %s, then it is still written',
    (format) => {
      const graph = { ...sampleGraph(), nodes: [], edges: [], attributes: {} };

      expect(() => exportSnapshot(graph, format, { ...sampleHeader(), sources: [] })).not.toThrow();
    },
  );

  it.each(EXPORT_FORMATS)(
    'when generatedAt is not an ISO date-time and the format is %s, then it throws',
    (format) => {
      expect(() =>
        exportSnapshot(sampleGraph(), format, { ...sampleHeader(), generatedAt: 'yesterday' }),
      ).toThrow(RangeError);
    },
  );
});

describe('snapshotFileName', () => {
  it.each([
    ['json', '2026-11-22T09:30:00.000Z', undefined, 'actorgraph-2026-11-22.json'],
    ['gexf', '2026-11-22T09:30:00.000Z', undefined, 'actorgraph-2026-11-22.gexf'],
    ['graphml', '2026-11-22T23:59:59Z', undefined, 'actorgraph-2026-11-22.graphml'],
    ['csv', '2026-11-22T09:30:00.000Z', undefined, 'actorgraph-2026-11-22.zip'],
    ['cypher', '2026-11-22', undefined, 'actorgraph-2026-11-22.cypher'],
    ['gexf', '2026-11-22T09:30:00+09:00', 'kim-jong-un', 'kim-jong-un-2026-11-22.gexf'],
    ['json', '2026-11-22T09:30:00.000Z', '../etc/pass wd"', '..-etc-pass-wd--2026-11-22.json'],
  ] as const)(
    'when the format is %s at %s with stem %s, then the name is %s',
    (format, generatedAt, stem, name) => {
      expect(snapshotFileName(format, generatedAt, stem)).toBe(name);
    },
  );

  it.each(['', 'yesterday', '2026-13-45T00:00:00Z', '2026-11-22 09:30'])(
    'when generatedAt is %j, then it throws a RangeError',
    (generatedAt) => {
      expect(() => snapshotFileName('json', generatedAt)).toThrow(RangeError);
    },
  );
});

describe('exportable attributes', () => {
  it.each<[string, unknown, unknown]>([
    ['a text', 'x', 'x'],
    ['a number', 1.5, 1.5],
    ['a boolean', false, false],
    ['a list of texts', ['a', 'b'], ['a', 'b']],
    ['an empty list', [], []],
    ['null', null, undefined],
    ['NaN', Number.NaN, undefined],
    ['an object', { a: 1 }, undefined],
    ['a mixed list', ['a', 1], undefined],
  ])('when a value is %s, then it exports as %p', (_what, value, exported) => {
    expect(exportValue(value)).toEqual(exported);
  });

  it('when columns mix types, then numbers widen and anything else mixed becomes text', () => {
    const records = [
      exportRecord({ a: 1, b: 1, c: 1, d: true, e: ['x'], f: 2 ** 40 }),
      exportRecord({ a: 2, b: 2.5, c: 'one', d: false, e: ['y'], f: 3 }),
    ];

    expect(columnsOf(records, [{ name: 'z', type: 'integer' }])).toEqual([
      { name: 'z', type: 'integer' },
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'double' },
      { name: 'c', type: 'string' },
      { name: 'd', type: 'boolean' },
      { name: 'e', type: 'list' },
      { name: 'f', type: 'long' },
    ]);
  });

  it('when an attribute is named __proto__, then it is exported as an ordinary attribute', () => {
    const attributes = JSON.parse('{"__proto__": "x", "a": 1}') as Record<string, unknown>;

    expect([...exportRecord(attributes)]).toEqual([
      ['__proto__', 'x'],
      ['a', 1],
    ]);
  });
});

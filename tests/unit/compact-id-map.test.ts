import { CompactIdMap } from '../../server/ingest/compact-id-map';

describe('CompactIdMap', () => {
  it('tells apart ids that a number-keyed store could confuse', () => {
    const ids = [
      'icews-1',
      'icews-01',
      'icews-10',
      'gdelt-1',
      'icews-story-1',
      'kim-jong-un',
      'icews',
      'icews-',
      '-1',
      '1',
      'icews-999999999999999',
      'icews-1000000000000000',
      'icews-1000000000000001',
      'icews-1.5',
      'icews-1e3',
    ];
    const map = new CompactIdMap<number>();
    ids.forEach((id, index) => map.set(id, index));
    ids.forEach((id, index) => expect([id, map.get(id)]).toEqual([id, index]));
    for (const absent of ['icews-2', 'gdelt-10', 'icews-story-01', 'kim-jong', 'icews-0', 'icews-1000'])
      expect([absent, map.has(absent)]).toEqual([absent, false]);
  });

  it('keeps the last value set for an id', () => {
    const map = new CompactIdMap<string>();
    map.set('icews-story-7', 'a');
    map.set('icews-story-7', 'b');
    expect(map.get('icews-story-7')).toBe('b');
  });
});

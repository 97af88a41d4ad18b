// Corroboration: which claims of different sources are grouped into one event, pair by pair and as a whole.
import { groupCorroborated, sameEvent, type CorroborationClaim } from '../../server/model/corroboration';

let next = 0;
/** A claim of source `a` by default: VISITS from pompeo to north-korea in 2018-03. */
function claim(fields: Partial<CorroborationClaim> = {}): CorroborationClaim {
  next += 1;
  return {
    id: `c${String(next).padStart(4, '0')}`,
    type: 'VISITS',
    from: 'pompeo',
    to: 'north-korea',
    sourceId: 'a',
    date: '2018-03',
    dateEnd: null,
    ...fields,
  };
}

const other = (fields: Partial<CorroborationClaim> = {}) => claim({ sourceId: 'b', ...fields });

describe('whether two claims state the same event', () => {
  it.each<[string, boolean, CorroborationClaim, CorroborationClaim]>([
    ['same type, actors and month, two sources', true, claim(), other()],
    ['the same source twice', false, claim(), claim()],
    ['a year and a day within it', true, claim({ date: '2018' }), other({ date: '2018-05-07' })],
    ['a month and a day within it', true, claim({ date: '2018-05' }), other({ date: '2018-05-07' })],
    ['two different months', false, claim({ date: '2018-03' }), other({ date: '2018-05' })],
    ['two different years', false, claim({ date: '2018' }), other({ date: '2019' })],
    [
      'a day inside the span of a multi-day claim',
      true,
      claim({ date: '2018-05-07', dateEnd: '2018-05-08' }),
      other({ date: '2018-05-08' }),
    ],
    [
      'the day after a multi-day claim',
      false,
      claim({ date: '2018-05-07', dateEnd: '2018-05-08' }),
      other({ date: '2018-05-09' }),
    ],
    ['two undated claims', true, claim({ date: null }), other({ date: null })],
    ['an undated and a dated claim', false, claim({ date: null }), other({ date: '2018' })],
    [
      'two types of the same PLOVER type (VISITS, NEGOTIATES_WITH: CONSULT)',
      true,
      claim(),
      other({ type: 'NEGOTIATES_WITH' }),
    ],
    [
      'two types of different PLOVER types (VISITS: CONSULT, SANCTIONS: COERCE)',
      false,
      claim(),
      other({ type: 'SANCTIONS' }),
    ],
    [
      'two standing relations of different types',
      false,
      claim({ type: 'DISTRUSTS' }),
      other({ type: 'OPPOSES' }),
    ],
    ['the same standing relation', true, claim({ type: 'DISTRUSTS' }), other({ type: 'DISTRUSTS' })],
    [
      'a symmetric type in either order',
      true,
      claim({ type: 'MEETS', from: 'kim', to: 'xi' }),
      other({ type: 'MEETS', from: 'xi', to: 'kim' }),
    ],
    [
      'a directed type in the other order',
      false,
      claim({ type: 'VISITS' }),
      other({ from: 'north-korea', to: 'pompeo' }),
    ],
    [
      'a symmetric and a directed type in the other order',
      false,
      claim({ type: 'MEETS' }),
      other({ type: 'VISITS', from: 'north-korea', to: 'pompeo' }),
    ],
    ['another counterpart', false, claim(), other({ to: 'china' })],
  ])('when %s, then it is the same event: %s', (_case, expected, a, b) => {
    expect(sameEvent(a, b)).toBe(expected);
    expect(sameEvent(b, a)).toBe(expected);
  });
});

/** The groups as lists of claim ids, to compare whatever the ids of the anchors. */
const members = (claims: CorroborationClaim[]) => groupCorroborated(claims).map((group) => group.claimIds);

describe('grouping claims into events', () => {
  it('when two sources state the same visit, then it is one event with both sources', () => {
    const [a, b] = [claim({ date: '2018-03' }), other({ date: '2018' })];
    const [group, ...rest] = groupCorroborated([b, a]);
    expect(rest).toEqual([]);
    expect(group).toEqual({
      id: `event:${a.id}`,
      claimIds: [a.id, b.id],
      sourceIds: ['a', 'b'],
      dateFirst: '2018-03-01',
      dateLast: '2018-03-31',
    });
  });

  it('when one source tells three visits of a year and another one of them, then there are three events, the dated one corroborated once', () => {
    const visits = [1, 2, 3].map(() => claim({ date: '2018', sourceId: 'three' }));
    const dated = other({ date: '2018-03' });
    const groups = groupCorroborated([...visits, dated]);
    expect(groups.map((group) => group.claimIds.length).sort()).toEqual([1, 1, 2]);
    expect(groups[0]?.claimIds).toEqual([dated.id, visits[0]?.id]);
  });

  it('when a year-dated claim fits two months of one source, then it joins only the earliest and never joins them', () => {
    const [march, may] = [claim({ date: '2018-03' }), claim({ date: '2018-05' })];
    const year = other({ date: '2018' });
    expect(members([may, year, march])).toEqual([[march.id, year.id], [may.id]]);
  });

  it('when a claim fits an event of its own type and one of another type of its PLOVER type, then it joins its own type', () => {
    const negotiates = claim({ type: 'NEGOTIATES_WITH', date: '2018-03-01' });
    const visits = other({ type: 'VISITS', date: '2018-03-02', sourceId: 'b' });
    const later = claim({ type: 'VISITS', date: '2018-03', sourceId: 'c' });
    expect(members([later, negotiates, visits])).toEqual([[negotiates.id], [visits.id, later.id]]);
  });

  it('when three claims of three sources each fit the others, then they make one event of three sources', () => {
    const claims = [
      claim({ date: '2018-05-07' }),
      other({ date: '2018-05' }),
      claim({ date: '2018', sourceId: 'c' }),
    ];
    const [group] = groupCorroborated(claims);
    expect(group?.sourceIds).toEqual(['a', 'b', 'c']);
    expect([group?.dateFirst, group?.dateLast]).toEqual(['2018-05-07', '2018-05-07']);
  });

  it('when the same claims come in any order, then the groups are the same', () => {
    const claims = [
      claim({ date: '2018' }),
      claim({ date: '2019-01' }),
      other({ date: '2018-06-19' }),
      other({ date: '2018-05' }),
      claim({ date: null }),
      other({ date: null }),
      claim({ type: 'MEETS', from: 'kim', to: 'xi', date: '2018-03' }),
      other({ type: 'MEETS', from: 'xi', to: 'kim', date: '2018' }),
    ];
    const expected = groupCorroborated(claims);
    for (let shift = 1; shift < claims.length; shift += 1) {
      const rotated = [...claims.slice(shift), ...claims.slice(0, shift)];
      expect(groupCorroborated(rotated)).toEqual(expected);
      expect(groupCorroborated([...rotated].reverse())).toEqual(expected);
    }
    expect(expected.flatMap((group) => group.claimIds).sort()).toEqual(claims.map((c) => c.id).sort());
  });

  it('when no claim is given, then there is no event', () => {
    expect(groupCorroborated([])).toEqual([]);
  });
});

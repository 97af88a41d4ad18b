// Claim dates at their precision: the days they cover, month arithmetic and labels.
import {
  dateSpan,
  formatClaimDate,
  isMonth,
  monthFromNumber,
  monthNumber,
} from '../../../client/graph/dates';

describe('dateSpan', () => {
  it.each([
    ['2018', null, '2018-01-01', '2018-12-31'],
    ['2018-05', null, '2018-05-01', '2018-05-31'],
    ['2018-05-07', null, '2018-05-07', '2018-05-07'],
    ['2018-03', '2018-05', '2018-03-01', '2018-05-31'],
    ['2018-05-07', '2018-05-09', '2018-05-07', '2018-05-09'],
  ])('when the date is %s to %s, then it covers %s to %s', (date, end, first, last) => {
    expect(dateSpan(date, end)).toEqual({ first, last });
  });

  it.each([[null], [''], ['May 2018'], ['18-05']])('when the date is %p, then there is no span', (date) => {
    expect(dateSpan(date)).toBeNull();
  });
});

describe('months', () => {
  it('when a month is turned into a number and back, then it is unchanged', () => {
    for (const month of ['2018-01', '2018-12', '1950-06', '2020-02'])
      expect(monthFromNumber(monthNumber(month))).toBe(month);
    expect(monthNumber('2019-01') - monthNumber('2018-12')).toBe(1);
  });

  it.each([
    ['2018-05', true],
    ['2018-13', false],
    ['2018-00', false],
    ['2018-5', false],
    [42, false],
  ])('when checking %p, then isMonth is %p', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
  });
});

describe('formatClaimDate', () => {
  it.each([
    [null, null, 'undated'],
    ['2018', null, '2018'],
    ['2018-05', null, 'May 2018'],
    ['2018-05-07', null, '7 May 2018'],
    ['2018-03', '2018-05', 'Mar 2018 – May 2018'],
  ])('when the date is %p to %p, then it reads "%s"', (date, end, text) => {
    expect(formatClaimDate(date, end)).toBe(text);
  });
});

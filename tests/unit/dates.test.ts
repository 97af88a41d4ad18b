// Partial ISO dates: which are real, and which days they cover.
import { dateProblem, dateRange } from '../../server/model/dates';

describe('partial dates', () => {
  it.each(['2018', '2018-05', '2018-05-07', '2020-02-29'])(
    'when the date is %s, then it is accepted',
    (date) => {
      expect(dateProblem(date)).toBeNull();
    },
  );

  it.each([
    ['2018-13', /month 13 does not exist/],
    ['2019-02-29', /day 29 does not exist in 2019-02/],
    ['2018-00-10', /month 0 does not exist/],
    ['18-05-07', /expected a date/],
    ['2018/05/07', /expected a date/],
  ])('when the date is %s, then the problem is named', (date, problem) => {
    expect(dateProblem(date)).toMatch(problem);
  });

  it.each([
    ['2018', '2018-01-01', '2018-12-31'],
    ['2018-02', '2018-02-01', '2018-02-28'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2018-05-07', '2018-05-07', '2018-05-07'],
  ])('when the date is %s, then it covers %s to %s', (date, first, last) => {
    expect(dateRange(date)).toEqual({ first, last });
  });
});

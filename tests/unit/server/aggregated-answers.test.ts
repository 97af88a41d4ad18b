// The answers kept per corpus version: built once per selection, told apart by an entity tag, bounded in bytes.
import { SummaryAnswers } from '../../../server/services/aggregated-answers';
import { PairSummary } from '../../../server/services/pair-summary';

const selection = (centers: string[], depth = 2, limit = 200) => ({ centers, depth, limit });

describe('SummaryAnswers', () => {
  it('when a selection is asked twice, then the answer is built once and served as the same bytes', async () => {
    const answers = new SummaryAnswers(new PairSummary([]));
    const build = jest.fn(async () => ({ nodes: [{ key: 'a' }], edges: [] }));
    const first = await answers.answer('v1', selection(['a']), build);
    const again = await answers.answer('v1', selection(['a']), build);
    expect(build).toHaveBeenCalledTimes(1);
    expect(JSON.parse(first.body.toString('utf8'))).toEqual({ nodes: [{ key: 'a' }], edges: [] });
    expect(again.body).toBe(first.body);
    expect(again.etag).toBe(first.etag);
  });

  it.each([
    ['another centre', selection(['b'])],
    ['the same centres in another order', selection(['b', 'a'])],
    ['another depth', selection(['a', 'b'], 1)],
    ['another limit', selection(['a', 'b'], 2, 100)],
  ])('when %s is asked, then it is another answer with another tag', async (_, other) => {
    const answers = new SummaryAnswers(new PairSummary([]));
    const first = await answers.answer('v1', selection(['a', 'b']), async () => ({ n: 1 }));
    const second = await answers.answer('v1', other, async () => ({ n: 2 }));
    expect(second.etag).not.toBe(first.etag);
    expect(second.body.toString()).toBe('{"n":2}');
  });

  it('when the corpus version differs, then the tag differs', async () => {
    const answers = new SummaryAnswers(new PairSummary([]));
    const one = await answers.answer('v1', selection(['a']), async () => ({}));
    const two = await answers.answer('v2', selection(['a']), async () => ({}));
    expect(two.etag).not.toBe(one.etag);
  });

  it('when the kept answers pass the byte bound, then the least recently used are built again', async () => {
    const answers = new SummaryAnswers(new PairSummary([]), { answers: 100, bytes: 25 });
    const build = jest.fn(async () => ({ text: 'x'.repeat(2) }));
    await answers.answer('v1', selection(['a']), build); // 13 bytes
    await answers.answer('v1', selection(['b']), build); // 26 in all: a goes
    await answers.answer('v1', selection(['b']), build);
    expect(build).toHaveBeenCalledTimes(2);
    await answers.answer('v1', selection(['a']), build);
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('when building fails, then nothing is kept and the next request builds again', async () => {
    const answers = new SummaryAnswers(new PairSummary([]));
    await expect(
      answers.answer('v1', selection(['a']), async () => {
        throw new Error('no actor');
      }),
    ).rejects.toThrow('no actor');
    const build = jest.fn(async () => ({ ok: true }));
    await answers.answer('v1', selection(['a']), build);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('when requests for one selection arrive together, then they wait for one build', async () => {
    const answers = new SummaryAnswers(new PairSummary([]));
    const build = jest.fn(async () => ({ ok: true }));
    const served = await Promise.all([1, 2, 3, 4].map(() => answers.answer('v1', selection(['a']), build)));
    expect(build).toHaveBeenCalledTimes(1);
    expect(new Set(served.map((answer) => answer.body)).size).toBe(1);
  });
});

// Debounced search: one call per pause with the last text, and stale answers dropped.
import { debounce, latestOnly } from '../../../client/util/debounce';

describe('debounce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('when keys come faster than the wait, then one call is made with the last text', () => {
    const calls: string[] = [];
    const search = debounce((text: string) => calls.push(text), 200);
    search('P');
    jest.advanceTimersByTime(100);
    search('Po');
    jest.advanceTimersByTime(100);
    search('Pom');
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(200);
    expect(calls).toEqual(['Pom']);
  });

  it('when cancelled, then nothing is called; when flushed, then the pending call runs now', () => {
    const calls: string[] = [];
    const search = debounce((text: string) => calls.push(text), 200);
    search('a');
    search.cancel();
    jest.advanceTimersByTime(500);
    expect(calls).toEqual([]);
    search('b');
    search.flush();
    expect(calls).toEqual(['b']);
  });
});

describe('latestOnly', () => {
  it('when an older request answers after a newer one, then its answer is dropped', async () => {
    const resolvers: Array<(value: string) => void> = [];
    const fetchLater = latestOnly(
      (_text: string) => new Promise<string>((resolve) => resolvers.push(resolve)),
    );
    const first = fetchLater('P');
    const second = fetchLater('Pompeo');
    resolvers[1]!('answer for Pompeo');
    resolvers[0]!('answer for P');
    await expect(second).resolves.toBe('answer for Pompeo');
    await expect(first).resolves.toBeUndefined();
  });

  it('when a stale request fails, then its error is dropped too', async () => {
    const rejecters: Array<(error: Error) => void> = [];
    const fetchLater = latestOnly(() => new Promise<string>((_resolve, reject) => rejecters.push(reject)));
    const first = fetchLater();
    const second = fetchLater();
    rejecters[0]!(new Error('old'));
    rejecters[1]!(new Error('new'));
    await expect(first).resolves.toBeUndefined();
    await expect(second).rejects.toThrow('new');
  });
});

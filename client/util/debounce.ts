// Debounce and "latest answer wins": typing in a search box sends one request per pause, and stale answers are dropped.

/** A debounced function with a way to cancel or run the pending call now. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  flush(): void;
}

/** Calls `fn` once `waitMs` have passed without a new call, with the last arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = () => {
    timer = undefined;
    const args = pending;
    pending = undefined;
    if (args) fn(...args);
  };
  const debounced = (...args: A) => {
    pending = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, waitMs);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  debounced.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    run();
  };
  return debounced;
}

/**
 * Wraps an async function so that only the answer to the latest call is delivered: earlier calls still running
 * resolve to `undefined` instead of overwriting newer results.
 */
export function latestOnly<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  let generation = 0;
  return async (...args: A): Promise<R | undefined> => {
    generation += 1;
    const mine = generation;
    try {
      const result = await fn(...args);
      return mine === generation ? result : undefined;
    } catch (error) {
      if (mine === generation) throw error;
      return undefined;
    }
  };
}

// What the viewer is doing and what went wrong, in words a person understands.
import { ApiError } from '../api/api-error';
import { Store } from '../state/store';

/** A message shown above the graph. */
export interface Notice {
  kind: 'info' | 'warning' | 'error';
  text: string;
}

/** Busy label (null when idle) and the current notice. */
export interface Status {
  busy: string | null;
  notice: Notice | null;
}

/** The status store and helpers to run work under a busy label. */
export class StatusBoard {
  readonly store = new Store<Status>({ busy: null, notice: null });
  private running = 0;
  private idleWaiters: Array<() => void> = [];

  /** Runs `work` while showing `label`; failures become an error notice and are rethrown. */
  async run<T>(label: string, work: () => Promise<T>): Promise<T> {
    this.running += 1;
    this.store.set((status) => ({ ...status, busy: label }));
    try {
      return await work();
    } catch (error) {
      this.notify('error', describeError(error));
      throw error;
    } finally {
      this.running -= 1;
      if (this.running === 0) {
        this.store.set((status) => ({ ...status, busy: null }));
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    }
  }

  /** Resolves once no work is running. */
  idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  notify(kind: Notice['kind'], text: string): void {
    this.store.set((status) => ({ ...status, notice: { kind, text } }));
  }

  clearNotice(): void {
    this.store.set((status) => ({ ...status, notice: null }));
  }
}

/** A sentence for any error. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

// A tiny observable value: the view state lives in one, and the panels re-render when it changes.

/** Listener called with the new and the previous value. */
export type Listener<T> = (value: T, previous: T) => void;

/** A value with subscribers. */
export class Store<T> {
  private readonly listeners = new Set<Listener<T>>();

  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  /** Replaces the value (or derives it from the current one) and tells every subscriber. */
  set(next: T | ((current: T) => T)): void {
    const previous = this.value;
    this.value = typeof next === 'function' ? (next as (current: T) => T)(previous) : next;
    for (const listener of [...this.listeners]) listener(this.value, previous);
  }

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

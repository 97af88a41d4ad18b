// The undo stack of expansions: each records what it loaded, so collapse removes exactly that.
import type { Expansion } from '../state/view-state';
import { removeAdded, type Added } from './data-graph';
import type { DataGraph } from './graph-types';

/** An expansion and the actors and claims it added to the data graph. */
export interface ExpansionRecord extends Expansion {
  added: Added;
}

/** Expansions in the order they were made; the last one is undone first. */
export class ExpansionStack {
  private readonly records: ExpansionRecord[] = [];

  push(record: ExpansionRecord): void {
    this.records.push(record);
  }

  /** Removes the last expansion's additions from `data` and returns it, or undefined when there is none. */
  undo(data: DataGraph): ExpansionRecord | undefined {
    const record = this.records.pop();
    if (record) removeAdded(data, record.added);
    return record;
  }

  /** Forgets every expansion (after a new scope was loaded). */
  clear(): void {
    this.records.length = 0;
  }

  get size(): number {
    return this.records.length;
  }

  /** The expansions as the view state records them. */
  list(): Expansion[] {
    return this.records.map(({ center, depth }) => ({ center, depth }));
  }
}

import { ownString } from '../text/own-string';

/** "icews-100000241": a prefix, then a whole number without a leading zero that a double holds exactly. */
const NUMBERED = /^(.*-)([1-9]\d{0,14})$/;

/**
 * A map keyed by ids, small at a million entries: an id that ends in a number after a dash (as imported claim ids
 * do) is kept as that number under its prefix, any other as a copy of its own (see ownString). Lookups are exact.
 */
export class CompactIdMap<V> {
  private readonly numbered = new Map<string, Map<number, V>>();
  private readonly named = new Map<string, V>();

  get(id: string): V | undefined {
    const match = NUMBERED.exec(id);
    if (!match) return this.named.get(id);
    return this.numbered.get(match[1] as string)?.get(Number(match[2]));
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, value: V): void {
    const match = NUMBERED.exec(id);
    if (!match) {
      this.named.set(ownString(id), value);
      return;
    }
    const prefix = match[1] as string;
    let numbers = this.numbered.get(prefix);
    if (!numbers) this.numbered.set(ownString(prefix), (numbers = new Map()));
    numbers.set(Number(match[2]), value);
  }
}

// A Map that counts its changes, so that what is derived from it can tell whether it changed since.

/** A Map whose `revision` grows at every `set`, `delete` and `clear`. */
export class RevisedMap<K, V> extends Map<K, V> {
  /** Grows at every change. */
  revision = 0;

  override set(key: K, value: V): this {
    // Map's constructor adds its initial entries before the field is set.
    this.revision = (this.revision ?? 0) + 1;
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.revision += 1;
    return super.delete(key);
  }

  override clear(): void {
    this.revision += 1;
    super.clear();
  }
}

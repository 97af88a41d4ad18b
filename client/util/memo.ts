// A value remembered with the inputs it was computed from: asked again with the same inputs, it is not recomputed.

/** True when both lists hold the same values (`Object.is`) in the same order. */
function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/** One remembered value: `get(inputs, compute)` runs `compute` only when `inputs` differ from the last call's. */
export class Memo<T> {
  private inputs: readonly unknown[] | null = null;
  private value: T | undefined;
  /** How many times the value was computed. */
  runs = 0;

  get(inputs: readonly unknown[], compute: () => T): T {
    if (this.inputs === null || !sameInputs(this.inputs, inputs)) {
      this.value = compute();
      this.inputs = inputs;
      this.runs += 1;
    }
    return this.value as T;
  }
}

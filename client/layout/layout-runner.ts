// Runs a layout job in the ForceAtlas2 web worker (or on the main thread if the worker cannot start).
import { runForceAtlas2 } from './fa2';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

type Job = Omit<LayoutRequest, 'id'>;

/** Lays out graphs in a web worker, one job at a time. */
export class LayoutRunner {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<
    number,
    { request: LayoutRequest; resolve: (positions: LayoutResponse['positions']) => void }
  >();

  constructor() {
    try {
      this.worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
        this.pending.get(event.data.id)?.resolve(event.data.positions);
        this.pending.delete(event.data.id);
      };
      this.worker.onerror = () => this.fallBack();
    } catch {
      this.worker = null;
    }
  }

  /** Positions after `job.iterations` ForceAtlas2 steps from the given ones. */
  run(job: Job): Promise<LayoutResponse['positions']> {
    const request: LayoutRequest = { ...job, id: (this.next += 1) };
    if (!this.worker) return Promise.resolve(runForceAtlas2(request).positions);
    return new Promise((resolve) => {
      this.pending.set(request.id, { request, resolve });
      this.worker!.postMessage(request);
    });
  }

  /** The worker failed to load: answer the waiting jobs on the main thread from now on. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const { request, resolve } of this.pending.values()) resolve(runForceAtlas2(request).positions);
    this.pending.clear();
  }
}

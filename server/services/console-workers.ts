// The console's reader threads: each runs queries on its own driver, so that decoding and shaping a result
// (which the driver does in one go, however large one value is) never stalls the thread serving HTTP, and a
// query past its deadline is stopped by ending its thread.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Neo4jConfig } from '../config/config';
import type { ReadOnlyLimits } from '../db/read-only-query';

/** What a reader thread is asked to do. */
export interface ConsoleTask {
  query: string;
  params: Record<string, unknown>;
  limits: ReadOnlyLimits & { maxBytes: number };
  /** The bookmarks of this process's writes: the reader sees the graph as this process last wrote it. */
  bookmarks: string[];
}

/** A failure as it crosses threads (errors lose their fields when cloned). */
export type ConsoleFailure =
  | { kind: 'refused'; code: 'read_only' | 'not_allowed'; message: string }
  | { kind: 'too_large'; message: string }
  | { kind: 'neo4j'; message: string; code: string; gqlStatus?: string; gqlStatusDescription?: string }
  | { kind: 'internal'; message: string };

export type ConsoleAnswer = { ok: true; json: string } | { ok: false; failure: ConsoleFailure };

/** A query that did not finish by its deadline: its thread was ended, and Neo4j rolls its transaction back. */
export class ConsoleTimeout extends Error {
  override name = 'ConsoleTimeout';
}

/** A reader thread that ran out of memory: the result was too large to decode. */
export class ConsoleOutOfMemory extends Error {
  override name = 'ConsoleOutOfMemory';
}

const WORKER_FILE = path.join(__dirname, `console-worker${path.extname(__filename)}`);
/** Loads the worker's TypeScript the way the server itself runs (tsx); harmless for compiled JavaScript. */
const BOOTSTRAP = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(WORKER_FILE)});`;
const IDLE_MS = 60_000;
/** How long a new thread may take to load (a busy machine compiles its TypeScript slowly). */
const START_MS = 60_000;
const HEAP_MB = 512;

interface IdleWorker {
  worker: Worker;
  timer: NodeJS.Timeout;
}

/** At most `size` reader threads at once; more queries wait for one (their deadline runs while they wait). */
export class ConsoleWorkers {
  private readonly idle: IdleWorker[] = [];
  private readonly waiting: Array<() => void> = [];
  private busy = 0;
  private nextId = 0;

  constructor(
    private readonly connection: Neo4jConfig,
    private readonly size = 2,
  ) {}

  async run(task: ConsoleTask, deadline: number): Promise<ConsoleAnswer> {
    await this.slot(deadline);
    const starting = Date.now();
    let worker: Worker;
    try {
      worker = await this.take();
    } catch (error) {
      this.release();
      throw error;
    }
    // Starting a thread is the server's cost, not the query's: it does not count against the deadline.
    deadline += Date.now() - starting;
    const id = (this.nextId += 1);
    return new Promise<ConsoleAnswer>((resolve, reject) => {
      const finish = (healthy: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (healthy) this.giveBack(worker);
        else void worker.terminate();
        this.release();
      };
      const onMessage = (message: { id: number; answer: ConsoleAnswer }) => {
        if (message.id !== id) return;
        finish(true);
        resolve(message.answer);
      };
      const onError = (error: Error & { code?: string }) => {
        finish(false);
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ConsoleOutOfMemory(error.message) : error);
      };
      const onExit = () => onError(new Error('the console reader thread stopped'));
      const timer = setTimeout(
        () => {
          finish(false);
          reject(new ConsoleTimeout());
        },
        Math.max(0, deadline - Date.now()),
      );
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, task });
    });
  }

  /** Ends every thread (idle ones; busy ones end with their query). */
  async close(): Promise<void> {
    const idle = this.idle.splice(0);
    await Promise.all(idle.map(({ worker, timer }) => (clearTimeout(timer), worker.terminate())));
  }

  private slot(deadline: number): Promise<void> {
    if (this.busy < this.size) {
      this.busy += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        this.busy += 1;
        resolve();
      };
      const timer = setTimeout(
        () => {
          this.waiting.splice(this.waiting.indexOf(wake), 1);
          reject(new ConsoleTimeout());
        },
        Math.max(0, deadline - Date.now()),
      );
      this.waiting.push(wake);
    });
  }

  private release(): void {
    this.busy -= 1;
    this.waiting.shift()?.();
  }

  private async take(): Promise<Worker> {
    const idle = this.idle.pop();
    if (idle) {
      clearTimeout(idle.timer);
      return idle.worker;
    }
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: this.connection,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    // Threads never keep the process alive: a stopping server does not wait for them.
    worker.unref();
    await new Promise<void>((resolve, reject) => {
      const failed = (error: Error) => {
        clearTimeout(timer);
        void worker.terminate();
        reject(error);
      };
      const timer = setTimeout(() => failed(new Error('the console reader thread did not start')), START_MS);
      worker.once('error', failed);
      worker.once('message', () => {
        clearTimeout(timer);
        worker.off('error', failed);
        resolve();
      });
    });
    return worker;
  }

  private giveBack(worker: Worker): void {
    const timer = setTimeout(() => {
      const index = this.idle.findIndex((idle) => idle.worker === worker);
      if (index !== -1) this.idle.splice(index, 1);
      void worker.terminate();
    }, IDLE_MS);
    timer.unref();
    this.idle.push({ worker, timer });
  }
}

import type { Worker } from 'node:worker_threads';
import { nextMessage, startTsWorker } from './sync-worker';

export interface LightWorkerData {
  url: string;
  token: string;
  clients: number;
  /** Where every client starts: the head the full workstations' replicas are at. */
  cursor: number;
}

export type ToLightWorker = { type: 'stop' };
export type FromLightWorker =
  | { type: 'ready' }
  | { type: 'cursor'; client: number; cursor: number; at: number }
  | { type: 'error'; client: number; message: string }
  | { type: 'stopped' };

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;
const KEPT_ERRORS = 5;

/** A cursor a light client reached, and when (epochMs()). */
export interface CursorStep {
  cursor: number;
  at: number;
}

/**
 * The main thread's view of the light clients (./sync-light-worker.ts): every client's cursor
 * steps as they happened, and a way to wait until all of them reached a seq.
 */
export class LightClients {
  readonly steps: CursorStep[][];
  private readonly latest: number[];
  errorCount = 0;
  readonly errors: string[] = [];
  private waiting: { seq: number; done: () => void } | undefined;

  private constructor(
    private readonly worker: Worker | null,
    readonly count: number,
    cursor: number,
  ) {
    this.steps = Array.from({ length: count }, () => []);
    this.latest = Array.from({ length: count }, () => cursor);
    worker?.on('message', (message: FromLightWorker) => this.received(message));
  }

  /** Starts `count` clients (none: no thread) and resolves when every stream is open. */
  static async start(data: LightWorkerData): Promise<LightClients> {
    if (data.clients === 0) return new LightClients(null, 0, data.cursor);
    const worker = startTsWorker(new URL('./sync-light-worker.ts', import.meta.url), data);
    const clients = new LightClients(worker, data.clients, data.cursor);
    try {
      await nextMessage(
        worker,
        (m) => ((m as FromLightWorker).type === 'ready' ? true : undefined),
        READY_TIMEOUT_MS,
        `opening ${data.clients} poke streams`,
      );
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    return clients;
  }

  reached(seq: number): number {
    return this.latest.filter((cursor) => cursor >= seq).length;
  }

  /** Resolves true once every client's cursor is at `seq` or past it, false after `timeoutMs`. */
  waitAll(seq: number, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (all: boolean) => {
        clearTimeout(timer);
        this.waiting = undefined;
        resolve(all);
      };
      this.waiting = { seq, done: () => finish(true) };
      if (this.reached(seq) === this.count) finish(true);
    });
  }

  /** When client `i` first had a cursor at or past `seq` (epochMs()), if it ever did. */
  reachedAt(i: number, seq: number): number | undefined {
    return this.steps[i]?.find((step) => step.cursor >= seq)?.at;
  }

  async stop(): Promise<void> {
    if (!this.worker) return;
    const stopped = nextMessage(
      this.worker,
      (m) => ((m as FromLightWorker).type === 'stopped' ? true : undefined),
      STOP_TIMEOUT_MS,
      'stopping the light clients',
    ).catch(() => undefined);
    this.worker.postMessage({ type: 'stop' } satisfies ToLightWorker);
    await stopped;
    await this.worker.terminate();
  }

  private received(message: FromLightWorker): void {
    if (message.type === 'cursor') {
      this.steps[message.client]?.push({ cursor: message.cursor, at: message.at });
      this.latest[message.client] = message.cursor;
      const w = this.waiting;
      if (w && message.cursor >= w.seq && this.reached(w.seq) === this.count) w.done();
    } else if (message.type === 'error') {
      this.errorCount++;
      if (this.errors.length < KEPT_ERRORS) this.errors.push(message.message);
    }
  }
}

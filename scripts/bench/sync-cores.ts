import type { Worker } from 'node:worker_threads';
import type { SyncStatus } from '../../shared/workstation/sync-state';
import { nextMessage, startTsWorker } from './sync-worker';

export interface CoreWorkerData {
  dataDir: string;
}

export type ToCoreWorker =
  | { type: 'watch'; change: number; word: string; articleId: string; timeoutMs: number }
  | { type: 'stop' };
export type FromCoreWorker =
  | { type: 'ready'; status: SyncStatus; articles: number; cursor: number | null }
  | { type: 'watching'; change: number }
  /** epochMs() times; null when it did not happen before the timeout. */
  | { type: 'found'; change: number; appliedAt: number | null; foundAt: number | null }
  | { type: 'stopped' };

export type Found = Extract<FromCoreWorker, { type: 'found' }>;
type Ready = Extract<FromCoreWorker, { type: 'ready' }>;

const ofType =
  <K extends FromCoreWorker['type']>(type: K, change?: number) =>
  (m: unknown): Extract<FromCoreWorker, { type: K }> | undefined => {
    const message = m as FromCoreWorker;
    if (message.type !== type) return undefined;
    if (change !== undefined && 'change' in message && message.change !== change) return undefined;
    return message as Extract<FromCoreWorker, { type: K }>;
  };

const OPEN_TIMEOUT_MS = 120_000;
const ANSWER_TIMEOUT_MS = 30_000;

/** A full workstation (./sync-core-worker.ts) in its own thread, seen from the main thread. */
export class CoreWorker {
  private constructor(private readonly worker: Worker) {}

  /** Opens the workstation on `dataDir` and waits until it has pulled up to the server's head. */
  static async open(dataDir: string): Promise<{ core: CoreWorker; ready: Ready }> {
    const worker = startTsWorker(new URL('./sync-core-worker.ts', import.meta.url), {
      dataDir,
    } satisfies CoreWorkerData);
    try {
      const ready = await nextMessage(
        worker,
        ofType('ready'),
        OPEN_TIMEOUT_MS,
        `opening the workstation in ${dataDir}`,
      );
      return { core: new CoreWorker(worker), ready };
    } catch (error) {
      await worker.terminate();
      throw error;
    }
  }

  /**
   * Tells the workstation which word change `change` brings to `articleId`; resolves once it is
   * watching, with a promise of what it saw (settled at the latest after `timeoutMs`). The promise
   * is wrapped: a promise resolved with a promise would wait for it.
   */
  async watch(
    change: number,
    word: string,
    articleId: string,
    timeoutMs: number,
  ): Promise<{ found: Promise<Found> }> {
    const found = nextMessage(
      this.worker,
      ofType('found', change),
      timeoutMs + ANSWER_TIMEOUT_MS,
      `change ${change}`,
    );
    // Handled by the caller; this only keeps a failed `watching` from leaving it unobserved.
    found.catch(() => undefined);
    const watching = nextMessage(
      this.worker,
      ofType('watching', change),
      ANSWER_TIMEOUT_MS,
      `watching for change ${change}`,
    );
    this.worker.postMessage({
      type: 'watch',
      change,
      word,
      articleId,
      timeoutMs,
    } satisfies ToCoreWorker);
    await watching;
    return { found };
  }

  async stop(): Promise<void> {
    const stopped = nextMessage(
      this.worker,
      ofType('stopped'),
      ANSWER_TIMEOUT_MS,
      'stopping a workstation',
    ).catch(() => undefined);
    this.worker.postMessage({ type: 'stop' } satisfies ToCoreWorker);
    await stopped;
    await this.worker.terminate();
  }
}

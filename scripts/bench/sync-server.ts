import type { Worker } from 'node:worker_threads';
import { nextMessage, startTsWorker } from './sync-worker';

/** What the server worker is started with. */
export interface ServerWorkerData {
  /** PostgreSQL; PGlite in `dataDir` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string;
}

export type ToServerWorker = { type: 'head'; id: number } | { type: 'stop' };
export type FromServerWorker =
  | { type: 'listening'; url: string }
  | { type: 'head'; id: number; seq: number }
  | { type: 'stopped' };

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * The real server (`startServer`) in a worker thread of this process. In the main thread its
 * work (building a 20,000-article snapshot, 200 clients' pulls) would count as the workstation's
 * event loop being blocked; in its own thread it competes for the CPUs, as a server on the same
 * machine would, but not for the workstation's event loop.
 */
export class BenchServer {
  private nextId = 1;

  private constructor(
    private readonly worker: Worker,
    readonly url: string,
  ) {}

  static async start(data: ServerWorkerData): Promise<BenchServer> {
    const worker = startTsWorker(new URL('./sync-server-worker.ts', import.meta.url), data);
    try {
      const url = await nextMessage(
        worker,
        (m) => (isMessage(m) && m.type === 'listening' ? m.url : undefined),
        START_TIMEOUT_MS,
        'starting the server',
      );
      return new BenchServer(worker, url);
    } catch (error) {
      await worker.terminate();
      throw error;
    }
  }

  /** The feed's newest seq, read from the store: the seq a change committed as, once answered. */
  async head(): Promise<number> {
    const id = this.nextId++;
    const answer = nextMessage(
      this.worker,
      (m) => (isMessage(m) && m.type === 'head' && m.id === id ? m.seq : undefined),
      STOP_TIMEOUT_MS,
      'reading the feed head',
    );
    this.worker.postMessage({ type: 'head', id } satisfies ToServerWorker);
    return answer;
  }

  /** Graceful close (streams ended, store closed), then the thread ends. */
  async stop(): Promise<void> {
    const stopped = nextMessage(
      this.worker,
      (m) => (isMessage(m) && m.type === 'stopped' ? true : undefined),
      STOP_TIMEOUT_MS,
      'stopping the server',
    ).catch(() => undefined);
    this.worker.postMessage({ type: 'stop' } satisfies ToServerWorker);
    await stopped;
    await this.worker.terminate();
  }
}

function isMessage(value: unknown): value is FromServerWorker {
  return typeof value === 'object' && value !== null && 'type' in value;
}

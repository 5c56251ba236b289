import { parentPort, workerData } from 'node:worker_threads';
import { PokeStream } from '../../electron/core/sync/poke-stream';
import { ServerConnection } from '../../electron/core/sync/server-connection';
import type { FromLightWorker, LightWorkerData, ToLightWorker } from './sync-light-clients';
import { epochMs } from './sync-worker';

/*
 * The light clients of bench:sync, in their own thread so that reading 200 streams and pages does
 * not run on the event loop of the workstations being measured. Each is what a workstation puts
 * on the network: its own poke stream (PokeStream) and, on every poke past its cursor, pulls of
 * /api/sync/changes (ServerConnection) until it is at the head. It keeps no replica.
 */

const PAGE_LIMIT = 500;

const data = workerData as LightWorkerData;
const port = parentPort;
if (!port) throw new Error('sync-light-worker.ts runs only as a worker thread');
const post = (message: FromLightWorker) => port.postMessage(message);

class LightClient {
  private running = false;
  private again = false;
  private opened = false;
  readonly stream: PokeStream;

  constructor(
    private readonly index: number,
    private readonly connection: ServerConnection,
    private cursor: number,
    onFirstOpen: () => void,
  ) {
    this.stream = new PokeStream({
      connection,
      onPoke: (seq) => {
        if (seq > this.cursor) void this.pull();
      },
      onOpen: () => {
        if (!this.opened) onFirstOpen();
        this.opened = true;
      },
      onError: (error) => post({ type: 'error', client: index, message: error.message }),
    });
  }

  /** One pull at a time; a poke during a pull makes it go round once more. */
  private async pull(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.pullToHead();
      } while (this.again && !stopped);
    } finally {
      this.running = false;
    }
  }

  private async pullToHead(): Promise<void> {
    try {
      for (;;) {
        const page = await this.connection.changes(this.cursor, PAGE_LIMIT);
        if (stopped) return;
        if (page.type === 'reset') throw new Error(`the server answered reset (${page.reason})`);
        if (page.cursor > this.cursor) {
          this.cursor = page.cursor;
          post({ type: 'cursor', client: this.index, cursor: page.cursor, at: epochMs() });
        }
        if (!page.hasMore) return;
      }
    } catch (error) {
      if (!stopped) post({ type: 'error', client: this.index, message: String(error) });
    }
  }
}

let stopped = false;
let opened = 0;
const clients = Array.from({ length: data.clients }, (_, i) => {
  const connection = new ServerConnection({ baseUrl: data.url, token: data.token });
  return new LightClient(i, connection, data.cursor, () => {
    if (++opened === data.clients) post({ type: 'ready' });
  });
});
port.on('message', (message: ToLightWorker) => {
  if (message.type !== 'stop') return;
  stopped = true;
  for (const client of clients) client.stream.stop();
  post({ type: 'stopped' });
  port.close();
});
for (const client of clients) client.stream.start();

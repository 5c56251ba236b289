import { backoffDelay, type BackoffOptions } from '../../../shared/backoff';
import { pokeSchema, POKE_EVENT, SYNC_PATHS } from '../../../shared/sync/protocol';
import { ServerError, type ServerConnection } from './server-connection';

/*
 * The server's data-free pokes (GET /api/sync/stream, Server-Sent Events) read over fetch, since
 * Node has no EventSource. Reconnects with backoff and Last-Event-ID; a stream silent for longer
 * than three heartbeats is treated as dead (a laptop that slept, a proxy that dropped it).
 */

export interface PokeStreamOptions {
  connection: ServerConnection;
  onPoke(seq: number): void;
  /** The stream is open: the server is reachable. */
  onOpen(): void;
  /** Connecting failed or the stream broke; `unauthorized` stops the stream for good. */
  onError(error: ServerError): void;
  backoff?: BackoffOptions;
  /** No byte for this long: reconnect. The server sends a heartbeat every 15 s. */
  silenceMs?: number;
}

const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 1_000, maxMs: 30_000 };

export class PokeStream {
  private stopped = false;
  private abort: AbortController | null = null;
  private lastEventId: string | undefined;
  private wake: (() => void) | null = null;

  constructor(private readonly options: PokeStreamOptions) {}

  start(): void {
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.abort?.abort();
    this.wake?.();
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      try {
        await this.readOnce(() => {
          attempt = 0;
          this.options.onOpen();
        });
      } catch (error) {
        if (this.stopped) return;
        const failure =
          error instanceof ServerError
            ? error
            : new ServerError('unreachable', `The poke stream broke (${String(error)}).`);
        this.options.onError(failure);
        if (failure.kind === 'unauthorized') return;
      }
      if (this.stopped) return;
      await this.sleep(backoffDelay(attempt++, this.options.backoff ?? DEFAULT_BACKOFF));
    }
  }

  private async readOnce(opened: () => void): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    const silenceMs = this.options.silenceMs ?? 45_000;
    let watchdog = setTimeout(() => abort.abort(), silenceMs);
    try {
      const response = await this.options.connection.openStream(
        SYNC_PATHS.stream,
        abort.signal,
        this.lastEventId,
      );
      if (!response.body) throw new ServerError('protocol', 'The poke stream has no body.');
      opened();
      const decoder = new TextDecoder();
      let buffer = '';
      let event = { name: 'message', data: '', id: undefined as string | undefined };
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => abort.abort(), silenceMs);
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, end).replace(/\r$/, '');
          buffer = buffer.slice(end + 1);
          if (line === '') {
            this.dispatch(event.name, event.data, event.id);
            event = { name: 'message', data: '', id: undefined };
          } else if (!line.startsWith(':')) {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event.name = value;
            else if (field === 'data') event.data += (event.data ? '\n' : '') + value;
            else if (field === 'id') event.id = value;
          }
        }
      }
      throw new ServerError('unreachable', 'The poke stream ended.');
    } catch (error) {
      if (abort.signal.aborted && !this.stopped) {
        throw new ServerError('unreachable', 'The poke stream went silent.');
      }
      throw error;
    } finally {
      clearTimeout(watchdog);
    }
  }

  private dispatch(name: string, data: string, id: string | undefined): void {
    if (id !== undefined) this.lastEventId = id;
    if (name !== POKE_EVENT) return;
    try {
      const poke = pokeSchema.parse(JSON.parse(data));
      this.options.onPoke(poke.seq);
    } catch {
      // A malformed poke carries nothing we need; the timer pull covers for it.
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

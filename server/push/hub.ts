import type { FastifyBaseLogger } from 'fastify';
import { FEED_CHANNEL, feedHead } from '../feed/writer';
import type { Store } from '../store/store';
import type { SseStream } from './sse-stream';

export interface PushOptions {
  /** Backstop: the head is re-read this often in case a notification was lost (listener reconnect). */
  pollMs: number;
  /** Delay before re-LISTENing after the listening connection died. */
  relistenMs: number;
}

export const DEFAULT_PUSH_OPTIONS: PushOptions = { pollMs: 5_000, relistenMs: 1_000 };

/**
 * Fans the feed head out to this instance's SSE clients. Every instance LISTENs on the store, so
 * a commit made through any instance behind a balancer pokes every instance's clients.
 */
export class PushHub {
  private readonly streams = new Set<SseStream>();
  private head = 0;
  private unlisten: (() => Promise<void>) | undefined;
  private poller: NodeJS.Timeout | undefined;
  private relisten: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
    private readonly options: PushOptions = DEFAULT_PUSH_OPTIONS,
  ) {}

  get headSeq(): number {
    return this.head;
  }

  get clientCount(): number {
    return this.streams.size;
  }

  async start(): Promise<void> {
    await this.subscribe();
    this.head = Math.max(this.head, await feedHead(this.store));
    this.poller = setInterval(() => void this.refresh(), this.options.pollMs);
    this.poller.unref();
  }

  add(stream: SseStream): void {
    this.streams.add(stream);
  }

  remove(stream: SseStream): void {
    this.streams.delete(stream);
  }

  /** After logout or a password change: streams opened with those sessions end now. */
  closeSessions(sessionIds: readonly number[]): void {
    const ids = new Set(sessionIds);
    for (const stream of [...this.streams]) if (ids.has(stream.sessionId)) stream.close();
  }

  /** Called with each notified seq; also usable by in-process writers. */
  advance(seq: number): void {
    if (!Number.isFinite(seq) || seq <= this.head) return;
    this.head = seq;
    for (const stream of this.streams) stream.poke(seq);
  }

  /** Graceful shutdown: end every stream so the HTTP server can close, then stop listening. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poller) clearInterval(this.poller);
    if (this.relisten) clearTimeout(this.relisten);
    for (const stream of [...this.streams]) stream.close();
    await this.unlisten?.().catch(() => undefined);
    this.unlisten = undefined;
  }

  private async subscribe(): Promise<void> {
    this.unlisten = await this.store.listen(
      FEED_CHANNEL,
      (payload) => this.advance(Number(payload)),
      (error) => {
        this.log.warn({ err: error }, 'feed listener lost; re-listening');
        this.unlisten = undefined;
        this.scheduleRelisten();
      },
    );
  }

  private scheduleRelisten(): void {
    if (this.stopped) return;
    this.relisten = setTimeout(() => {
      this.subscribe()
        .then(() => this.refresh())
        .catch((error: unknown) => {
          this.log.warn({ err: error }, 'feed re-listen failed');
          this.scheduleRelisten();
        });
    }, this.options.relistenMs);
    this.relisten.unref();
  }

  private async refresh(): Promise<void> {
    try {
      this.advance(await feedHead(this.store));
    } catch (error) {
      this.log.warn({ err: error }, 'feed head poll failed');
    }
  }
}

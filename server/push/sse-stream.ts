import type { ServerResponse } from 'node:http';
import { POKE_EVENT } from '../../shared/sync/protocol';

/**
 * One open `text/event-stream` response. Pokes carry only the feed head, so when the socket is
 * slow (write() returned false) older pokes are dropped and the newest is sent on 'drain'.
 */
export class SseStream {
  // -1, not 0: a client of an empty feed still gets its head poke {seq: 0} (docs/sync-protocol.md).
  private lastSent = -1;
  private pending = -1;
  private blocked = false;
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private expiry: NodeJS.Timeout | undefined;

  constructor(
    private readonly res: ServerResponse,
    readonly sessionId: number,
    heartbeatMs: number,
    private readonly onClose: (stream: SseStream) => void,
  ) {
    res.on('drain', () => {
      this.blocked = false;
      if (this.pending > this.lastSent) this.poke(this.pending);
    });
    res.on('close', () => this.close());
    // A comment line keeps proxies from timing the connection out and lets the client notice a dead one.
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  /** Ends the stream when the session it was opened with expires. */
  closeAt(when: Date): void {
    const ms = Math.min(when.getTime() - Date.now(), 2 ** 31 - 1);
    this.expiry = setTimeout(() => this.close(), Math.max(0, ms));
    this.expiry.unref();
  }

  /** Sets the client's reconnect delay; sent once at the start. */
  hello(retryMs: number): void {
    this.write(`retry: ${retryMs}\n\n`);
  }

  poke(seq: number): void {
    if (this.closed || seq <= this.lastSent) return;
    if (this.blocked) {
      this.pending = Math.max(this.pending, seq);
      return;
    }
    this.lastSent = seq;
    this.write(`id: ${seq}\nevent: ${POKE_EVENT}\ndata: ${JSON.stringify({ seq })}\n\n`);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    if (this.expiry) clearTimeout(this.expiry);
    if (!this.res.writableEnded) this.res.end();
    this.onClose(this);
  }

  private write(chunk: string): void {
    if (this.closed || this.res.writableEnded) return;
    if (!this.res.write(chunk)) this.blocked = true;
  }
}

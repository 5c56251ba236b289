import { AGENT_EVENT_NAMES } from '../../../shared/api';
import type { EventFrame } from '../../../shared/web-protocol';

// Method-style (bivariant) handler types, so the browser's handlers typed with Event subclasses fit.
type Handler<E> = { handle(ev: E): void }['handle'] | null;

/** The part of the WebSocket API the bridge uses; the browser's and the `ws` package's both fit. */
export interface WebSocketLike {
  onopen: Handler<unknown>;
  onclose: Handler<unknown>;
  onerror: Handler<unknown>;
  onmessage: Handler<{ data: unknown }>;
  close(): void;
}
export type WebSocketFactory = new (url: string) => WebSocketLike;

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 10_000 };

/** Delay before reconnect attempt `attempt` (0-based): doubling, capped, with ±20% jitter so many windows don't reconnect in step. */
export function backoffDelay(attempt: number, opts: BackoffOptions, random = Math.random): number {
  const base = Math.min(opts.maxMs, opts.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(base * (0.8 + 0.4 * random()));
}

const EVENT_NAMES: readonly string[] = AGENT_EVENT_NAMES;

/** Parses one frame from the host; anything malformed is dropped rather than crashing the UI. */
export function parseEventFrame(data: unknown): EventFrame | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { event, payload } = value as { event?: unknown; payload?: unknown };
  if (typeof event !== 'string' || !EVENT_NAMES.includes(event)) return null;
  // Payloads are objects, or null for signals without data (popupClosed).
  if (typeof payload !== 'object') return null;
  return value as EventFrame;
}

export interface EventSocketOptions {
  url: string;
  WebSocket: WebSocketFactory;
  backoff: BackoffOptions;
  onFrame(frame: EventFrame): void;
  /** Called after a connection is re-established (not the first one): events may have been missed. */
  onReconnect(): void;
}

/** A WebSocket that reconnects with backoff until closed. */
export class EventSocket {
  private socket: WebSocketLike | null = null;
  private attempt = 0;
  private everOpened = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(private readonly opts: EventSocketOptions) {
    this.connect();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.socket?.close();
    this.socket = null;
  }

  private connect(): void {
    if (this.closed) return;
    let socket: WebSocketLike;
    try {
      socket = new this.opts.WebSocket(this.opts.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      const wasReconnect = this.everOpened;
      this.everOpened = true;
      this.attempt = 0;
      if (wasReconnect) this.opts.onReconnect();
    };
    socket.onmessage = (ev) => {
      const frame = parseEventFrame(ev.data);
      if (frame) this.opts.onFrame(frame);
    };
    // Errors are always followed by close, which is where we reconnect.
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    const delay = backoffDelay(this.attempt, this.opts.backoff);
    this.attempt += 1;
    this.timer = setTimeout(() => this.connect(), delay);
  }
}

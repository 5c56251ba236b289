/** Reads a real text/event-stream over fetch, event by event. */
export interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

export interface SseConnection {
  status: number;
  headers: Headers;
  /** The next event (comments included when `withComments`), or null when the stream ended. */
  next(timeoutMs?: number, withComments?: boolean): Promise<SseEvent | null>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openSse(
  url: string,
  token: string | undefined,
  lastEventId?: string,
): Promise<SseConnection> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: {
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(lastEventId !== undefined ? { 'last-event-id': lastEventId } : {}),
    },
    signal: controller.signal,
  });
  const queue: SseEvent[] = [];
  const waiters: (() => void)[] = [];
  let done = false;
  let resolveEnded: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (resolveEnded = resolve));
  const wake = () => waiters.splice(0).forEach((w) => w());

  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body ?? []) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event: SseEvent = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) event.comment = line.slice(1).trim();
            const m = /^(id|event|data): ?(.*)$/.exec(line);
            if (m?.[1]) event[m[1] as 'id' | 'event' | 'data'] = m[2] ?? '';
          }
          // Per the SSE spec a block without data (e.g. only `retry:`) dispatches no event.
          if (event.data !== undefined || event.comment !== undefined) queue.push(event);
          wake();
        }
      }
    } catch {
      // aborted
    } finally {
      done = true;
      resolveEnded();
      wake();
    }
  })();

  return {
    status: response.status,
    headers: response.headers,
    ended,
    async next(timeoutMs = 5000, withComments = false) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (queue.length > 0) {
          const event = queue.shift();
          if (event && (withComments || event.comment === undefined)) return event;
        }
        if (done) return null;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no SSE event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => controller.abort(),
  };
}

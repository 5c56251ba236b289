import { request, type Agent, type ClientRequest, type IncomingMessage } from 'node:http';
import { POKE_EVENT, SYNC_PATHS } from '../../../shared/sync/protocol';

/** One poke as this client saw it: the seq and when its bytes arrived (performance.now()). */
export interface Poke {
  seq: number;
  at: number;
}

/**
 * A raw text/event-stream reader on node:http (no EventSource library): it splits the stream
 * into blocks at blank lines and keeps the `data:` of each `poke` event. The arrival time is
 * taken when the chunk arrives, before parsing, so parsing cost is not part of the delay.
 */
export class SseClient {
  readonly pokes: Poke[] = [];
  /** Set when the stream ended or failed after it was open. */
  ended: string | null = null;
  private buffer = '';
  private blocks = 0;
  private req: ClientRequest | undefined;

  constructor(private readonly onPoke: (client: SseClient, poke: Poke) => void) {}

  /** Resolves once the first block (`retry:` and usually the head as a poke) has arrived. */
  open(baseUrl: string, token: string, agent: Agent): Promise<void> {
    return new Promise((resolve, reject) => {
      let opened = false;
      const url = new URL(SYNC_PATHS.stream, baseUrl);
      const req = request(url, {
        agent,
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
      });
      this.req = req;
      req.on('error', (error) => {
        if (opened) this.ended ??= error.message;
        else reject(error);
      });
      req.on('response', (res: IncomingMessage) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`${SYNC_PATHS.stream} answered ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          this.feed(chunk, performance.now());
          // The server registers the stream before it writes anything (`retry:`, then the head).
          if (!opened && this.blocks > 0) {
            opened = true;
            resolve();
          }
        });
        res.on('end', () => {
          this.ended ??= 'the server ended the stream';
          if (!opened) reject(new Error('the stream ended before it sent anything'));
        });
        res.on('error', (error) => {
          this.ended ??= error.message;
        });
      });
      req.end();
    });
  }

  close(): void {
    this.ended ??= 'closed';
    this.req?.destroy();
  }

  private feed(chunk: string, at: number): void {
    this.buffer += chunk;
    let cut: number;
    while ((cut = this.buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = this.buffer.slice(0, cut);
      this.blocks++;
      this.buffer = this.buffer.slice(cut).replace(/^\r?\n\r?\n/, '');
      const poke = parseBlock(block);
      if (poke !== null) {
        const entry = { seq: poke, at };
        this.pokes.push(entry);
        this.onPoke(this, entry);
      }
    }
  }
}

/** The seq of a `poke` block, or null for comments (heartbeats), `retry:` and other events. */
export function parseBlock(block: string): number | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (event !== POKE_EVENT || data.length === 0) return null;
  const parsed: unknown = JSON.parse(data.join('\n'));
  const seq = (parsed as { seq?: unknown } | null)?.seq;
  if (typeof seq !== 'number') throw new Error(`a poke without a numeric seq: ${data.join('\n')}`);
  return seq;
}

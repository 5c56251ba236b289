import { Agent } from 'node:http';
import { SseClient, type Poke } from './sse-client';

/** How many streams are being opened at once (the rest queue behind them). */
const OPENING_AT_ONCE = 200;

export interface OpenResult {
  failed: number;
  /** The first few distinct errors, e.g. EMFILE. */
  errors: string[];
  emfile: boolean;
}

/**
 * N SSE clients on one keep-alive agent with no socket cap, and a way to wait until every open
 * client has seen a poke newer than a given seq.
 */
export class ClientPool {
  readonly clients: SseClient[] = [];
  private readonly agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  private waiting:
    { after: number; reached: Set<SseClient>; target: number; done: () => void } | undefined;

  async open(baseUrl: string, token: string, count: number): Promise<OpenResult> {
    const errors = new Set<string>();
    let failed = 0;
    let emfile = false;
    let next = 0;
    const worker = async () => {
      while (next < count) {
        next++;
        const client = new SseClient((c, poke) => this.seen(c, poke));
        try {
          await client.open(baseUrl, token, this.agent);
          this.clients.push(client);
        } catch (error) {
          failed++;
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EMFILE') emfile = true;
          errors.add(code ?? (error as Error).message);
          client.close();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(OPENING_AT_ONCE, count) }, worker));
    return { failed, errors: [...errors].slice(0, 5), emfile };
  }

  /**
   * Starts waiting for every client still connected to see a poke with seq > `after`; call it
   * before the change is sent, since a poke may beat the change's HTTP answer. The promise says
   * whether all arrived within `timeoutMs`.
   */
  expectPokeAfter(after: number, timeoutMs: number): Promise<boolean> {
    const target = this.clients.filter((c) => c.ended === null).length;
    const reached = new Set(this.clients.filter((c) => (c.pokes.at(-1)?.seq ?? -1) > after));
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (all: boolean) => {
        clearTimeout(timer);
        this.waiting = undefined;
        resolve(all);
      };
      this.waiting = { after, reached, target, done: () => finish(true) };
      if (reached.size >= target) finish(true);
    });
  }

  close(): void {
    for (const client of this.clients) client.close();
    this.agent.destroy();
  }

  private seen(client: SseClient, poke: Poke): void {
    const w = this.waiting;
    if (!w || poke.seq <= w.after) return;
    w.reached.add(client);
    if (w.reached.size >= w.target) w.done();
  }
}

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArticle, login, publishRevision } from './authoring';
import { ClientPool } from './client-pool';
import { createFreshDatabase, type FreshDatabase } from './pg-database';
import { startServerProcess, type ServerProcess } from './server-process';
import { mode, summarize, type Summary } from './stats';

export interface BenchOptions {
  clients: number;
  changes: number;
  /** PostgreSQL server to create a fresh database on; PGlite in a temp folder when absent. */
  databaseUrl?: string | undefined;
  /** How long to wait, per change, for every client's poke (default 10 s). */
  pokeTimeoutMs?: number;
  progress?: (text: string) => void;
}

export interface BenchResult {
  store: 'pglite' | 'postgresql';
  requestedClients: number;
  /** Clients whose stream was open when the changes started. */
  clients: number;
  failedClients: number;
  openErrors: string[];
  emfile: boolean;
  connectSeconds: number;
  changes: number;
  /** The feed head each client heard on connect, then the seq each change committed as. */
  initialSeq: number;
  changeSeqs: number[];
  /** Every client's pokes, in arrival order. */
  pokeSeqs: number[][];
  expectedPokes: number;
  receivedPokes: number;
  /** Clients that heard exactly [initialSeq, ...changeSeqs], in that order. */
  clientsInOrder: number;
  lostStreams: number;
  /** Commit (the authoring request's answer received) → poke received, per (change, client). */
  delayMs: Summary;
  /** Pokes that arrived before the HTTP answer did (negative delays). */
  pokesBeforeAnswer: number;
  /** Authoring request sent → poke received: an upper bound on the delay. */
  fromSendMs: Summary;
  /** Round trip of the authoring request itself. */
  commitMs: Summary;
  rss: { idleMb: number; connectedMb: number; afterMb: number; peakMb: number };
}

/**
 * Starts the real server as a child process, opens `clients` SSE streams with one session token,
 * then publishes `changes` article revisions one after another through the authoring API. Each
 * change waits until every client heard its poke (or the timeout) before the next is sent.
 */
export async function runServerBench(options: BenchOptions): Promise<BenchResult> {
  const progress = options.progress ?? (() => undefined);
  const pokeTimeoutMs = options.pokeTimeoutMs ?? 10_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'cuecard-bench-server-'));
  const password = randomBytes(18).toString('base64url');
  let database: FreshDatabase | undefined;
  let server: ServerProcess | undefined;
  const pool = new ClientPool();
  try {
    if (options.databaseUrl) {
      database = await createFreshDatabase(options.databaseUrl);
      progress(`PostgreSQL: created database ${database.name}`);
    }
    server = await startServerProcess({
      databaseUrl: database?.url,
      dataDir,
      adminPassword: password,
    });
    progress(
      `server pid ${server.pid} listening on ${server.url} (${database ? 'PostgreSQL' : `PGlite in ${dataDir}`})`,
    );
    const idleMb = server.rssMb();
    const token = await login(server.url, password);
    await createArticle(server.url, token);

    const connectStart = performance.now();
    const opened = await pool.open(server.url, token, options.clients);
    const connectSeconds = (performance.now() - connectStart) / 1000;
    const emfile = opened.emfile || server.sawEmfile();
    progress(
      `${pool.clients.length} SSE clients connected in ${connectSeconds.toFixed(2)} s` +
        (opened.failed > 0 ? `; ${opened.failed} failed (${opened.errors.join(', ')})` : ''),
    );
    if (pool.clients.length === 0)
      throw new Error(`no SSE client could connect: ${opened.errors.join(', ')}`);
    const initialSeq = mode(pool.clients.map((c) => c.pokes[0]?.seq ?? -1)) ?? -1;
    const connectedMb = server.rssMb();

    const changeSeqs: number[] = [];
    const sentAt: number[] = [];
    const answeredAt: number[] = [];
    let head = initialSeq;
    for (let i = 1; i <= options.changes; i++) {
      const heard = pool.expectPokeAfter(head, pokeTimeoutMs);
      const sent = performance.now();
      await publishRevision(server.url, token, i);
      const answered = performance.now();
      const all = await heard;
      const seq = mode(
        pool.clients.flatMap((c) => {
          const last = c.pokes[c.pokes.length - 1];
          return last && last.seq > head ? [last.seq] : [];
        }),
      );
      if (seq === undefined)
        throw new Error(`no client heard a poke for change ${i} within ${pokeTimeoutMs} ms`);
      if (!all)
        progress(`change ${i}: not every client heard seq ${seq} within ${pokeTimeoutMs} ms`);
      changeSeqs.push(seq);
      sentAt.push(sent);
      answeredAt.push(answered);
      head = seq;
      if (i % 20 === 0 || i === options.changes)
        progress(`committed ${i} / ${options.changes} changes`);
    }
    const afterMb = server.rssMb();
    const peakMb = server.peakRssMb();

    const delays: number[] = [];
    const fromSend: number[] = [];
    let clientsInOrder = 0;
    const expected = [initialSeq, ...changeSeqs];
    for (const client of pool.clients) {
      const arrival = new Map(client.pokes.map((p) => [p.seq, p.at]));
      changeSeqs.forEach((seq, i) => {
        const at = arrival.get(seq);
        if (at === undefined) return;
        delays.push(at - (answeredAt[i] ?? NaN));
        fromSend.push(at - (sentAt[i] ?? NaN));
      });
      const seqs = client.pokes.map((p) => p.seq);
      if (seqs.length === expected.length && seqs.every((s, j) => s === expected[j]))
        clientsInOrder++;
    }
    return {
      store: database ? 'postgresql' : 'pglite',
      requestedClients: options.clients,
      clients: pool.clients.length,
      failedClients: opened.failed,
      openErrors: opened.errors,
      emfile: emfile || server.sawEmfile(),
      connectSeconds,
      changes: options.changes,
      initialSeq,
      changeSeqs,
      pokeSeqs: pool.clients.map((c) => c.pokes.map((p) => p.seq)),
      expectedPokes: pool.clients.length * options.changes,
      receivedPokes: delays.length,
      clientsInOrder,
      lostStreams: pool.clients.filter((c) => c.ended !== null).length,
      delayMs: summarize(delays),
      pokesBeforeAnswer: delays.filter((d) => d < 0).length,
      fromSendMs: summarize(fromSend),
      commitMs: summarize(answeredAt.map((a, i) => a - (sentAt[i] ?? NaN))),
      rss: { idleMb, connectedMb, afterMb, peakMb },
    };
  } finally {
    pool.close();
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

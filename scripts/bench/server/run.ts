import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, type Analysis, type ChangeTiming } from './analyze';
import { createArticle, login, publishRevision } from './authoring';
import { ClientPool } from './client-pool';
import { createFreshDatabase, type FreshDatabase } from './pg-database';
import { startServerProcess, type ServerProcess } from './server-process';
import { mode } from './stats';

export interface BenchOptions {
  clients: number;
  changes: number;
  /** PostgreSQL server to create a fresh database on; PGlite in a temp folder when absent. */
  databaseUrl?: string | undefined;
  /** How long to wait, per change, for every client's poke (default 10 s). */
  pokeTimeoutMs?: number;
  progress?: (text: string) => void;
}

export interface BenchResult extends Analysis {
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
  lostStreams: number;
  /** Server VmRSS: before clients, with them connected, after the changes; VmHWM peak. */
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
    // Revision 0 before anyone connects: a non-empty feed, so every client hears the head at once.
    await publishRevision(server.url, token, 0);

    const connectStart = performance.now();
    const opened = await pool.open(server.url, token, options.clients);
    const connectSeconds = (performance.now() - connectStart) / 1000;
    progress(
      `${pool.clients.length} SSE clients connected in ${connectSeconds.toFixed(2)} s` +
        (opened.failed > 0 ? `; ${opened.failed} failed (${opened.errors.join(', ')})` : ''),
    );
    if (pool.clients.length === 0)
      throw new Error(`no SSE client could connect: ${opened.errors.join(', ')}`);
    // The head each client is told on connect; it may follow `retry:` in a later chunk.
    if (!(await pool.expectPokeAfter(0, pokeTimeoutMs)))
      progress('not every client heard the head on connect');
    const initialSeq = mode(pool.clients.map((c) => c.pokes[0]?.seq ?? -1)) ?? -1;
    const connectedMb = server.rssMb();

    const changes: ChangeTiming[] = [];
    let head = initialSeq;
    for (let i = 1; i <= options.changes; i++) {
      const heard = pool.expectPokeAfter(head, pokeTimeoutMs);
      const sentAt = performance.now();
      await publishRevision(server.url, token, i);
      const answeredAt = performance.now();
      const all = await heard;
      const seq = mode(
        pool.clients.flatMap((c) => {
          const last = c.pokes.at(-1);
          return last && last.seq > head ? [last.seq] : [];
        }),
      );
      if (seq === undefined)
        throw new Error(`no client heard a poke for change ${i} within ${pokeTimeoutMs} ms`);
      if (!all)
        progress(`change ${i}: not every client heard seq ${seq} within ${pokeTimeoutMs} ms`);
      changes.push({ seq, sentAt, answeredAt });
      head = seq;
      if (i % 20 === 0 || i === options.changes)
        progress(`committed ${i} / ${options.changes} changes`);
    }
    const afterMb = server.rssMb();
    const peakMb = server.peakRssMb();
    const pokes = pool.clients.map((c) => c.pokes);
    return {
      store: database ? 'postgresql' : 'pglite',
      requestedClients: options.clients,
      clients: pool.clients.length,
      failedClients: opened.failed,
      openErrors: opened.errors,
      emfile: opened.emfile || server.sawEmfile(),
      connectSeconds,
      changes: options.changes,
      initialSeq,
      changeSeqs: changes.map((c) => c.seq),
      pokeSeqs: pokes.map((list) => list.map((p) => p.seq)),
      expectedPokes: pool.clients.length * options.changes,
      lostStreams: pool.clients.filter((c) => c.ended !== null).length,
      ...analyze(pokes, initialSeq, changes),
      rss: { idleMb, connectedMb, afterMb, peakMb },
    };
  } finally {
    pool.close();
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

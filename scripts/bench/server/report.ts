import { availableParallelism } from 'node:os';
import type { BenchResult } from './run';
import type { Summary } from './stats';

/** Issue 4 item 10: commit → poke p99 within 50 ms. */
export const GOAL_P99_MS = 50;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (s: Summary) =>
  `p50 ${ms(s.p50)}  p90 ${ms(s.p90)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  (min ${ms(s.min)})`;

export function renderReport(r: BenchResult): string {
  const out = [
    `bench:server — ${r.store === 'pglite' ? 'embedded PGlite (temp data dir)' : 'PostgreSQL (fresh database)'}, server as a child process on loopback`,
    `clients         ${r.clients} connected of ${r.requestedClients} in ${r.connectSeconds.toFixed(2)} s` +
      (r.failedClients > 0 ? `, ${r.failedClients} failed: ${r.openErrors.join(', ')}` : ''),
    `changes         ${r.changes} published revisions, one after another (seq ${r.changeSeqs[0] ?? '-'}…${r.changeSeqs.at(-1) ?? '-'})`,
    `pokes           ${r.receivedPokes} received of ${r.expectedPokes} expected; ${r.clientsInOrder} of ${r.clients} clients heard every poke in order; ${r.lostStreams} streams lost`,
    `commit → poke   ${line(r.delayMs)}`,
    `                commit time = when the authoring request's answer arrived; ${r.pokesBeforeAnswer} pokes beat the answer (negative delays, kept)`,
    `send → poke     ${line(r.fromSendMs)}  (upper bound: includes the request itself)`,
    `                clients and server share ${availableParallelism()} CPUs: the delays include the clients' own reading of ${r.clients} sockets`,
    `commit request  ${line(r.commitMs)}`,
    `server RSS      ${r.rss.afterMb.toFixed(1)} MiB after the changes (idle ${r.rss.idleMb.toFixed(1)}, with clients ${r.rss.connectedMb.toFixed(1)}, peak ${r.rss.peakMb.toFixed(1)})` +
      (r.store === 'pglite'
        ? ' — includes the embedded PGlite'
        : ' — PostgreSQL itself not included'),
    r.delayMs.p99 <= GOAL_P99_MS
      ? `goal            p99 ${ms(r.delayMs.p99)} ≤ ${GOAL_P99_MS} ms: met`
      : `goal            p99 ${ms(r.delayMs.p99)} > ${GOAL_P99_MS} ms: NOT met`,
  ];
  if (r.emfile) {
    out.push(
      'warning         EMFILE (too many open files): raise the limit (ulimit -n) for this shell and the server, then run again',
    );
  }
  return out.join('\n');
}

export function renderJson(r: BenchResult): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  return JSON.stringify({
    clients: r.clients,
    p50_ms: round(r.delayMs.p50),
    p99_ms: round(r.delayMs.p99),
    rss_mb: round(r.rss.afterMb),
  });
}

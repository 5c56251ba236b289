import type { Poke } from './sse-client';
import { summarize, type Summary } from './stats';

export interface ChangeTiming {
  /** The seq the change committed as (the one its poke carries). */
  seq: number;
  /** performance.now() just before the authoring request was sent. */
  sentAt: number;
  /** performance.now() when its whole answer had arrived: the commit time we measure from. */
  answeredAt: number;
}

export interface Analysis {
  receivedPokes: number;
  /** Clients that heard exactly [initialSeq, ...change seqs], in that order, nothing else. */
  clientsInOrder: number;
  delayMs: Summary;
  /** Pokes that arrived before the change's HTTP answer (negative delays, kept in delayMs). */
  pokesBeforeAnswer: number;
  fromSendMs: Summary;
  commitMs: Summary;
}

/** Per (change, client): the delay from commit to that client's poke with the change's seq. */
export function analyze(
  clients: readonly (readonly Poke[])[],
  initialSeq: number,
  changes: readonly ChangeTiming[],
): Analysis {
  const delays: number[] = [];
  const fromSend: number[] = [];
  let clientsInOrder = 0;
  const expected = [initialSeq, ...changes.map((c) => c.seq)];
  for (const pokes of clients) {
    const arrival = new Map(pokes.map((p) => [p.seq, p.at]));
    for (const change of changes) {
      const at = arrival.get(change.seq);
      if (at === undefined) continue;
      delays.push(at - change.answeredAt);
      fromSend.push(at - change.sentAt);
    }
    if (pokes.length === expected.length && pokes.every((p, j) => p.seq === expected[j]))
      clientsInOrder++;
  }
  return {
    receivedPokes: delays.length,
    clientsInOrder,
    delayMs: summarize(delays),
    pokesBeforeAnswer: delays.filter((d) => d < 0).length,
    fromSendMs: summarize(fromSend),
    commitMs: summarize(changes.map((c) => c.answeredAt - c.sentAt)),
  };
}

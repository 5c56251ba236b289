import { backoffDelay, jittered, type BackoffOptions } from '../../../shared/backoff';
import type { SyncRecord } from '../../../shared/sync/records';
import type { SyncProblem, SyncProgress, SyncStatus } from '../../../shared/workstation/sync-state';
import type { Replica } from '../../../db/connection';
import { clearArticles, countArticles } from '../../../db/articles';
import type { Outbox } from '../../../db/outbox';
import {
  applyChangesPage,
  applySnapshotChunk,
  finishSnapshot,
  inApplyOrder,
  writeBulkLists,
} from '../../../db/sync/apply';
import { BulkLists } from '../../../db/engine/lists';
import { emptyOutcome, type BatchOutcome } from '../../../db/sync/outcome';
import {
  bulkLoadPending,
  forgetCursor,
  markSynced,
  readSyncState,
  setBulkLoadPending,
} from '../../../db/sync/state';
import { PokeStream } from './poke-stream';
import { checkRecords, ServerError, type ServerConnection } from './server-connection';

/*
 * The workstation's sync loop (docs/sync-protocol.md, "The client side"): snapshot when the
 * replica has no cursor, then pages of changes on every poke and on a jittered timer; one pull
 * at a time; backoff with jitter after errors; the outbox flushed whenever the server answers.
 */

export interface SyncClientState {
  status: Exclude<SyncStatus, 'signed-out'>;
  progress: SyncProgress | null;
  offlineSince: string | null;
  nextAttemptAt: string | null;
  problem: SyncProblem | null;
}

export interface SyncClientOptions {
  replica: Replica;
  outbox: Outbox;
  connection: ServerConnection;
  onState(state: SyncClientState): void;
  /** After each applied batch that changed something. */
  onApplied(outcome: BatchOutcome, initial: boolean): void;
  /** The server refused the token: the session is over. */
  onUnauthorized(error: ServerError): void;
  /** Pull this often even without pokes (±20%). */
  pullIntervalMs?: number;
  pageLimit?: number;
  /** Articles per snapshot transaction: small enough that the UI never waits long. */
  snapshotChunk?: number;
  backoff?: BackoffOptions;
  /** Poke stream (off in tests that drive pulls themselves). */
  pokes?: boolean;
  now?: () => Date;
}

const DEFAULTS = {
  pullIntervalMs: 60_000,
  pageLimit: 500,
  snapshotChunk: 50,
  backoff: { initialMs: 1_000, maxMs: 60_000 },
};
const OUTBOX_BATCH = 200;
/** FTS5 merge work per step after a first download. */
const MERGE_PAGES_PER_STEP = 64;
/** Term lists written per transaction at the end of a first download. */
const BULK_TERMS_PER_STEP = 1_000;

export class SyncClient {
  private state: SyncClientState = {
    status: 'syncing',
    progress: null,
    offlineSince: null,
    nextAttemptAt: null,
    problem: null,
  };
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private pokes: PokeStream | null = null;
  private flushing: Promise<void> | null = null;
  private readonly o: SyncClientOptions & typeof DEFAULTS;

  constructor(options: SyncClientOptions) {
    this.o = { ...DEFAULTS, ...options };
  }

  get current(): SyncClientState {
    return this.state;
  }

  start(): void {
    if (this.o.pokes !== false) {
      this.pokes = new PokeStream({
        connection: this.o.connection,
        onPoke: (seq) => {
          const cursor = readSyncState(this.o.replica)?.cursor ?? null;
          if (cursor === null || seq > cursor) void this.pull();
        },
        onOpen: () => {
          // Reachable again: do not wait for the backoff timer.
          if (this.state.status === 'offline' || this.state.status === 'error') void this.pull();
        },
        onError: (error) => {
          if (error.kind === 'unauthorized') this.unauthorized(error);
        },
      });
      this.pokes.start();
    }
    void this.pull();
  }

  stop(): void {
    this.stopped = true;
    this.pokes?.stop();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Resolves when the replica has reached the server's head (or the attempt failed). */
  pull(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.pullOnce();
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Sends waiting reports now if the server is reachable (never two sends at once). */
  flushOutbox(): Promise<void> {
    if (
      this.stopped ||
      this.state.status === 'offline' ||
      this.state.status === 'session-expired'
    ) {
      return Promise.resolve();
    }
    this.flushing ??= this.sendOutbox().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async pullOnce(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    try {
      let cursor = readSyncState(this.o.replica)?.cursor ?? null;
      for (;;) {
        if (this.stopped) return;
        if (cursor === null) {
          cursor = await this.loadSnapshot();
          continue;
        }
        const page = await this.o.connection.changes(cursor, this.o.pageLimit);
        if (this.stopped) return;
        if (page.type === 'reset') {
          forgetCursor(this.o.replica);
          cursor = null;
          continue;
        }
        if (page.items.length > 0 && this.state.status !== 'syncing') {
          this.setState({
            status: 'syncing',
            progress: { phase: 'changes', done: 0, total: null },
          });
        }
        const outcome = applyChangesPage(
          this.o.replica,
          page.items,
          page.cursor,
          this.applyOptions(true),
        );
        cursor = page.cursor;
        if (outcome.written > 0) this.o.onApplied(outcome, false);
        if (!page.hasMore) break;
      }
      markSynced(this.o.replica, this.now());
      this.failures = 0;
      this.setState({
        status: 'online',
        progress: null,
        offlineSince: null,
        nextAttemptAt: null,
        problem: null,
      });
      this.schedule(jittered(this.o.pullIntervalMs, 0.2));
      void this.flushOutbox();
    } catch (error) {
      this.failed(error);
    }
  }

  /** Downloads and applies a snapshot; returns its cursor. */
  private async loadSnapshot(): Promise<number> {
    this.setState({ status: 'syncing', progress: { phase: 'snapshot', done: 0, total: null } });
    const snapshot = await this.o.connection.snapshot();
    // Checked chunk by chunk below; a record of no known kind would be left out here, so count.
    const records = inApplyOrder(snapshot.records as SyncRecord[]);
    if (records.length !== snapshot.records.length) {
      throw new ServerError(
        'protocol',
        'The snapshot holds records of a kind this version does not know.',
      );
    }
    // A first download that crashed before its term lists were written starts over.
    if (bulkLoadPending(this.o.replica)) clearArticles(this.o.replica);
    const initial = countArticles(this.o.replica) === 0;
    // A first download gathers the term lists and writes them once (far faster than per chunk).
    const bulk = initial ? new BulkLists() : undefined;
    if (bulk) setBulkLoadPending(this.o.replica, true);
    const options = { ...this.applyOptions(!initial), bulk };
    const total = records.length;
    const combined = emptyOutcome();
    let done = 0;
    for (const chunk of chunks(records, this.o.snapshotChunk)) {
      if (this.stopped) throw new ServerError('unreachable', 'Stopped during a snapshot.');
      merge(combined, applySnapshotChunk(this.o.replica, checkRecords(chunk), options));
      done += chunk.length;
      this.setState({ progress: { phase: 'snapshot', done, total } });
      // Let searches and the UI in between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (bulk) {
      while (!writeBulkLists(this.o.replica, bulk, BULK_TERMS_PER_STEP)) {
        if (this.stopped) throw new ServerError('unreachable', 'Stopped during a snapshot.');
        await new Promise((resolve) => setImmediate(resolve));
      }
      setBulkLoadPending(this.o.replica, false);
    }
    merge(combined, finishSnapshot(this.o.replica, records, snapshot.cursor, options));
    if (initial) {
      // FTS5 housekeeping in small steps, so searches and the UI go on (see mergeIndexStep).
      while (this.o.replica.mergeIndexStep(MERGE_PAGES_PER_STEP)) {
        if (this.stopped) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (combined.written > 0) this.o.onApplied(combined, initial);
    return snapshot.cursor;
  }

  private async sendOutbox(): Promise<void> {
    const { outbox, connection } = this.o;
    for (;;) {
      const batch = outbox.pending(OUTBOX_BATCH);
      if (batch.length === 0 || this.stopped) return;
      let result;
      try {
        result = await connection.sendEvents(batch);
      } catch (error) {
        if (this.stopped) return;
        outbox.attempted(batch.map((e) => e.key));
        if (error instanceof ServerError && error.kind === 'unauthorized') this.unauthorized(error);
        return; // Kept; tried again after the next successful pull.
      }
      if (this.stopped) return;
      for (const r of result.rejected) {
        console.warn(`[cuecard] the server rejected report ${r.key}: ${r.reason}`);
      }
      outbox.remove([...result.stored, ...result.duplicates, ...result.rejected.map((r) => r.key)]);
      this.setState({});
    }
  }

  private failed(error: unknown): void {
    if (this.stopped) return;
    const failure =
      error instanceof ServerError
        ? error
        : new ServerError('protocol', error instanceof Error ? error.message : String(error));
    if (failure.kind === 'unauthorized') return this.unauthorized(failure);
    if (!(error instanceof ServerError)) console.error('[cuecard] sync failed:', error);
    const delay = backoffDelay(this.failures++, this.o.backoff);
    const offline = failure.kind === 'unreachable';
    this.setState({
      status: offline ? 'offline' : 'error',
      progress: null,
      offlineSince: offline ? (this.state.offlineSince ?? this.now()) : this.state.offlineSince,
      nextAttemptAt: new Date(this.nowMs() + delay).toISOString(),
      problem: toProblem(failure),
    });
    this.schedule(delay);
  }

  private unauthorized(error: ServerError): void {
    if (this.state.status === 'session-expired') return;
    this.stop();
    this.setState({
      status: 'session-expired',
      progress: null,
      nextAttemptAt: null,
      problem: { code: 'session-expired', detail: error.message },
    });
    this.o.onUnauthorized(error);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pull(), ms);
    this.timer.unref?.();
  }

  private setState(patch: Partial<SyncClientState>): void {
    this.state = { ...this.state, ...patch };
    this.o.onState(this.state);
  }

  private applyOptions(log: boolean) {
    return { now: this.now(), log };
  }

  private now(): string {
    return new Date(this.nowMs()).toISOString();
  }

  private nowMs(): number {
    return (this.o.now?.() ?? new Date()).getTime();
  }
}

function toProblem(error: ServerError): SyncProblem {
  switch (error.kind) {
    case 'unreachable':
      return { code: 'unreachable', detail: error.message };
    case 'protocol':
      return { code: 'protocol', detail: error.message };
    default:
      return { code: 'server-error', status: error.status, detail: error.message };
  }
}

function chunks(records: readonly SyncRecord[], articlesPerChunk: number): SyncRecord[][] {
  // Everything but articles is small and goes in the first chunk, so links never point ahead.
  const small = records.filter((r) => r.kind !== 'article');
  const articles = records.filter((r) => r.kind === 'article');
  const out: SyncRecord[][] = [small];
  for (let i = 0; i < articles.length; i += articlesPerChunk) {
    out.push(articles.slice(i, i + articlesPerChunk));
  }
  return out;
}

function merge(into: BatchOutcome, from: BatchOutcome): void {
  into.added.push(...from.added);
  into.changed.push(...from.changed);
  into.removed.push(...from.removed);
  into.noticesAdded.push(...from.noticesAdded);
  into.noticesReminded.push(...from.noticesReminded);
  into.noticesChanged ||= from.noticesChanged;
  into.written += from.written;
}

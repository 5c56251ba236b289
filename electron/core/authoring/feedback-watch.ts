import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionState } from '../../../shared/api';
import type { FeedbackAnswered, FeedbackItem } from '../../../shared/workstation/authoring';
import type { AuthoringResult } from '../../../shared/workstation/trees';

export const FEEDBACK_SEEN_FILE = 'feedback-answers.json';
/** At most one check this often, unless asked (sync now, sign-in). */
export const FEEDBACK_CHECK_INTERVAL_MS = 30_000;
/** A fresh install (or another account) is told about answers of the last week only. */
export const FEEDBACK_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;

export interface FeedbackWatchOptions {
  dataDir: string;
  session: () => SessionState;
  /** GET /api/feedback/mine with the session's token. */
  fetchMine: () => Promise<AuthoringResult<{ items: FeedbackItem[] }>>;
  emit: (payload: FeedbackAnswered) => void;
  now?: () => Date;
  intervalMs?: number;
}

/** What this workstation told the agent already, per account (the high-water mark). */
interface Seen {
  account: string;
  /** The newest answer announced (ISO), or the lookback start before any. */
  since: string;
  /** Items answered exactly at `since` (several answers can share a millisecond). */
  ids: number[];
}

/*
 * Owners' answers to an agent's feedback (R17) reach the agent after a sync: the server has no
 * per-user push, so the core asks /api/feedback/mine after each successful sync (at most every
 * 30 s) and when the agent syncs by hand, and announces answers newer than the last one it
 * announced, kept in a small file so a restart does not repeat them. Signed out or offline: no
 * check, no error (the next sync tries again).
 */
export class FeedbackWatch {
  private lastCheck = 0;
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly o: FeedbackWatchOptions) {}

  /** After a sync; `force` skips the interval (sync now, another account signed in). */
  check(force = false): Promise<void> {
    if (this.closed || this.o.session().status !== 'signed-in') return Promise.resolve();
    // A check under way may have asked before the newest answer: a forced one asks again after it.
    if (this.running) return force ? this.running.then(() => this.check(true)) : this.running;
    const now = this.now().getTime();
    if (!force && now - this.lastCheck < (this.o.intervalMs ?? FEEDBACK_CHECK_INTERVAL_MS)) {
      return Promise.resolve();
    }
    this.lastCheck = now;
    // A full disk or a broken file must not surface as an unhandled rejection after a sync.
    this.running = this.run()
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** The signed-in account changed: the next check goes ahead whenever it comes. */
  sessionChanged(): void {
    this.lastCheck = 0;
  }

  close(): void {
    this.closed = true;
  }

  private async run(): Promise<void> {
    const session = this.o.session();
    if (session.status !== 'signed-in') return;
    const account = `${session.serverUrl}#${session.user.id}`;
    let result: AuthoringResult<{ items: FeedbackItem[] }>;
    try {
      result = await this.o.fetchMine();
    } catch {
      return; // An answer this version cannot read: nothing to announce.
    }
    if (!result.ok || this.closed) return;
    // Signed out or in as someone else while the answer was on its way.
    const current = this.o.session();
    if (current.status !== 'signed-in' || `${current.serverUrl}#${current.user.id}` !== account) {
      return;
    }
    const seen = this.load(account);
    const since = Date.parse(seen.since);
    const answered = result.items.filter((item) => {
      if (item.status === 'open' || !item.resolvedAt) return false;
      const at = Date.parse(item.resolvedAt);
      return at > since || (at === since && !seen.ids.includes(item.id));
    });
    if (answered.length === 0) return;
    const newest = Math.max(...answered.map((i) => Date.parse(i.resolvedAt ?? '')));
    const atNewest = answered.filter((i) => Date.parse(i.resolvedAt ?? '') === newest);
    const ids =
      newest === since ? [...seen.ids, ...atNewest.map((i) => i.id)] : atNewest.map((i) => i.id);
    this.save({ account, since: new Date(newest).toISOString(), ids });
    answered.sort((a, b) => Date.parse(b.resolvedAt ?? '') - Date.parse(a.resolvedAt ?? ''));
    this.o.emit({ items: answered });
  }

  private load(account: string): Seen {
    try {
      const seen = JSON.parse(readFileSync(this.file(), 'utf8')) as Partial<Seen>;
      if (
        seen.account === account &&
        typeof seen.since === 'string' &&
        !Number.isNaN(Date.parse(seen.since)) &&
        Array.isArray(seen.ids)
      ) {
        return { account, since: seen.since, ids: seen.ids.filter((id) => Number.isInteger(id)) };
      }
    } catch {
      // First check on this workstation, or an unreadable file: start from the lookback.
    }
    const since = new Date(this.now().getTime() - FEEDBACK_LOOKBACK_MS).toISOString();
    return { account, since, ids: [] };
  }

  private save(seen: Seen): void {
    // Written whole then renamed, so a crash never leaves half a file.
    const temp = `${this.file()}.tmp`;
    writeFileSync(temp, JSON.stringify(seen), { mode: 0o600 });
    renameSync(temp, this.file());
  }

  private file(): string {
    return join(this.o.dataDir, FEEDBACK_SEEN_FILE);
  }

  private now(): Date {
    return this.o.now?.() ?? new Date();
  }
}

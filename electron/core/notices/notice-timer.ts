import type { Replica } from '../../../db/connection';
import { allNotices } from '../../../db/notices/notices';

export interface NoticeTimerOptions {
  replica: Replica;
  now: () => number;
  /** Notices whose publishAt has just passed (not announced before). */
  wentLive: (ids: string[]) => void;
  /** At least one notice has just expired. */
  expired: () => void;
}

/** setTimeout's limit (~24.8 days); a later time is reached in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Wakes AgentCore at the next publishAt or expiresAt among the replica's notices, so a scheduled
 * notice pops up on time and an expired one leaves Home, also offline. Notices that went live
 * before AgentCore started are not announced (the pending lists show them); each is announced
 * once per run, whether here or by the sync batch that brought it (`announced`).
 */
export class NoticeTimer {
  private handle: ReturnType<typeof setTimeout> | null = null;
  private checkedUpTo: number;
  private readonly done = new Set<string>();
  private stopped = false;

  constructor(private readonly o: NoticeTimerOptions) {
    this.checkedUpTo = o.now();
  }

  /** Notices already announced (or not to be announced): the timer leaves them alone. */
  announced(ids: readonly string[]): void {
    for (const id of ids) this.done.add(id);
  }

  /** Announces what is due and arms for the next time; call after the notices changed. */
  reschedule(): void {
    if (this.stopped) return;
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
    const now = this.o.now();
    const notices = allNotices(this.o.replica);
    const live = notices.filter((n) => {
      const at = Date.parse(n.publishAt);
      const expiresAt = n.expiresAt === null ? Infinity : Date.parse(n.expiresAt);
      return at > this.checkedUpTo && at <= now && expiresAt > now && !this.done.has(n.id);
    });
    const expired = notices.some((n) => {
      if (n.expiresAt === null) return false;
      const at = Date.parse(n.expiresAt);
      return at > this.checkedUpTo && at <= now;
    });
    this.checkedUpTo = now;
    this.announced(live.map((n) => n.id));
    if (live.length > 0) this.o.wentLive(live.map((n) => n.id));
    if (expired) this.o.expired();

    const upcoming = Math.min(
      ...notices
        .flatMap((n) => [Date.parse(n.publishAt), Date.parse(n.expiresAt ?? '')])
        .filter((t) => t > now),
      Infinity,
    );
    if (upcoming === Infinity) return;
    this.handle = setTimeout(() => this.reschedule(), Math.min(upcoming - now, MAX_DELAY_MS));
    // A pending notice must not keep a closing process alive.
    this.handle.unref?.();
  }

  stop(): void {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
  }
}

import type { AgentEvents } from '../../../shared/api';
import type { ContentLanguage } from '../../../shared/languages';
import type { EventPayload, OutboxEventType } from '../../../shared/sync/outbox';
import type { NoticeSummary } from '../../../shared/workstation/sync-state';
import type {
  NoticeListQuery,
  NoticeStatus,
  NoticeView,
  PendingNotices,
} from '../../../shared/workstation/notices';
import type { Replica } from '../../../db/connection';
import { matchesWords, noticeHaystacks, queryWords } from '../../../db/notices/notice-search';
import {
  allNotices,
  stampReading,
  storedNotice,
  type StoredNotice,
} from '../../../db/notices/notices';
import type { BatchOutcome } from '../../../db/sync/outcome';
import { articleHeading } from '../../../db/sync/whats-new';
import { pickText } from '../../../shared/localized-text';
import { NoticeTimer } from './notice-timer';

type Emit = <E extends keyof AgentEvents>(event: E, payload: AgentEvents[E]) => void;

export interface NoticeDeskOptions {
  replica: Replica;
  /** The agent's reading languages, best first (electron/core/search-languages.ts). */
  readingLanguages: () => ContentLanguage[];
  /** Queues an outbox event (WorkstationSync.record). */
  report: <T extends OutboxEventType>(type: T, payload: EventPayload<T>) => void;
  emit: Emit;
  /** Tests move time. */
  now?: () => Date;
}

export const UNKNOWN_NOTICE = (id: string) =>
  `There is no notice "${id}" on this workstation (it may have been withdrawn).`;
export const NO_ACK_ASKED = (id: string) =>
  `The notice "${id}" does not ask for "read and understood": open it (markNoticeRead) instead.`;

const DEFAULT_LIMIT = 200;

/** Where a notice stands at `now`. */
export function noticeStatus(n: StoredNotice, now: number): NoticeStatus {
  if (Date.parse(n.publishAt) > now) return 'scheduled';
  if (n.expiresAt !== null && Date.parse(n.expiresAt) <= now) return 'expired';
  return 'active';
}

/** Not read yet, or not acknowledged when that is asked for. */
function needsAgent(n: StoredNotice): boolean {
  return n.readAt === null || (n.requiresAck && n.acknowledgedAt === null);
}

/** The lead reminded after the agent last opened it. */
function freshReminder(n: StoredNotice): boolean {
  if (n.remindedAt === null) return false;
  return n.reminderSeenAt === null || Date.parse(n.remindedAt) > Date.parse(n.reminderSeenAt);
}

/**
 * The pending rules (issue 8 item 2): urgent notices asking for "read and understood" stay in
 * the modal until acknowledged; important ones (and urgent ones without an ack) stay pinned until
 * read (and acknowledged, when asked). A reminder newer than what the agent last saw pins any
 * notice they have not read or acknowledged, whatever its priority.
 */
export function pendingKind(n: StoredNotice): 'acknowledge' | 'pinned' | null {
  if (n.priority === 'urgent' && n.requiresAck && n.acknowledgedAt === null) return 'acknowledge';
  if (!needsAgent(n)) return null;
  if (n.priority !== 'info') return 'pinned';
  return freshReminder(n) ? 'pinned' : null;
}

const byPublishAt = (a: StoredNotice, b: StoredNotice) =>
  Date.parse(a.publishAt) - Date.parse(b.publishAt) || a.id.localeCompare(b.id);

/**
 * Team-lead notices for the agent, from the replica (issue 8, R18, R19): the history with search,
 * what needs them now, reading and "read and understood" (stored here, reported through the
 * outbox once; works offline), and the announcements that pop the modal and OS notifications.
 * Scheduled notices are in the replica early and invisible here until their publishAt.
 */
export class NoticeDesk {
  readonly timer: NoticeTimer;

  constructor(private readonly o: NoticeDeskOptions) {
    this.timer = new NoticeTimer({
      replica: o.replica,
      now: () => this.nowMs(),
      wentLive: (ids) => this.wentLive(ids),
      expired: () => o.emit('noticesChanged', null),
    });
  }

  list(query: NoticeListQuery): NoticeView[] {
    const now = this.nowMs();
    const langs = this.o.readingLanguages();
    const words = queryWords(query.text ?? '');
    const includeExpired = query.includeExpired ?? true;
    return this.visible(now)
      .filter((n) => includeExpired || noticeStatus(n, now) === 'active')
      .filter((n) => matchesWords(noticeHaystacks(n.title, n.body, langs), words))
      .sort((a, b) => byPublishAt(b, a))
      .slice(0, query.limit ?? DEFAULT_LIMIT)
      .map((n) => this.view(n, now, langs));
  }

  get(id: string): NoticeView | null {
    const now = this.nowMs();
    const n = storedNotice(this.o.replica, id);
    if (!n || noticeStatus(n, now) === 'scheduled') return null;
    return this.view(n, now, this.o.readingLanguages());
  }

  pending(): PendingNotices {
    const now = this.nowMs();
    const langs = this.o.readingLanguages();
    const active = this.visible(now).filter((n) => noticeStatus(n, now) === 'active');
    const of = (kind: 'acknowledge' | 'pinned') =>
      active.filter((n) => pendingKind(n) === kind).sort(byPublishAt);
    return {
      mustAcknowledge: of('acknowledge').map((n) => this.view(n, now, langs)),
      // Pinned: newest first, as Home lists them.
      pinned: of('pinned')
        .reverse()
        .map((n) => this.view(n, now, langs)),
    };
  }

  markRead(id: string): void {
    const change = this.stamp(id, false);
    if (change.firstRead) this.o.report('notice-read', { noticeId: id });
    this.o.emit('noticesChanged', null);
  }

  acknowledge(id: string): void {
    const n = this.visibleNotice(id);
    if (!n.requiresAck) throw new Error(NO_ACK_ASKED(id));
    const change = this.stamp(id, true);
    if (change.firstRead) this.o.report('notice-read', { noticeId: id });
    if (change.firstAck) this.o.report('notice-ack', { noticeId: id, version: n.version });
    this.o.emit('noticesChanged', null);
  }

  /**
   * After a sync batch: announces notices that arrived live and notices the lead reminded that
   * this agent has not read / acknowledged (noticesReceived), and says the lists changed.
   * Scheduled ones are announced by the timer when they go live.
   */
  applied(outcome: BatchOutcome, initial: boolean): void {
    const now = this.nowMs();
    const live = (id: string) => {
      const n = storedNotice(this.o.replica, id);
      return n && noticeStatus(n, now) === 'active' ? n : null;
    };
    const added = outcome.noticesAdded.flatMap((id) => live(id) ?? []);
    // Whatever arrived live is announced here (or, in the first download, not at all); the timer
    // must not announce it again.
    this.timer.announced(added.map((n) => n.id));
    const reminded = outcome.noticesReminded
      .flatMap((id) => live(id) ?? [])
      .filter((n) => needsAgent(n) && freshReminder(n));
    const announce = initial ? [] : [...added.filter(needsAgent), ...reminded];
    if (announce.length > 0) {
      this.o.emit('noticesReceived', { notices: this.summaries(announce) });
    }
    if (outcome.noticesChanged) {
      this.o.emit('noticesChanged', null);
      this.timer.reschedule();
    }
  }

  close(): void {
    this.timer.stop();
  }

  private wentLive(ids: string[]): void {
    const notices = ids.flatMap((id) => storedNotice(this.o.replica, id) ?? []).filter(needsAgent);
    if (notices.length > 0) {
      this.o.emit('noticesReceived', { notices: this.summaries(notices) });
    }
    this.o.emit('noticesChanged', null);
  }

  private summaries(notices: StoredNotice[]): NoticeSummary[] {
    const langs = this.o.readingLanguages();
    return notices.map((n) => ({
      id: n.id,
      priority: n.priority,
      title: pickText(n.title, langs),
      requiresAck: n.requiresAck,
    }));
  }

  private stamp(id: string, acknowledge: boolean) {
    this.visibleNotice(id);
    const change = stampReading(
      this.o.replica,
      id,
      new Date(this.nowMs()).toISOString(),
      acknowledge,
    );
    if (!change) throw new Error(UNKNOWN_NOTICE(id));
    return change;
  }

  private visibleNotice(id: string): StoredNotice {
    const n = storedNotice(this.o.replica, id);
    if (!n || noticeStatus(n, this.nowMs()) === 'scheduled') throw new Error(UNKNOWN_NOTICE(id));
    return n;
  }

  private visible(now: number): StoredNotice[] {
    return allNotices(this.o.replica).filter((n) => noticeStatus(n, now) !== 'scheduled');
  }

  private view(n: StoredNotice, now: number, langs: ContentLanguage[]): NoticeView {
    const lang =
      langs.find((l) => n.title[l]) ??
      (Object.keys(n.title)[0] as ContentLanguage | undefined) ??
      langs[0] ??
      'en';
    const ordered = [lang, ...langs.filter((l) => l !== lang)];
    return {
      id: n.id,
      priority: n.priority,
      lang,
      title: pickText(n.title, ordered),
      bodyHtml: pickText(n.body, ordered),
      requiresAck: n.requiresAck,
      publishAt: n.publishAt,
      expiresAt: n.expiresAt,
      status: noticeStatus(n, now),
      linkedArticles: n.linkedArticleIds.flatMap((id) => {
        const heading = articleHeading(this.o.replica, id, langs);
        return heading ? [{ id, title: heading.title }] : [];
      }),
      reading: { readAt: n.readAt, acknowledgedAt: n.acknowledgedAt },
      remindedAt: needsAgent(n) && freshReminder(n) ? n.remindedAt : null,
    };
  }

  private nowMs(): number {
    return (this.o.now?.() ?? new Date()).getTime();
  }
}

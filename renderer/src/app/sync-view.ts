import type { TFunction } from 'i18next';
import type { SyncProblem, SyncState, SyncStatus } from '../../../shared/workstation/sync-state';
import { formatNumber, formatTime } from '../lib/format';

/** The core's statuses, plus the two the renderer has before (or instead of) the first answer. */
export type IndicatorStatus = SyncStatus | 'loading' | 'unavailable';

export interface SyncView {
  status: IndicatorStatus;
  /** A word or two for the header. */
  short: string;
  /** The whole sentence: tooltip, description and the first line of the details. */
  detail: string;
  /** Set while a download of known size runs. */
  progress: { done: number; total: number } | null;
  /** "3 reports waiting to be sent", or null when nothing waits. */
  outbox: string | null;
  /** What clicking the indicator does: the fix is in Settings for the two signed-out states. */
  action: 'details' | 'settings';
  canSyncNow: boolean;
}

export function problemText(problem: SyncProblem | null, t: TFunction): string {
  if (!problem) return t('sync.problem.unknown');
  if (problem.code === 'server-error') {
    return t('sync.problem.server-error', { status: problem.status });
  }
  return t(`sync.problem.${problem.code}`);
}

function detailFor(sync: SyncState, t: TFunction, locale: string, now: Date): string {
  const time = (iso: string | null): string | null => (iso ? formatTime(iso, locale, now) : null);
  switch (sync.status) {
    case 'signed-out':
      return t('sync.detail.signedOut');
    case 'online': {
      const at = time(sync.lastSyncAt);
      return at ? t('sync.detail.onlineAt', { time: at }) : t('sync.detail.online');
    }
    case 'syncing': {
      const p = sync.progress;
      return p && p.total !== null && p.total > 0
        ? t('sync.detail.downloading', {
            done: formatNumber(Math.min(p.done, p.total), locale),
            total: formatNumber(p.total, locale),
          })
        : t('sync.detail.syncing');
    }
    case 'offline': {
      const since = time(sync.offlineSince);
      return since ? t('sync.detail.offlineSince', { time: since }) : t('sync.detail.offline');
    }
    case 'session-expired':
      return t('sync.detail.sessionExpired');
    case 'error': {
      const problem = problemText(sync.problem, t);
      const next = time(sync.nextAttemptAt);
      return next
        ? t('sync.detail.errorRetrying', { problem, time: next })
        : t('sync.detail.error', { problem });
    }
  }
}

/** Everything the header indicator and its details show, worded in the UI language. */
export function describeSync(
  input: { sync: SyncState | null; loadError: string | null },
  t: TFunction,
  locale: string,
  now: Date = new Date(),
): SyncView {
  const { sync, loadError } = input;
  if (!sync) {
    const status = loadError === null ? 'loading' : 'unavailable';
    return {
      status,
      short: t(`sync.status.${status}`),
      detail:
        status === 'loading'
          ? t('sync.detail.loading')
          : t('sync.detail.unavailable', { message: loadError }),
      progress: null,
      outbox: null,
      action: 'details',
      canSyncNow: false,
    };
  }
  const p = sync.progress;
  return {
    status: sync.status,
    short: t(`sync.status.${sync.status}`),
    detail: detailFor(sync, t, locale, now),
    progress:
      sync.status === 'syncing' && p && p.total !== null && p.total > 0
        ? { done: Math.min(p.done, p.total), total: p.total }
        : null,
    outbox: sync.outboxPending > 0 ? t('sync.outboxPending', { count: sync.outboxPending }) : null,
    action:
      sync.status === 'signed-out' || sync.status === 'session-expired' ? 'settings' : 'details',
    canSyncNow: sync.status === 'online' || sync.status === 'offline' || sync.status === 'error',
  };
}

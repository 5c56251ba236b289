import type { TFunction } from 'i18next';
import type { Toast } from '../stores/toast-store';
import { articleRoute, WHATS_NEW_ROUTE, type Route } from './route';

/** The one line a toast says. */
export function toastText(toast: Toast, t: TFunction): string {
  if (toast.kind === 'info') return toast.message;
  if (toast.kind === 'overdue') return t('toast.workOverdue', { count: toast.count });
  if (toast.kind === 'feedback') {
    const [only] = toast.items;
    return toast.items.length === 1 && only
      ? t('toast.feedbackAnswered', { title: only.articleTitle ?? only.query ?? '' })
      : t('toast.feedbacksAnswered', { count: toast.items.length });
  }
  if (toast.kind === 'notices') {
    const [only] = toast.notices;
    return toast.notices.length === 1 && only
      ? t('toast.newNotice', { title: only.title })
      : t('toast.newNotices', { count: toast.notices.length });
  }
  const [only] = toast.changes;
  if (toast.changes.length === 1 && only) {
    return only.change === 'added'
      ? t('toast.newArticle', { title: only.title })
      : t('toast.changedArticle', { title: only.title });
  }
  const count = toast.changes.length;
  return toast.changes.every((c) => c.change === 'added')
    ? t('toast.newArticles', { count })
    : t('toast.articlesUpdated', { count });
}

/**
 * Where "Show" goes: the article or notice itself for one, What's new or the notices' history
 * for several; nowhere for a confirmation.
 */
export function toastTarget(toast: Toast): Route | null {
  if (toast.kind === 'info') return null;
  if (toast.kind === 'overdue') return { section: 'knowledge', tab: 'audit' };
  if (toast.kind === 'feedback') return { section: 'home', show: 'my-feedback' };
  if (toast.kind === 'notices') {
    const [only] = toast.notices;
    return toast.notices.length === 1 && only
      ? { section: 'notices', notice: only.id }
      : { section: 'notices' };
  }
  const [only] = toast.changes;
  return toast.changes.length === 1 && only
    ? articleRoute({ id: only.id, lang: only.lang })
    : WHATS_NEW_ROUTE;
}

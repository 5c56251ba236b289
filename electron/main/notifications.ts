import { Notification } from 'electron';
import type { Unsubscribe } from '../../shared/api';
import type { AgentCore } from '../core/agent-core';
import { describeArticleChanges, describeNotices, type OsNotice } from './change-notice';
import { NOTIFICATION_LABELS } from './notification-labels';

/** Shows OS notifications for AgentCore's change events, as the agent's settings allow. */
export function connectNotifications(core: AgentCore, showMain: () => void): Unsubscribe {
  const show = (notice: OsNotice): void => {
    if (!Notification.isSupported()) return;
    const n = new Notification({ title: notice.title, body: notice.body });
    n.on('click', () => {
      showMain();
      if (notice.open) core.requestOpen(notice.open);
    });
    n.show();
  };
  const offArticles = core.on('articlesChanged', (change) => {
    void core.getSettings().then((settings) => {
      if (!settings.notifications.articles) return;
      const notice = describeArticleChanges(change, NOTIFICATION_LABELS[settings.uiLanguage]);
      if (notice) show(notice);
    });
  });
  const offNotices = core.on('noticesReceived', ({ notices }) => {
    void core.getSettings().then((settings) => {
      const labels = NOTIFICATION_LABELS[settings.uiLanguage];
      for (const n of describeNotices({ notices }, labels, settings.notifications.notices)) show(n);
    });
  });
  return () => {
    offArticles();
    offNotices();
  };
}

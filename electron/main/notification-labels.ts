import type { UiLanguage } from '../../shared/languages';

/** OS notification texts (outside the renderer, like the tray labels in ./labels.ts). */
export interface NotificationLabels {
  newArticle: string;
  changedArticle: string;
  articlesUpdated: (count: number) => string;
  newNotice: string;
  importantNotice: string;
  urgentNotice: string;
  noticesReceived: (count: number) => string;
}

export const NOTIFICATION_LABELS: Record<UiLanguage, NotificationLabels> = {
  en: {
    newArticle: 'New in the knowledge base',
    changedArticle: 'Updated in the knowledge base',
    articlesUpdated: (n) => `${n} articles are new or updated`,
    newNotice: 'New notice',
    importantNotice: 'Important notice',
    noticesReceived: (n) => `${n} new notices`,
    urgentNotice: 'Urgent notice',
  },
  'zh-CN': {
    newArticle: '知识库新增内容',
    changedArticle: '知识库内容已更新',
    articlesUpdated: (n) => `${n} 篇文章已新增或更新`,
    newNotice: '新通知',
    importantNotice: '重要通知',
    noticesReceived: (n) => `${n} 条新通知`,
    urgentNotice: '紧急通知',
  },
  'zh-TW': {
    newArticle: '知識庫新增內容',
    changedArticle: '知識庫內容已更新',
    articlesUpdated: (n) => `${n} 篇文章已新增或更新`,
    newNotice: '新公告',
    importantNotice: '重要公告',
    noticesReceived: (n) => `${n} 則新公告`,
    urgentNotice: '緊急公告',
  },
  hu: {
    newArticle: 'Új a tudástárban',
    changedArticle: 'Frissült a tudástárban',
    articlesUpdated: (n) => `${n} cikk új vagy frissült`,
    newNotice: 'Új közlemény',
    importantNotice: 'Fontos közlemény',
    noticesReceived: (n) => `${n} új közlemény`,
    urgentNotice: 'Sürgős közlemény',
  },
  id: {
    newArticle: 'Baru di basis pengetahuan',
    changedArticle: 'Diperbarui di basis pengetahuan',
    articlesUpdated: (n) => `${n} artikel baru atau diperbarui`,
    newNotice: 'Pengumuman baru',
    importantNotice: 'Pengumuman penting',
    noticesReceived: (n) => `${n} pengumuman baru`,
    urgentNotice: 'Pengumuman mendesak',
  },
};

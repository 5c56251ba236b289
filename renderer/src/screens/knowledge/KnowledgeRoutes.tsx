import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { KNOWLEDGE_TABS, type KnowledgeTab } from '../../app/route';
import { ArticleList } from './articles/ArticleList';
import { ArticleEditor } from './articles/ArticleEditor';
import { AuditReport } from './audit/AuditReport';
import { useMyWorkStore, useWorkBadges } from './audit/use-my-work';
import { CategoryTreeEditor } from './categories/CategoryTreeEditor';
import { ArticleHistory } from './history/ArticleHistory';
import { FeedbackInbox } from './inbox/FeedbackInbox';
import { ReviewQueue } from './review/ReviewQueue';
import { SynonymsEditor } from './synonyms/SynonymsEditor';
import type { KnowledgeTabProps } from './tab-props';
import '../../styles/knowledge.css';

function CurrentTab({ tab, route, navigate }: KnowledgeTabProps & { tab: KnowledgeTab }) {
  switch (tab) {
    case 'articles':
      if (route.doc && route.history) return <ArticleHistory route={route} navigate={navigate} />;
      if (route.doc) return <ArticleEditor route={route} navigate={navigate} />;
      return <ArticleList route={route} navigate={navigate} />;
    case 'review':
      return <ReviewQueue route={route} navigate={navigate} />;
    case 'inbox':
      return <FeedbackInbox route={route} navigate={navigate} />;
    case 'audit':
      return <AuditReport route={route} navigate={navigate} />;
    case 'categories':
      return <CategoryTreeEditor route={route} navigate={navigate} />;
    case 'synonyms':
      return <SynonymsEditor route={route} navigate={navigate} />;
  }
}

function TabBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <span className="count-badge" data-testid="knowledge-tab-badge">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('knowledge.myWork.badge', { count })}</span>
    </span>
  );
}

/** Tabs of the Knowledge section; each tab's screen lives in its own folder. */
export default function KnowledgeRoutes({ route, navigate }: KnowledgeTabProps) {
  const { t } = useTranslation();
  const tab = route.tab ?? 'articles';
  // To-do counts per tab (R16); asked again whenever the section or a tab opens (after a
  // review or an answer elsewhere, the counts on the tabs are then current).
  const myWork = useMyWorkStore();
  const badges = useWorkBadges();
  useEffect(() => void myWork.getState().refresh(), [myWork, tab]);
  return (
    <div className="screen knowledge" data-testid="knowledge">
      <nav className="knowledge-tabs" aria-label={t('knowledge.tabsLabel')}>
        {KNOWLEDGE_TABS.map((name) => (
          <a
            key={name}
            href={`#/knowledge?tab=${name}`}
            className="knowledge-tab"
            data-testid={`knowledge-tab-${name}`}
            aria-current={tab === name ? 'page' : undefined}
            onClick={(e) => {
              if (e.ctrlKey || e.metaKey || e.shiftKey) return;
              e.preventDefault();
              navigate({ section: 'knowledge', tab: name });
            }}
          >
            {t(`knowledge.tab.${name}`)}
            <TabBadge count={name in badges ? badges[name as keyof typeof badges] : 0} />
          </a>
        ))}
      </nav>
      <CurrentTab tab={tab} route={route} navigate={navigate} />
    </div>
  );
}

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/route';
import { ScreenTitle } from '../../components/ScreenTitle';
import { useSessionStore } from '../../stores/stores-context';
import { useCanLeadNotices } from '../notices/NoticeHistory';
import { LeadProblemNotice } from './LeadProblemNotice';

// Only leads compose: the rich-text editor (TipTap, ProseMirror) loads with it, not with the agents' app.
const NoticeLeadRoutes = lazy(() => import('./NoticeLeadRoutes'));

/** Leads: compose a notice ("compose") or follow sent ones up ("followUp"; issue 8, R18, R19). */
export function NoticeLeadScreen({
  route,
  navigate,
}: {
  route: Route;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const mayLead = useCanLeadNotices();
  const title = route.compose ? t('noticeLead.composeTitle') : t('noticeLead.followUpTitle');

  if (session === null || session.status === 'signed-out' || !mayLead) {
    return (
      <div className="screen notice-lead" data-testid="notice-lead-gate">
        <ScreenTitle>{title}</ScreenTitle>
        {session === null ? (
          <p className="muted">{t('noticeLead.loading')}</p>
        ) : (
          <LeadProblemNotice
            problem={session.status === 'signed-out' ? 'signed-out' : 'forbidden'}
            message=""
            context="gate"
            navigate={navigate}
          />
        )}
      </div>
    );
  }
  return (
    <Suspense fallback={<p className="muted">{t('noticeLead.loading')}</p>}>
      <NoticeLeadRoutes route={route} navigate={navigate} />
    </Suspense>
  );
}

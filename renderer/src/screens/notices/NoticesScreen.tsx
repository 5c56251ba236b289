import type { Route } from '../../app/route';
import { NoticeLeadScreen } from '../notice-lead/NoticeLeadScreen';
import { NoticeDetail } from './NoticeDetail';
import { NoticeHistory } from './NoticeHistory';

/** Notices section: the history and one notice for agents; compose and follow-up for leads. */
export function NoticesScreen({
  route,
  navigate,
}: {
  route: Route;
  navigate: (route: Route) => void;
}) {
  if (route.compose || route.followUp)
    return <NoticeLeadScreen route={route} navigate={navigate} />;
  if (route.notice) return <NoticeDetail id={route.notice} navigate={navigate} />;
  return <NoticeHistory navigate={navigate} />;
}

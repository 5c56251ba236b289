import type { Route } from '../../app/route';
import { NoticeLeadScreen } from '../notice-lead/NoticeLeadScreen';

/** Notices section: the history for agents; compose and follow-up for leads. Placeholder. */
export function NoticesScreen({
  route,
  navigate,
}: {
  route: Route;
  navigate: (route: Route) => void;
}) {
  if (route.compose || route.followUp)
    return <NoticeLeadScreen route={route} navigate={navigate} />;
  return null;
}

import type { Route } from '../../app/route';
import '../../styles/notice-lead.css';
import '../../styles/notice-follow-up.css';
import { ComposeScreen } from './ComposeScreen';
import { FollowUpScreen } from './FollowUpScreen';
import { SentNoticeList } from './SentNoticeList';

/** The leads' screens, loaded on demand (NoticeLeadScreen): compose, the sent list, one follow-up. */
export default function NoticeLeadRoutes(props: {
  route: Route;
  navigate: (route: Route) => void;
}) {
  const { route, navigate } = props;
  if (route.compose) return <ComposeScreen composeKey={route.compose} navigate={navigate} />;
  if (route.followUp && route.followUp !== '*')
    return <FollowUpScreen id={route.followUp} navigate={navigate} />;
  return <SentNoticeList navigate={navigate} />;
}

import type { Route } from '../../app/route';

/** Leads: compose a notice or follow one up (issue 8). Placeholder until it lands. */
export function NoticeLeadScreen(_props: { route: Route; navigate: (route: Route) => void }) {
  return null;
}

import type { Route } from '../../app/route';

/** What every tab of the Knowledge section receives. */
export interface KnowledgeTabProps {
  route: Route;
  navigate: (route: Route) => void;
}

import type { Route } from '../../app/route';
import { TreeEditorScreen } from '../tree-editor/TreeEditorScreen';

/** Troubleshoot section: the list of trees, the runner, and (authors) the editor. Placeholder. */
export function TroubleshootScreen({ route, navigate }: { route: Route; navigate: (route: Route) => void }) {
  if (route.edit) return <TreeEditorScreen treeId={route.edit} navigate={navigate} />;
  return null;
}

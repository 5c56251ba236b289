import type { Route } from '../../app/route';
import { TreeEditorScreen } from '../tree-editor/TreeEditorScreen';
import { TreeListScreen } from './TreeListScreen';
import { TreeRunScreen } from './TreeRunScreen';

/** Troubleshoot section: the list of trees, the runner, and (authors) the editor. */
export function TroubleshootScreen({
  route,
  navigate,
}: {
  route: Route;
  navigate: (route: Route) => void;
}) {
  if (route.edit) return <TreeEditorScreen treeId={route.edit} navigate={navigate} />;
  if (route.tree) return <TreeRunScreen key={route.tree} treeId={route.tree} navigate={navigate} />;
  return <TreeListScreen navigate={navigate} />;
}

import type { Route } from '../../app/route';
import { AuthorTreeList } from './AuthorTreeList';
import { TreeEditor } from './TreeEditor';

/** The editor's screens, loaded on demand (TreeEditorScreen): the list ("*") or one tree. */
export default function TreeEditorRoutes(props: {
  treeId: string;
  navigate: (route: Route) => void;
}) {
  if (props.treeId === '*') return <AuthorTreeList navigate={props.navigate} />;
  return <TreeEditor treeId={props.treeId} navigate={props.navigate} />;
}

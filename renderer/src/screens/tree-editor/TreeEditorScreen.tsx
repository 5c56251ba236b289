import type { Route } from '../../app/route';

/** The tree editor (authors, online). Placeholder until the editor lands. */
export function TreeEditorScreen(_props: { treeId: string; navigate: (route: Route) => void }) {
  return null;
}

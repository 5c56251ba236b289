import type { ContentLanguage } from '../../../../shared/languages';
import type { Tree } from '../../../../shared/trees/model';
import type { TreeSession } from '../../../../shared/trees/runner';

/**
 * One tree run, step by step (issue 7 item 2): the agents' runner and the editor's preview.
 * Presentational: the parent owns the session and persists / reports it.
 */
export interface TreeRunnerViewProps {
  tree: Tree;
  lang: ContentLanguage;
  session: TreeSession;
  /** Every step (answer, input, done, back) hands over the next session. */
  onChange: (next: TreeSession) => void;
  /** Restart from the first node (the parent reports the abandoned run first). */
  onRestart: () => void;
  /** A resolution's article; absent in the editor preview (links shown as plain text). */
  onOpenArticle?: (articleId: string) => void;
  /** A link node's tree; absent in the editor preview. */
  onOpenTree?: (treeId: string) => void;
}

// Placeholder until the runner lands.
export function TreeRunnerView(_props: TreeRunnerViewProps) {
  return null;
}

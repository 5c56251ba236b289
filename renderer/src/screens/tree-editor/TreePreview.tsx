import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { Tree } from '../../../../shared/trees/model';
import { currentNode, startSession, type TreeSession } from '../../../../shared/trees/runner';
import { TreeRunnerView } from '../troubleshoot/TreeRunnerView';

/** A session on the draft, or null when the draft cannot start (no start node, broken links). */
export function previewSession(
  tree: Tree,
  kept: TreeSession | null,
  at: number,
): TreeSession | null {
  try {
    if (kept) {
      // A step removed or rewired under the preview ends it; the author starts again.
      currentNode(tree, kept);
      return kept;
    }
    return startSession(tree, at);
  } catch {
    return null;
  }
}

/** Runs the tree being edited, as agents will see it, in one of the tree's languages. */
export function TreePreview(props: { tree: Tree; languages: readonly ContentLanguage[] }) {
  const { t } = useTranslation();
  const { tree, languages } = props;
  const [chosen, setChosen] = useState<ContentLanguage | null>(null);
  const [kept, setKept] = useState<TreeSession | null>(null);
  // Until the author answers, the run starts at the moment the preview (re)started.
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const lang = chosen !== null && languages.includes(chosen) ? chosen : (languages[0] ?? 'en');
  const session = previewSession(tree, kept, startedAt);
  const restart = (): void => {
    setKept(null);
    setStartedAt(Date.now());
  };

  return (
    <div className="tree-preview" data-testid="tree-preview">
      <div className="tree-preview-bar">
        <label className="tree-preview-lang">
          <span>{t('treeEditor.previewLanguage')}</span>
          <select
            value={lang}
            onChange={(e) => setChosen(e.target.value as ContentLanguage)}
            data-testid="tree-preview-lang"
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`contentLanguage.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={restart}
          data-testid="tree-preview-restart"
        >
          {t('treeEditor.restart')}
        </button>
        {session && (
          <span className="muted" data-testid="tree-preview-at">
            {t('treeEditor.previewAt', { node: session.path.at(-1)?.nodeId ?? '' })}
          </span>
        )}
      </div>
      {session ? (
        <TreeRunnerView
          tree={tree}
          lang={lang}
          session={session}
          onChange={setKept}
          onRestart={restart}
        />
      ) : (
        <p className="muted">{t('treeEditor.previewUnavailable')}</p>
      )}
    </div>
  );
}

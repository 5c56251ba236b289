import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/localized-text';
import type { Route } from '../../app/route';
import { ScreenTitle } from '../../components/ScreenTitle';
import { formatDateTime } from '../../lib/format-date';
import { useReadyApp, useStores, useTreeEditorStore } from '../../stores/stores-context';
import { isDraftAhead } from './edit-ops';
import { ProblemNotice } from './ProblemNotice';

/** The authors' list of trees (route edit="*"). */
export function AuthorTreeList({ navigate }: { navigate: (route: Route) => void }) {
  const { t, i18n } = useTranslation();
  const { settings } = useReadyApp();
  const { treeEditor } = useStores();
  const list = useTreeEditorStore((s) => s.list);

  useEffect(() => {
    void treeEditor.getState().loadList();
  }, [treeEditor]);

  const open = (edit: string): void => navigate({ section: 'troubleshoot', edit });

  return (
    <div className="screen tree-editor-list" data-testid="tree-editor-list">
      <div className="tree-editor-list-head">
        <ScreenTitle>{t('treeEditor.listTitle')}</ScreenTitle>
        <button
          type="button"
          className="button primary"
          onClick={() => open('new')}
          data-testid="tree-editor-new"
        >
          {t('treeEditor.newTree')}
        </button>
      </div>
      <p className="muted">{t('treeEditor.listIntro')}</p>
      {list.status === 'failed' && (
        <ProblemNotice
          problem={list.problem}
          message={list.message}
          navigate={navigate}
          onRetry={() => void treeEditor.getState().loadList()}
        />
      )}
      {(list.status === 'loading' || list.status === 'idle') && (
        <p className="muted">{t('treeEditor.loading')}</p>
      )}
      {list.status === 'ready' && list.trees.length === 0 && (
        <p className="muted">{t('treeEditor.listEmpty')}</p>
      )}
      {list.status === 'ready' && list.trees.length > 0 && (
        <table className="tree-editor-table">
          <thead>
            <tr>
              <th scope="col">{t('treeEditor.colTree')}</th>
              <th scope="col">{t('treeEditor.colLatest')}</th>
              <th scope="col">{t('treeEditor.colPublished')}</th>
              <th scope="col">{t('treeEditor.colUpdated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.trees.map((tree) => (
              <tr key={tree.id} data-testid="tree-editor-row" data-tree={tree.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => open(tree.id)}>
                    {pickText(tree.title, settings.contentLanguages) || t('treeEditor.untitled')}
                  </button>
                  <div className="tree-editor-id">{tree.id}</div>
                </td>
                <td>
                  {t('treeEditor.version', { version: tree.latestVersion })}
                  {isDraftAhead(tree) && (
                    <span className="badge warning">{t('treeEditor.draftAhead')}</span>
                  )}
                </td>
                <td>
                  {tree.publishedVersion === null
                    ? t('treeEditor.notPublished')
                    : t('treeEditor.version', { version: tree.publishedVersion })}
                </td>
                <td>{formatDateTime(tree.updatedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

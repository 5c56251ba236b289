import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/route';
import { useStores } from '../../stores/stores-context';
import type { EditorDraft } from '../../stores/tree-editor-store';
import { ProblemNotice } from './ProblemNotice';
import { blockerText, treeProblemText } from './problem-text';

/** Versions, Save and Publish, and what the last of them did. */
export function SaveBar(props: {
  draft: EditorDraft;
  mayPublish: boolean;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const { draft } = props;
  const { save, publish, savedVersion, publishedVersion } = draft;
  const store = treeEditor.getState();

  const versionLine =
    savedVersion === null
      ? t('treeEditor.versionLineNew')
      : publishedVersion === null
        ? t('treeEditor.versionLineUnpublished', { version: savedVersion })
        : t('treeEditor.versionLine', { version: savedVersion, published: publishedVersion });

  const publishBlock =
    draft.problems.length > 0
      ? t('treeEditor.publishFixProblems')
      : draft.dirty || savedVersion === null
        ? t('treeEditor.publishSaveFirst')
        : publishedVersion === savedVersion
          ? t('treeEditor.publishUpToDate')
          : null;

  return (
    <div className="tree-save-bar">
      <p className="tree-versions" data-testid="tree-versions">
        {versionLine}
        {draft.dirty && <span className="badge warning">{t('treeEditor.unsaved')}</span>}
      </p>
      <div className="tree-save-actions">
        <button
          type="button"
          className="button primary"
          disabled={save.status === 'busy' || (!draft.dirty && !draft.isNew)}
          onClick={() => void store.save()}
          data-testid="tree-save"
        >
          {save.status === 'busy' ? t('treeEditor.saving') : t('treeEditor.save')}
        </button>
        {props.mayPublish && (
          <button
            type="button"
            className="button"
            disabled={publishBlock !== null || publish.status === 'busy'}
            title={publishBlock ?? undefined}
            onClick={() => void store.publish()}
            data-testid="tree-publish"
          >
            {publish.status === 'busy'
              ? t('treeEditor.publishing')
              : t('treeEditor.publish', { version: savedVersion ?? 1 })}
          </button>
        )}
      </div>
      <div className="tree-save-status" aria-live="polite" data-testid="tree-save-status">
        {save.status === 'saved' && (
          <p className="ok">
            {save.publishedVersion === null
              ? t('treeEditor.savedUnpublished', { version: save.version })
              : t('treeEditor.saved', { version: save.version, published: save.publishedVersion })}
          </p>
        )}
        {publish.status === 'published' && (
          <p className="ok">{t('treeEditor.published', { version: publish.version })}</p>
        )}
        {!props.mayPublish && savedVersion !== null && !draft.dirty && (
          <p className="muted">{t('treeEditor.reviewerPublishes')}</p>
        )}
        {props.mayPublish && publishBlock !== null && publish.status !== 'published' && (
          <p className="muted" data-testid="tree-publish-block">
            {publishBlock}
          </p>
        )}
        {save.status === 'blocked' && (
          <div className="notice-box error" role="alert" data-testid="tree-save-blocked">
            <strong>{t('treeEditor.notSavedYet')}</strong>
            <ul>
              {save.blockers.map((b) => (
                <li key={`${b.nodeId ?? ''}-${b.field}`}>{blockerText(b, t)}</li>
              ))}
            </ul>
          </div>
        )}
        {save.status === 'failed' && (
          <ProblemNotice
            problem={save.problem}
            message={save.message}
            title={t('treeEditor.saveFailed')}
            navigate={props.navigate}
            onRetry={() => void store.save()}
          />
        )}
        {publish.status === 'failed' && (
          <>
            <ProblemNotice
              problem={publish.problem}
              message={publish.message}
              title={t('treeEditor.publishFailed')}
              navigate={props.navigate}
              onRetry={() => void store.publish()}
            />
            {publish.problems.length > 0 && (
              <ul className="tree-problems" data-testid="tree-server-problems">
                {publish.problems.map((p, i) => (
                  <li key={`${p.code}-${i}`}>{treeProblemText(p, t)}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}

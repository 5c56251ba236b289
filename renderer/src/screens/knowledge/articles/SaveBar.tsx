import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../../shared/languages';
import type { Route } from '../../../app/route';
import type { SaveBlocker } from './article-draft';
import type { SaveState } from './article-store';
import { ArticleProblem } from './ArticleProblem';

/** The change note (R14: why), Save, and what the last save did. */
export function SaveBar(props: {
  save: SaveState;
  dirty: boolean;
  articleId: string;
  navigate: (route: Route) => void;
  onSave: (note: string) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const { save } = props;
  const blockerText = (b: SaveBlocker) =>
    b.field === 'title'
      ? t('knowledge.editor.save.blocker.title', { language: t(`contentLanguage.${b.lang}`) })
      : t(`knowledge.editor.save.blocker.${b.field}`);

  return (
    <div className="article-save card" data-testid="article-save-bar">
      <label className="field article-note">
        <span>{t('knowledge.editor.save.note')}</span>
        <input
          type="text"
          value={note}
          maxLength={500}
          placeholder={t('knowledge.editor.save.notePlaceholder')}
          data-testid="article-note"
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="button primary"
        data-testid="article-save"
        disabled={save.status === 'busy' || !props.dirty}
        onClick={() => props.onSave(note.trim())}
      >
        {save.status === 'busy' ? t('knowledge.editor.save.busy') : t('knowledge.editor.save.save')}
      </button>
      <div
        className="article-save-status"
        data-testid="article-save-status"
        data-status={save.status}
        aria-live="polite"
      >
        {save.status === 'idle' && props.dirty && (
          <span className="muted">{t('knowledge.editor.save.unsaved')}</span>
        )}
        {save.status === 'saved' && (
          <span className="ok">
            {t('knowledge.editor.save.saved', {
              revisions:
                Object.entries(save.revisions)
                  .map(([lang, r]) =>
                    t('knowledge.editor.save.revisionOf', {
                      language: t(`contentLanguage.${lang as ContentLanguage}`),
                      revision: r,
                    }),
                  )
                  .join(', ') || t('knowledge.editor.save.metaOnly'),
            })}
          </span>
        )}
        {save.status === 'blocked' && (
          <ul className="field-error" role="alert">
            {save.blockers.map((b, i) => (
              <li key={i}>{blockerText(b)}</li>
            ))}
          </ul>
        )}
      </div>
      {save.status === 'failed' && save.problem === 'conflict' && (
        <div className="notice-box error" role="alert" data-testid="article-conflict">
          <p>
            <strong>{t('knowledge.editor.save.conflictTitle')} </strong>
            {t('knowledge.editor.save.conflict', {
              language: save.lang ? t(`contentLanguage.${save.lang}`) : '',
            })}
          </p>
          <a
            className="button"
            href={`#/knowledge?doc=${encodeURIComponent(props.articleId)}`}
            target="_blank"
            rel="noopener"
            data-testid="article-open-latest"
          >
            {t('knowledge.editor.save.openLatest')}
          </a>
        </div>
      )}
      {save.status === 'failed' && save.problem !== 'conflict' && (
        <ArticleProblem
          problem={save.problem}
          message={save.message}
          navigate={props.navigate}
          title={
            save.lang
              ? t('knowledge.editor.save.variantFailed', {
                  language: t(`contentLanguage.${save.lang}`),
                })
              : t('knowledge.editor.save.failed')
          }
        />
      )}
    </div>
  );
}

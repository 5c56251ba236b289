import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { formatRoute, type Route } from '../../../app/route';
import { formatDateTime } from '../../../lib/format-date';
import { useApi } from '../../../stores/stores-context';
import type { KnowledgeTabProps } from '../tab-props';
import { DiffModeToggle, ProblemText } from './DiffControls';
import { DiffView, type DiffMode } from './DiffView';
import {
  createHistoryStore,
  defaultPair,
  publishedRevision,
  type HistoryStore,
} from './history-store';
import { relativeTime } from './relative-time';
import { RestoreConfirm } from './RestoreConfirm';

function RevisionTable({ store }: { store: HistoryStore }) {
  const { t, i18n } = useTranslation();
  const { revisions, from, to } = useStore(store);
  const [restoring, setRestoring] = useState<number | null>(null);
  return (
    <>
      <table className="revision-table" data-testid="revision-list">
        <caption className="visually-hidden">{t('knowledge.history.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('knowledge.history.compareFrom')}</th>
            <th scope="col">{t('knowledge.history.compareTo')}</th>
            <th scope="col">{t('knowledge.history.revision')}</th>
            <th scope="col">{t('knowledge.history.changeNote')}</th>
            <th scope="col">{t('knowledge.history.author')}</th>
            <th scope="col">{t('knowledge.history.time')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('knowledge.history.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr
              key={r.revision}
              data-testid="revision-row"
              data-revision={r.revision}
              aria-selected={r.revision === from || r.revision === to}
            >
              <td>
                <input
                  type="radio"
                  name="compare-from"
                  checked={from === r.revision}
                  aria-label={t('knowledge.history.compareFromN', { n: r.revision })}
                  onChange={() => void store.getState().select(r.revision, to)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="compare-to"
                  checked={to === r.revision}
                  aria-label={t('knowledge.history.compareToN', { n: r.revision })}
                  onChange={() => void store.getState().select(from, r.revision)}
                />
              </td>
              <td>
                <strong>{r.revision}</strong>{' '}
                {r.published && (
                  <span className="badge status-published" data-testid="revision-published">
                    {t('knowledge.history.published')}
                  </span>
                )}
              </td>
              <td className="revision-note">
                {r.note || <span className="muted">{t('knowledge.history.noNote')}</span>}
              </td>
              <td>{r.author?.displayName ?? t('knowledge.history.unknownAuthor')}</td>
              <td>
                <time dateTime={r.createdAt} title={formatDateTime(r.createdAt, i18n.language)}>
                  {relativeTime(r.createdAt, i18n.language) ??
                    formatDateTime(r.createdAt, i18n.language)}
                </time>
              </td>
              <td>
                {r.revision !== revisions[0]?.revision && (
                  <button
                    type="button"
                    className="button"
                    data-testid="revision-restore"
                    onClick={() => setRestoring(r.revision)}
                  >
                    {t('knowledge.history.restore')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {restoring !== null && (
        <RestoreConfirm store={store} revision={restoring} onClose={() => setRestoring(null)} />
      )}
    </>
  );
}

/** Versions of one language variant (R14): who changed what and why, any two compared, restore. */
export function ArticleHistory({ route, navigate }: KnowledgeTabProps) {
  const { t } = useTranslation();
  const api = useApi();
  const id = route.doc ?? '';
  const lang = route.history ?? 'en';
  const store = useMemo(() => createHistoryStore(api, id, lang), [api, id, lang]);
  useEffect(() => void store.getState().reload(), [store]);
  const { revisions, load, from, to, contents, contentFailure } = useStore(store);
  const [mode, setMode] = useState<DiffMode>('side');
  const editor: Route = { section: 'knowledge', tab: 'articles', doc: id };
  const published = publishedRevision(revisions);
  const latest = revisions[0]?.revision ?? null;
  const after = to !== null ? contents[to] : undefined;
  const before = from !== null ? contents[from] : null;

  return (
    <div className="article-history" data-testid="article-history">
      <p>
        <a
          href={formatRoute(editor)}
          data-testid="history-back"
          onClick={(e) => {
            e.preventDefault();
            navigate(editor);
          }}
        >
          {t('knowledge.history.back')}
        </a>
      </p>
      <h2>
        {t('knowledge.history.title', {
          title: revisions[0]?.title ?? id,
          lang: t(`contentLanguage.${lang}`),
        })}
      </h2>
      {load.status === 'loading' && <p className="muted">{t('knowledge.loading')}</p>}
      {load.status === 'failed' && (
        <ProblemText
          problem={load.problem}
          message={load.message}
          onRetry={() => void store.getState().reload()}
        />
      )}
      {load.status === 'ready' && revisions.length === 0 && (
        <p className="muted">{t('knowledge.history.none')}</p>
      )}
      {revisions.length > 0 && (
        <>
          <RevisionTable store={store} />
          <div className="diff-toolbar">
            <div className="diff-presets">
              <button
                type="button"
                className="button"
                data-testid="compare-previous"
                disabled={revisions.length < 2}
                onClick={() => {
                  const p = defaultPair(revisions);
                  void store.getState().select(p.from, p.to);
                }}
              >
                {t('knowledge.history.previousVsLatest')}
              </button>
              <button
                type="button"
                className="button"
                data-testid="compare-published"
                disabled={published === null || published === latest}
                onClick={() => void store.getState().select(published, latest)}
              >
                {t('knowledge.history.publishedVsLatest')}
              </button>
            </div>
            <DiffModeToggle mode={mode} onChange={setMode} />
          </div>
          {contentFailure && (
            <ProblemText problem={contentFailure.problem} message={contentFailure.message} />
          )}
          {after && before !== undefined ? (
            <DiffView before={before} after={after} mode={mode} />
          ) : (
            !contentFailure && <p className="muted">{t('knowledge.loading')}</p>
          )}
        </>
      )}
    </div>
  );
}

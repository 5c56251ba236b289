import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../../shared/localized-text';
import { ARTICLE_STATUSES } from '../../../../../shared/workstation/authoring-constants';
import type { AuthoringCategory } from '../../../../../shared/workstation/authoring';
import type { ContentLanguage } from '../../../../../shared/languages';
import { formatDate } from '../../../lib/format';
import type { KnowledgeTabProps } from '../tab-props';
import { ArticleProblem } from './ArticleProblem';
import { filterArticles, isOverdue, NO_FILTER, variantState, type ListFilter } from './list-filter';
import {
  useArticles,
  useArticleStoreInstance,
  useContentLanguages,
  useMe,
} from './use-article-store';
import '../../../styles/knowledge-editor.css';

/** Categories as "Parent › Child" options, in tree order. */
function categoryOptions(categories: AuthoringCategory[], langs: ContentLanguage[]) {
  const out: { id: string; label: string }[] = [];
  const walk = (parent: string | null, prefix: string) => {
    for (const c of categories
      .filter((x) => x.parentId === parent)
      .sort((a, b) => a.position - b.position)) {
      const label = `${prefix}${pickText(c.names, langs) || c.id}`;
      out.push({ id: c.id, label });
      walk(c.id, `${label} › `);
    }
  };
  walk(null, '');
  return out;
}

/** The authors' list of every article (R9, R16): status, owner, languages, review due, open feedback. */
export function ArticleList({ navigate }: KnowledgeTabProps) {
  const { t, i18n } = useTranslation();
  const store = useArticleStoreInstance();
  const list = useArticles(store, (s) => s.list);
  const owners = useArticles(store, (s) => s.owners);
  const categories = useArticles(store, (s) => s.categories);
  const me = useMe();
  const langs = useContentLanguages();
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  useEffect(() => {
    void store.getState().loadList();
    void store.getState().loadLookups();
  }, [store]);

  const shown = useMemo(
    () => (list.status === 'ready' ? filterArticles(list.value, filter, me.username, langs) : []),
    [list, filter, me.username, langs],
  );
  const ownerName = (username: string) =>
    username === ''
      ? t('knowledge.list.noOwner')
      : (owners.status === 'ready' &&
          owners.value.find((o) => o.username === username)?.displayName) ||
        username;
  const cats = categories.status === 'ready' ? categoryOptions(categories.value, langs) : [];
  const edit = (change: Partial<ListFilter>) => setFilter((f) => ({ ...f, ...change }));
  const now = new Date();
  const date = (iso: string) => formatDate(iso, i18n.language);

  return (
    <section className="article-list" data-testid="article-list">
      <div className="article-list-bar">
        <h2>{t('knowledge.list.title')}</h2>
        <button
          type="button"
          className="button primary"
          data-testid="article-new"
          onClick={() => navigate({ section: 'knowledge', doc: 'new' })}
        >
          {t('knowledge.list.new')}
        </button>
      </div>
      <div className="article-filters" role="search">
        <input
          type="search"
          value={filter.text}
          placeholder={t('knowledge.list.searchPlaceholder')}
          aria-label={t('knowledge.list.search')}
          data-testid="article-filter-text"
          onChange={(e) => edit({ text: e.target.value })}
        />
        <select
          value={filter.status}
          aria-label={t('knowledge.list.status')}
          data-testid="article-filter-status"
          onChange={(e) => edit({ status: e.target.value as ListFilter['status'] })}
        >
          <option value="">{t('knowledge.list.anyStatus')}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`knowledge.list.statusName.${s}`)}
            </option>
          ))}
        </select>
        <select
          value={filter.category}
          aria-label={t('knowledge.list.category')}
          onChange={(e) => edit({ category: e.target.value })}
        >
          <option value="">{t('knowledge.list.anyCategory')}</option>
          {cats.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <label className="check-row">
          <input
            type="checkbox"
            checked={filter.mine}
            data-testid="article-filter-mine"
            onChange={(e) => edit({ mine: e.target.checked })}
          />
          <span>{t('knowledge.list.mine')}</span>
        </label>
      </div>
      {(list.status === 'loading' || list.status === 'idle') && (
        <p className="muted">{t('knowledge.list.loading')}</p>
      )}
      {list.status === 'failed' && (
        <ArticleProblem
          problem={list.problem}
          message={list.message}
          navigate={navigate}
          title={t('knowledge.list.failed')}
          onRetry={() => void store.getState().loadList()}
        />
      )}
      {list.status === 'ready' && list.value.length === 0 && (
        <div className="empty-state" data-testid="article-list-empty">
          <p>{t('knowledge.list.empty')}</p>
        </div>
      )}
      {list.status === 'ready' && list.value.length > 0 && shown.length === 0 && (
        <p className="muted" data-testid="article-list-none">
          {t('knowledge.list.noMatch')}
        </p>
      )}
      {shown.length > 0 && (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">{t('knowledge.list.col.title')}</th>
              <th scope="col">{t('knowledge.list.col.status')}</th>
              <th scope="col">{t('knowledge.list.col.owner')}</th>
              <th scope="col">{t('knowledge.list.col.languages')}</th>
              <th scope="col">{t('knowledge.list.col.reviewDue')}</th>
              <th scope="col">{t('knowledge.list.col.feedback')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr
                key={a.id}
                data-testid="article-row"
                data-article={a.id}
                onClick={() => navigate({ section: 'knowledge', doc: a.id })}
              >
                <td>
                  <a
                    href={`#/knowledge?doc=${encodeURIComponent(a.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      e.stopPropagation();
                      navigate({ section: 'knowledge', doc: a.id });
                    }}
                  >
                    {pickText(a.title, langs) || a.id}
                  </a>
                  <div className="article-id muted">{a.id}</div>
                </td>
                <td>
                  <span className={`badge status-${a.status}`}>
                    {t(`knowledge.list.statusName.${a.status}`)}
                  </span>
                </td>
                <td>{ownerName(a.owner)}</td>
                <td>
                  <ul className="chips">
                    {a.variants.map((v) => {
                      const state = variantState(v);
                      return (
                        <li
                          key={v.lang}
                          className={`chip lang-${state}`}
                          title={t(`knowledge.list.variant.${state}`, {
                            language: t(`contentLanguage.${v.lang}`),
                          })}
                        >
                          {v.lang}
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td className={isOverdue(a.reviewDueAt, now) ? 'overdue' : undefined}>
                  {a.reviewDueAt ? date(a.reviewDueAt) : '—'}
                  {isOverdue(a.reviewDueAt, now) && (
                    <span className="visually-hidden"> {t('knowledge.list.overdue')}</span>
                  )}
                </td>
                <td>
                  {a.openFeedback > 0 ? (
                    <span className="badge feedback-open">{a.openFeedback}</span>
                  ) : (
                    '0'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

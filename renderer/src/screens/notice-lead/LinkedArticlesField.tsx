import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { useApi } from '../../stores/stores-context';
import type { ComposeForm } from './notice-draft';

const MAX_LINKS = 20;
const SEARCH_DELAY_MS = 200;

const plain = (hit: SearchHit) => hit.title.map((r) => r.text).join('');

/** Articles agents should open from the notice: found in the replica, stored by id. */
export function LinkedArticlesField(props: {
  form: ComposeForm;
  onEdit: (change: Partial<ComposeForm>) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { form, onEdit } = props;
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [failed, setFailed] = useState(false);
  const listId = useId();

  useEffect(() => {
    const query = text.trim();
    if (query === '') return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .search({ text: query, limit: 8 })
        .then((result) => {
          if (!current) return;
          // Trees are not articles: a notice links articles only.
          setHits(result.hits.filter((h) => h.type !== 'tree'));
          setFailed(false);
        })
        .catch(() => {
          if (current) setFailed(true);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, text]);

  const linked = new Set(form.linkedArticles.map((a) => a.id));
  const shown = text.trim() === '' ? [] : hits;

  return (
    <section className="card compose-section linked-articles" data-testid="notice-links-field">
      <h2 className="compose-heading">{t('noticeLead.links.label')}</h2>
      {form.linkedArticles.length > 0 && (
        <ul className="linked-list" data-testid="notice-linked">
          {form.linkedArticles.map((a) => (
            <li key={a.id} data-article-id={a.id}>
              <span>{a.title}</span>
              <button
                type="button"
                className="button ghost"
                aria-label={t('noticeLead.links.remove', { title: a.title })}
                onClick={() =>
                  onEdit({ linkedArticles: form.linkedArticles.filter((x) => x.id !== a.id) })
                }
              >
                {t('noticeLead.links.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field-label">{t('noticeLead.links.search')}</span>
        <input
          type="search"
          value={text}
          aria-controls={listId}
          data-testid="notice-link-search"
          placeholder={t('noticeLead.links.placeholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {failed && <p className="field-error">{t('noticeLead.links.searchFailed')}</p>}
      <ul id={listId} className="link-hits" data-testid="notice-link-hits">
        {shown.map((hit) => {
          const title = plain(hit);
          const isLinked = linked.has(hit.id);
          return (
            <li key={`${hit.id}:${hit.lang}`} data-article-id={hit.id}>
              <span>
                {title} <span className="muted">({t(`contentLanguage.${hit.lang}`)})</span>
              </span>
              <button
                type="button"
                className="button"
                disabled={isLinked || form.linkedArticles.length >= MAX_LINKS}
                onClick={() =>
                  onEdit({ linkedArticles: [...form.linkedArticles, { id: hit.id, title }] })
                }
              >
                {isLinked ? t('noticeLead.links.added') : t('noticeLead.links.add')}
              </button>
            </li>
          );
        })}
        {text.trim() !== '' && shown.length === 0 && !failed && (
          <li className="muted">{t('noticeLead.links.none')}</li>
        )}
      </ul>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article';
import type { ContentLanguage } from '../../../../shared/languages';
import { Icon } from '../../components/Icon';
import { useArticleStore } from '../../stores/stores-context';
import { ArticleBody } from './ArticleBody';

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function Chips({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item} className="chip">
          {item}
        </li>
      ))}
    </ul>
  );
}

function LoadedArticle({
  article,
  onLanguage,
}: {
  article: Article;
  onLanguage: (lang: ContentLanguage) => void;
}) {
  const { t, i18n } = useTranslation();
  const others = article.languages.filter((l) => l !== article.lang);
  return (
    <>
      <header className="article-header" lang={article.lang}>
        <span className={`badge type-${article.type}`}>{t(`articleType.${article.type}`)}</span>
        <h2 className="article-title" data-testid="article-title">
          {article.title}
        </h2>
        {article.summary && <p className="article-summary">{article.summary}</p>}
      </header>
      <dl className="article-facts">
        <dt>{t('article.categories')}</dt>
        <dd>
          <Chips items={article.categories.map((c) => c.name)} empty={t('article.none')} />
        </dd>
        <dt>{t('article.tags')}</dt>
        <dd>
          <Chips items={article.tags} empty={t('article.none')} />
        </dd>
        {others.length > 0 && (
          <>
            <dt>{t('article.languages')}</dt>
            <dd className="article-languages">
              {others.map((lang) => (
                <button
                  key={lang}
                  type="button"
                  className="link-button"
                  onClick={() => onLanguage(lang)}
                >
                  {t(`contentLanguage.${lang}`)}
                </button>
              ))}
            </dd>
          </>
        )}
      </dl>
      <p className="article-updated muted">
        {t('article.updated', {
          date: formatDate(article.updatedAt, i18n.language),
          owner: article.owner,
        })}
        {' · '}
        {t('article.revision', { revision: article.revision })}
      </p>
      <div lang={article.lang}>
        <ArticleBody html={article.bodyHtml} label={t('article.body')} />
      </div>
    </>
  );
}

/** The article open in the Search section, in whatever state its loading is. */
export function ArticleView(props: {
  onClose: () => void;
  onLanguage: (lang: ContentLanguage) => void;
}) {
  const { t } = useTranslation();
  const state = useArticleStore((s) => s.article);
  const open = useArticleStore((s) => s.open);

  let content;
  switch (state.status) {
    case 'idle':
    case 'loading':
      content = (
        <p className="muted" role="status">
          {t('article.loading')}
        </p>
      );
      break;
    case 'not-found':
      content = (
        <div className="notice-box" role="status">
          <p>
            <strong>{t('article.notFound')}</strong>
          </p>
          <p>{t('article.notFoundHint')}</p>
        </div>
      );
      break;
    case 'failed':
      content = (
        <div className="notice-box error" role="alert">
          <p>
            <strong>{t('article.failed', { message: state.message })}</strong>
          </p>
          <button type="button" className="button" onClick={() => void open(state.ref)}>
            {t('article.retry')}
          </button>
        </div>
      );
      break;
    case 'loaded':
      content = <LoadedArticle article={state.article} onLanguage={props.onLanguage} />;
      break;
  }

  return (
    <article
      className="article-view"
      data-testid="article-view"
      aria-busy={state.status === 'loading'}
    >
      <button type="button" className="button ghost article-back" onClick={props.onClose}>
        <Icon name="back" size={16} />
        {t('article.back')}
      </button>
      {content}
    </article>
  );
}

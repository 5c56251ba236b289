import { useTranslation } from 'react-i18next';
import type { Article, CategoryRef } from '../../../../shared/article';
import type { ContentLanguage } from '../../../../shared/languages';
import type { ArticleDetails } from '../../../../shared/workstation/desk';
import { onPlainClick } from '../../components/ArticleList';
import { formatDateTime } from '../../lib/format-date';
import { isKnownTone, splitToneTags } from './tone';

function Chips({ items, className }: { items: readonly string[]; className?: string }) {
  return (
    <ul className={`chips${className ? ` ${className}` : ''}`}>
      {items.map((item) => (
        <li key={item} className="chip">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** Links to Browse where there is one (main window); plain names in the popup. */
export interface CategoryLinks {
  hrefFor: (categoryId: string) => string;
  open: (categoryId: string) => void;
}

function Breadcrumbs(props: { paths: CategoryRef[][]; links?: CategoryLinks }) {
  const { t } = useTranslation();
  return (
    <nav
      className="breadcrumbs"
      aria-label={t('article.breadcrumbs')}
      data-testid="article-breadcrumb"
    >
      {props.paths.map((path) => (
        <ol
          key={path.map((c) => c.id).join('/')}
          className="breadcrumb"
          data-testid="article-breadcrumb-path"
        >
          {path.map((category) => (
            <li key={category.id}>
              {props.links ? (
                <a
                  href={props.links.hrefFor(category.id)}
                  onClick={onPlainClick(() => props.links?.open(category.id))}
                >
                  {category.name}
                </a>
              ) : (
                <span>{category.name}</span>
              )}
            </li>
          ))}
        </ol>
      ))}
    </nav>
  );
}

/** Where the article sits, what it is tagged with, who changed it when, and its other languages. */
export function ArticleFacts(props: {
  article: Article;
  details: ArticleDetails | null;
  categoryLinks?: CategoryLinks;
  onLanguage: (lang: ContentLanguage) => void;
}) {
  const { t, i18n } = useTranslation();
  const { article, details } = props;
  const { tones, tags } = splitToneTags(article.tags);
  const others = article.languages.filter((l) => l !== article.lang);
  // Without details, each category is a path of its own (the names are all we know).
  const paths =
    details && details.breadcrumbs.length > 0
      ? details.breadcrumbs
      : article.categories.map((c) => [c]);
  const date = formatDateTime(article.updatedAt, i18n.language);

  return (
    <>
      {paths.length > 0 && <Breadcrumbs paths={paths} links={props.categoryLinks} />}
      <dl className="article-facts">
        <dt>{t('article.tags')}</dt>
        <dd data-testid="article-tags">
          {tags.length > 0 ? (
            <Chips items={tags} />
          ) : (
            <span className="muted">{t('article.none')}</span>
          )}
        </dd>
        {tones.length > 0 && (
          <>
            <dt>{t('article.tone')}</dt>
            <dd data-testid="article-tone">
              <Chips
                className="tones"
                items={tones.map((tone) => (isKnownTone(tone) ? t(`article.tones.${tone}`) : tone))}
              />
            </dd>
          </>
        )}
        {article.owner.trim() !== '' && (
          <>
            <dt>{t('article.owner')}</dt>
            <dd>{article.owner}</dd>
          </>
        )}
        {others.length > 0 && (
          <>
            <dt>{t('article.languages')}</dt>
            <dd className="article-languages">
              {others.map((lang) => (
                <button
                  key={lang}
                  type="button"
                  className="link-button"
                  onClick={() => props.onLanguage(lang)}
                >
                  {t(`contentLanguage.${lang}`)}
                </button>
              ))}
            </dd>
          </>
        )}
      </dl>
      <p className="article-updated muted" data-testid="article-updated">
        <time dateTime={article.updatedAt}>
          {details?.updatedBy
            ? t('article.updatedBy', { date, name: details.updatedBy })
            : t('article.updatedOn', { date })}
        </time>
        {' · '}
        <span data-testid="article-revision">
          {t('article.revision', { revision: article.revision })}
        </span>
      </p>
    </>
  );
}

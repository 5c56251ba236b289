import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../../shared/api';
import { ARTICLE_TYPES, type ArticleType } from '../../../../shared/article';
import type { CategoryNode } from '../../../../shared/workstation/desk';
import { ArticleList, onPlainClick } from '../../components/ArticleList';
import { formatNumber } from '../../lib/format';
import { useBrowseStore } from '../../stores/stores-context';

export interface ListingLinks {
  categoryHref: (id: string) => string;
  openCategory: (id: string) => void;
  articleHref: (ref: ArticleRef) => string;
  openArticle: (ref: ArticleRef) => void;
  setType: (type: ArticleType | undefined) => void;
}

function TypeFilter(props: {
  value: ArticleType | undefined;
  onChange: (t: ArticleType | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{t('browse.typeFilter')}</label>
      <select
        id={id}
        value={props.value ?? ''}
        data-testid="browse-filter-type"
        onChange={(e) => props.onChange((e.target.value || undefined) as ArticleType | undefined)}
      >
        <option value="">{t('filters.allTypes')}</option>
        {ARTICLE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`articleType.${type}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Subcategories as links, for a category whose articles sit below it. */
function Subcategories(props: { nodes: readonly CategoryNode[]; links: ListingLinks }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <section className="subcategories" aria-labelledby={id}>
      <h3 id={id}>{t('browse.subcategories')}</h3>
      <ul className="subcategory-list">
        {props.nodes.map((node) => (
          <li key={node.id}>
            <a
              href={props.links.categoryHref(node.id)}
              onClick={onPlainClick(() => props.links.openCategory(node.id))}
            >
              {node.name}
            </a>
            <span className="tree-count" aria-hidden="true">
              {formatNumber(node.count, i18n.language)}
            </span>
            <span className="visually-hidden">
              {t('browse.articleCount', { count: node.count })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The chosen category: its path, FAQ, every article directly in it, and its subcategories (R4, R12). */
export function CategoryListingView(props: {
  node: CategoryNode | null;
  type: ArticleType | undefined;
  links: ListingLinks;
}) {
  const { t } = useTranslation();
  const id = useId();
  const state = useBrowseStore((s) => s.listing);
  const open = useBrowseStore((s) => s.openCategory);
  const listing =
    state.status === 'ready' ? state.listing : state.status === 'loading' ? state.listing : null;

  if (state.status === 'failed') {
    return (
      <div className="notice-box error" role="alert">
        <p>
          <strong>{t('browse.listingFailed', { message: state.message })}</strong>
        </p>
        <button type="button" className="button" onClick={() => void open(state.query)}>
          {t('browse.retry')}
        </button>
      </div>
    );
  }
  if (state.status === 'not-found') {
    return (
      <div className="notice-box" role="status">
        <p>
          <strong>{t('browse.categoryGone')}</strong>
        </p>
        <p>{t('browse.categoryGoneHint')}</p>
      </div>
    );
  }
  if (!listing) {
    return (
      <p className="muted" role="status">
        {t('browse.listingLoading')}
      </p>
    );
  }

  const children = props.node?.children ?? [];
  return (
    <section
      className="category-listing"
      aria-labelledby={`${id}-title`}
      aria-busy={state.status === 'loading'}
    >
      {listing.path.length > 1 && (
        <nav className="breadcrumbs" aria-label={t('browse.pathLabel')}>
          <ol className="breadcrumb" data-testid="category-path">
            {listing.path.map((c, i) =>
              i === listing.path.length - 1 ? (
                <li key={c.id} aria-current="location">
                  {c.name}
                </li>
              ) : (
                <li key={c.id}>
                  <a
                    href={props.links.categoryHref(c.id)}
                    onClick={onPlainClick(() => props.links.openCategory(c.id))}
                  >
                    {c.name}
                  </a>
                </li>
              ),
            )}
          </ol>
        </nav>
      )}
      <div className="listing-head">
        <h2 id={`${id}-title`}>{listing.category.name}</h2>
        <TypeFilter value={props.type} onChange={props.links.setType} />
      </div>
      {listing.faq.length > 0 && (
        <section className="card faq" aria-labelledby={`${id}-faq`} data-testid="category-faq">
          <h3 id={`${id}-faq`}>{t('browse.faq')}</h3>
          <ArticleList
            items={listing.faq}
            itemTestId="browse-article"
            hrefFor={props.links.articleHref}
            onOpen={props.links.openArticle}
            labelledBy={`${id}-faq`}
          />
        </section>
      )}
      <section aria-labelledby={`${id}-all`} data-testid="category-articles">
        <h3 id={`${id}-all`}>{t('browse.allArticles', { n: listing.articles.length })}</h3>
        {listing.articles.length > 0 ? (
          <ArticleList
            items={listing.articles}
            itemTestId="browse-article"
            hrefFor={props.links.articleHref}
            onOpen={props.links.openArticle}
            labelledBy={`${id}-all`}
            showSummary
          />
        ) : (
          <p className="muted" data-testid="category-empty">
            {props.type
              ? t('browse.noneOfType', { type: t(`articleType.${props.type}`) })
              : children.length > 0
                ? t('browse.noneDirect')
                : t('browse.noneAtAll')}
          </p>
        )}
      </section>
      {children.length > 0 && <Subcategories nodes={children} links={props.links} />}
    </section>
  );
}

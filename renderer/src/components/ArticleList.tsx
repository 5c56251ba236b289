import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../shared/api';
import type { ArticleSummary } from '../../../shared/workstation/desk';
import { formatTime } from '../lib/format';

/** Plain clicks open in place; modified clicks keep the browser's own meaning (new tab, window). */
export function onPlainClick(open: () => void) {
  return (e: MouseEvent<HTMLAnchorElement>): void => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    open();
  };
}

/**
 * Articles as a list of links with type, categories and (optionally) the update time: Home's
 * lists, Browse, FAQ and related articles all look the same.
 */
export function ArticleList(props: {
  items: readonly ArticleSummary[];
  /** data-testid of each item. */
  itemTestId: string;
  hrefFor: (ref: ArticleRef) => string;
  onOpen: (ref: ArticleRef) => void;
  showTime?: boolean;
  showSummary?: boolean;
  label?: string;
  labelledBy?: string;
  /** Something at the end of each item (e.g. a usage count). */
  extra?: (item: ArticleSummary) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="article-list" aria-label={props.label} aria-labelledby={props.labelledBy}>
      {props.items.map((item) => {
        const ref = { id: item.id, lang: item.lang };
        return (
          <li
            key={`${item.id}:${item.lang}`}
            className="article-list-item"
            data-testid={props.itemTestId}
            data-article-id={item.id}
            data-type={item.type}
            // The whole row opens the article for a pointer; keyboard users have the link.
            onClick={(e) => {
              if (e.target instanceof Element && e.target.closest('a')) return;
              props.onOpen(ref);
            }}
          >
            <a
              className="article-list-title"
              href={props.hrefFor(ref)}
              lang={item.lang}
              onClick={onPlainClick(() => props.onOpen(ref))}
            >
              {item.title}
            </a>
            <span className="article-list-meta">
              <span className={`badge type-${item.type}`}>{t(`articleType.${item.type}`)}</span>
              {item.categories.length > 0 && (
                <span className="article-list-categories">{item.categories.join(' · ')}</span>
              )}
              {props.showTime && (
                <time dateTime={item.updatedAt}>
                  {formatTime(item.updatedAt, i18n.language) ?? ''}
                </time>
              )}
              {props.extra?.(item)}
            </span>
            {props.showSummary && item.summary && (
              <p className="article-list-summary" lang={item.lang}>
                {item.summary}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

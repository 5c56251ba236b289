import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../../shared/api';
import type { Article } from '../../../../shared/article';
import type { ContentLanguage } from '../../../../shared/languages';
import { withoutFinalStop } from '../../bridge/call-failure';
import { ArticleList } from '../../components/ArticleList';
import { Icon } from '../../components/Icon';
import { formatRoute, treeRoute } from '../../app/route';
import type { DetailsState } from '../../stores/article-store';
import { useArticleStore } from '../../stores/stores-context';
import { ArticleFacts, type CategoryLinks } from '../article/ArticleFacts';
import { ArticleFeedback } from '../article/ArticleFeedback';
import { ArticleToolbar } from '../article/ArticleToolbar';
import { ArticleTrees } from '../article/ArticleTrees';
import { SuggestEdit } from '../article/SuggestEdit';
import { CannedPanel } from '../article/CannedPanel';
import { ChangedBanner } from '../article/ChangedBanner';
import { ArticleBody } from './ArticleBody';

export interface ArticleViewProps {
  onClose?: () => void;
  backLabel?: string;
  onLanguage: (lang: ContentLanguage) => void;
  /** Related articles open where this one is. */
  openArticle: (ref: ArticleRef) => void;
  hrefForArticle: (ref: ArticleRef) => string;
  /** Breadcrumbs lead to Browse in the main window; in the popup they are plain names. */
  categoryLinks?: CategoryLinks;
  /** The popup is too small for printing and has no chrome to hide. */
  variant?: 'main' | 'popup';
  /**
   * Runs a troubleshooting tree that resolves to this article ("Guided troubleshooting").
   * Without it the main window goes to the runner; the popup then lists no trees.
   */
  openTree?: (treeId: string) => void;
}

function DetailsProblem({ details }: { details: DetailsState }) {
  const { t } = useTranslation();
  const reload = useArticleStore((s) => s.reloadDetails);
  if (details.status !== 'failed') return null;
  return (
    <div className="notice-box no-print" role="status" data-testid="article-details-failed">
      <p>{t('article.detailsFailed', { message: withoutFinalStop(details.message) })}</p>
      <button type="button" className="button" onClick={() => void reload()}>
        {t('article.retry')}
      </button>
    </div>
  );
}

function LoadedArticle(props: ArticleViewProps & { article: Article }) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const detailsState = useArticleStore((s) => s.details);
  const markRead = useArticleStore((s) => s.markRead);
  const { article } = props;
  const details = detailsState.status === 'ready' ? detailsState.details : null;
  const canned = article.type === 'canned';
  const openTree =
    props.openTree ??
    (props.variant === 'popup'
      ? null
      : (treeId: string) => {
          window.location.hash = formatRoute(treeRoute(treeId));
        });

  return (
    <>
      <header className="article-header">
        <span className={`badge type-${article.type}`}>{t(`articleType.${article.type}`)}</span>
        <h2
          ref={titleRef}
          tabIndex={-1}
          className="article-title"
          lang={article.lang}
          data-testid="article-title"
        >
          {article.title}
        </h2>
        {article.summary && (
          <p className="article-summary" lang={article.lang}>
            {article.summary}
          </p>
        )}
      </header>
      <ArticleToolbar
        article={article}
        favourite={details?.favourite ?? false}
        canPrint={props.variant !== 'popup'}
      />
      <ArticleFacts
        article={article}
        details={details}
        categoryLinks={props.categoryLinks}
        onLanguage={props.onLanguage}
      />
      <DetailsProblem details={detailsState} />
      {details?.changes && (
        <ChangedBanner
          changes={details.changes}
          lang={article.lang}
          onGotIt={async () => {
            await markRead();
            // The banner and its button are gone: land on the article.
            titleRef.current?.focus({ preventScroll: true });
          }}
        />
      )}
      {canned && (
        <CannedPanel
          key={`canned:${article.id}:${article.lang}:${article.revision}`}
          article={article}
        />
      )}
      {canned ? (
        <details className="canned-original">
          <summary>{t('canned.original')}</summary>
          <div lang={article.lang}>
            <ArticleBody html={article.bodyHtml} label={t('article.body')} />
          </div>
        </details>
      ) : (
        <div lang={article.lang}>
          <ArticleBody html={article.bodyHtml} label={t('article.body')} />
        </div>
      )}
      {openTree && (
        <ArticleTrees
          key={`trees:${article.id}:${article.lang}`}
          articleId={article.id}
          lang={article.lang}
          openTree={openTree}
        />
      )}
      {details && details.related.length > 0 && (
        <section className="related no-print" aria-labelledby={`${id}-related`}>
          <h3 id={`${id}-related`}>{t('article.related')}</h3>
          <ArticleList
            items={details.related}
            itemTestId="related-article"
            hrefFor={props.hrefForArticle}
            onOpen={props.openArticle}
            labelledBy={`${id}-related`}
          />
        </section>
      )}
      <ArticleFeedback
        key={`feedback:${article.id}:${article.lang}:${article.revision}`}
        vote={details?.vote ?? null}
      />
      {props.variant !== 'popup' && (
        <SuggestEdit
          key={`suggest:${article.id}:${article.lang}:${article.revision}`}
          article={article}
        />
      )}
    </>
  );
}

/** The open article, in whatever state its loading is (R4, R11, R12, R17, R18). */
export function ArticleView(props: ArticleViewProps) {
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
      content = <LoadedArticle {...props} article={state.article} />;
      break;
  }

  return (
    <article
      className={`article-view article-${props.variant ?? 'main'}`}
      data-testid="article-view"
      aria-busy={state.status === 'loading'}
    >
      {props.onClose && (
        <button
          type="button"
          className="button ghost article-back no-print"
          onClick={props.onClose}
        >
          <Icon name="back" size={16} />
          {props.backLabel ?? t('article.back')}
        </button>
      )}
      {content}
    </article>
  );
}

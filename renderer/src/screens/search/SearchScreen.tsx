import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../../shared/api';
import type { SearchHit } from '../../../../shared/search';
import { treeIdOfSearchId } from '../../../../shared/workstation/trees';
import { formatRoute, treeRoute, type Route } from '../../app/route';
import { ScreenTitle } from '../../components/ScreenTitle';
import { KeystrokeTimer } from '../../lib/keystroke-timing';
import { useArticleStoreApi } from '../../stores/stores-context';
import type { CategoryLinks } from '../article/ArticleFacts';
import { hrefForRef, routeForRef } from '../troubleshoot/tree-links';
import { ArticleView } from './ArticleView';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';

/**
 * Loads the article named in the route; the route is the single source of what is open.
 * A tree's search id ("tree:<id>", from the popup's "open in main window" or an old link) is
 * not an article: it goes on to the runner instead.
 */
export function useRoutedArticle(ref: ArticleRef | undefined): void {
  const store = useArticleStoreApi();
  const id = ref?.id;
  const lang = ref?.lang;
  useEffect(() => {
    const treeId = id === undefined ? null : treeIdOfSearchId(id);
    if (treeId !== null) {
      store.getState().close();
      window.location.replace(formatRoute(treeRoute(treeId)));
    } else if (id === undefined) store.getState().close();
    else void store.getState().open(lang ? { id, lang } : { id });
  }, [store, id, lang]);
}

/** Breadcrumb links into Browse. */
export function browseLinks(navigate: (route: Route) => void): CategoryLinks {
  return {
    hrefFor: (category) => formatRoute({ section: 'browse', category }),
    open: (category) => navigate({ section: 'browse', category }),
  };
}

export function SearchScreen(props: {
  article: ArticleRef | undefined;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const { article, navigate } = props;
  const [timer] = useState(() => new KeystrokeTimer());
  useRoutedArticle(article);

  // Trees are found by search too (type "tree"): they open in the runner.
  const openHit = (hit: SearchHit): void => navigate(routeForRef({ id: hit.id, lang: hit.lang }));

  return (
    <div className={`screen search-screen${article ? ' has-article' : ''}`}>
      <div className="search-column">
        <ScreenTitle focus={false}>{t('search.title')}</ScreenTitle>
        <SearchBox onOpen={openHit} timer={timer} />
        <SearchResults onOpen={openHit} openId={article?.id} timer={timer} />
      </div>
      <div className="article-column">
        {article ? (
          <ArticleView
            onClose={() => navigate({ section: 'search' })}
            onLanguage={(lang) =>
              navigate({ section: 'search', article: { id: article.id, lang } })
            }
            openArticle={(ref) => navigate(routeForRef(ref))}
            hrefForArticle={hrefForRef}
            openTree={(treeId) => navigate(treeRoute(treeId))}
            categoryLinks={browseLinks(navigate)}
          />
        ) : (
          <p className="pick-hint muted">{t('search.pickResult')}</p>
        )}
      </div>
    </div>
  );
}

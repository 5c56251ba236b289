import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../../shared/api';
import type { SearchHit } from '../../../../shared/search';
import { articleRoute, formatRoute, type Route } from '../../app/route';
import { ScreenTitle } from '../../components/ScreenTitle';
import { KeystrokeTimer } from '../../lib/keystroke-timing';
import { useArticleStoreApi } from '../../stores/stores-context';
import type { CategoryLinks } from '../article/ArticleFacts';
import { ArticleView } from './ArticleView';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';

/** Loads the article named in the route; the route is the single source of what is open. */
export function useRoutedArticle(ref: ArticleRef | undefined): void {
  const store = useArticleStoreApi();
  const id = ref?.id;
  const lang = ref?.lang;
  useEffect(() => {
    if (id === undefined) store.getState().close();
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

  const openHit = (hit: SearchHit): void =>
    navigate({ section: 'search', article: { id: hit.id, lang: hit.lang } });

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
            openArticle={(ref) => navigate(articleRoute(ref))}
            hrefForArticle={(ref) => formatRoute(articleRoute(ref))}
            categoryLinks={browseLinks(navigate)}
          />
        ) : (
          <p className="pick-hint muted">{t('search.pickResult')}</p>
        )}
      </div>
    </div>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../../shared/api';
import type { SearchHit } from '../../../../shared/search';
import type { Route } from '../../app/route';
import { ScreenTitle } from '../../components/ScreenTitle';
import { useArticleStoreApi } from '../../stores/stores-context';
import { ArticleView } from './ArticleView';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';

/** Loads the article named in the route; the route is the single source of what is open. */
function useRoutedArticle(ref: ArticleRef | undefined): void {
  const store = useArticleStoreApi();
  const id = ref?.id;
  const lang = ref?.lang;
  useEffect(() => {
    if (id === undefined) store.getState().close();
    else void store.getState().open(lang ? { id, lang } : { id });
  }, [store, id, lang]);
}

export function SearchScreen(props: {
  article: ArticleRef | undefined;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const { article, navigate } = props;
  useRoutedArticle(article);

  const openHit = (hit: SearchHit): void =>
    navigate({ section: 'search', article: { id: hit.id, lang: hit.lang } });

  return (
    <div className={`screen search-screen${article ? ' has-article' : ''}`}>
      <div className="search-column">
        <ScreenTitle focus={false}>{t('search.title')}</ScreenTitle>
        <SearchBox onOpen={openHit} />
        <SearchResults onOpen={openHit} openId={article?.id} />
      </div>
      <div className="article-column">
        {article ? (
          <ArticleView
            onClose={() => navigate({ section: 'search' })}
            onLanguage={(lang) =>
              navigate({ section: 'search', article: { id: article.id, lang } })
            }
          />
        ) : (
          <p className="pick-hint muted">{t('search.pickResult')}</p>
        )}
      </div>
    </div>
  );
}

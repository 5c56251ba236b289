import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../../shared/api';
import type { ArticleType } from '../../../../shared/article';
import { formatRoute, type Route } from '../../app/route';
import { EmptyState } from '../../components/EmptyState';
import { ScreenTitle } from '../../components/ScreenTitle';
import { useBrowseStore, useStores } from '../../stores/stores-context';
import { ArticleView } from '../search/ArticleView';
import { browseLinks, useRoutedArticle } from '../search/SearchScreen';
import { CategoryListingView, type ListingLinks } from './CategoryListingView';
import { CategoryTree } from './CategoryTree';
import { ancestorsOf, findNode } from './tree-nav';

type BrowseRoute = Pick<Route, 'category' | 'type' | 'article'>;

/** Loads the tree once and follows changes while Browse is shown; loads the routed category. */
function useBrowseData(category: string | undefined, type: ArticleType | undefined): void {
  const { browse } = useStores();
  useEffect(() => {
    void browse.getState().loadTree();
    return browse.getState().follow();
  }, [browse]);
  useEffect(() => {
    if (category)
      void browse
        .getState()
        .openCategory(type ? { categoryId: category, type } : { categoryId: category });
    else browse.getState().closeCategory();
  }, [browse, category, type]);
}

/** Browse (R4, R11, R12): the category tree with counts; a category's FAQ and articles; an article. */
export function BrowseScreen(props: { route: BrowseRoute; navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { route, navigate } = props;
  const tree = useBrowseStore((s) => s.tree);
  const loadTree = useBrowseStore((s) => s.loadTree);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(route.category ?? null);
  const [shownCategory, setShownCategory] = useState<string | undefined>(undefined);
  useBrowseData(route.category, route.type);
  useRoutedArticle(route.article);

  // A category reached from a link or a reload: open the branches down to it, once per category.
  if (tree.status === 'ready' && route.category !== shownCategory) {
    setShownCategory(route.category);
    const above = route.category ? ancestorsOf(tree.nodes, route.category) : null;
    if (above && above.some((id) => !expanded.has(id)))
      setExpanded(new Set([...expanded, ...above]));
    if (route.category) setFocusedId(route.category);
  }

  const go = (next: BrowseRoute): void => navigate({ section: 'browse', ...next });
  const links: ListingLinks = {
    categoryHref: (category) => formatRoute({ section: 'browse', category }),
    openCategory: (category) => go({ category }),
    articleHref: (article) =>
      formatRoute({ section: 'browse', category: route.category, type: route.type, article }),
    openArticle: (article: ArticleRef) =>
      go({ category: route.category, type: route.type, article }),
    setType: (type) => go({ category: route.category, type }),
  };

  let treePane;
  if (tree.status === 'failed' && tree.nodes.length === 0) {
    treePane = (
      <div className="notice-box error" role="alert">
        <p>
          <strong>{t('browse.treeFailed', { message: tree.error ?? '' })}</strong>
        </p>
        <button type="button" className="button" onClick={() => void loadTree()}>
          {t('browse.retry')}
        </button>
      </div>
    );
  } else if (tree.nodes.length === 0) {
    treePane =
      tree.status === 'ready' ? (
        <EmptyState
          icon="browse"
          title={t('browse.emptyTitle')}
          action={
            <button
              type="button"
              className="button"
              onClick={() => navigate({ section: 'search' })}
            >
              {t('empty.goToSearch')}
            </button>
          }
        >
          {t('browse.emptyBody')}
        </EmptyState>
      ) : (
        <p className="muted" role="status">
          {t('browse.treeLoading')}
        </p>
      );
  } else {
    treePane = (
      <CategoryTree
        nodes={tree.nodes}
        expanded={expanded}
        selectedId={route.category ?? null}
        focusedId={focusedId}
        label={t('browse.treeLabel')}
        onFocus={setFocusedId}
        onToggle={(id, open) => {
          const next = new Set(expanded);
          if (open) next.add(id);
          else next.delete(id);
          setExpanded(next);
        }}
        onSelect={(id) => {
          setFocusedId(id);
          // Choosing a category with subcategories also opens it, so its children are in reach.
          if (findNode(tree.nodes, id)?.children.length) setExpanded(new Set([...expanded, id]));
          go({ category: id, type: route.type });
        }}
      />
    );
  }

  const node =
    route.category && tree.status !== 'idle' ? findNode(tree.nodes, route.category) : null;
  let content;
  if (route.article) {
    const article = route.article;
    content = (
      <ArticleView
        onClose={() => go({ category: route.category, type: route.type })}
        backLabel={node ? t('browse.backTo', { category: node.name }) : t('browse.back')}
        onLanguage={(lang) =>
          go({ category: route.category, type: route.type, article: { id: article.id, lang } })
        }
        openArticle={links.openArticle}
        hrefForArticle={links.articleHref}
        categoryLinks={browseLinks(navigate)}
      />
    );
  } else if (route.category) {
    content = <CategoryListingView node={node} type={route.type} links={links} />;
  } else if (tree.nodes.length > 0) {
    content = <p className="pick-hint muted">{t('browse.pickCategory')}</p>;
  }

  return (
    <div className={`screen browse-screen${route.category || route.article ? ' has-content' : ''}`}>
      <div className="browse-tree-column">
        <ScreenTitle focus={!route.category && !route.article}>{t('browse.title')}</ScreenTitle>
        {treePane}
      </div>
      <div className="browse-content-column">{content}</div>
    </div>
  );
}

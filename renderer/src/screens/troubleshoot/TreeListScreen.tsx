import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeSummary } from '../../../../shared/workstation/trees';
import { formatRoute, treeRoute, type Route } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { ScreenTitle } from '../../components/ScreenTitle';
import { filterTrees } from '../../stores/tree-list-store';
import { useSessionStore, useStores, useTreeListStore } from '../../stores/stores-context';

/** Authors and reviewers get the way into the editor (its list is the "*" route). */
export function useCanAuthorTrees(): boolean {
  return useSessionStore(
    (s) =>
      s.session?.status === 'signed-in' &&
      s.session.capabilities.some((c) => c === 'author' || c === 'reviewer'),
  );
}

/** One tree in a list: its title leads to the runner; an interrupted run says so. */
export function TreeListItem(props: { tree: TreeSummary; navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { tree } = props;
  const route = treeRoute(tree.id);
  return (
    <li
      className="trees-list-item"
      data-testid="tree-list-item"
      data-tree-id={tree.id}
      data-resumable={tree.savedSession ? 'true' : undefined}
      onClick={(e) => {
        if (e.target instanceof Element && e.target.closest('a')) return;
        props.navigate(route);
      }}
    >
      <a
        className="trees-list-title"
        href={formatRoute(route)}
        lang={tree.lang}
        onClick={onPlainClick(() => props.navigate(route))}
      >
        {tree.title}
      </a>
      {tree.savedSession && (
        <span className="trees-list-resume">
          <span className="badge resume" data-testid="tree-resume-badge">
            {t('troubleshoot.resumeBadge')}
          </span>
          <span className="muted">
            {t('troubleshoot.interrupted', { count: tree.savedSession.steps })}
          </span>
        </span>
      )}
      {tree.firstStep && (
        <p className="trees-list-first muted" lang={tree.lang}>
          {tree.firstStep}
        </p>
      )}
    </li>
  );
}

/** The Troubleshoot section's start: every published tree, a filter, interrupted runs marked. */
export function TreeListScreen({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { trees: store } = useStores();
  const status = useTreeListStore((s) => s.status);
  const trees = useTreeListStore((s) => s.trees);
  const error = useTreeListStore((s) => s.error);
  const filter = useTreeListStore((s) => s.filter);
  const canAuthor = useCanAuthorTrees();
  const filterId = useId();

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const shown = filterTrees(trees, filter);
  const authorButton = canAuthor && (
    <button
      type="button"
      className="button"
      data-testid="author-trees"
      onClick={() => navigate({ section: 'troubleshoot', edit: '*' })}
    >
      <Icon name="settings" size={16} />
      {t('troubleshoot.authorTrees')}
    </button>
  );

  let body;
  if (status === 'failed' && trees.length === 0) {
    body = (
      <div className="notice-box error" role="alert">
        <p>
          <strong>{t('troubleshoot.loadFailed', { message: error ?? '' })}</strong>
        </p>
        <button type="button" className="button" onClick={() => void store.getState().load()}>
          {t('troubleshoot.retry')}
        </button>
      </div>
    );
  } else if (status !== 'ready' && trees.length === 0) {
    body = (
      <p className="muted" role="status">
        {t('troubleshoot.loading')}
      </p>
    );
  } else if (trees.length === 0) {
    body = (
      <EmptyState
        icon="troubleshoot"
        title={t('troubleshoot.emptyTitle')}
        action={
          <button type="button" className="button" onClick={() => navigate({ section: 'search' })}>
            {t('empty.goToSearch')}
          </button>
        }
      >
        {t('troubleshoot.emptyBody')}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <div className="search-box trees-filter">
          <Icon name="search" />
          <label htmlFor={filterId} className="visually-hidden">
            {t('troubleshoot.filterLabel')}
          </label>
          <input
            id={filterId}
            type="search"
            data-testid="tree-filter"
            placeholder={t('troubleshoot.filterPlaceholder')}
            autoComplete="off"
            value={filter}
            onChange={(e) => store.getState().setFilter(e.target.value)}
          />
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {filter.trim() === '' ? '' : t('search.resultCount', { count: shown.length })}
        </p>
        {shown.length === 0 ? (
          <p className="notice-box" data-testid="tree-no-match">
            {t('troubleshoot.noMatch', { filter: filter.trim() })}
          </p>
        ) : (
          <ul
            className="trees-list"
            data-testid="tree-list"
            aria-label={t('troubleshoot.listLabel')}
          >
            {shown.map((tree) => (
              <TreeListItem key={tree.id} tree={tree} navigate={navigate} />
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <div className="screen troubleshoot-screen">
      <div className="trees-list-head">
        <ScreenTitle>{t('troubleshoot.title')}</ScreenTitle>
        {authorButton}
      </div>
      <p className="lead muted">{t('troubleshoot.intro')}</p>
      {body}
    </div>
  );
}

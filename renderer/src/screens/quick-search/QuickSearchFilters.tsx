import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_TYPES, type ArticleType } from '../../../../shared/article';
import type { CategoryNode } from '../../../../shared/workstation/desk';
import { useBrowseStore, useQuickResults, useStores } from '../../stores/stores-context';

/** Categories as select options, children indented under their parents. */
export function categoryOptions(
  nodes: readonly CategoryNode[],
  depth = 0,
): { id: string; label: string }[] {
  return nodes.flatMap((node) => [
    // Non-breaking spaces: an <option> shows no padding, and ordinary spaces collapse.
    { id: node.id, label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${node.name}` },
    ...categoryOptions(node.children, depth + 1),
  ]);
}

/** Type and category filters of the popup; a change searches again at once. */
export function QuickSearchFilters() {
  const { t } = useTranslation();
  const id = useId();
  const { browse } = useStores();
  const filters = useQuickResults((s) => s.filters);
  const setFilters = useQuickResults((s) => s.setFilters);
  const tree = useBrowseStore((s) => s.tree);

  useEffect(() => {
    if (browse.getState().tree.status === 'idle') void browse.getState().loadTree();
  }, [browse]);

  return (
    <div className="qs-filters" role="group" aria-label={t('quick.filters')}>
      <label className="visually-hidden" htmlFor={`${id}-type`}>
        {t('quick.filterType')}
      </label>
      <select
        id={`${id}-type`}
        value={filters.type ?? ''}
        data-testid="quick-search-filter-type"
        onChange={(e) =>
          setFilters({ ...filters, type: (e.target.value || undefined) as ArticleType | undefined })
        }
      >
        <option value="">{t('filters.allTypes')}</option>
        {ARTICLE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`articleType.${type}`)}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${id}-category`}>
        {t('quick.filterCategory')}
      </label>
      <select
        id={`${id}-category`}
        value={filters.category ?? ''}
        data-testid="quick-search-filter-category"
        onChange={(e) => setFilters({ ...filters, category: e.target.value || undefined })}
      >
        <option value="">
          {tree.status === 'failed' && tree.nodes.length === 0
            ? t('quick.categoriesUnavailable')
            : t('filters.allCategories')}
        </option>
        {categoryOptions(tree.nodes).map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryNode } from '../../../../shared/workstation/desk';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../lib/format';
import { treeKey, visibleNodes, type VisibleNode } from './tree-nav';

interface TreeProps {
  nodes: readonly CategoryNode[];
  expanded: ReadonlySet<string>;
  selectedId: string | null;
  /** The node with tabindex 0 (roving focus). */
  focusedId: string | null;
  onFocus: (id: string) => void;
  onToggle: (id: string, open: boolean) => void;
  onSelect: (id: string) => void;
  label: string;
}

const nodeDomId = (id: string): string => `category-${encodeURIComponent(id).replace(/%/g, '_')}`;

function TreeItems(
  props: TreeProps & {
    items: readonly CategoryNode[];
    level: number;
    byId: Map<string, VisibleNode>;
    register: (id: string, el: HTMLLIElement | null) => void;
  },
) {
  const { t, i18n } = useTranslation();
  return props.items.map((node) => {
    const visible = props.byId.get(node.id);
    const hasChildren = node.children.length > 0;
    const open = visible?.expanded ?? false;
    const labelId = `${nodeDomId(node.id)}-label`;
    return (
      <li
        key={node.id}
        ref={(el) => props.register(node.id, el)}
        role="treeitem"
        aria-labelledby={labelId}
        aria-level={props.level}
        aria-posinset={visible?.posinset}
        aria-setsize={visible?.setsize}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={node.id === props.selectedId}
        tabIndex={node.id === props.focusedId ? 0 : -1}
        className="tree-item"
        data-testid="category-node"
        data-category-id={node.id}
        onFocus={(e) => {
          // Focus bubbles from nested items; only the item itself counts.
          if (e.target === e.currentTarget) props.onFocus(node.id);
        }}
      >
        <div className="tree-row" onClick={() => props.onSelect(node.id)}>
          {hasChildren ? (
            <span
              className="tree-twisty"
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                props.onToggle(node.id, !open);
              }}
            >
              <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
            </span>
          ) : (
            <span className="tree-twisty" aria-hidden="true" />
          )}
          <span id={labelId} className="tree-label">
            <span className="tree-name">{node.name}</span>
            <span className="tree-count" aria-hidden="true">
              {formatNumber(node.count, i18n.language)}
            </span>
            <span className="visually-hidden">
              {t('browse.articleCount', { count: node.count })}
            </span>
          </span>
        </div>
        {hasChildren && open && (
          <ul role="group" className="tree-group">
            <TreeItems {...props} items={node.children} level={props.level + 1} />
          </ul>
        )}
      </li>
    );
  });
}

/** The category tree with counts, as an ARIA tree: arrows move and open, Enter chooses (R4, R11). */
export function CategoryTree(props: TreeProps) {
  const refs = useRef(new Map<string, HTMLLIElement>());
  const visible = visibleNodes(props.nodes, props.expanded);
  const byId = new Map(visible.map((v) => [v.node.id, v]));
  const focusedId =
    props.focusedId && byId.has(props.focusedId) ? props.focusedId : (visible[0]?.node.id ?? null);
  const wantFocus = useRef(false);
  const register = useCallback((id: string, el: HTMLLIElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  }, []);

  // Move DOM focus only after a key in the tree asked for it, never on load.
  useEffect(() => {
    if (!wantFocus.current || !focusedId) return;
    wantFocus.current = false;
    refs.current.get(focusedId)?.focus();
  }, [focusedId]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = treeKey(visible, focusedId, e.key);
    if (!action) return;
    e.preventDefault();
    switch (action.kind) {
      case 'focus':
        if (action.id === focusedId) return;
        wantFocus.current = true;
        props.onFocus(action.id);
        break;
      case 'expand':
        props.onToggle(action.id, true);
        break;
      case 'collapse':
        props.onToggle(action.id, false);
        break;
      case 'select':
        props.onSelect(action.id);
        break;
    }
  };

  return (
    <ul
      role="tree"
      className="tree"
      aria-label={props.label}
      data-testid="category-tree"
      onKeyDown={onKeyDown}
    >
      <TreeItems
        {...props}
        focusedId={focusedId}
        items={props.nodes}
        level={1}
        byId={byId}
        register={register}
      />
    </ul>
  );
}

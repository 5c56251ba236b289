import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import {
  subtreeCount,
  childrenOf,
  dropPlacement,
  keyboardPlacement,
  moveTargets,
  type Category,
  type DropPlace,
  type FlatRow,
  type KeyboardMove,
  type Placement,
} from './category-tree';

export interface RowActions {
  name: (c: Category) => string;
  toggle: (id: string) => void;
  move: (id: string, to: Placement) => void;
  addChild: (id: string) => void;
  rename: (id: string) => void;
  remove: (id: string) => void;
  /** The drag in progress (HTML5 drag and drop carries no readable data during dragover). */
  dragging: string | null;
  setDragging: (id: string | null) => void;
}

const MOVES: { move: KeyboardMove; glyph: string }[] = [
  { move: 'up', glyph: '↑' },
  { move: 'down', glyph: '↓' },
  { move: 'outdent', glyph: '←' },
  { move: 'indent', glyph: '→' },
];

/** Top quarter: before; bottom quarter: after; the middle: into the category. */
function placeOf(e: DragEvent<HTMLElement>): DropPlace {
  const box = e.currentTarget.getBoundingClientRect();
  const y = (e.clientY - box.top) / Math.max(box.height, 1);
  return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
}

/** One category: drag handle, name and count, keyboard moves, "Move to…", add, rename, delete. */
export function CategoryRow(props: {
  row: FlatRow;
  open: boolean;
  categories: Category[];
  actions: RowActions;
}) {
  const { t, i18n } = useTranslation();
  const { row, categories, actions } = props;
  const { category, depth, hasChildren } = row;
  const [drop, setDrop] = useState<DropPlace | null>(null);
  const [picking, setPicking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const name = actions.name(category);
  // A parent's own links are few: show what is below it too, as agents' Browse counts it.
  const count = hasChildren ? subtreeCount(categories, category.id) : category.articleCount;
  const countText = hasChildren
    ? t('knowledge.categories.articleCountWithin', { count })
    : t('knowledge.categories.articleCount', { count });

  const over = (e: DragEvent<HTMLLIElement>) => {
    if (!actions.dragging) return;
    const place = placeOf(e);
    // No preventDefault where the drop would be refused: the browser shows "not allowed".
    if (!dropPlacement(categories, actions.dragging, category.id, place)) {
      setDrop(null);
      return;
    }
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    setDrop(place);
  };

  return (
    <li
      className="category-row"
      data-testid="category-row"
      data-category={category.id}
      data-depth={depth}
      data-drop={drop ?? undefined}
      data-dragging={actions.dragging === category.id || undefined}
      style={{ '--depth': depth } as React.CSSProperties}
      draggable
      onDragStart={(e) => {
        e.stopPropagation();
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', category.id);
        actions.setDragging(category.id);
      }}
      onDragEnd={() => actions.setDragging(null)}
      onDragOver={over}
      onDragLeave={() => setDrop(null)}
      onDrop={(e) => {
        e.preventDefault();
        const dragged = actions.dragging ?? e.dataTransfer.getData('text/plain');
        const to = dragged ? dropPlacement(categories, dragged, category.id, placeOf(e)) : null;
        setDrop(null);
        actions.setDragging(null);
        if (dragged && to) actions.move(dragged, to);
      }}
    >
      <div className="category-row-main">
        <span
          className="category-grip"
          aria-hidden="true"
          title={t('knowledge.categories.dragHint')}
        >
          ⠿
        </span>
        {hasChildren ? (
          <button
            type="button"
            className="category-twisty"
            aria-expanded={props.open}
            aria-label={t(
              props.open ? 'knowledge.categories.collapse' : 'knowledge.categories.expand',
              { name },
            )}
            data-testid="category-toggle"
            onClick={() => actions.toggle(category.id)}
          >
            {props.open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="category-twisty" aria-hidden="true" />
        )}
        <span className="category-name" data-testid="category-name">
          {name}
        </span>
        <span className="category-count" title={countText}>
          <span aria-hidden="true">{formatNumber(count, i18n.language)}</span>
          <span className="visually-hidden">{countText}</span>
        </span>
      </div>
      <div className="category-row-actions">
        {MOVES.map(({ move, glyph }) => {
          const to = keyboardPlacement(categories, category.id, move);
          return (
            <button
              key={move}
              type="button"
              className="icon-button category-move"
              data-testid={`category-move-${move}`}
              aria-label={t(`knowledge.categories.move.${move}`, { name })}
              title={t(`knowledge.categories.move.${move}`, { name })}
              disabled={!to}
              onClick={(e) => {
                if (!to) return;
                // The row moves in the DOM, which takes focus away: give it back for the next press.
                const button = e.currentTarget;
                actions.move(category.id, to);
                requestAnimationFrame(() => button.isConnected && button.focus());
              }}
            >
              {glyph}
            </button>
          );
        })}
        {picking ? (
          <select
            autoFocus
            data-testid="category-move-to"
            aria-label={t('knowledge.categories.moveToLabel', { name })}
            defaultValue=""
            onBlur={() => setPicking(false)}
            onChange={(e) => {
              setPicking(false);
              const parentId = e.target.value === '-' ? null : e.target.value;
              if (!e.target.value) return;
              const index = childrenOf(categories, parentId).filter(
                (c) => c.id !== category.id,
              ).length;
              actions.move(category.id, { parentId, index });
            }}
          >
            <option value="" disabled>
              {t('knowledge.categories.moveToPrompt')}
            </option>
            <option value="-">{t('knowledge.categories.topLevel')}</option>
            {moveTargets(categories, category.id).map((target) => (
              <option key={target.category.id} value={target.category.id}>
                {'\u00a0\u00a0'.repeat(target.depth + 1) + actions.name(target.category)}
              </option>
            ))}
          </select>
        ) : (
          <button
            type="button"
            className="button ghost small"
            data-testid="category-move-to-open"
            onClick={() => setPicking(true)}
          >
            {t('knowledge.categories.moveTo')}
          </button>
        )}
        <button
          type="button"
          className="button ghost small"
          data-testid="category-add-child"
          onClick={() => actions.addChild(category.id)}
        >
          {t('knowledge.categories.addChild')}
        </button>
        <button
          type="button"
          className="button ghost small"
          data-testid="category-rename"
          onClick={() => actions.rename(category.id)}
        >
          {t('knowledge.categories.rename')}
        </button>
        {confirming ? (
          <span
            className="category-confirm"
            role="group"
            aria-label={t('knowledge.categories.deleteQuestion', { name })}
          >
            <span>{t('knowledge.categories.deleteQuestion', { name })}</span>
            <button
              type="button"
              className="button danger small"
              data-testid="category-delete-confirm"
              onClick={() => {
                setConfirming(false);
                actions.remove(category.id);
              }}
            >
              {t('knowledge.categories.delete')}
            </button>
            <button
              type="button"
              className="button ghost small"
              onClick={() => setConfirming(false)}
            >
              {t('knowledge.categories.cancel')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button ghost small"
            data-testid="category-delete"
            onClick={() => setConfirming(true)}
          >
            {t('knowledge.categories.delete')}
          </button>
        )}
      </div>
    </li>
  );
}

import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { contentLanguageFor, type UiLanguage } from '../../../../../shared/languages';
import { pickText } from '../../../../../shared/localized-text';
import { useApi } from '../../../stores/stores-context';
import type { KnowledgeTabProps } from '../tab-props';
import { createCategoryStore, type Failure, type Outcome } from './category-store';
import { flatten, type Category, type Placement } from './category-tree';
import { CategoryNamesForm, type Names } from './CategoryNamesForm';
import { CategoryRow, type RowActions } from './CategoryRow';
import '../../../styles/knowledge-categories.css';

/** What the form is doing: adding under a parent (null: top level) or renaming. */
type Action = 'load' | 'move' | 'save' | 'delete';

type Editing = { kind: 'add'; parentId: string | null } | { kind: 'rename'; id: string } | null;

/** The category tree editor (R11): drag and drop or keyboard moves, names in every language. */
export function CategoryTreeEditor(_props: KnowledgeTabProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const api = useApi();
  const store = useMemo(() => createCategoryStore(api), [api]);
  const { categories, load } = useStore(store);
  // Collapsed ones are remembered: everything is open at first, so every drop target shows.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [dragging, setDragging] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<(Failure & { action: Action }) | null>(null);
  const langs = useMemo(() => [contentLanguageFor(i18n.language as UiLanguage)], [i18n.language]);

  useEffect(() => void store.getState().reload(), [store]);

  const name = useCallback((c: Category) => pickText(c.names, langs) || c.id, [langs]);
  const nameOf = (cid: string) => {
    const c = categories?.find((x) => x.id === cid);
    return c ? name(c) : cid;
  };

  const reveal = (cid: string) => setClosed((was) => new Set([...was].filter((x) => x !== cid)));

  const report = (outcome: Outcome, action: Action, success: string) => {
    if (outcome.ok) {
      setFailure(null);
      setDone(success);
    } else {
      setDone('');
      setFailure({ ...outcome, action });
    }
    return outcome.ok;
  };

  const actions: RowActions = {
    name,
    dragging,
    setDragging,
    toggle: (cid) =>
      setClosed((was) => {
        const next = new Set(was);
        if (next.has(cid)) next.delete(cid);
        else next.add(cid);
        return next;
      }),
    move: (cid: string, to: Placement) => {
      if (to.parentId) reveal(to.parentId);
      void store
        .getState()
        .move(cid, to)
        .then((o) => report(o, 'move', t('knowledge.categories.moved', { name: nameOf(cid) })));
    },
    addChild: (parentId) => setEditing({ kind: 'add', parentId }),
    rename: (cid) => setEditing({ kind: 'rename', id: cid }),
    remove: (cid) => {
      const label = nameOf(cid);
      void store
        .getState()
        .remove(cid)
        .then((o) => report(o, 'delete', t('knowledge.categories.deleted', { name: label })));
    },
  };

  const save = async (names: Names) => {
    if (!editing) return;
    setBusy(true);
    const outcome =
      editing.kind === 'add'
        ? await store.getState().save(null, editing.parentId, names)
        : await store.getState().save(editing.id, null, names);
    setBusy(false);
    if (outcome.ok && editing.kind === 'add' && editing.parentId) {
      reveal(editing.parentId);
    }
    if (report(outcome, 'save', t('knowledge.categories.saved'))) setEditing(null);
  };

  const open = new Set((categories ?? []).filter((c) => !closed.has(c.id)).map((c) => c.id));
  const rows = categories ? flatten(categories, open) : [];
  const editedCategory =
    editing?.kind === 'rename' ? categories?.find((c) => c.id === editing.id) : undefined;

  return (
    <section
      className="category-editor"
      aria-labelledby={`${id}-title`}
      data-testid="category-editor"
    >
      <h2 id={`${id}-title`}>{t('knowledge.categories.title')}</h2>
      <p className="muted">{t('knowledge.categories.intro')}</p>
      <p className="category-sync-note" data-testid="category-sync-note">
        {t('knowledge.categories.syncNote')}
      </p>
      <div className="category-toolbar">
        <button
          type="button"
          className="button primary"
          data-testid="category-add-top"
          onClick={() => setEditing({ kind: 'add', parentId: null })}
        >
          {t('knowledge.categories.addTop')}
        </button>
        <button type="button" className="button ghost" onClick={() => setClosed(new Set())}>
          {t('knowledge.categories.expandAll')}
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() => setClosed(new Set(categories?.map((c) => c.id)))}
        >
          {t('knowledge.categories.collapseAll')}
        </button>
      </div>
      {editing && (
        <CategoryNamesForm
          key={editing.kind === 'add' ? `add-${editing.parentId}` : editing.id}
          heading={
            editing.kind === 'rename'
              ? t('knowledge.categories.renameHeading', { name: nameOf(editing.id) })
              : editing.parentId
                ? t('knowledge.categories.addChildHeading', { name: nameOf(editing.parentId) })
                : t('knowledge.categories.addTopHeading')
          }
          initial={editedCategory?.names ?? {}}
          langs={langs}
          busy={busy}
          onSave={(names) => void save(names)}
          onCancel={() => setEditing(null)}
        />
      )}
      <p role="status" className="category-done" data-testid="category-done">
        {done}
      </p>
      {failure && (
        <div
          className="notice-box error"
          role="alert"
          data-testid="category-failure"
          data-problem={failure.problem}
        >
          <p>{failureText(t, failure, failure.action)}</p>
        </div>
      )}
      {load.status === 'failed' && (
        <div className="notice-box error" role="alert" data-testid="category-load-failed">
          <p>{failureText(t, load, 'load')}</p>
          <button type="button" className="button" onClick={() => void store.getState().reload()}>
            {t('knowledge.categories.retry')}
          </button>
        </div>
      )}
      {!categories && load.status === 'loading' && (
        <p className="muted">{t('knowledge.loading')}</p>
      )}
      {categories && categories.length === 0 && (
        <p className="muted">{t('knowledge.categories.empty')}</p>
      )}
      {rows.length > 0 && (
        <>
          <p className="muted category-drag-hint">{t('knowledge.categories.dragHint')}</p>
          <ul
            className="category-rows"
            data-testid="category-rows"
            aria-label={t('knowledge.categories.title')}
          >
            {rows.map((row) => (
              <CategoryRow
                key={row.category.id}
                row={row}
                open={open.has(row.category.id)}
                categories={categories ?? []}
                actions={actions}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The reason in the UI's language; the server's English message only where no better one exists. */
function failureText(t: TFunction, failure: Failure, action: Action): string {
  switch (failure.problem) {
    case 'conflict':
      if (action === 'delete') return t('knowledge.categories.problem.hasChildren');
      return t('knowledge.categories.problem.conflict');
    case 'invalid':
      // The UI offers no cycle, so a refused move is one another author's change made a cycle.
      if (action === 'move') return t('knowledge.categories.problem.cycle');
      return t('knowledge.categories.problem.invalid', { message: failure.message });
    case 'no-name':
      return t('knowledge.categories.nameRequired');
    case 'offline':
    case 'call-failed':
      return t('knowledge.categories.problem.offline');
    case 'forbidden':
      return t('knowledge.categories.problem.forbidden');
    case 'not-found':
      return t('knowledge.categories.problem.notFound');
    case 'signed-out':
      return t('knowledge.categories.problem.signedOut');
  }
}

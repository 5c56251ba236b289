import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/localized-text';
import { parseRoute, type Route } from '../../app/route';
import { ScreenTitle } from '../../components/ScreenTitle';
import {
  useReadyApp,
  useSessionStore,
  useStores,
  useTreeEditorStore,
} from '../../stores/stores-context';
import type { EditorDraft } from '../../stores/tree-editor-store';
import { languageOrder, mergeProblems, problemsByNode, titleLanguages } from './edit-ops';
import { NodeForm } from './NodeForm';
import { NodeList } from './NodeList';
import { ProblemNotice } from './ProblemNotice';
import { SaveBar } from './SaveBar';
import { TreeDiagram } from './TreeDiagram';
import { TreePreview } from './TreePreview';
import { TreeSettings } from './TreeSettings';
import { useLeaveGuard } from './use-leave-guard';

/** Loads the tree the route names (or starts a new one) and shows the editor for it. */
export function TreeEditor({ treeId, navigate }: { treeId: string; navigate: (r: Route) => void }) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const editor = useTreeEditorStore((s) => s.editor);

  useEffect(() => {
    void treeEditor.getState().open(treeId);
  }, [treeEditor, treeId]);

  // A new tree's first save gives it an id: the URL follows, so a reload finds it.
  const savedKey = editor.status === 'ready' ? editor.key : null;
  useEffect(() => {
    if (treeId === 'new' && savedKey !== null && savedKey !== 'new') {
      navigate({ section: 'troubleshoot', edit: savedKey });
    }
  }, [treeId, savedKey, navigate]);

  if (editor.status === 'ready') return <EditorView draft={editor} navigate={navigate} />;
  return (
    <div className="screen tree-editor-loading">
      <ScreenTitle>{t('treeEditor.listTitle')}</ScreenTitle>
      {editor.status === 'failed' ? (
        <ProblemNotice
          problem={editor.problem}
          message={editor.message}
          navigate={navigate}
          onRetry={() => {
            treeEditor.getState().close();
            void treeEditor.getState().open(treeId);
          }}
        />
      ) : (
        <p className="muted">{t('treeEditor.loading')}</p>
      )}
    </div>
  );
}

function EditorView({ draft, navigate }: { draft: EditorDraft; navigate: (r: Route) => void }) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const { settings } = useReadyApp();
  const session = useSessionStore((s) => s.session);
  const [tab, setTab] = useState<'diagram' | 'preview'>('diagram');
  const { tree, selected } = draft;
  // What the server refused the last save or publish for stays marked until the next edit.
  const problems = useMemo(
    () =>
      mergeProblems(draft.problems, [
        ...(draft.save.status === 'failed' ? draft.save.problems : []),
        ...(draft.publish.status === 'failed' ? draft.publish.problems : []),
      ]),
    [draft.problems, draft.save, draft.publish],
  );
  const formsRef = useRef<HTMLDivElement>(null);

  // A node chosen on the diagram may have its form out of sight: bring the form's top into view.
  useEffect(() => {
    const column = formsRef.current;
    const form = column?.querySelector('[data-testid="tree-node-form"]');
    if (!column || !form) return;
    const top = form.getBoundingClientRect().top - column.getBoundingClientRect().top;
    if (top < 0 || top > column.clientHeight - 80) column.scrollTop += top;
  }, [selected]);

  const languages = useMemo(
    () => languageOrder(settings.contentLanguages),
    [settings.contentLanguages],
  );
  const required = useMemo(() => titleLanguages(tree), [tree]);
  const byNode = useMemo(() => problemsByNode(tree, problems), [tree, problems]);
  const mayPublish =
    session?.status === 'signed-in' &&
    session.capabilities.some((c) => c === 'reviewer' || c === 'admin');
  // The diagram speaks the author's first language the tree has.
  const diagramLang = languages.find((l) => required.includes(l)) ?? languages[0] ?? 'en';
  const previewLanguages = languages.filter((l) => required.includes(l));

  useLeaveGuard({
    dirty: draft.dirty,
    stays: (hash) => {
      const route = parseRoute(hash);
      return (
        route.section === 'troubleshoot' && (route.edit === draft.key || route.edit === draft.id)
      );
    },
    question: t('treeEditor.leaveConfirm'),
    onLeave: () => treeEditor.getState().close(),
  });

  const title = pickText(tree.title, languages);
  return (
    <div className="tree-editor" data-testid="tree-editor">
      <header className="tree-editor-head">
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ section: 'troubleshoot', edit: '*' })}
          data-testid="tree-editor-all"
        >
          {t('treeEditor.allTrees')}
        </button>
        <ScreenTitle>
          {draft.isNew
            ? t('treeEditor.newTitle')
            : t('treeEditor.editTitle', { title: title || draft.id })}
        </ScreenTitle>
        <SaveBar draft={draft} mayPublish={mayPublish} navigate={navigate} />
      </header>
      <div className="tree-editor-body">
        <div className="tree-editor-forms" ref={formsRef}>
          <TreeSettings
            draft={draft}
            languages={languages}
            required={required}
            problems={byNode.get(null) ?? []}
          />
          <NodeList tree={tree} selected={selected} problems={byNode} />
          {selected !== null && Object.hasOwn(tree.nodes, selected) ? (
            <NodeForm
              tree={tree}
              nodeId={selected}
              problems={byNode.get(selected) ?? []}
              languages={languages}
              required={required}
            />
          ) : (
            <p className="muted">{t('treeEditor.selectNode')}</p>
          )}
        </div>
        <div className="tree-editor-side">
          <div className="tree-editor-tabs" role="tablist">
            {(['diagram', 'preview'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                className="button ghost"
                aria-selected={tab === name}
                aria-current={tab === name ? 'page' : undefined}
                onClick={() => setTab(name)}
                data-testid={`tree-tab-${name}`}
              >
                {t(`treeEditor.${name}`)}
              </button>
            ))}
            <span className="tree-problem-count" data-testid="tree-problem-count">
              {problems.length === 0
                ? t('treeEditor.noProblems')
                : t('treeEditor.problemCount', { count: problems.length })}
            </span>
          </div>
          {tab === 'diagram' ? (
            <TreeDiagram
              tree={tree}
              lang={diagramLang}
              problems={problems}
              selected={selected}
              onSelect={(id) => treeEditor.getState().select(id)}
            />
          ) : (
            <TreePreview
              tree={tree}
              languages={previewLanguages.length > 0 ? previewLanguages : languages}
            />
          )}
        </div>
      </div>
    </div>
  );
}

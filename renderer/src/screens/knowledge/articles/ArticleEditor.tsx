import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../../shared/languages';
import { parseRoute } from '../../../app/route';
import { useLeaveGuard } from '../../tree-editor/use-leave-guard';
import { WorkflowPanel } from '../review/WorkflowPanel';
import type { KnowledgeTabProps } from '../tab-props';
import { changedVariants, isDirty, isValidId, type ArticleDraft } from './article-draft';
import type { ArticleStore } from './article-store';
import { ArticleProblem } from './ArticleProblem';
import { MetadataPanel } from './MetadataPanel';
import { SaveBar } from './SaveBar';
import {
  useArticles,
  useArticleStoreInstance,
  useContentLanguages,
  useMe,
} from './use-article-store';
import { VariantColumn } from './VariantColumn';
import '../../../styles/knowledge-editor.css';

/** The article editor (R9, R10, R12–R14): metadata, language variants side by side, save with a note. */
export function ArticleEditor({ route, navigate }: KnowledgeTabProps) {
  const { t } = useTranslation();
  const store = useArticleStoreInstance();
  const editor = useArticles(store, (s) => s.editor);
  const me = useMe();
  const langs = useContentLanguages();
  const doc = route.doc ?? 'new';

  useEffect(() => {
    void store.getState().loadLookups();
  }, [store]);
  useEffect(() => {
    void store.getState().open(doc, me.username, langs[0] ?? 'en');
    // Opening again for a language change would do nothing: the draft is kept by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, doc, me.username]);

  const draft = editor.status === 'ready' ? editor.draft : null;
  const dirty = draft ? isDirty(draft) : false;
  // A new article gets its address once saved.
  useEffect(() => {
    if (draft && doc === 'new' && !draft.isNew) navigate({ section: 'knowledge', doc: draft.key });
  }, [draft, doc, navigate]);
  useLeaveGuard({
    dirty,
    stays: (hash) => {
      const next = parseRoute(hash);
      return (
        next.section === 'knowledge' &&
        !next.history &&
        (next.doc === doc || next.doc === draft?.id)
      );
    },
    question: t('knowledge.editor.leaveQuestion'),
    onLeave: () => undefined,
  });

  if (editor.status === 'failed') {
    return (
      <ArticleProblem
        problem={editor.problem}
        message={editor.message}
        navigate={navigate}
        title={t('knowledge.editor.loadFailed')}
        onRetry={() => void store.getState().open(doc, me.username, langs[0] ?? 'en')}
      />
    );
  }
  if (!draft) return <p className="muted">{t('knowledge.editor.loading')}</p>;
  return (
    <EditorBody
      store={store}
      draft={draft}
      dirty={dirty}
      reviewer={me.reviewer}
      langs={langs}
      navigate={navigate}
    />
  );
}

function EditorBody(props: {
  store: ArticleStore;
  draft: ArticleDraft;
  dirty: boolean;
  reviewer: boolean;
  langs: ContentLanguage[];
  navigate: KnowledgeTabProps['navigate'];
}) {
  const { t } = useTranslation();
  const { store, draft, langs, navigate } = props;
  const save = useArticles(store, (s) => s.save);
  const owners = useArticles(store, (s) => s.owners);
  const categories = useArticles(store, (s) => s.categories);
  const org = useArticles(store, (s) => s.org);
  const present = draft.variants.map((v) => v.lang);
  const [columns, setColumns] = useState<[ContentLanguage, ContentLanguage | null]>(() => {
    const first = langs.find((l) => present.includes(l)) ?? present[0] ?? 'en';
    return [first, present.find((l) => l !== first) ?? null];
  });
  const changed = useMemo(() => new Set(changedVariants(draft).map((v) => v.lang)), [draft]);
  const shown = [columns[0], columns[1]].filter(
    (l): l is ContentLanguage => l !== null && present.includes(l),
  );
  const missing = CONTENT_LANGUAGES.filter((l) => !present.includes(l));
  const status = draft.article?.status ?? 'draft';

  const addLanguage = (lang: ContentLanguage) => {
    store.getState().addVariant(lang);
    setColumns(([first]) => [first, lang]);
  };
  const languageSelect = (value: ContentLanguage | null, index: 0 | 1) => (
    <label className="field article-column-pick">
      <span>
        {t(
          index === 0 ? 'knowledge.editor.languages.primary' : 'knowledge.editor.languages.second',
        )}
      </span>
      <select
        value={value ?? ''}
        data-testid={`article-column-${index}`}
        onChange={(e) => {
          const lang = (e.target.value || null) as ContentLanguage | null;
          setColumns((c) =>
            index === 0 ? [lang ?? c[0], c[1] === lang ? c[0] : c[1]] : [c[0], lang],
          );
        }}
      >
        {index === 1 && <option value="">{t('knowledge.editor.languages.none')}</option>}
        {present
          .filter((l) => index === 0 || l !== columns[0])
          .map((l) => (
            <option key={l} value={l}>
              {t(`contentLanguage.${l}`)}
            </option>
          ))}
      </select>
    </label>
  );

  return (
    <div className="article-editor" data-testid="article-editor" data-article={draft.id}>
      <header className="article-editor-head">
        <button
          type="button"
          className="button ghost"
          onClick={() => navigate({ section: 'knowledge', tab: 'articles' })}
        >
          {t('knowledge.editor.back')}
        </button>
        <h2>{draft.isNew ? t('knowledge.editor.newTitle') : t('knowledge.editor.editTitle')}</h2>
        <span className={`badge status-${status}`} data-testid="article-status">
          {t(`knowledge.list.statusName.${status}`)}
        </span>
        {draft.isNew ? (
          <label className="field article-id-field">
            <span>{t('knowledge.editor.id')}</span>
            <input
              type="text"
              value={draft.id}
              maxLength={200}
              aria-invalid={draft.id !== '' && !isValidId(draft.id)}
              data-testid="article-id"
              onChange={(e) => store.getState().setId(e.target.value)}
            />
            <small className="field-hint">{t('knowledge.editor.idHint')}</small>
          </label>
        ) : (
          <code className="article-id">{draft.id}</code>
        )}
      </header>
      <div className="article-editor-layout">
        <div className="article-editor-main">
          <div
            className="article-languages"
            role="group"
            aria-label={t('knowledge.editor.languages.label')}
          >
            {languageSelect(columns[0], 0)}
            {languageSelect(columns[1], 1)}
            {missing.length > 0 && (
              <div
                className="article-add-language"
                role="tablist"
                aria-label={t('knowledge.editor.languages.add')}
              >
                <span className="muted">{t('knowledge.editor.languages.add')}</span>
                {missing.map((l) => (
                  <button
                    key={l}
                    type="button"
                    role="tab"
                    aria-selected={false}
                    className="button ghost"
                    data-testid="article-add-language"
                    data-lang={l}
                    onClick={() => addLanguage(l)}
                  >
                    + {t(`contentLanguage.${l}`)}
                  </button>
                ))}
              </div>
            )}
          </div>
          <div className={`article-columns columns-${shown.length}`}>
            {shown.flatMap((lang) =>
              draft.variants
                .filter((v) => v.lang === lang)
                .map((variant) => (
                  <VariantColumn
                    key={lang}
                    store={store}
                    variant={variant}
                    articleId={draft.id}
                    isNew={draft.isNew}
                    dirty={changed.has(lang)}
                    navigate={navigate}
                  />
                )),
            )}
          </div>
          <SaveBar
            save={save}
            dirty={props.dirty}
            articleId={draft.id}
            navigate={navigate}
            onSave={(note) => void store.getState().saveDraft(note, props.reviewer)}
          />
        </div>
        <aside className="article-editor-side">
          {draft.article && (
            <WorkflowPanel
              article={draft.article}
              dirty={props.dirty}
              onChanged={(article) => store.getState().articleChanged(article)}
            />
          )}
          <MetadataPanel
            meta={draft.meta}
            lookups={{ owners, categories, org }}
            langs={langs}
            reviewer={props.reviewer}
            onEdit={(change) => store.getState().editMeta(change)}
          />
        </aside>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../../app/route';
import type { VariantDraft } from './article-draft';
import { splitList } from './article-draft';
import type { ArticleStore, Failure } from './article-store';
import { ArticleProblem } from './ArticleProblem';
import { RichBody } from './body/RichBody';
import type { BodyActions } from './body/BodyToolbar';
import {
  attachmentMime,
  checkConvert,
  convertFormat,
  formatBytes,
  readBase64,
} from './body/file-read';

/** A comma-separated list typed as one line: what was typed stays as typed, the list goes to the store. */
function ListField(props: {
  label: string;
  hint: string;
  value: string[];
  testId: string;
  onChange: (v: string[]) => void;
}) {
  const [text, setText] = useState(props.value.join(', '));
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="text"
        value={text}
        data-testid={props.testId}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(splitList(e.target.value));
        }}
      />
      <small className="field-hint">{props.hint}</small>
    </label>
  );
}

/** Refused here (size, type) before sending, or by the server. */
type ImportError = { problem: 'refused'; message: string } | Failure;

interface PendingImport {
  html: string;
  title: string;
}

/** One language variant: title, summary, tags, synonyms and the rich-text body (R9, R10). */
export function VariantColumn(props: {
  store: ArticleStore;
  variant: VariantDraft;
  articleId: string;
  isNew: boolean;
  dirty: boolean;
  navigate: (route: Route) => void;
}) {
  const { t, i18n } = useTranslation();
  const { store, variant: v } = props;
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [importError, setImportError] = useState<ImportError | null>(null);
  const edit = (change: Partial<VariantDraft>) => store.getState().editVariant(v.lang, change);
  const language = t(`contentLanguage.${v.lang}`);

  const onImport: BodyActions['onImport'] = (file) => {
    void (async () => {
      setNotes([]);
      setImportError(null);
      const refused = checkConvert(file);
      const format = convertFormat(file);
      if (refused || !format) {
        setImportError({
          problem: 'refused',
          message:
            refused?.reason === 'too-large'
              ? t('knowledge.editor.file.tooLarge', {
                  limit: formatBytes(refused.limit, i18n.language),
                })
              : t('knowledge.editor.file.importType'),
        });
        return;
      }
      const r = await store
        .getState()
        .convert({ name: file.name, format, dataBase64: await readBase64(file) });
      if (!r.ok) {
        setImportError({ problem: r.problem, message: r.message });
        return;
      }
      setNotes(r.notes);
      if (v.bodyHtml === '')
        store.getState().insertImported(v.lang, r.bodyHtml, 'replace', r.title);
      else setPending({ html: r.bodyHtml, title: r.title });
    })();
  };
  const onAttach: BodyActions['onAttach'] = async (file) => {
    if (props.isNew) return { ok: false, text: t('knowledge.editor.file.saveFirst') };
    const mime = attachmentMime(file);
    if (!mime) return { ok: false, text: t('knowledge.editor.file.wrong-type') };
    const r = await store
      .getState()
      .upload({ name: file.name, mime, dataBase64: await readBase64(file) });
    if (r.ok) return r;
    return { ok: false, text: `${t(`knowledge.editor.problem.${r.problem}`)} ${r.message}`.trim() };
  };
  const finishImport = (mode: 'replace' | 'append') => {
    if (pending) store.getState().insertImported(v.lang, pending.html, mode, pending.title);
    setPending(null);
  };

  return (
    <section
      className="article-variant card"
      data-testid="article-variant"
      data-lang={v.lang}
      lang={v.lang}
    >
      <header className="article-variant-head">
        <h3>{language}</h3>
        <span className="muted" data-testid="article-variant-revision">
          {v.baseRevision === 0
            ? t('knowledge.editor.variant.notSaved')
            : v.publishedRevision === null
              ? t('knowledge.editor.variant.revisionDraft', { revision: v.baseRevision })
              : t('knowledge.editor.variant.revisionPublished', {
                  revision: v.baseRevision,
                  published: v.publishedRevision,
                })}
          {props.dirty && ` · ${t('knowledge.editor.variant.changed')}`}
        </span>
        <button
          type="button"
          className="button ghost"
          data-testid="article-history"
          disabled={v.baseRevision === 0}
          onClick={() =>
            props.navigate({ section: 'knowledge', doc: props.articleId, history: v.lang })
          }
        >
          {t('knowledge.editor.variant.history')}
        </button>
      </header>
      <label className="field">
        <span>{t('knowledge.editor.variant.title')}</span>
        <input
          type="text"
          value={v.title}
          maxLength={500}
          data-testid="article-title"
          onChange={(e) => edit({ title: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('knowledge.editor.variant.summary')}</span>
        <textarea
          rows={2}
          value={v.summary}
          maxLength={2000}
          data-testid="article-summary"
          onChange={(e) => edit({ summary: e.target.value })}
        />
      </label>
      <div className="article-variant-lists">
        <ListField
          label={t('knowledge.editor.variant.tags')}
          hint={t('knowledge.editor.variant.listHint')}
          value={v.tags}
          testId="article-tags"
          onChange={(tags) => edit({ tags })}
        />
        <ListField
          label={t('knowledge.editor.variant.synonyms')}
          hint={t('knowledge.editor.variant.listHint')}
          value={v.synonyms}
          testId="article-synonyms"
          onChange={(synonyms) => edit({ synonyms })}
        />
      </div>
      {pending && (
        <div
          className="notice-box article-import-choice"
          role="dialog"
          aria-label={t('knowledge.editor.import.question')}
          data-testid="article-import-choice"
        >
          <p>{t('knowledge.editor.import.question')}</p>
          <button
            type="button"
            className="button"
            data-testid="article-import-replace"
            onClick={() => finishImport('replace')}
          >
            {t('knowledge.editor.import.replace')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="article-import-append"
            onClick={() => finishImport('append')}
          >
            {t('knowledge.editor.import.append')}
          </button>
          <button type="button" className="button ghost" onClick={() => setPending(null)}>
            {t('knowledge.editor.import.cancel')}
          </button>
        </div>
      )}
      {importError &&
        (importError.problem === 'refused' ? (
          <p className="field-error" role="alert">
            {importError.message}
          </p>
        ) : (
          <ArticleProblem
            problem={importError.problem}
            message={importError.message}
            navigate={props.navigate}
            title={t('knowledge.editor.import.failed')}
          />
        ))}
      {notes.length > 0 && (
        <div className="notice-box article-import-notes" data-testid="article-import-notes">
          <p>{t('knowledge.editor.import.notes')}</p>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <RichBody
        html={v.bodyHtml}
        label={t('knowledge.editor.variant.body', { language })}
        lang={v.lang}
        onChange={(bodyHtml) => edit({ bodyHtml })}
        onImport={onImport}
        onAttach={onAttach}
      />
    </section>
  );
}

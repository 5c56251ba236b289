import { useEffect, useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  CONTENT_LANGUAGES,
  contentLanguageFor,
  type ContentLanguage,
  type UiLanguage,
} from '../../../../../shared/languages';
import type { SynonymSet } from '../../../../../shared/workstation/authoring';
import { useApi } from '../../../stores/stores-context';
import type { KnowledgeTabProps } from '../tab-props';
import { matchesFilter, type TermProblem } from './synonym-rules';
import { createSynonymStore, type SynonymFailure, type SynonymOutcome } from './synonym-store';
import { SynonymSetForm } from './SynonymSetForm';
import '../../../styles/knowledge-synonyms.css';

/** The form open: a new set, or the set with this id. */
type Editing = { id: string | null } | null;

/** The synonyms editor (R3): customer words and official terms that find each other in search. */
export function SynonymsEditor(_props: KnowledgeTabProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const api = useApi();
  const store = useMemo(() => createSynonymStore(api), [api]);
  const { sets, load } = useStore(store);
  const uiLang = contentLanguageFor(i18n.language as UiLanguage);
  const [lang, setLang] = useState<ContentLanguage | 'all'>('all');
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<TermProblem[]>([]);
  const [failure, setFailure] = useState<SynonymFailure | null>(null);
  const [done, setDone] = useState('');

  useEffect(() => void store.getState().reload(), [store]);

  const finish = (outcome: SynonymOutcome, success: string) => {
    setBusy(false);
    if (outcome.ok) {
      setFailure(null);
      setRefused([]);
      setDone(success);
      return true;
    }
    setDone('');
    if (outcome.problem === 'terms') setRefused(outcome.problems);
    else setFailure(outcome);
    return false;
  };

  const save = async (setId: string | null, setLang_: ContentLanguage, terms: string[]) => {
    setBusy(true);
    const outcome = await store.getState().save(setId, setLang_, terms);
    if (finish(outcome, t('knowledge.synonyms.saved'))) setEditing(null);
  };

  const remove = async (set: SynonymSet) => {
    setConfirming(null);
    setBusy(true);
    finish(
      await store.getState().remove(set.id),
      t('knowledge.synonyms.deleted', { term: set.terms[0] ?? set.id }),
    );
  };

  const shown = (sets ?? []).filter((s) => matchesFilter(s, lang, text));
  const groups = CONTENT_LANGUAGES.map((l) => ({
    lang: l,
    sets: shown.filter((s) => s.lang === l),
  })).filter((g) => g.sets.length > 0);

  return (
    <section
      className="synonyms-editor"
      aria-labelledby={`${id}-title`}
      data-testid="synonyms-editor"
    >
      <h2 id={`${id}-title`}>{t('knowledge.synonyms.title')}</h2>
      <p className="synonyms-hint" data-testid="synonyms-hint">
        {t('knowledge.synonyms.hint')}
      </p>
      <p className="muted">{t('knowledge.synonyms.syncNote')}</p>
      <div className="synonyms-toolbar">
        <label>
          <span>{t('knowledge.synonyms.filterLanguage')}</span>
          <select
            data-testid="synonyms-filter-lang"
            value={lang}
            onChange={(e) => setLang(e.target.value as ContentLanguage | 'all')}
          >
            <option value="all">{t('knowledge.synonyms.allLanguages')}</option>
            {CONTENT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`contentLanguage.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('knowledge.synonyms.filterText')}</span>
          <input
            type="search"
            data-testid="synonyms-filter-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button primary"
          data-testid="synonyms-add"
          onClick={() => {
            setRefused([]);
            setEditing({ id: null });
          }}
        >
          {t('knowledge.synonyms.add')}
        </button>
      </div>
      {editing?.id === null && (
        <div className="card synonyms-new">
          <h3>{t('knowledge.synonyms.newHeading')}</h3>
          <SynonymSetForm
            initialLang={lang === 'all' ? uiLang : lang}
            initialTerms={[]}
            fixedLang={false}
            busy={busy}
            refused={refused}
            onSave={(l, terms) => void save(null, l, terms)}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}
      <p role="status" className="synonyms-done" data-testid="synonyms-done">
        {done}
      </p>
      {(failure ?? (load.status === 'failed' ? load : null)) && (
        <div className="notice-box error" role="alert" data-testid="synonyms-failure">
          <p>{failureText(t, (failure ?? load) as SynonymFailure)}</p>
          {load.status === 'failed' && (
            <button type="button" className="button" onClick={() => void store.getState().reload()}>
              {t('knowledge.synonyms.retry')}
            </button>
          )}
        </div>
      )}
      {!sets && load.status === 'loading' && <p className="muted">{t('knowledge.loading')}</p>}
      {sets && groups.length === 0 && (
        <p className="muted" data-testid="synonyms-empty">
          {t(sets.length === 0 ? 'knowledge.synonyms.empty' : 'knowledge.synonyms.noMatch')}
        </p>
      )}
      {groups.map((group) => (
        <section
          key={group.lang}
          className="synonyms-group"
          data-testid="synonyms-group"
          data-lang={group.lang}
        >
          <h3>
            {t(`contentLanguage.${group.lang}`)}{' '}
            <span className="muted">({group.sets.length})</span>
          </h3>
          <ul className="synonyms-sets">
            {group.sets.map((set) => (
              <li key={set.id} className="synonym-set" data-testid="synonym-set" data-set={set.id}>
                {editing?.id === set.id ? (
                  <SynonymSetForm
                    initialLang={set.lang}
                    initialTerms={set.terms}
                    fixedLang
                    busy={busy}
                    refused={refused}
                    onSave={(l, terms) => void save(set.id, l, terms)}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <ul className="synonym-terms" aria-label={t('knowledge.synonyms.termsLabel')}>
                      {set.terms.map((term, n) => (
                        <li key={term} lang={set.lang} data-testid="synonym-term">
                          {n > 0 && (
                            <span className="synonym-link" aria-hidden="true">
                              ↔
                            </span>
                          )}
                          <span className="synonym-chip">{term}</span>
                        </li>
                      ))}
                    </ul>
                    <div className="synonym-set-actions">
                      <button
                        type="button"
                        className="button ghost small"
                        data-testid="synonym-edit"
                        onClick={() => {
                          setRefused([]);
                          setEditing({ id: set.id });
                        }}
                      >
                        {t('knowledge.synonyms.edit')}
                      </button>
                      {confirming === set.id ? (
                        <span className="synonym-confirm">
                          <span>{t('knowledge.synonyms.deleteQuestion')}</span>
                          <button
                            type="button"
                            className="button danger small"
                            data-testid="synonym-delete-confirm"
                            onClick={() => void remove(set)}
                          >
                            {t('knowledge.synonyms.delete')}
                          </button>
                          <button
                            type="button"
                            className="button ghost small"
                            onClick={() => setConfirming(null)}
                          >
                            {t('knowledge.synonyms.cancel')}
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="button ghost small"
                          data-testid="synonym-delete"
                          onClick={() => setConfirming(set.id)}
                        >
                          {t('knowledge.synonyms.delete')}
                        </button>
                      )}
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function failureText(t: TFunction, failure: SynonymFailure): string {
  switch (failure.problem) {
    case 'offline':
    case 'call-failed':
      return t('knowledge.synonyms.problem.offline');
    case 'forbidden':
      return t('knowledge.synonyms.problem.forbidden');
    case 'not-found':
      return t('knowledge.synonyms.problem.notFound');
    case 'signed-out':
      return t('knowledge.synonyms.problem.signedOut');
    default:
      return t('knowledge.synonyms.problem.refused', { message: failure.message });
  }
}

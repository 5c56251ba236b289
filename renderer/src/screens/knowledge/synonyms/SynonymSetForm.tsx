import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../../shared/languages';
import { termProblems, type TermProblem } from './synonym-rules';
import { TermChips, TermProblems } from './TermChips';

/** Adding a set (language and terms) or editing one's terms (the language stays). */
export function SynonymSetForm(props: {
  initialLang: ContentLanguage;
  initialTerms: string[];
  /** Editing: the language cannot change (the id says it). */
  fixedLang: boolean;
  busy: boolean;
  /** Problems the store found when saving. */
  refused: TermProblem[];
  onSave: (lang: ContentLanguage, terms: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [lang, setLang] = useState(props.initialLang);
  const [terms, setTerms] = useState(props.initialTerms);
  const [tried, setTried] = useState(false);
  const problems = tried ? termProblems(terms) : props.refused;

  return (
    <div
      className="synonym-form"
      data-testid="synonym-form"
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      {!props.fixedLang && (
        <label className="synonym-form-lang">
          <span>{t('knowledge.synonyms.language')}</span>
          <select
            data-testid="synonym-form-lang"
            value={lang}
            onChange={(e) => setLang(e.target.value as ContentLanguage)}
          >
            {CONTENT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`contentLanguage.${l}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <TermChips
        terms={terms}
        lang={lang}
        label={t('knowledge.synonyms.termsLabel')}
        onChange={setTerms}
      />
      <TermProblems problems={problems} />
      <div className="synonym-form-actions">
        <button
          type="button"
          className="button primary"
          data-testid="synonym-form-save"
          disabled={props.busy}
          onClick={() => {
            setTried(true);
            // The input's pending text counts: blur has added it by the time of the click.
            if (termProblems(terms).length === 0) props.onSave(lang, terms);
          }}
        >
          {t('knowledge.synonyms.save')}
        </button>
        <button type="button" className="button ghost" onClick={props.onCancel}>
          {t('knowledge.synonyms.cancel')}
        </button>
      </div>
    </div>
  );
}

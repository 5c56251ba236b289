import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../../shared/languages';
import { addTerms, MAX_TERM_LENGTH, type TermProblem } from './synonym-rules';

/** A set's terms as removable chips and an input where Enter or a comma adds the typed term. */
export function TermChips(props: {
  terms: string[];
  lang: ContentLanguage;
  label: string;
  onChange: (terms: string[]) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const commit = () => {
    if (!typed.trim()) return;
    props.onChange(addTerms(props.terms, typed));
    setTyped('');
  };
  return (
    <div className="term-chips" data-testid="synonym-term-editor">
      <ul className="term-chip-list" aria-label={props.label}>
        {props.terms.map((term) => (
          <li key={term} className="term-chip" data-testid="synonym-term" lang={props.lang}>
            <span>{term}</span>
            <button
              type="button"
              className="term-chip-remove"
              aria-label={t('knowledge.synonyms.removeTerm', { term })}
              title={t('knowledge.synonyms.removeTerm', { term })}
              onClick={() => props.onChange(props.terms.filter((x) => x !== term))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        className="term-chip-input"
        data-testid="synonym-term-input"
        lang={props.lang}
        maxLength={MAX_TERM_LENGTH * 4}
        aria-label={t('knowledge.synonyms.addTermLabel')}
        placeholder={t('knowledge.synonyms.addTermPlaceholder')}
        value={typed}
        onChange={(e) => {
          // A comma typed or pasted ends the term(s) before it.
          const value = e.target.value;
          if (/[,，、]/.test(value)) {
            const cut = Math.max(
              value.lastIndexOf(','),
              value.lastIndexOf('，'),
              value.lastIndexOf('、'),
            );
            props.onChange(addTerms(props.terms, value.slice(0, cut)));
            setTyped(value.slice(cut + 1));
          } else setTyped(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Backspace' && typed === '' && props.terms.length > 0) {
            props.onChange(props.terms.slice(0, -1));
          }
        }}
        onBlur={commit}
      />
    </div>
  );
}

/** The problems of a set in words (the same rules as the server's). */
export function TermProblems({ problems }: { problems: TermProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className="synonym-problems" role="alert" data-testid="synonym-problems">
      {problems.map((p, n) => (
        <li key={n} data-code={p.code}>
          {p.code === 'too-long' || p.code === 'duplicate'
            ? t(`knowledge.synonyms.problem.${p.code}`, { term: p.term, max: MAX_TERM_LENGTH })
            : t(`knowledge.synonyms.problem.${p.code}`)}
        </li>
      ))}
    </ul>
  );
}

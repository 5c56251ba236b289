/*
 * Pieces the search screen's result list and the quick-search popup render the same way.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { TextRuns } from '../../components/TextRuns';

/** A ref for a listbox option that keeps it in view while it is the active one. */
export function useScrollIntoView(active: boolean) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return ref;
}

/**
 * A hit's title, type badge, categories (then `extra`) and snippet. `lang` goes on the title and
 * the snippet, for lists that do not set it on the whole option.
 */
export function HitBody(props: { hit: SearchHit; lang?: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const { hit } = props;
  return (
    <>
      <div className="result-title" lang={props.lang}>
        <TextRuns runs={hit.title} />
      </div>
      <div className="result-meta">
        <span className={`badge type-${hit.type}`}>{t(`articleType.${hit.type}`)}</span>
        {hit.categories.map((c) => (
          <span key={c} className="result-category">
            {c}
          </span>
        ))}
        {props.extra}
      </div>
      {hit.snippet.length > 0 && (
        <p className="result-snippet" lang={props.lang}>
          <TextRuns runs={hit.snippet} />
        </p>
      )}
    </>
  );
}

/** "Did you mean …?" as a button that searches for the suggestion. */
export function DidYouMean(props: { suggestion: string; onPick: (suggestion: string) => void }) {
  const { t } = useTranslation();
  return (
    <p>
      <button type="button" className="link-button" onClick={() => props.onPick(props.suggestion)}>
        {t('search.didYouMean', { suggestion: props.suggestion })}
      </button>
    </p>
  );
}

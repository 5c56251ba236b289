import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { useMeasurePaint, type KeystrokeTimer } from '../../lib/keystroke-timing';
import { useSearchStore } from '../../stores/stores-context';
import { DidYouMean, HitBody, useScrollIntoView } from './result-parts';
import { RESULTS_ID, resultOptionId } from './SearchBox';

function ResultItem(props: {
  hit: SearchHit;
  index: number;
  active: boolean;
  open: boolean;
  onOpen: () => void;
}) {
  const setActive = useSearchStore((s) => s.setActive);
  const ref = useScrollIntoView(props.active);
  const { hit } = props;
  return (
    <li
      ref={ref}
      id={resultOptionId(props.index)}
      role="option"
      aria-selected={props.active}
      aria-current={props.open ? 'true' : undefined}
      data-testid="search-result"
      data-type={hit.type}
      data-article-id={hit.id}
      className="result"
      lang={hit.lang}
      onMouseMove={() => {
        if (!props.active) setActive(props.index);
      }}
      onClick={props.onOpen}
    >
      <HitBody hit={hit} />
    </li>
  );
}

/** Status line and result list; the list is the combobox's listbox. */
export function SearchResults({
  onOpen,
  openId,
  timer,
}: {
  onOpen: (hit: SearchHit) => void;
  openId?: string;
  timer: KeystrokeTimer;
}) {
  const { t } = useTranslation();
  const query = useSearchStore((s) => s.query);
  const result = useSearchStore((s) => s.result);
  const resultQuery = useSearchStore((s) => s.resultQuery);
  const loading = useSearchStore((s) => s.loading);
  const error = useSearchStore((s) => s.error);
  const activeIndex = useSearchStore((s) => s.activeIndex);
  const runNow = useSearchStore((s) => s.runNow);
  const setQuery = useSearchStore((s) => s.setQuery);
  const hits = result?.hits ?? [];
  useMeasurePaint(timer, result, resultQuery);

  let status: string;
  if (query.trim() === '') status = t('search.hint');
  else if (loading && !result) status = t('search.searching');
  else status = t('search.resultCount', { count: hits.length });

  return (
    <div className="results-area">
      <p
        id="search-hint"
        className="search-status"
        role="status"
        aria-live="polite"
        aria-busy={loading}
      >
        {status}
        {loading && result && <span className="spinner" aria-hidden="true" />}
      </p>
      {error && (
        <div className="notice-box error" role="alert">
          <p>
            <strong>{t('search.failed', { message: error })}</strong>
          </p>
          <p>{t('search.failedHint')}</p>
          <button type="button" className="button" onClick={runNow}>
            {t('search.retry')}
          </button>
        </div>
      )}
      {!error && result && hits.length === 0 && resultQuery.trim() !== '' && (
        <div className="notice-box" data-testid="search-empty">
          <p>
            <strong>{t('search.nothingFound', { query: resultQuery })}</strong>
          </p>
          {result.didYouMean && <DidYouMean suggestion={result.didYouMean} onPick={setQuery} />}
          <p className="muted">{t('search.nothingFoundHint')}</p>
        </div>
      )}
      <ul id={RESULTS_ID} className="results" role="listbox" aria-label={t('search.resultsLabel')}>
        {hits.map((hit, index) => (
          <ResultItem
            key={`${hit.id}:${hit.lang}`}
            hit={hit}
            index={index}
            active={index === activeIndex}
            open={hit.id === openId}
            onOpen={() => onOpen(hit)}
          />
        ))}
      </ul>
    </div>
  );
}

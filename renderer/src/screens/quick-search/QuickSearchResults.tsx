import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { withoutFinalStop } from '../../bridge/call-failure';
import { emptyItems, type EmptyItem } from '../../lib/quick-search-nav';
import {
  useDeskStore,
  useQuickResults,
  useQuickSearchStore,
  useSignedIn,
} from '../../stores/stores-context';
import { DidYouMean, HitBody, useScrollIntoView } from '../search/result-parts';

export const QS_LIST_ID = 'quick-search-list';
export const qsOptionId = (index: number): string => `quick-search-option-${index}`;

/** One option of the popup's listbox: pointing at it makes it active, clicking opens it. */
function QuickOption(props: {
  index: number;
  active: boolean;
  onOpen: () => void;
  onPoint: () => void;
  className: string;
  data: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  const ref = useScrollIntoView(props.active);
  return (
    <li
      ref={ref}
      id={qsOptionId(props.index)}
      role="option"
      aria-selected={props.active}
      className={props.className}
      {...props.data}
      onMouseMove={() => {
        if (!props.active) props.onPoint();
      }}
      onClick={props.onOpen}
    >
      {props.children}
    </li>
  );
}

interface OptionProps {
  index: number;
  active: boolean;
  onOpen: () => void;
  onPoint: () => void;
}

function ResultOption({ hit, ...option }: OptionProps & { hit: SearchHit }) {
  const { t } = useTranslation();
  return (
    <QuickOption
      {...option}
      className="result qs-result"
      data={{
        'data-testid': 'quick-search-result',
        'data-type': hit.type,
        'data-article-id': hit.id,
      }}
    >
      <HitBody
        hit={hit}
        lang={hit.lang}
        extra={
          hit.type === 'canned' && <span className="qs-canned-hint">{t('quick.cannedHint')}</span>
        }
      />
    </QuickOption>
  );
}

/** The empty field's offer: recently viewed and most used articles, reachable with ↑/↓. */
function EmptyLists(props: { onOpen: (item: EmptyItem) => void }) {
  const { t } = useTranslation();
  const lists = useDeskStore((s) => s.lists);
  const status = useDeskStore((s) => s.status);
  const active = useQuickSearchStore((s) => s.emptyActive);
  const setActive = useQuickSearchStore((s) => s.setEmptyActive);
  const items = emptyItems(lists);
  if (items.length === 0) {
    return (
      <p className="qs-hint muted" data-testid="quick-search-start">
        {status === 'ready' || status === 'failed'
          ? t('quick.startEmpty')
          : t('quick.startLoading')}
      </p>
    );
  }
  const numbered = items.map((entry, index) => ({ entry, index }));
  return (
    <ul id={QS_LIST_ID} role="listbox" className="qs-list" aria-label={t('quick.emptyLabel')}>
      {(['recent', 'mostUsed'] as const).map((list) => {
        const entries = numbered.filter((n) => n.entry.list === list);
        if (entries.length === 0) return null;
        return (
          <li key={list} role="group" aria-labelledby={`qs-group-${list}`} className="qs-group">
            <span id={`qs-group-${list}`} className="qs-group-title">
              {t(list === 'recent' ? 'quick.recent' : 'quick.mostUsed')}
            </span>
            <ul role="none">
              {entries.map(({ entry, index }) => (
                <EmptyOption
                  key={`${list}:${entry.item.id}:${entry.item.lang}`}
                  entry={entry}
                  index={index}
                  active={index === active}
                  onPoint={() => setActive(index)}
                  onOpen={() => props.onOpen(entry)}
                />
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

function EmptyOption({ entry, ...option }: OptionProps & { entry: EmptyItem }) {
  const { t } = useTranslation();
  const { item } = entry;
  return (
    <QuickOption
      {...option}
      className="result qs-result qs-compact"
      data={{
        'data-testid': 'quick-search-recent',
        'data-list': entry.list,
        'data-type': item.type,
      }}
    >
      <span className="result-title" lang={item.lang}>
        {item.title}
      </span>
      <span className="result-meta">
        <span className={`badge type-${item.type}`}>{t(`articleType.${item.type}`)}</span>
        {item.categories.length > 0 && <span>{item.categories.join(' · ')}</span>}
      </span>
    </QuickOption>
  );
}

function NothingFound(props: { query: string; didYouMean?: string }) {
  const { t } = useTranslation();
  const report = useQuickSearchStore((s) => s.report);
  const reportQuestion = useQuickSearchStore((s) => s.reportQuestion);
  const setQuery = useQuickResults((s) => s.setQuery);
  const signedIn = useSignedIn();
  const mine = report.status !== 'idle' && report.query === props.query.trim() ? report : null;
  return (
    <div className="notice-box qs-nothing" data-testid="quick-search-empty">
      <p>
        <strong>{t('search.nothingFound', { query: props.query })}</strong>
      </p>
      {props.didYouMean && <DidYouMean suggestion={props.didYouMean} onPick={setQuery} />}
      {mine?.status === 'sent' ? (
        <p className="ok-text" role="status" data-testid="report-question-sent">
          {t('quick.reportSent')}
        </p>
      ) : (
        <>
          <p className="muted">{signedIn ? t('quick.reportHint') : t('quick.reportSignIn')}</p>
          <button
            type="button"
            className="button"
            disabled={!signedIn || mine?.status === 'sending'}
            data-testid="report-question"
            onClick={() => void reportQuestion(props.query)}
          >
            {mine?.status === 'sending' ? t('quick.reportSending') : t('quick.report')}
          </button>
          {mine?.status === 'failed' && (
            <p className="field-error" role="alert">
              {t('quick.reportFailed', { message: withoutFinalStop(mine.message) })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** Results (or, for an empty field, recent and most used), with a status line for screen readers. */
export function QuickSearchResults(props: {
  onOpenHit: (hit: SearchHit) => void;
  onOpenItem: (item: EmptyItem) => void;
}) {
  const { t } = useTranslation();
  const query = useQuickResults((s) => s.query);
  const result = useQuickResults((s) => s.result);
  const resultQuery = useQuickResults((s) => s.resultQuery);
  const loading = useQuickResults((s) => s.loading);
  const error = useQuickResults((s) => s.error);
  const activeIndex = useQuickResults((s) => s.activeIndex);
  const setActive = useQuickResults((s) => s.setActive);
  const runNow = useQuickResults((s) => s.runNow);
  const hits = result?.hits ?? [];
  const empty = query.trim() === '';

  let status = '';
  if (!empty) {
    if (loading && !result) status = t('search.searching');
    else if (result) status = t('search.resultCount', { count: hits.length });
  }

  return (
    <div className="qs-results">
      <p id="quick-search-status" className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {empty ? (
        <EmptyLists onOpen={props.onOpenItem} />
      ) : error ? (
        <div className="notice-box error" role="alert">
          <p>
            <strong>{t('search.failed', { message: error })}</strong>
          </p>
          <button type="button" className="button" onClick={runNow}>
            {t('search.retry')}
          </button>
        </div>
      ) : result && hits.length === 0 && resultQuery.trim() !== '' ? (
        <NothingFound query={resultQuery} didYouMean={result.didYouMean} />
      ) : (
        <ul
          id={QS_LIST_ID}
          role="listbox"
          className="qs-list"
          aria-label={t('search.resultsLabel')}
        >
          {hits.map((hit, index) => (
            <ResultOption
              key={`${hit.id}:${hit.lang}`}
              hit={hit}
              index={index}
              active={index === activeIndex}
              onPoint={() => setActive(index)}
              onOpen={() => props.onOpenHit(hit)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

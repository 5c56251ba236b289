import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { Icon } from '../../components/Icon';
import type { KeystrokeTimer } from '../../lib/keystroke-timing';
import { useSearchStore } from '../../stores/stores-context';

export const RESULTS_ID = 'search-results';
export const resultOptionId = (index: number): string => `search-result-${index}`;

/** The query field; ↑/↓ move through the results without leaving it, Enter opens one. */
export function SearchBox({
  onOpen,
  timer,
}: {
  onOpen: (hit: SearchHit) => void;
  timer: KeystrokeTimer;
}) {
  const { t } = useTranslation();
  const query = useSearchStore((s) => s.query);
  const hits = useSearchStore((s) => s.result?.hits);
  const activeIndex = useSearchStore((s) => s.activeIndex);
  const setQuery = useSearchStore((s) => s.setQuery);
  const moveActive = useSearchStore((s) => s.moveActive);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveActive(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits?.[activeIndex] ?? hits?.[0];
      if (hit) onOpen(hit);
    } else if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      setQuery('');
    }
  };

  const expanded = (hits?.length ?? 0) > 0;
  return (
    <div className="search-box">
      <Icon name="search" />
      <input
        type="search"
        data-testid="search-input"
        role="combobox"
        aria-label={t('search.inputLabel')}
        aria-describedby="search-hint"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={RESULTS_ID}
        aria-activedescendant={
          expanded && activeIndex >= 0 ? resultOptionId(activeIndex) : undefined
        }
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        // The agent came here to type: focus the field, not the heading.
        autoFocus
        value={query}
        onChange={(e) => {
          timer.input(e.target.value);
          setQuery(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      {query !== '' && (
        <button
          type="button"
          className="icon-button"
          aria-label={t('search.clear')}
          onClick={() => setQuery('')}
        >
          <Icon name="close" size={16} />
        </button>
      )}
    </div>
  );
}

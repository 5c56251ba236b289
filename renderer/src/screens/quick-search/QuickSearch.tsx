import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRef } from '../../../../shared/api';
import type { SearchHit } from '../../../../shared/search';
import { treeIdOfSearchId, treeSearchId } from '../../../../shared/workstation/trees';
import { Icon } from '../../components/Icon';
import { clientIsMac } from '../../lib/hotkey';
import { KeystrokeTimer, useMeasurePaint } from '../../lib/keystroke-timing';
import { emptyItems, moveIndex, quickSearchKey, type EmptyItem } from '../../lib/quick-search-nav';
import {
  StoresContext,
  useDeskStore,
  useQuickResults,
  useQuickSearchStore,
  useSessionStore,
  useStores,
} from '../../stores/stores-context';
import { ArticleView } from '../search/ArticleView';
import { hrefForRef } from '../troubleshoot/tree-links';
import { QuickCanned } from './QuickCanned';
import { QuickSearchFilters } from './QuickSearchFilters';
import { QS_LIST_ID, qsOptionId, QuickSearchResults } from './QuickSearchResults';

export interface QuickSearchProps {
  /** The desktop popup window, or web mode's overlay dialog. */
  variant: 'window' | 'overlay';
  /** The id the dialog or window is labelled by. */
  labelId: string;
  /** Esc. */
  onClose: () => void;
  /** Ctrl+Enter (⌘Enter on macOS). */
  onOpenInMain: (ref: ArticleRef) => void;
  /** A canned response went to the clipboard; the popup should close. */
  onCopied: (title: string) => void;
  /**
   * A troubleshooting tree was chosen (a hit of type "tree", or one linked from an article): it
   * runs in the main window. Without it, the tree's search id goes to `onOpenInMain`.
   */
  onOpenTree?: (treeId: string) => void;
}

/** The popup's article, with the popup's own article store so the main view keeps its article. */
function PopupArticle(props: {
  onBack: () => void;
  onOpenInMain: (ref: ArticleRef) => void;
  onOpenTree: (treeId: string) => void;
}) {
  const { t } = useTranslation();
  const stores = useStores();
  const quickSearch = stores.quickSearch;
  const view = useQuickSearchStore((s) => s.view);
  if (view.kind !== 'article') return null;
  const open = (ref: ArticleRef): void => {
    const treeId = treeIdOfSearchId(ref.id);
    if (treeId !== null) {
      props.onOpenTree(treeId);
      return;
    }
    quickSearch.getState().openArticle(ref);
    void stores.quickArticle.getState().open(ref);
  };
  return (
    <StoresContext value={{ ...stores, article: stores.quickArticle }}>
      <div className="qs-article-actions">
        <button type="button" className="button ghost" onClick={props.onBack}>
          <Icon name="back" size={16} />
          {t('quick.backToResults')}
        </button>
        <button
          type="button"
          className="button ghost"
          data-testid="quick-search-open-main"
          onClick={() => props.onOpenInMain(view.ref)}
        >
          <Icon name="external" size={16} />
          {t('quick.openInMain')}
        </button>
      </div>
      <ArticleView
        variant="popup"
        onLanguage={(lang) => open({ id: view.ref.id, lang })}
        openArticle={open}
        hrefForArticle={hrefForRef}
        openTree={props.onOpenTree}
      />
    </StoresContext>
  );
}

/**
 * Quick search (R1, R4, R8, R17): results on every keystroke, ↑/↓ and Enter, Ctrl+Enter to the
 * main window, Esc to close; canned responses filled and copied; "report this question".
 */
export function QuickSearch(props: QuickSearchProps) {
  const { t, i18n } = useTranslation();
  const stores = useStores();
  const quickSearch = stores.quickSearch;
  const isMac = clientIsMac();
  const view = useQuickSearchStore((s) => s.view);
  const offer = useQuickSearchStore((s) => s.offer);
  const emptyActive = useQuickSearchStore((s) => s.emptyActive);
  const query = useQuickResults((s) => s.query);
  const hits = useQuickResults((s) => s.result?.hits);
  const result = useQuickResults((s) => s.result);
  const resultQuery = useQuickResults((s) => s.resultQuery);
  const activeIndex = useQuickResults((s) => s.activeIndex);
  const lists = useDeskStore((s) => s.lists);
  const agentName = useSessionStore((s) =>
    s.session?.status === 'signed-in' ? s.session.user.name : undefined,
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [timer] = useState(() => new KeystrokeTimer());
  useMeasurePaint(timer, result, resultQuery);

  const items = emptyItems(lists);
  const empty = query.trim() === '';

  // Each opening puts the agent in the field; text offered from the clipboard is selected, so
  // typing replaces it.
  useEffect(() => {
    if (!offer) return;
    inputRef.current?.focus();
    if (offer.text !== '') inputRef.current?.select();
  }, [offer]);

  // Back at the results (Back, or a new popup): the agent continues in the field.
  useEffect(() => {
    if (view.kind === 'results') inputRef.current?.focus({ preventScroll: true });
    else if (view.kind === 'article') bodyRef.current?.focus({ preventScroll: true });
  }, [view.kind]);

  const openArticle = (ref: ArticleRef): void => {
    quickSearch.getState().openArticle(ref);
    void stores.quickArticle.getState().open(ref);
  };

  const openCanned = (article: ArticleRef & { title: string }): void => {
    void quickSearch
      .getState()
      .startCanned(article, { agentName, now: new Date(), locale: i18n.language })
      .then((outcome) => {
        if (outcome === 'copied') props.onCopied(article.title);
      });
  };

  // Trees run in the main window: the popup is too small for a guided run.
  const openTree = (treeId: string): void => {
    if (props.onOpenTree) props.onOpenTree(treeId);
    else props.onOpenInMain({ id: treeSearchId(treeId) });
  };

  const open = (
    target: { id: string; lang: ArticleRef['lang']; type: string; title: string },
    inMain: boolean,
  ): void => {
    const ref: ArticleRef = target.lang ? { id: target.id, lang: target.lang } : { id: target.id };
    const treeId = treeIdOfSearchId(target.id);
    if (treeId !== null) openTree(treeId);
    else if (inMain) props.onOpenInMain(ref);
    else if (target.type === 'canned') openCanned({ ...ref, title: target.title });
    else openArticle(ref);
  };
  const openHit = (hit: SearchHit, inMain = false): void =>
    open({ ...hit, title: hit.title.map((r) => r.text).join('') }, inMain);
  const openItem = (entry: EmptyItem, inMain = false): void => open(entry.item, inMain);

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    const action = quickSearchKey(e, isMac);
    if (!action || action === 'close') return;
    e.preventDefault();
    if (empty) {
      if (action === 'next' || action === 'previous')
        quickSearch
          .getState()
          .setEmptyActive(moveIndex(emptyActive, action === 'next' ? 1 : -1, items.length));
      else {
        const entry = items[emptyActive] ?? items[0];
        if (entry) openItem(entry, action === 'open-main');
      }
      return;
    }
    if (action === 'next' || action === 'previous')
      stores.quickResults.getState().moveActive(action === 'next' ? 1 : -1);
    else {
      const hit = hits?.[activeIndex] ?? hits?.[0];
      if (hit) openHit(hit, action === 'open-main');
    }
  };

  // Esc closes from anywhere in the popup; Ctrl+Enter on an open article sends it to the main window.
  const onRootKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.defaultPrevented) return;
    const action = quickSearchKey(e, isMac);
    if (action === 'close') {
      e.preventDefault();
      props.onClose();
    } else if (action === 'open-main' && view.kind === 'article') {
      e.preventDefault();
      props.onOpenInMain(view.ref);
    }
  };

  const listShown = empty ? items.length > 0 : (hits?.length ?? 0) > 0;
  const active = empty ? emptyActive : activeIndex;
  const modifier = isMac ? '⌘' : 'Ctrl';

  return (
    <div className={`quick-search qs-${props.variant}`} onKeyDown={onRootKey}>
      <div className="qs-head">
        <h1 id={props.labelId} className="visually-hidden">
          {t('quick.title')}
        </h1>
        <div className="search-box qs-box">
          <Icon name="search" />
          <input
            ref={inputRef}
            type="search"
            role="combobox"
            aria-label={t('quick.inputLabel')}
            aria-autocomplete="list"
            aria-expanded={view.kind === 'results' && listShown}
            aria-controls={QS_LIST_ID}
            aria-activedescendant={
              view.kind === 'results' && listShown && active >= 0 ? qsOptionId(active) : undefined
            }
            aria-describedby="quick-search-keys"
            placeholder={t('quick.placeholder')}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            data-testid="quick-search-input"
            value={query}
            onChange={(e) => {
              timer.input(e.target.value);
              if (view.kind !== 'results') quickSearch.getState().back();
              stores.quickResults.getState().setQuery(e.target.value);
              quickSearch.getState().setEmptyActive(-1);
            }}
            onKeyDown={onInputKey}
          />
          {props.variant === 'overlay' && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('quick.close')}
              title={t('quick.close')}
              onClick={props.onClose}
            >
              <Icon name="close" size={16} />
            </button>
          )}
        </div>
        <QuickSearchFilters />
      </div>
      <div ref={bodyRef} className="qs-body" tabIndex={-1}>
        {view.kind === 'results' && (
          <QuickSearchResults
            onOpenHit={(hit) => openHit(hit)}
            onOpenItem={(item) => openItem(item)}
          />
        )}
        {view.kind === 'article' && (
          <PopupArticle
            onBack={() => quickSearch.getState().back()}
            onOpenInMain={props.onOpenInMain}
            onOpenTree={openTree}
          />
        )}
        {view.kind === 'canned' && (
          <>
            <button
              type="button"
              className="button ghost"
              onClick={() => quickSearch.getState().back()}
            >
              <Icon name="back" size={16} />
              {t('quick.backToResults')}
            </button>
            <QuickCanned draft={view.draft} onCopied={props.onCopied} />
          </>
        )}
      </div>
      <p id="quick-search-keys" className="qs-keys">
        {t('quick.keys', { modifier })}
      </p>
    </div>
  );
}

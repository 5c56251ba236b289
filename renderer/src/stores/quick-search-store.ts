import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, ArticleRef } from '../../../shared/api';
import {
  extractPlaceholders,
  fillPlaceholders,
  htmlToPlainText,
  initialValues,
  knownValues,
  type CannedContext,
} from '../../../shared/workstation/canned';
import { errorMessage } from '../bridge/call-failure';
import { clipboardQuery } from '../lib/quick-search-nav';
import type { SearchStore } from './search-store';

/** A canned response being filled in the popup (Enter on a canned result). */
export type CannedDraft =
  | { status: 'loading'; ref: ArticleRef; title: string }
  | {
      status: 'ready';
      ref: ArticleRef;
      title: string;
      /** The body as plain text, placeholders still in it. */
      text: string;
      placeholders: string[];
      values: Record<string, string>;
    }
  | { status: 'failed'; ref: ArticleRef; title: string; message: string };

export type QuickView =
  | { kind: 'results' }
  | { kind: 'article'; ref: ArticleRef }
  | { kind: 'canned'; draft: CannedDraft };

export type ReportState =
  | { status: 'idle' }
  | { status: 'sending'; query: string }
  | { status: 'sent'; query: string }
  | { status: 'failed'; query: string; message: string };

/** Clipboard access, passed in: the browser's in the app, a recorder in tests. */
export interface ClipboardWriter {
  writeText(text: string): Promise<void>;
}

export interface QuickSearchStoreState {
  /** Web mode's overlay is showing (the desktop popup is a window of its own and ignores this). */
  open: boolean;
  view: QuickView;
  report: ReportState;
  /**
   * What the field starts with, each time anew (a new `seq`): the field takes focus and selects
   * the text, so typing replaces it. Empty text when there is nothing to offer.
   */
  offer: { text: string; seq: number } | null;
  /** The highlighted item of the empty state (recent and most used), -1 for none. */
  emptyActive: number;
  /** Starts afresh, offering the clipboard's text as the query when there is some. */
  show(clipboardText?: string): void;
  /** The clipboard answered late (web mode asks asynchronously): offered only if the agent has not typed. */
  offerClipboard(text: string): void;
  hide(): void;
  openArticle(ref: ArticleRef): void;
  /** Back to the results from an article or a canned form. */
  back(): void;
  setEmptyActive(index: number): void;
  /**
   * Enter on a canned response: loads it and resolves 'form' when it has placeholders to fill,
   * 'copied' when it had none and is on the clipboard already, 'failed' otherwise.
   */
  startCanned(
    article: ArticleRef & { title: string },
    context: CannedContext,
  ): Promise<'form' | 'copied' | 'failed'>;
  setCannedValue(name: string, value: string): void;
  /** Copies the filled text; rejects with the clipboard's error. */
  copyCanned(): Promise<void>;
  /** "Nothing found → report this question"; queued by the core when offline. */
  reportQuestion(query: string): Promise<void>;
}

export type QuickSearchStore = StoreApi<QuickSearchStoreState>;

/** The filled text of a ready draft. */
export function filledDraftText(draft: CannedDraft): string | null {
  return draft.status === 'ready' ? fillPlaceholders(draft.text, draft.values) : null;
}

/**
 * The quick-search popup (R1): what it shows besides results, the clipboard offer, canned
 * responses filled before copying (R8) and questions reported to the authors (R17). Results come
 * from its own search store, so the popup never disturbs the Search screen behind it.
 */
export function createQuickSearchStore(
  api: AgentApi,
  search: SearchStore,
  clipboard: ClipboardWriter,
): QuickSearchStore {
  let seq = 0;
  let cannedGeneration = 0;
  // What the popup itself last put on the clipboard: not a question to offer back to the agent.
  let lastCopied: string | null = null;
  const copy = async (text: string): Promise<void> => {
    await clipboard.writeText(text);
    lastCopied = text;
  };
  const offered = (text: string): string =>
    lastCopied !== null && text.trim() === lastCopied.trim() ? '' : clipboardQuery(text);

  return createStore<QuickSearchStoreState>()((set, get) => {
    const putQuery = (text: string): void => {
      search.getState().setQuery(text);
      set({ offer: { text, seq: ++seq } });
    };

    return {
      open: false,
      view: { kind: 'results' },
      report: { status: 'idle' },
      offer: null,
      emptyActive: -1,

      show(clipboardText = '') {
        cannedGeneration++;
        set({ open: true, view: { kind: 'results' }, report: { status: 'idle' }, emptyActive: -1 });
        // Each popup starts unfiltered; the filters are for narrowing one search.
        search.setState({ filters: {} });
        putQuery(offered(clipboardText));
      },

      offerClipboard(text) {
        const query = offered(text);
        if (query === '' || search.getState().query !== '' || !get().open) return;
        putQuery(query);
      },

      hide() {
        cannedGeneration++;
        set({ open: false, view: { kind: 'results' }, offer: null });
      },

      openArticle(ref) {
        set({ view: { kind: 'article', ref } });
      },

      back() {
        cannedGeneration++;
        set({ view: { kind: 'results' } });
      },

      setEmptyActive(index) {
        set({ emptyActive: index });
      },

      async startCanned(article, context) {
        const mine = ++cannedGeneration;
        const ref: ArticleRef = article.lang
          ? { id: article.id, lang: article.lang }
          : { id: article.id };
        set({ view: { kind: 'canned', draft: { status: 'loading', ref, title: article.title } } });
        const fail = (message: string): 'failed' => {
          if (mine === cannedGeneration)
            set({
              view: {
                kind: 'canned',
                draft: { status: 'failed', ref, title: article.title, message },
              },
            });
          return 'failed';
        };
        let text: string;
        let title: string;
        try {
          const loaded = await api.getArticle(ref);
          if (mine !== cannedGeneration) return 'failed';
          if (!loaded) return fail('');
          text = htmlToPlainText(loaded.bodyHtml);
          title = loaded.title;
        } catch (err) {
          return fail(errorMessage(err));
        }
        const placeholders = extractPlaceholders(text);
        const values = initialValues(placeholders, knownValues(context));
        const draft: CannedDraft = { status: 'ready', ref, title, text, placeholders, values };
        set({ view: { kind: 'canned', draft } });
        if (placeholders.length > 0) return 'form';
        try {
          await copy(fillPlaceholders(text, values));
          return 'copied';
        } catch (err) {
          return fail(errorMessage(err));
        }
      },

      setCannedValue(name, value) {
        const { view } = get();
        if (view.kind !== 'canned' || view.draft.status !== 'ready') return;
        set({
          view: {
            kind: 'canned',
            draft: { ...view.draft, values: { ...view.draft.values, [name]: value } },
          },
        });
      },

      async copyCanned() {
        const { view } = get();
        if (view.kind !== 'canned') return;
        const text = filledDraftText(view.draft);
        if (text !== null) await copy(text);
      },

      async reportQuestion(query) {
        const text = query.trim().slice(0, 500);
        if (text === '') return;
        set({ report: { status: 'sending', query: text } });
        try {
          await api.reportQuestion({ query: text });
          set({ report: { status: 'sent', query: text } });
        } catch (err) {
          set({ report: { status: 'failed', query: text, message: errorMessage(err) } });
        }
      },
    };
  });
}

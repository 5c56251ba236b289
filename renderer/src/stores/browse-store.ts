import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type {
  CategoryListing,
  CategoryListQuery,
  CategoryNode,
} from '../../../shared/workstation/desk';
import { errorMessage } from '../bridge/call-failure';

export interface TreeState {
  /** 'idle' before the first load; the tree stays shown while a reload runs. */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  nodes: CategoryNode[];
  error: string | null;
}

export type ListingState =
  | { status: 'idle' }
  | { status: 'loading'; query: CategoryListQuery; listing: CategoryListing | null }
  | { status: 'ready'; query: CategoryListQuery; listing: CategoryListing }
  | { status: 'not-found'; query: CategoryListQuery }
  | { status: 'failed'; query: CategoryListQuery; message: string };

export interface BrowseStoreState {
  tree: TreeState;
  listing: ListingState;
  loadTree(): Promise<void>;
  /** Shows a category's articles and FAQ; only the latest request lands. */
  openCategory(query: CategoryListQuery): Promise<void>;
  closeCategory(): void;
  /** Reloads tree and listing when articles change while Browse is shown. Returns the unsubscribe. */
  follow(): Unsubscribe;
}

export type BrowseStore = StoreApi<BrowseStoreState>;

/** The category tree with counts, and the listing of the category the agent chose (R4, R11, R12). */
export function createBrowseStore(api: AgentApi): BrowseStore {
  let treeGeneration = 0;
  let listingGeneration = 0;

  return createStore<BrowseStoreState>()((set, get) => ({
    tree: { status: 'idle', nodes: [], error: null },
    listing: { status: 'idle' },

    async loadTree() {
      const mine = ++treeGeneration;
      const { tree } = get();
      set({ tree: { ...tree, status: tree.status === 'ready' ? 'ready' : 'loading' } });
      try {
        const nodes = await api.getCategoryTree();
        if (mine === treeGeneration) set({ tree: { status: 'ready', nodes, error: null } });
      } catch (err) {
        if (mine === treeGeneration)
          set({ tree: { ...get().tree, status: 'failed', error: errorMessage(err) } });
      }
    },

    async openCategory(query) {
      const mine = ++listingGeneration;
      const current = get().listing;
      // Keep the shown listing while the same category reloads, so the list does not flash.
      const keep =
        current.status === 'ready' && current.listing.category.id === query.categoryId
          ? current.listing
          : null;
      set({ listing: { status: 'loading', query, listing: keep } });
      try {
        const listing = await api.listCategory(query);
        if (mine !== listingGeneration) return;
        set({
          listing: listing ? { status: 'ready', query, listing } : { status: 'not-found', query },
        });
      } catch (err) {
        if (mine !== listingGeneration) return;
        set({ listing: { status: 'failed', query, message: errorMessage(err) } });
      }
    },

    closeCategory() {
      listingGeneration++;
      set({ listing: { status: 'idle' } });
    },

    follow() {
      return api.on('articlesChanged', () => {
        void get().loadTree();
        const { listing } = get();
        if (listing.status !== 'idle') void get().openCategory(listing.query);
      });
    },
  }));
}

import { errorMessage } from '../bridge/call-failure';

/** What a store that loads one thing from the API shows about that load. */
export interface LoadState {
  /** 'idle' before the first load; the loaded data stays shown while a reload runs. */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: string | null;
}

/**
 * A store's `load()`: fetches and stores the result with its status. Calls while a load runs are
 * coalesced, so a burst of them (one articlesChanged per page of a first download) costs at most
 * one extra request.
 */
export function coalescedLoad<D extends object>(
  set: (partial: Partial<LoadState> | (D & LoadState)) => void,
  get: () => LoadState,
  fetch: () => Promise<D>,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;

  async function fetchOnce(): Promise<void> {
    set({ status: get().status === 'ready' ? 'ready' : 'loading' });
    try {
      const data = await fetch();
      set({ status: 'ready', ...data, error: null });
    } catch (err) {
      set({ status: 'failed', error: errorMessage(err) });
    }
  }

  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await fetchOnce();
      } while (again);
      running = null;
    })();
    return running;
  };
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, SessionState, Unsubscribe } from '../../../shared/api';
import type {
  SignInProblem,
  SignInResult,
  SyncState,
} from '../../../shared/workstation/sync-state';
import { errorMessage } from '../bridge/call-failure';

/** Why the last sign-in did not work: the core's problem, or the call itself failed. */
export type SignInFailure =
  | {
      problem: SignInProblem;
      detail: string;
      retryAfterSeconds?: number;
    }
  | { problem: 'call-failed'; detail: string };

export type SignInAttempt =
  { status: 'idle' } | { status: 'submitting' } | { status: 'failed'; failure: SignInFailure };

export interface Credentials {
  username: string;
  password: string;
}

export interface SessionStoreState {
  /** Null until the first answer (or event) arrives. */
  session: SessionState | null;
  sync: SyncState | null;
  /** Why the last load failed, while nothing newer has arrived. */
  loadError: string | null;
  /** The last sign-in, without the credentials: the password never enters a store. */
  signInAttempt: SignInAttempt;
  /** True while the server asked to wait (too-many-attempts with retryAfterSeconds). */
  signInLocked: boolean;
  signingOut: boolean;
  /** Fetches session and sync state; safe to call again after a failure. */
  load(): Promise<void>;
  /** Follows sessionChanged and syncStateChanged. Returns the unsubscribe. */
  subscribe(): Unsubscribe;
  /** Resolves with the core's answer, or null when the call itself failed (see signInAttempt). */
  signIn(credentials: Credentials): Promise<SignInResult | null>;
  /** Rejects with the call's error so the caller can show it. */
  signOut(): Promise<void>;
  /** Rejects with the call's error so the caller can show it. */
  syncNow(): Promise<void>;
  /** Forgets the last failed sign-in (the agent started typing again). */
  clearSignInProblem(): void;
}

export type SessionStore = StoreApi<SessionStoreState>;

/**
 * Session and sync state, kept in step with AgentCore. Events are the latest truth: a call's
 * answer is applied only if no event for that value arrived while the call was on its way
 * (in web mode, HTTP answers and WebSocket events are not ordered with each other).
 */
export function createSessionStore(api: AgentApi): SessionStore {
  const version = { session: 0, sync: 0 };
  let unlockTimer: ReturnType<typeof setTimeout> | undefined;

  return createStore<SessionStoreState>()((set, get) => {
    const applySession = (session: SessionState, sinceVersion?: number): void => {
      if (sinceVersion !== undefined && sinceVersion !== version.session) return;
      version.session++;
      // A sign-in problem belongs to the signed-out form; once signed in it is history.
      const attempt = get().signInAttempt;
      set({
        session,
        loadError: null,
        signInAttempt:
          session.status === 'signed-in' && attempt.status === 'failed'
            ? { status: 'idle' }
            : attempt,
      });
    };
    const applySync = (sync: SyncState, sinceVersion?: number): void => {
      if (sinceVersion !== undefined && sinceVersion !== version.sync) return;
      version.sync++;
      set({ sync, loadError: null });
    };
    const refresh = async (): Promise<void> => {
      const since = { ...version };
      const [session, sync] = await Promise.all([api.getSession(), api.getSyncState()]);
      applySession(session, since.session);
      applySync(sync, since.sync);
    };

    return {
      session: null,
      sync: null,
      loadError: null,
      signInAttempt: { status: 'idle' },
      signInLocked: false,
      signingOut: false,

      async load() {
        try {
          await refresh();
        } catch (err) {
          set({ loadError: errorMessage(err) });
        }
      },

      subscribe() {
        const offSession = api.on('sessionChanged', (session) => applySession(session));
        const offSync = api.on('syncStateChanged', (sync) => applySync(sync));
        return () => {
          offSession();
          offSync();
        };
      },

      async signIn({ username, password }) {
        if (get().signInAttempt.status === 'submitting' || get().signInLocked) return null;
        set({ signInAttempt: { status: 'submitting' } });
        let result: SignInResult;
        try {
          result = await api.signIn({ username, password });
        } catch (err) {
          set({
            signInAttempt: {
              status: 'failed',
              failure: { problem: 'call-failed', detail: errorMessage(err) },
            },
          });
          return null;
        }
        if (result.ok) {
          // The events bring the same news; asking keeps this window right if they are late.
          // Still 'submitting' meanwhile, so the form does not flash back to empty.
          await refresh().catch(() => undefined);
          set({ signInAttempt: { status: 'idle' } });
        } else {
          const { problem, detail, retryAfterSeconds } = result;
          const wait = retryAfterSeconds !== undefined && retryAfterSeconds > 0;
          const failure: SignInFailure = wait
            ? { problem, detail, retryAfterSeconds }
            : { problem, detail };
          set({ signInAttempt: { status: 'failed', failure }, signInLocked: wait });
          if (wait) {
            // The server would refuse anyway; the button stays off until it will listen again.
            clearTimeout(unlockTimer);
            unlockTimer = setTimeout(() => set({ signInLocked: false }), retryAfterSeconds * 1000);
          }
        }
        return result;
      },

      async signOut() {
        const since = version.session;
        set({ signingOut: true });
        try {
          applySession(await api.signOut(), since);
        } finally {
          set({ signingOut: false });
        }
      },

      async syncNow() {
        const since = version.sync;
        applySync(await api.syncNow(), since);
      },

      clearSignInProblem() {
        if (get().signInAttempt.status === 'failed') set({ signInAttempt: { status: 'idle' } });
      },
    };
  });
}

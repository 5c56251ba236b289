import {
  AGENT_EVENT_NAMES,
  type AgentApi,
  type AgentCallName,
  type AgentCalls,
  type AgentEventName,
  type AgentEvents,
  type Unsubscribe,
} from '../../../shared/api';
import { CALL_PATH, EVENTS_PATH, type EventFrame } from '../../../shared/web-protocol';
import { AgentCallFailure, errorMessage } from './call-failure';
import {
  DEFAULT_BACKOFF,
  EventSocket,
  type BackoffOptions,
  type WebSocketFactory,
} from './event-socket';

export interface WebBridgeOptions {
  /** Origin of the web host, e.g. "http://127.0.0.1:4020". */
  baseUrl: string;
  fetch?: typeof fetch;
  /** The browser's WebSocket by default; tests under Node pass the `ws` package's. */
  WebSocket?: WebSocketFactory;
  backoff?: BackoffOptions;
}

export interface WebBridge extends AgentApi {
  /** Stops the event socket; calls keep working. */
  close(): void;
}

type CallResult<K extends AgentCallName> = Awaited<ReturnType<AgentCalls[K]>>;
type Listeners = { [E in AgentEventName]: Set<(payload: AgentEvents[E]) => void> };

/**
 * Turns one HTTP response of the call endpoint into the call's value, or throws an
 * AgentCallFailure carrying the host's code and message.
 */
export function readCallResponse(call: string, status: number, body: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new AgentCallFailure(
      call,
      'bad-response',
      `${call}: the host answered HTTP ${status} without JSON.`,
    );
  }
  if (typeof parsed === 'object' && parsed !== null && 'ok' in parsed) {
    const res = parsed as {
      ok: unknown;
      value?: unknown;
      error?: { code?: unknown; message?: unknown };
    };
    if (res.ok === true && status >= 200 && status < 300) return res.value;
    if (res.ok === false && res.error && typeof res.error.message === 'string') {
      const code = res.error.code;
      const known = code === 'invalid-arguments' || code === 'unknown-call' || code === 'internal';
      throw new AgentCallFailure(call, known ? code : 'internal', res.error.message);
    }
  }
  throw new AgentCallFailure(
    call,
    'bad-response',
    `${call}: unexpected answer from the host (HTTP ${status}).`,
  );
}

/** AgentApi over HTTP + WebSocket, for web mode (shared/web-protocol.ts). */
export function createWebBridge(options: WebBridgeOptions): WebBridge {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  // Built from AGENT_EVENT_NAMES so a new event in the contract is forwarded without edits here.
  const listeners = Object.fromEntries(
    AGENT_EVENT_NAMES.map((event) => [event, new Set()]),
  ) as unknown as Listeners;
  let socket: EventSocket | null = null;
  let closed = false;

  async function call<K extends AgentCallName>(
    name: K,
    args: Parameters<AgentCalls[K]>,
  ): Promise<CallResult<K>> {
    let response: Response;
    try {
      response = await doFetch(new URL(`${CALL_PATH}/${name}`, options.baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
    } catch (err) {
      throw new AgentCallFailure(
        name,
        'unreachable',
        `${name}: the Cuecard host did not answer (${errorMessage(err)}).`,
      );
    }
    // The host validates arguments and is ours; its values have the contract's types.
    return readCallResponse(name, response.status, await response.text()) as CallResult<K>;
  }

  function emit<E extends AgentEventName>(event: E, payload: AgentEvents[E]): void {
    for (const listener of listeners[event]) {
      try {
        listener(payload);
      } catch (err) {
        console.error(`[cuecard] ${event} listener failed:`, err);
      }
    }
  }

  function onFrame(frame: EventFrame): void {
    // EventFrame pairs each event with its payload, but TypeScript cannot carry that pairing
    // through a union into emit's generic; parseEventFrame let through only contract names.
    emit(frame.event, frame.payload as never);
  }

  function refetch<E extends AgentEventName>(event: E, read: () => Promise<AgentEvents[E]>): void {
    if (listeners[event].size === 0) return;
    read().then(
      (value) => emit(event, value),
      () => undefined,
    );
  }

  /*
   * Events sent while the socket was down are lost; fetch the current state instead. The
   * notification events (articlesChanged, noticesReceived, openRequested) have no state to
   * fetch: missing one only means one toast less, and What's new reloads on the next change.
   * The popup events belong to the desktop app's popup window, which does not use this bridge.
   */
  function resync(): void {
    refetch('settingsChanged', api.getSettings);
    refetch('sessionChanged', api.getSession);
    refetch('syncStateChanged', api.getSyncState);
    refetch('hotkeyStatusChanged', api.getHotkeyStatus);
  }

  function ensureSocket(): void {
    if (socket || closed) return;
    const url = new URL(EVENTS_PATH, options.baseUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new EventSocket({
      url: url.href,
      WebSocket: options.WebSocket ?? globalThis.WebSocket,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      onFrame,
      onReconnect: resync,
    });
  }

  const api = {
    getAppInfo: () => call('getAppInfo', []),
    getSettings: () => call('getSettings', []),
    updateSettings: (patch) => call('updateSettings', [patch]),
    getSession: () => call('getSession', []),
    search: (query) => call('search', [query]),
    getArticle: (ref) => call('getArticle', [ref]),
    signIn: (request) => call('signIn', [request]),
    signOut: () => call('signOut', []),
    getSyncState: () => call('getSyncState', []),
    syncNow: () => call('syncNow', []),
    getWhatsNew: (query) => call('getWhatsNew', [query]),
    getArticleDetails: (ref) => call('getArticleDetails', [ref]),
    markRead: (input) => call('markRead', [input]),
    getCategoryTree: () => call('getCategoryTree', []),
    listCategory: (query) => call('listCategory', [query]),
    getDeskLists: () => call('getDeskLists', []),
    setFavourite: (input) => call('setFavourite', [input]),
    sendFeedback: (input) => call('sendFeedback', [input]),
    reportQuestion: (input) => call('reportQuestion', [input]),
    getHotkeyStatus: () => call('getHotkeyStatus', []),
    closePopup: () => call('closePopup', []),
    openInMainWindow: (ref) => call('openInMainWindow', [ref]),
    listTrees: () => call('listTrees', []),
    getTree: (ref) => call('getTree', [ref]),
    saveTreeSession: (input) => call('saveTreeSession', [input]),
    reportTreeOutcome: (report) => call('reportTreeOutcome', [report]),
    listArticleTrees: (ref) => call('listArticleTrees', [ref]),
    listAuthoringTrees: () => call('listAuthoringTrees', []),
    getAuthoringTree: (ref) => call('getAuthoringTree', [ref]),
    saveAuthoringTree: (input) => call('saveAuthoringTree', [input]),
    publishAuthoringTree: (input) => call('publishAuthoringTree', [input]),
    listNotices: (query) => call('listNotices', [query]),
    getNotice: (ref) => call('getNotice', [ref]),
    getPendingNotices: () => call('getPendingNotices', []),
    markNoticeRead: (ref) => call('markNoticeRead', [ref]),
    acknowledgeNotice: (ref) => call('acknowledgeNotice', [ref]),
    getOrgUnits: () => call('getOrgUnits', []),
    sendNotice: (draft) => call('sendNotice', [draft]),
    listSentNotices: () => call('listSentNotices', []),
    getNoticeFollowUp: (ref) => call('getNoticeFollowUp', [ref]),
    remindNotice: (ref) => call('remindNotice', [ref]),
    authoring: (request) => call('authoring', [request]) as never,
    suggestEdit: (input) => call('suggestEdit', [input]),
    listMyFeedback: () => call('listMyFeedback', []),
    on<E extends AgentEventName>(
      event: E,
      listener: (payload: AgentEvents[E]) => void,
    ): Unsubscribe {
      const set = listeners[event];
      set.add(listener);
      ensureSocket();
      return () => {
        set.delete(listener);
      };
    },
  } satisfies AgentApi;

  return {
    ...api,
    close() {
      closed = true;
      socket?.close();
      socket = null;
    },
  };
}

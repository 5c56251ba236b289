/**
 * Exposes the AgentApi contract as `window.cuecard`, and nothing else (STYLE.md principle 2).
 * Runs sandboxed: electron-vite bundles this file to CommonJS, so it may import only `electron`
 * and shared/ code that is inlined into the bundle.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  type AgentApi,
  type AgentCallName,
  type AgentCalls,
  type AgentEventName,
  type AgentEvents,
  type Unsubscribe,
} from '../../shared/api';
import type { CallResponse, EventFrame } from '../../shared/web-protocol';

type CallResult<K extends AgentCallName> = Awaited<ReturnType<AgentCalls[K]>>;

async function call<K extends AgentCallName>(
  name: K,
  ...args: Parameters<AgentCalls[K]>
): Promise<CallResult<K>> {
  const response = (await ipcRenderer.invoke(IPC_CALL_CHANNEL, name, args)) as CallResponse;
  // Only the message survives the context bridge, so that is what the renderer gets.
  if (!response.ok) throw new Error(response.error.message);
  // Main validated the arguments and AgentCore produced the value for this very call.
  return response.value as CallResult<K>;
}

function on<E extends AgentEventName>(
  event: E,
  listener: (payload: AgentEvents[E]) => void,
): Unsubscribe {
  const handler = (_ipcEvent: IpcRendererEvent, frame: EventFrame): void => {
    if (frame.event === event) listener(frame.payload as AgentEvents[E]);
  };
  ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  };
}

const api = {
  getAppInfo: () => call('getAppInfo'),
  getSettings: () => call('getSettings'),
  updateSettings: (patch) => call('updateSettings', patch),
  getSession: () => call('getSession'),
  search: (query) => call('search', query),
  getArticle: (ref) => call('getArticle', ref),
  signIn: (request) => call('signIn', request),
  signOut: () => call('signOut'),
  getSyncState: () => call('getSyncState'),
  syncNow: () => call('syncNow'),
  getWhatsNew: (query) => call('getWhatsNew', query),
  getArticleDetails: (ref) => call('getArticleDetails', ref),
  markRead: (input) => call('markRead', input),
  getCategoryTree: () => call('getCategoryTree'),
  listCategory: (query) => call('listCategory', query),
  getDeskLists: () => call('getDeskLists'),
  setFavourite: (input) => call('setFavourite', input),
  sendFeedback: (input) => call('sendFeedback', input),
  reportQuestion: (input) => call('reportQuestion', input),
  getHotkeyStatus: () => call('getHotkeyStatus'),
  closePopup: () => call('closePopup'),
  openInMainWindow: (ref) => call('openInMainWindow', ref),
  listTrees: () => call('listTrees'),
  getTree: (ref) => call('getTree', ref),
  saveTreeSession: (input) => call('saveTreeSession', input),
  reportTreeOutcome: (report) => call('reportTreeOutcome', report),
  listArticleTrees: (ref) => call('listArticleTrees', ref),
  listAuthoringTrees: () => call('listAuthoringTrees'),
  getAuthoringTree: (ref) => call('getAuthoringTree', ref),
  saveAuthoringTree: (input) => call('saveAuthoringTree', input),
  publishAuthoringTree: (input) => call('publishAuthoringTree', input),
  listNotices: (query) => call('listNotices', query),
  getNotice: (ref) => call('getNotice', ref),
  getPendingNotices: () => call('getPendingNotices'),
  markNoticeRead: (ref) => call('markNoticeRead', ref),
  acknowledgeNotice: (ref) => call('acknowledgeNotice', ref),
  getOrgUnits: () => call('getOrgUnits'),
  sendNotice: (draft) => call('sendNotice', draft),
  listSentNotices: () => call('listSentNotices'),
  getNoticeFollowUp: (ref) => call('getNoticeFollowUp', ref),
  remindNotice: (ref) => call('remindNotice', ref),
  authoring: (request) => call('authoring', request) as never,
  suggestEdit: (input) => call('suggestEdit', input),
  listMyFeedback: () => call('listMyFeedback'),
  on,
} satisfies AgentApi;

contextBridge.exposeInMainWorld('cuecard', api);

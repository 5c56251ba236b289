import { z } from 'zod';
import type { AgentCallError, AgentCallName, AgentCalls } from './api';
import { CONTENT_LANGUAGES } from './languages';
import { searchQuerySchema } from './search';
import { settingsPatchSchema } from './settings';
import { signInRequestSchema, whatsNewQuerySchema } from './workstation/sync-state';
import {
  categoryListQuerySchema,
  favouriteInputSchema,
  feedbackInputSchema,
  markReadInputSchema,
  questionReportSchema,
} from './workstation/desk';
import {
  authoringTreePublishSchema,
  authoringTreeSaveSchema,
  treeOutcomeReportSchema,
  treeRefSchema,
  treeSessionSaveSchema,
} from './workstation/trees';
import { authoringRequestSchema, suggestEditSchema } from './workstation/authoring';
import { noticeDraftSchema, noticeListQuerySchema, noticeRefSchema } from './workstation/notices';

const articleRefSchema = z
  .object({ id: z.string().min(1).max(200), lang: z.enum(CONTENT_LANGUAGES).optional() })
  .strict();

/**
 * Argument schemas for every call. The mapped type makes a call added to `AgentCalls` without a
 * schema a type error, and a schema that drifts from the call's parameters one too.
 */
export const agentCallArgs = {
  getAppInfo: z.tuple([]),
  getSettings: z.tuple([]),
  updateSettings: z.tuple([settingsPatchSchema]),
  getSession: z.tuple([]),
  search: z.tuple([searchQuerySchema.strict()]),
  getArticle: z.tuple([articleRefSchema]),
  signIn: z.tuple([signInRequestSchema]),
  signOut: z.tuple([]),
  getSyncState: z.tuple([]),
  syncNow: z.tuple([]),
  getWhatsNew: z.tuple([whatsNewQuerySchema]),
  getArticleDetails: z.tuple([articleRefSchema]),
  markRead: z.tuple([markReadInputSchema]),
  getCategoryTree: z.tuple([]),
  listCategory: z.tuple([categoryListQuerySchema]),
  getDeskLists: z.tuple([]),
  setFavourite: z.tuple([favouriteInputSchema]),
  sendFeedback: z.tuple([feedbackInputSchema]),
  reportQuestion: z.tuple([questionReportSchema]),
  getHotkeyStatus: z.tuple([]),
  closePopup: z.tuple([]),
  openInMainWindow: z.tuple([articleRefSchema]),
  listTrees: z.tuple([]),
  getTree: z.tuple([treeRefSchema]),
  saveTreeSession: z.tuple([treeSessionSaveSchema]),
  reportTreeOutcome: z.tuple([treeOutcomeReportSchema]),
  listArticleTrees: z.tuple([articleRefSchema]),
  listAuthoringTrees: z.tuple([]),
  getAuthoringTree: z.tuple([z.strictObject({ id: z.string().min(1).max(200) })]),
  saveAuthoringTree: z.tuple([authoringTreeSaveSchema]),
  publishAuthoringTree: z.tuple([authoringTreePublishSchema]),
  listNotices: z.tuple([noticeListQuerySchema]),
  getNotice: z.tuple([noticeRefSchema]),
  getPendingNotices: z.tuple([]),
  markNoticeRead: z.tuple([noticeRefSchema]),
  acknowledgeNotice: z.tuple([noticeRefSchema]),
  getOrgUnits: z.tuple([]),
  sendNotice: z.tuple([noticeDraftSchema]),
  listSentNotices: z.tuple([]),
  getNoticeFollowUp: z.tuple([noticeRefSchema]),
  remindNotice: z.tuple([noticeRefSchema]),
  authoring: z.tuple([authoringRequestSchema]),
  suggestEdit: z.tuple([suggestEditSchema]),
  listMyFeedback: z.tuple([]),
} satisfies { [K in AgentCallName]: z.ZodType<Parameters<AgentCalls[K]>> };

export function isAgentCallName(name: string): name is AgentCallName {
  return Object.prototype.hasOwnProperty.call(agentCallArgs, name);
}

export type ParsedCall =
  { ok: true; name: AgentCallName; args: unknown[] } | { ok: false; error: AgentCallError };

/** Checks a call that arrived from outside the process (IPC or HTTP). */
export function parseAgentCall(name: string, args: unknown): ParsedCall {
  if (!isAgentCallName(name)) {
    return { ok: false, error: { code: 'unknown-call', message: `Unknown call "${name}".` } };
  }
  const parsed = agentCallArgs[name].safeParse(args);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`)
      .join('; ');
    return {
      ok: false,
      error: { code: 'invalid-arguments', message: `Invalid arguments for ${name}: ${detail}` },
    };
  }
  return { ok: true, name, args: parsed.data };
}

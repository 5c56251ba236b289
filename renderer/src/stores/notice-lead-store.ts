import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../shared/api';
import type { ContentLanguage } from '../../../shared/languages';
import type {
  NoticeFollowUp,
  OrgUnits,
  SentNoticeSummary,
} from '../../../shared/workstation/notices';
import type { AuthoringProblem, AuthoringResult } from '../../../shared/workstation/trees';
import { errorMessage } from '../bridge/call-failure';
import {
  applyFormChange,
  emptyForm,
  formFromNotice,
  toNoticeDraft,
  type ComposeForm,
  type DraftBlocker,
} from '../screens/notice-lead/notice-draft';
import { newestFirst } from '../screens/notice-lead/follow-up';

/** The core's authoring problems, and a call that failed before reaching the core. */
export type LeadProblem = AuthoringProblem | 'call-failed';

export interface LeadFailure {
  problem: LeadProblem;
  message: string;
}

export type OrgState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; org: OrgUnits }
  | ({ status: 'failed' } & LeadFailure);

export type SendState =
  | { status: 'idle' | 'busy' }
  /** Required fields missing or wrong; nothing was sent. */
  | { status: 'blocked'; blockers: DraftBlocker[] }
  | { status: 'sent'; id: string; created: boolean }
  | ({ status: 'failed' } & LeadFailure);

export interface ComposeDraft {
  status: 'ready';
  /** The route's `compose` value ("new", or the id of the notice being changed). */
  key: string;
  isNew: boolean;
  form: ComposeForm;
  /** Content-language tab order: the lead's UI language first. */
  order: ContentLanguage[];
  dirty: boolean;
  send: SendState;
}

export type ComposeState =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | ({ status: 'failed'; key: string } & LeadFailure)
  | ComposeDraft;

export type SentListState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; notices: SentNoticeSummary[] }
  | ({ status: 'failed' } & LeadFailure);

export type FollowUpState =
  | { status: 'idle' }
  | { status: 'loading'; id: string }
  | ({ status: 'failed'; id: string } & LeadFailure)
  | {
      status: 'ready';
      id: string;
      followUp: NoticeFollowUp;
      refreshedAt: string;
      /** A background refresh that failed: the last answer stays on screen with this note. */
      refreshFailure: LeadFailure | null;
    };

export type RemindState =
  | { status: 'idle' | 'busy' }
  | { status: 'done'; reminded: number }
  | ({ status: 'failed' } & LeadFailure);

export interface NoticeLeadStoreState {
  org: OrgState;
  compose: ComposeState;
  sent: SentListState;
  followUp: FollowUpState;
  remind: RemindState;
  /** Business lines and positions for the audience; loaded once, again after a failure. */
  loadOrg(): Promise<void>;
  /** Opens "new" or a sent notice to change; a draft already open under that key is kept. */
  openCompose(key: string, order: ContentLanguage[]): Promise<void>;
  editForm(change: Partial<ComposeForm>): void;
  /** One language's title or body, merged into the latest form. */
  editVariant(lang: ContentLanguage, field: 'title' | 'body', value: string): void;
  /** Validates and sends; resolves to the notice id when the server took it. */
  send(): Promise<string | null>;
  /** Forgets the draft (sent, or discarded). */
  closeCompose(): void;
  loadSent(): Promise<void>;
  /** Loads a notice's follow-up; `silent` keeps the current answer on screen while it refreshes. */
  loadFollowUp(id: string, options?: { silent?: boolean }): Promise<void>;
  /** Reminds those still missing on the open follow-up, then refreshes it. */
  remindMissing(): Promise<void>;
  resetRemind(): void;
}

export type NoticeLeadStore = StoreApi<NoticeLeadStoreState>;

function thrown(err: unknown): LeadFailure {
  return { problem: 'call-failed', message: errorMessage(err) };
}

type Refused = Extract<AuthoringResult<object>, { ok: false }>;
function refused(result: Refused): LeadFailure {
  return { problem: result.problem, message: result.message };
}

/** Leads' notices (issue 8, R18, R19): compose and send, list what was sent, follow one up. */
export function createNoticeLeadStore(
  api: AgentApi,
  options: { now?: () => Date } = {},
): NoticeLeadStore {
  const now = options.now ?? (() => new Date());
  let orgGeneration = 0;
  let composeGeneration = 0;
  let sentGeneration = 0;
  let followGeneration = 0;

  return createStore<NoticeLeadStoreState>()((set, get) => {
    const draft = (): ComposeDraft | null => {
      const compose = get().compose;
      return compose.status === 'ready' ? compose : null;
    };
    const update = (change: Partial<ComposeDraft>): void => {
      const current = draft();
      if (current) set({ compose: { ...current, ...change } });
    };
    const fresh = (key: string, form: ComposeForm, order: ContentLanguage[]): ComposeDraft => ({
      status: 'ready',
      key,
      isNew: key === 'new',
      form,
      order,
      dirty: false,
      send: { status: 'idle' },
    });

    return {
      org: { status: 'idle' },
      compose: { status: 'idle' },
      sent: { status: 'idle' },
      followUp: { status: 'idle' },
      remind: { status: 'idle' },

      async loadOrg() {
        const status = get().org.status;
        if (status === 'ready' || status === 'loading') return;
        const mine = ++orgGeneration;
        set({ org: { status: 'loading' } });
        try {
          const result = await api.getOrgUnits();
          if (mine !== orgGeneration) return;
          set({
            org: result.ok
              ? { status: 'ready', org: result.org }
              : { status: 'failed', ...refused(result) },
          });
        } catch (err) {
          if (mine === orgGeneration) set({ org: { status: 'failed', ...thrown(err) } });
        }
      },

      async openCompose(key, order) {
        const compose = get().compose;
        if (compose.status === 'ready' && compose.key === key) return;
        const mine = ++composeGeneration;
        if (key === 'new') {
          set({ compose: fresh(key, emptyForm(), order) });
          return;
        }
        set({ compose: { status: 'loading', key } });
        try {
          const result = await api.getNoticeFollowUp({ id: key });
          if (mine !== composeGeneration) return;
          if (!result.ok) {
            set({ compose: { status: 'failed', key, ...refused(result) } });
            return;
          }
          const { notice } = result.followUp;
          // Linked articles show by title; one missing from the replica keeps its id.
          const titles = new Map<string, string>();
          await Promise.all(
            notice.linkedArticleIds.map(async (id) => {
              const article = await api.getArticle({ id }).catch(() => null);
              if (article) titles.set(id, article.title);
            }),
          );
          if (mine !== composeGeneration) return;
          set({ compose: fresh(key, formFromNotice(notice, titles), order) });
        } catch (err) {
          if (mine === composeGeneration)
            set({ compose: { status: 'failed', key, ...thrown(err) } });
        }
      },

      editForm(change) {
        const current = draft();
        if (!current) return;
        const form = applyFormChange(current.form, change, {
          isNew: current.isNew,
          order: current.order,
          now: now(),
        });
        update({
          form,
          dirty: true,
          send: current.send.status === 'busy' ? current.send : { status: 'idle' },
        });
      },

      editVariant(lang, field, value) {
        const current = draft();
        if (!current) return;
        if ((current.form[field][lang] ?? '') === value) return;
        get().editForm({ [field]: { ...current.form[field], [lang]: value } });
      },

      async send() {
        const current = draft();
        if (!current || current.send.status === 'busy') return null;
        const prepared = toNoticeDraft(current.form, now());
        if (!prepared.ok) {
          update({ send: { status: 'blocked', blockers: prepared.blockers } });
          return null;
        }
        update({ send: { status: 'busy' } });
        let result: AuthoringResult<{ created: boolean }>;
        try {
          result = await api.sendNotice(prepared.draft);
        } catch (err) {
          // The draft stays as it is: the lead retries once the connection is back.
          update({ send: { status: 'failed', ...thrown(err) } });
          return null;
        }
        if (!result.ok) {
          update({ send: { status: 'failed', ...refused(result) } });
          return null;
        }
        update({
          dirty: false,
          send: { status: 'sent', id: prepared.draft.id, created: result.created },
        });
        // The list is stale now; it reloads when shown.
        set({ sent: { status: 'idle' } });
        return prepared.draft.id;
      },

      closeCompose() {
        composeGeneration++;
        set({ compose: { status: 'idle' } });
      },

      async loadSent() {
        const mine = ++sentGeneration;
        if (get().sent.status !== 'ready') set({ sent: { status: 'loading' } });
        try {
          const result = await api.listSentNotices();
          if (mine !== sentGeneration) return;
          set({
            sent: result.ok
              ? { status: 'ready', notices: newestFirst(result.notices) }
              : { status: 'failed', ...refused(result) },
          });
        } catch (err) {
          if (mine === sentGeneration) set({ sent: { status: 'failed', ...thrown(err) } });
        }
      },

      async loadFollowUp(id, options = {}) {
        const mine = ++followGeneration;
        const current = get().followUp;
        const keep = options.silent === true && current.status === 'ready' && current.id === id;
        if (!keep) set({ followUp: { status: 'loading', id }, remind: { status: 'idle' } });
        let failure: LeadFailure;
        try {
          const result = await api.getNoticeFollowUp({ id });
          if (mine !== followGeneration) return;
          if (result.ok) {
            set({
              followUp: {
                status: 'ready',
                id,
                followUp: result.followUp,
                refreshedAt: now().toISOString(),
                refreshFailure: null,
              },
            });
            return;
          }
          failure = refused(result);
        } catch (err) {
          if (mine !== followGeneration) return;
          failure = thrown(err);
        }
        const latest = get().followUp;
        // A refresh that fails while offline keeps the last answer: the lead still sees who was missing.
        if (keep && latest.status === 'ready' && latest.id === id)
          set({ followUp: { ...latest, refreshFailure: failure } });
        else set({ followUp: { status: 'failed', id, ...failure } });
      },

      async remindMissing() {
        const current = get().followUp;
        if (current.status !== 'ready' || get().remind.status === 'busy') return;
        set({ remind: { status: 'busy' } });
        try {
          const result = await api.remindNotice({ id: current.id });
          set({
            remind: result.ok
              ? { status: 'done', reminded: result.reminded }
              : { status: 'failed', ...refused(result) },
          });
        } catch (err) {
          set({ remind: { status: 'failed', ...thrown(err) } });
          return;
        }
        await get().loadFollowUp(current.id, { silent: true });
      },

      resetRemind() {
        if (get().remind.status !== 'busy') set({ remind: { status: 'idle' } });
      },
    };
  });
}

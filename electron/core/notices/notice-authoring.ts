import { z } from 'zod';
import { localizedTextSchema, NOTICE_PRIORITIES } from '../../../shared/sync/records';
import type {
  NoticeDraft,
  NoticeFollowUp,
  OrgUnits,
  SentNoticeSummary,
} from '../../../shared/workstation/notices';
import type { AuthoringResult } from '../../../shared/workstation/trees';
import { callOnline, type OnlineWording } from '../sync/online-call';
import type { ServerConnection } from '../sync/server-connection';

/*
 * Leads' notice calls (issue 8 items 1 and 4) are online: they go to the server with the
 * session's token, and every failure comes back as an AuthoringResult the compose and follow-up
 * screens can act on (the draft stays; `message` is a detail under the localized text).
 */

const noticePath = (id: string) => `/api/authoring/notices/${encodeURIComponent(id)}`;
const leadPath = (id: string) => `/api/lead/notices/${encodeURIComponent(id)}`;

const names = z.object({ id: z.string(), names: localizedTextSchema });
const orgSchema = z.object({
  org: z.object({ businessLines: z.array(names), positions: z.array(names) }),
});
const summarySchema = z.object({
  id: z.string(),
  priority: z.enum(NOTICE_PRIORITIES),
  title: localizedTextSchema,
  requiresAck: z.boolean(),
  publishAt: z.string(),
  expiresAt: z.string().nullable(),
  audienceSize: z.number().int(),
  read: z.number().int(),
  acknowledged: z.number().int(),
});
const listSchema = z.object({ notices: z.array(summarySchema) });
const counts = {
  audienceSize: z.number().int(),
  read: z.number().int(),
  acknowledged: z.number().int(),
};
const followUpSchema = z.object({
  followUp: z.object({
    notice: summarySchema.extend({
      audience: z.object({ businessLines: z.array(z.string()), positions: z.array(z.string()) }),
      body: localizedTextSchema,
      linkedArticleIds: z.array(z.string()),
    }),
    recipients: z.array(
      z.object({
        userId: z.string(),
        username: z.string(),
        name: z.string(),
        businessLines: z.array(z.string()),
        positions: z.array(z.string()),
        readAt: z.string().nullable(),
        acknowledgedAt: z.string().nullable(),
        acknowledgedOn: z.string().nullable(),
      }),
    ),
    teams: z.array(z.object({ businessLine: z.string(), names: localizedTextSchema, ...counts })),
    remindedAt: z.string().nullable(),
  }),
});
const savedSchema = z.object({ id: z.string(), created: z.boolean() });
const remindedSchema = z.object({ reminded: z.number().int() });

const WORDING: OnlineWording = {
  messages: {
    'signed-out': 'Sign in under Settings to send and follow up notices.',
    offline:
      'The knowledge server did not answer. Your notice is kept here: try again when it is back.',
    forbidden:
      'Your account may not do this: team leads send and follow up notices for the business lines ' +
      'they lead; authors for everyone. Ask an administrator.',
    'not-found': 'This notice is not on the server any more: it may have been withdrawn.',
    conflict: 'The notice cannot be reminded now: it is not published yet, or it has expired.',
  },
  sessionEnded: 'Your session has ended: sign in again under Settings, then try again.',
  refused: (error) => ({
    ok: false,
    problem: 'invalid',
    message: `The server refused the notice: ${error.message} Fix it and try again.`,
  }),
};

export class NoticeAuthoring {
  /** `connection`: the signed-in user's connection, or null while signed out. */
  constructor(private readonly connection: () => ServerConnection | null) {}

  orgUnits(): Promise<AuthoringResult<{ org: OrgUnits }>> {
    return this.run((c) => c.call('GET', '/api/org', orgSchema));
  }

  send(draft: NoticeDraft): Promise<AuthoringResult<{ created: boolean }>> {
    const { id, ...body } = draft;
    return this.run(async (c) => ({
      created: (await c.call('PUT', noticePath(id), savedSchema, body)).created,
    }));
  }

  listSent(): Promise<AuthoringResult<{ notices: SentNoticeSummary[] }>> {
    return this.run((c) => c.call('GET', '/api/lead/notices', listSchema));
  }

  followUp(id: string): Promise<AuthoringResult<{ followUp: NoticeFollowUp }>> {
    return this.run((c) => c.call('GET', `${leadPath(id)}/follow-up`, followUpSchema));
  }

  remind(id: string): Promise<AuthoringResult<{ reminded: number }>> {
    return this.run((c) => c.call('POST', `${leadPath(id)}/remind`, remindedSchema));
  }

  private run<T extends object>(
    call: (connection: ServerConnection) => Promise<T>,
  ): Promise<AuthoringResult<T>> {
    return callOnline(this.connection(), WORDING, call);
  }
}

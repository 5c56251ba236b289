import { orgNames } from '../accounts/org-names';
import type { OrgUnits } from '../../shared/workstation/notices';
import { writeTransaction } from '../feed/writer';
import type { Api } from '../http/api';
import {
  assertFollowUpAllowed,
  listFollowUpNotices,
  noticeFollowUp,
  remindNotice,
} from './notice-follow-up';
import { idParams } from './schemas';

/** The organisation for choosing an audience, and leads' follow-up of notices (issue 8, R19). */
export function registerNoticeRoutes(api: Api): void {
  const { store } = api.ctx;

  api.authed(
    {
      method: 'GET',
      url: '/api/org',
      tag: 'org',
      summary:
        'Business lines and positions with their names (any signed-in user: audiences, filters).',
    },
    async (): Promise<{ org: OrgUnits }> => {
      const [lines, positions] = await Promise.all([
        store.query<{ id: string; name: string; names: unknown }>(
          'SELECT id, name, names FROM business_lines ORDER BY name, id',
        ),
        store.query<{ id: string; name: string; names: unknown }>(
          'SELECT id, name, names FROM positions ORDER BY name, id',
        ),
      ]);
      return {
        org: {
          businessLines: lines.map((l) => ({ id: l.id, names: orgNames(l) })),
          positions: positions.map((p) => ({ id: p.id, names: orgNames(p) })),
        },
      };
    },
  );

  const tag = 'lead';

  api.authed(
    {
      method: 'GET',
      url: '/api/lead/notices',
      tag,
      summary:
        'Notices the caller may follow up (leads: addressed within their business lines; authors: all), ' +
        'newest first, with audience size, read and acknowledged counts.',
    },
    async ({ principal }) => {
      assertFollowUpAllowed(principal);
      return { notices: await listFollowUpNotices(store, principal) };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/lead/notices/:id/follow-up',
      tag,
      summary:
        'Who in the audience has read, acknowledged (when and on which workstation) or not yet, and counts per business line.',
      params: idParams,
    },
    async ({ params, principal }) => {
      assertFollowUpAllowed(principal);
      return { followUp: await noticeFollowUp(store, principal, params.id) };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/lead/notices/:id/remind',
      tag,
      summary:
        'Remind the audience: workstations re-notify agents who have not read (or acknowledged) it. ' +
        'Answers how many those are now. 409 for a notice not yet published or expired.',
      params: idParams,
    },
    async ({ params, principal }) => {
      assertFollowUpAllowed(principal);
      return writeTransaction(store, (tx, feed) => remindNotice(tx, feed, principal, params.id));
    },
  );
}

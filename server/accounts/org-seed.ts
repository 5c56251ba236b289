import type { LocalizedText } from '../../shared/sync/records';
import type { Capability } from '../access/principal';
import { hashPassword } from '../auth/passwords';
import type { FeedWriter } from '../feed/writer';
import type { Queryable } from '../store/store';
import { changeMemberships } from './membership-changes';
import { insertUser } from './users';

export interface OrgSeed {
  businessLines: { id: string; name: string; names?: LocalizedText }[];
  positions: { id: string; name: string; names?: LocalizedText; capabilities: Capability[] }[];
  users: {
    username: string;
    displayName?: string | undefined;
    password: string;
    isAdmin: boolean;
    memberships: { businessLine: string; position: string }[];
  }[];
}

/** What a fresh store starts with, so an administrator can add people right away. */
export const DEFAULT_ORG: OrgSeed = {
  businessLines: [
    {
      id: 'general',
      name: 'General',
      names: { en: 'General', 'zh-Hans': '通用', 'zh-Hant': '一般', hu: 'Általános', id: 'Umum' },
    },
  ],
  positions: [
    {
      id: 'agent',
      name: 'Agent',
      names: { en: 'Agent', 'zh-Hans': '坐席', 'zh-Hant': '客服專員', hu: 'Ügyintéző', id: 'Agen' },
      capabilities: ['agent'],
    },
    {
      id: 'team-lead',
      name: 'Team lead',
      names: {
        en: 'Team lead',
        'zh-Hans': '组长',
        'zh-Hant': '組長',
        hu: 'Csoportvezető',
        id: 'Ketua tim',
      },
      capabilities: ['agent', 'lead'],
    },
    {
      id: 'author',
      name: 'Knowledge author',
      names: {
        en: 'Knowledge author',
        'zh-Hans': '知识作者',
        'zh-Hant': '知識作者',
        hu: 'Tudásszerző',
        id: 'Penulis pengetahuan',
      },
      capabilities: ['agent', 'author'],
    },
    {
      id: 'reviewer',
      name: 'Knowledge reviewer',
      names: {
        en: 'Knowledge reviewer',
        'zh-Hans': '知识审核人',
        'zh-Hant': '知識審核者',
        hu: 'Tudásellenőr',
        id: 'Peninjau pengetahuan',
      },
      capabilities: ['agent', 'author', 'reviewer'],
    },
    {
      id: 'line-admin',
      name: 'Business-line administrator',
      names: {
        en: 'Business-line administrator',
        'zh-Hans': '业务线管理员',
        'zh-Hant': '業務線管理員',
        hu: 'Üzletági adminisztrátor',
        id: 'Administrator lini bisnis',
      },
      capabilities: ['agent', 'admin'],
    },
  ],
  users: [],
};

/** Inserts what is missing; existing lines, positions and users are left as they are. */
export async function seedOrg(tx: Queryable, feed: FeedWriter, org: OrgSeed): Promise<number> {
  for (const line of org.businessLines) {
    await tx.query(
      'INSERT INTO business_lines (id, name, names) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [line.id, line.name, JSON.stringify(line.names ?? {})],
    );
  }
  for (const p of org.positions) {
    await tx.query(
      `INSERT INTO positions (id, name, names, capabilities) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [p.id, p.name, JSON.stringify(p.names ?? {}), p.capabilities],
    );
  }
  let created = 0;
  for (const user of org.users) {
    const [exists] = await tx.query('SELECT 1 FROM users WHERE lower(username) = lower($1)', [
      user.username,
    ]);
    if (exists) continue;
    const id = await insertUser(tx, {
      username: user.username,
      displayName: user.displayName ?? user.username,
      passwordHash: await hashPassword(user.password),
      isAdmin: user.isAdmin,
    });
    await changeMemberships(tx, feed, id, {
      add: user.memberships.map((m) => ({
        businessLineId: m.businessLine,
        positionId: m.position,
      })),
    });
    created++;
  }
  return created;
}

import { z } from 'zod';
import { ARTICLE_TYPES } from '../../shared/article';
import {
  contentLanguageSchema,
  localizedTextSchema,
  NOTICE_PRIORITIES,
} from '../../shared/sync/records';
import { CAPABILITIES } from '../access/principal';

/** The demo knowledge base's file formats (server/demo/, described in docs/server.md). */
const audience = z.object({
  businessLines: z.array(z.string()).default([]),
  positions: z.array(z.string()).default([]),
});

/** "Cards/Security", {"en": "Cards", "hu": "Kártyák"}, or a list of either. */
const categorySpec = z.union([z.string().min(1), localizedTextSchema]);

export const demoArticleLine = z.object({
  id: z.string().min(1).max(200),
  lang: contentLanguageSchema,
  title: z.string().min(1),
  body: z.string(),
  category: z.union([categorySpec, z.array(categorySpec)]).optional(),
  tags: z.array(z.string()).default([]),
  synonyms: z.array(z.string()).default([]),
  type: z.enum(ARTICLE_TYPES).default('reference'),
  summary: z.string().default(''),
  owner: z.string().default(''),
  audience: audience.optional(),
});
export type DemoArticleLine = z.output<typeof demoArticleLine>;
export type CategorySpec = z.output<typeof categorySpec>;

export const demoTrees = z.array(
  z
    .object({
      id: z.string().min(1).max(200),
      title: localizedTextSchema,
      audience: audience.optional(),
    })
    .loose(),
);

export const demoSynonyms = z.array(
  z.object({
    id: z.string().min(1).max(200).optional(),
    lang: contentLanguageSchema,
    terms: z.array(z.string().min(1)).min(2),
  }),
);

export const demoNotices = z.array(
  z.object({
    id: z.string().min(1).max(200),
    priority: z.enum(NOTICE_PRIORITIES),
    title: localizedTextSchema,
    body: localizedTextSchema,
    requiresAck: z.boolean().default(false),
    audience: audience.optional(),
    expiresAt: z.string().nullable().default(null),
    linkedArticleIds: z.array(z.string().min(1).max(200)).max(20).default([]),
  }),
);

/** `name`, or per-language `names` (the English one is also the one `name`). */
const named = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
    name: z.string().optional(),
    names: localizedTextSchema.optional(),
  })
  .transform(({ id, name, names }) => ({
    id,
    name: name ?? names?.en ?? Object.values(names ?? {})[0] ?? id,
    names: names ?? {},
  }));

export const demoOrg = z.object({
  businessLines: z.array(named).default([]),
  positions: z
    .array(
      z.intersection(named, z.object({ capabilities: z.array(z.enum(CAPABILITIES)).optional() })),
    )
    .default([]),
  users: z
    .array(
      z.object({
        username: z.string().min(1),
        displayName: z.string().optional(),
        password: z.string().min(1),
        isAdmin: z.boolean().default(false),
        /** Explicit pairs, or every listed line × every listed position. */
        memberships: z
          .array(z.object({ businessLine: z.string(), position: z.string() }))
          .default([]),
        businessLines: z.array(z.string()).default([]),
        positions: z.array(z.string()).default([]),
      }),
    )
    .default([]),
});
export type DemoOrg = z.output<typeof demoOrg>;

export const demoCategories = z.array(
  z.object({
    path: z.string().min(1),
    names: localizedTextSchema,
    position: z.number().int().default(0),
  }),
);

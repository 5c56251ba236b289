// Troubleshooting trees on the workstation (issue 7): running them from the replica, reporting
// outcomes through the outbox, and authoring them online against the server.
import { z } from 'zod';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../languages';
import { localizedTextSchema, type LocalizedText } from '../sync/records';
import { treeSchema, type Tree } from '../trees/model';
import { treeSessionSchema, type TreeSession } from '../trees/runner';
import type { TreeProblem } from '../trees/validate';

const idSchema = z.string().min(1).max(200);
const langSchema = z.enum(CONTENT_LANGUAGES);

// ---------------------------------------------------------------- running (agents, offline)

/** One published tree in the replica, as the Troubleshoot list shows it. */
export interface TreeSummary {
  id: string;
  /** The title in `lang`, the best of the agent's content languages the tree has. */
  title: string;
  lang: ContentLanguage;
  /** The first question, in `lang` (a one-line hint under the title). */
  firstStep: string;
  nodeCount: number;
  /** The published document version (changes when authors publish again). */
  documentVersion: number;
  updatedAt: string;
  /** An interrupted run on this workstation, if any: it can be resumed. */
  savedSession: { updatedAt: string; steps: number } | null;
}

export interface TreeRef {
  id: string;
  /** Preferred content language; the core falls back along the agent's content languages. */
  lang?: ContentLanguage;
}
export const treeRefSchema = z.strictObject({ id: idSchema, lang: langSchema.optional() });

/** A tree to run: the published document and, when one was interrupted here, the saved run. */
export interface TreeForRun {
  id: string;
  lang: ContentLanguage;
  /** Content languages the tree has texts in (the runner can switch between them). */
  langs: ContentLanguage[];
  documentVersion: number;
  tree: Tree;
  /** The saved session, already checked against this version of the tree (null if it no longer fits). */
  session: TreeSession | null;
  updatedAt: string;
}

/** Stores an unfinished run (after every step), or forgets it (`session: null`). */
export interface TreeSessionSave {
  treeId: string;
  session: TreeSession | null;
}
export const treeSessionSaveSchema = z.strictObject({
  treeId: idSchema,
  session: treeSessionSchema.nullable(),
});

export const TREE_OUTCOMES = ['resolved', 'escalated', 'linked', 'abandoned'] as const;
export type TreeOutcomeKind = (typeof TREE_OUTCOMES)[number];

/** Bounds that keep one outcome event under the outbox's payload limit. */
export const MAX_REPORTED_STEPS = 60;

/**
 * The end of a run, for path analytics (R25): every node entered with the milliseconds spent on
 * it, and how the run ended. "abandoned" is a run left unfinished (restarted, closed, or another
 * tree started); `endNode` is then where the agent gave up.
 */
export const treeOutcomeReportSchema = z.strictObject({
  treeId: idSchema,
  documentVersion: z.number().int().nonnegative(),
  lang: langSchema,
  outcome: z.enum(TREE_OUTCOMES),
  endNode: idSchema,
  /** The escalation queue, the linked tree, or the article / canned response resolved with. */
  queue: z.string().max(200).nullable(),
  articleId: idSchema.nullable(),
  path: z
    .array(z.strictObject({ node: idSchema, ms: z.number().int().nonnegative() }))
    .max(MAX_REPORTED_STEPS),
  totalMs: z.number().int().nonnegative(),
});
export type TreeOutcomeReport = z.infer<typeof treeOutcomeReportSchema>;

/** A tree that points at an article (a resolution node links it): shown on the article. */
export interface ArticleTreeLink {
  id: string;
  title: string;
  lang: ContentLanguage;
}

// ---------------------------------------------------------------- authoring (online)

/** One tree as authors list it: the latest saved version and the one agents have. */
export interface AuthoringTreeSummary {
  id: string;
  title: LocalizedText;
  latestVersion: number;
  publishedVersion: number | null;
  updatedAt: string;
}

/** The latest saved version of a tree, for the editor. */
export interface AuthoringTree {
  id: string;
  version: number;
  publishedVersion: number | null;
  title: LocalizedText;
  document: Tree;
  audience: { businessLines: string[]; positions: string[] };
  updatedAt: string;
}

export const authoringTreeSaveSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  title: localizedTextSchema,
  document: treeSchema,
  /**
   * The saved version this edit started from (0 for a new tree). When someone else has saved
   * since, the server answers conflict instead of overwriting their work.
   */
  baseVersion: z.number().int().nonnegative().optional(),
  audience: z
    .strictObject({
      businessLines: z.array(z.string().max(100)).max(50),
      positions: z.array(z.string().max(100)).max(50),
    })
    .optional(),
});
export type AuthoringTreeSave = z.infer<typeof authoringTreeSaveSchema>;

export const authoringTreePublishSchema = z.strictObject({
  id: idSchema,
  version: z.number().int().positive(),
});
export type AuthoringTreePublish = z.infer<typeof authoringTreePublishSchema>;

/**
 * Why an online authoring call failed, in words the editor turns into guidance:
 * signed-out (sign in under Settings), offline (server unreachable: keep the draft, retry),
 * forbidden (the user lacks the author / reviewer capability), not-found, invalid (the server
 * refused the document: `problems` names the nodes), conflict (someone saved a newer version).
 */
export type AuthoringProblem =
  'signed-out' | 'offline' | 'forbidden' | 'not-found' | 'invalid' | 'conflict';

export type AuthoringResult<T> =
  | ({ ok: true } & T)
  | { ok: false; problem: AuthoringProblem; message: string; problems?: TreeProblem[] };

// ---------------------------------------------------------------- search

/**
 * Trees are found by search (issue 7 item 2): the replica indexes each published tree as a
 * search document of type "tree" (title, questions, choices, steps) under this id, so a tree and
 * an article with the same id never collide.
 */
const TREE_SEARCH_PREFIX = 'tree:';
export function treeSearchId(treeId: string): string {
  return `${TREE_SEARCH_PREFIX}${treeId}`;
}
/** The tree a search hit (or related article) of type "tree" stands for; null for any other id. */
export function treeIdOfSearchId(id: string): string | null {
  return id.startsWith(TREE_SEARCH_PREFIX) ? id.slice(TREE_SEARCH_PREFIX.length) || null : null;
}

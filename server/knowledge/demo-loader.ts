import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { LocalizedText } from '../../shared/sync/records';
import { seedOrg, type OrgSeed } from '../accounts/org-seed';
import type { Capability } from '../access/principal';
import type { FeedWriter } from '../feed/writer';
import type { Queryable } from '../store/store';
import { putArticle, saveRevision } from './articles';
import { ensureCategoryPath, putCategory } from './categories';
import {
  demoArticleLine,
  demoCategories,
  demoNotices,
  demoOrg,
  demoSynonyms,
  demoTrees,
  type CategorySpec,
  type DemoArticleLine,
  type DemoOrg,
} from './demo-files';
import { demoOwners, spreadReviewDates } from './audit-demo';
import { putNotice } from './notices';
import { putSynonymSet } from './synonyms';
import { saveTree } from './trees';

export const DEFAULT_DEMO_DIR = fileURLToPath(new URL('../demo/', import.meta.url));

export interface DemoReport {
  articles: number;
  variants: number;
  trees: number;
  synonymSets: number;
  notices: number;
  users: number;
  skipped: string[];
}

type Log = (message: string) => void;

/**
 * Loads the demo knowledge base inside the caller's transaction: all of it or, on a bad line,
 * nothing (the error names the file and line). A missing file is skipped with a log line.
 */
export async function loadDemo(
  tx: Queryable,
  feed: FeedWriter,
  dir: string,
  log: Log,
): Promise<DemoReport> {
  const report: DemoReport = {
    articles: 0,
    variants: 0,
    trees: 0,
    synonymSets: 0,
    notices: 0,
    users: 0,
    skipped: [],
  };
  const read = (name: string): string | undefined => {
    const path = join(dir, name);
    if (existsSync(path)) return readFileSync(path, 'utf8');
    report.skipped.push(name);
    log(`demo: ${name} not found in ${dir}, skipped`);
    return undefined;
  };

  const org = read('org.json');
  if (org !== undefined) {
    report.users = await seedOrg(tx, feed, orgSeed(parseJson(demoOrg, org, 'org.json')));
  }

  const categories = read('categories.json');
  if (categories !== undefined) {
    // Parents come before children, so each path's parent already exists.
    for (const category of parseJson(demoCategories, categories, 'categories.json')) {
      const path = categoryPath(category.path, 'en');
      const leaf = path.at(-1);
      if (!leaf) continue;
      await putCategory(tx, feed, leaf.id, {
        parentId: path.at(-2)?.id ?? null,
        position: category.position,
        names: category.names,
      });
    }
  }

  const articles = read('articles.jsonl');
  if (articles !== undefined) {
    const groups = new Map<string, DemoArticleLine[]>();
    articles.split('\n').forEach((text, index) => {
      if (!text.trim()) return;
      const line = parseJson(demoArticleLine, text, `articles.jsonl line ${index + 1}`);
      groups.set(line.id, [...(groups.get(line.id) ?? []), line]);
    });
    const owners = await demoOwners(tx);
    for (const [id, lines] of groups) {
      const main = lines.find((l) => l.lang === 'en') ?? lines[0];
      if (!main) continue;
      const categoryIds: string[] = [];
      for (const spec of categorySpecs(main.category)) {
        const leaf = await ensureCategoryPath(tx, feed, categoryPath(spec, main.lang));
        if (leaf) categoryIds.push(leaf);
      }
      await putArticle(
        tx,
        feed,
        id,
        {
          type: main.type,
          owner: main.owner || (owners[report.articles % owners.length] ?? ''),
          audience: main.audience,
          categoryIds,
        },
        null,
      );
      for (const line of lines) {
        await saveRevision(
          tx,
          feed,
          id,
          line.lang,
          {
            title: line.title,
            summary: line.summary,
            bodyHtml: line.body,
            tags: line.tags,
            synonyms: line.synonyms,
            note: 'Demo content',
            publish: true,
          },
          null,
        );
        report.variants++;
      }
      report.articles++;
    }
    await spreadReviewDates(tx, [...groups.keys()]);
  }

  const trees = read('trees.json');
  if (trees !== undefined) {
    for (const tree of parseJson(demoTrees, trees, 'trees.json')) {
      await saveTree(
        tx,
        feed,
        tree.id,
        { title: tree.title, document: tree, audience: tree.audience, publish: true },
        null,
      );
      report.trees++;
    }
  }

  const synonyms = read('synonyms.json');
  if (synonyms !== undefined) {
    for (const set of parseJson(demoSynonyms, synonyms, 'synonyms.json')) {
      const id = set.id ?? `syn-${set.lang}-${hash(set.terms.join('|'))}`;
      await putSynonymSet(tx, feed, id, { lang: set.lang, terms: set.terms });
      report.synonymSets++;
    }
  }

  const notices = read('notices.json');
  if (notices !== undefined) {
    for (const notice of parseJson(demoNotices, notices, 'notices.json')) {
      await putNotice(
        tx,
        feed,
        notice.id,
        {
          priority: notice.priority,
          title: notice.title,
          body: notice.body,
          requiresAck: notice.requiresAck,
          audience: notice.audience ?? { businessLines: [], positions: [] },
          expiresAt: notice.expiresAt,
          publishAt: null,
          linkedArticleIds: notice.linkedArticleIds,
        },
        null,
      );
      report.notices++;
    }
  }
  log(
    `demo: loaded ${report.articles} articles (${report.variants} language variants), ${report.trees} trees, ` +
      `${report.synonymSets} synonym sets, ${report.notices} notices, ${report.users} users`,
  );
  return report;
}

function parseJson<S extends z.ZodType>(schema: S, text: string, where: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`Demo ${where}: not JSON (${(error as Error).message}).`, { cause: error });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Demo ${where}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}.`,
    );
  }
  return parsed.data;
}

/** Demo positions named after a capability get it, with what it implies (a reviewer also writes). */
const IMPLIED: Record<string, Capability[]> = {
  agent: ['agent'],
  lead: ['agent', 'lead'],
  author: ['agent', 'author'],
  reviewer: ['agent', 'author', 'reviewer'],
  admin: ['agent', 'admin'],
};

function orgSeed(org: DemoOrg): OrgSeed {
  return {
    businessLines: org.businessLines,
    positions: org.positions.map((p) => ({
      id: p.id,
      name: p.name,
      names: p.names,
      capabilities: p.capabilities ?? IMPLIED[p.id] ?? ['agent'],
    })),
    users: org.users.map((u) => ({
      username: u.username,
      displayName: u.displayName,
      password: u.password,
      isAdmin: u.isAdmin,
      memberships: [
        ...u.memberships,
        ...u.businessLines.flatMap((businessLine) =>
          u.positions.map((position) => ({ businessLine, position })),
        ),
      ],
    })),
  };
}

function categorySpecs(category: DemoArticleLine['category']): CategorySpec[] {
  if (category === undefined) return [];
  return Array.isArray(category) ? category : [category];
}

/**
 * A category path as segments with stable ids. A string is a path in the line's language;
 * per-language names may also be paths ("Cards/Security"); ids come from the English names.
 */
export function categoryPath(
  spec: CategorySpec,
  lang: string,
): { id: string; names: Record<string, string> }[] {
  const names: LocalizedText = typeof spec === 'string' ? { [lang]: spec } : spec;
  const split = Object.entries(names).map(
    ([l, text]) => [l, (text ?? '').split('/').map((s) => s.trim())] as const,
  );
  const key = split.find(([l]) => l === 'en') ?? split[0];
  if (!key) return [];
  return key[1].map((_, depth) => {
    const idPath = key[1].slice(0, depth + 1).map((s) => slug(s) || `c-${hash(s)}`);
    return {
      id: idPath.join('/'),
      names: Object.fromEntries(
        split.flatMap(([l, segments]) => (segments[depth] ? [[l, segments[depth]]] : [])),
      ),
    };
  });
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

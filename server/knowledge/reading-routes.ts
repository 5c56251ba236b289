import type { ArticleRecord } from '../../shared/sync/records';
import { membershipPairs } from '../accounts/memberships';
import { visibleRecords } from '../feed/changes';
import type { Api } from '../http/api';
import { notFound } from '../http/errors';
import { idParams, listArticlesQuery } from './schemas';

/**
 * What any signed-in user may read online. Every route filters through the same audience rule as
 * the feed, and something outside the caller's audience is "not found", never "forbidden".
 */
export function registerReadingRoutes(api: Api): void {
  const { store } = api.ctx;
  const tag = 'reading';

  api.authed(
    {
      method: 'GET',
      url: '/api/articles',
      tag,
      summary: 'Published articles the caller may see; `q` matches title, summary and tags.',
      query: listArticlesQuery,
    },
    async ({ principal, query }) => {
      const records = (await visibleRecords(
        store,
        'article',
        null,
        membershipPairs(principal.memberships),
      )) as ArticleRecord[];
      const needle = query.q?.trim().toLocaleLowerCase();
      const articles = records
        .filter((a) => !query.category || a.categoryIds.includes(query.category))
        .map((a) => ({
          ...a,
          variants: a.variants.filter(
            (v) =>
              (!query.lang || v.lang === query.lang) &&
              (!needle ||
                [v.title, v.summary, ...v.tags, ...v.synonyms].some((t) =>
                  t.toLocaleLowerCase().includes(needle),
                )),
          ),
        }))
        .filter((a) => a.variants.length > 0)
        .map((a) => ({
          id: a.id,
          type: a.type,
          categoryIds: a.categoryIds,
          updatedAt: a.updatedAt,
          variants: a.variants.map((v) => ({ lang: v.lang, title: v.title, summary: v.summary })),
        }));
      return { articles };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/articles/:id',
      tag,
      summary: 'One published article, every language.',
      params: idParams,
    },
    async ({ principal, params }) => {
      const [article] = await visibleRecords(
        store,
        'article',
        [params.id],
        membershipPairs(principal.memberships),
      );
      if (!article) throw notFound('The article');
      return { article };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/categories',
      tag,
      summary: 'The category tree (flat, with parent and position).',
    },
    async ({ principal }) => ({
      categories: await visibleRecords(
        store,
        'category',
        null,
        membershipPairs(principal.memberships),
      ),
    }),
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/trees/:id',
      tag,
      summary: 'The published version of a troubleshooting tree.',
      params: idParams,
    },
    async ({ principal, params }) => {
      const [tree] = await visibleRecords(
        store,
        'tree',
        [params.id],
        membershipPairs(principal.memberships),
      );
      if (!tree) throw notFound('The tree');
      return { tree };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/notices',
      tag,
      summary: 'Notices addressed to the caller, newest first.',
    },
    async ({ principal }) => ({
      notices: await visibleRecords(store, 'notice', null, membershipPairs(principal.memberships)),
    }),
  );
}

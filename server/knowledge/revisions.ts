import type { ContentLanguage } from '../../shared/languages';
import type { FeedWriter } from '../feed/writer';
import { notFound } from '../http/errors';
import type { Queryable } from '../store/store';
import { getRevision } from './article-queries';
import { saveRevision } from './articles';
import { addWorkflowEntry } from './workflow-log';

/**
 * Restores an old revision as a new one (R14): nothing is overwritten, the history shows who
 * brought it back and from which revision, and the status rules of any save apply (a published
 * article becomes a draft again until it is approved).
 */
export async function restoreRevision(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  lang: ContentLanguage,
  revision: number,
  userId: number,
): Promise<number> {
  const old = await getRevision(tx, id, lang, revision);
  if (!old) throw notFound(`Revision ${revision} of the ${lang} variant`);
  const note = `Restored revision ${revision}`;
  const restored = await saveRevision(
    tx,
    feed,
    id,
    lang,
    {
      title: old.title,
      summary: old.summary,
      bodyHtml: old.bodyHtml,
      tags: old.tags,
      synonyms: old.synonyms,
      note,
      publish: false,
    },
    userId,
  );
  await addWorkflowEntry(tx, id, 'restored', `${note} (${lang})`, userId);
  return restored;
}

import type { SuggestEdit } from '../../shared/workstation/authoring';
import type { FeedWriter } from '../feed/writer';
import { notFound } from '../http/errors';
import type { Queryable } from '../store/store';
import { saveRevision } from './articles';
import { addWorkflowEntry } from './workflow-log';

/** The revision note's limit (authoring's `note`). */
const MAX_NOTE = 500;

export interface Suggester {
  userId: number;
  displayName: string;
}

/**
 * An agent's suggested edit (R17): a new draft revision of the variant by the agent, never
 * published here (agents keep the published revision; a published article goes back to draft,
 * an archived one refuses it), a 'suggested' workflow entry and an item in the owner's inbox.
 * Summary, tags and synonyms are the latest revision's: the agent edits title and body only.
 * The caller has checked the agent may read the article.
 */
export async function fileSuggestion(
  tx: Queryable,
  feed: FeedWriter,
  input: SuggestEdit,
  by: Suggester,
): Promise<number> {
  const [latest] = await tx.query<{
    title: string;
    summary: string;
    tags: string[];
    synonyms: string[];
  }>(
    `SELECT r.title, r.summary, r.tags, r.synonyms
       FROM article_variants v
       JOIN article_revisions r ON r.article_id = v.article_id AND r.lang = v.lang
                               AND r.revision = v.latest_revision
      WHERE v.article_id = $1 AND v.lang = $2`,
    [input.articleId, input.lang],
  );
  if (!latest) throw notFound(`The ${input.lang} variant`);
  const note = `Suggested by ${by.displayName}: ${input.comment}`.trim().slice(0, MAX_NOTE);
  const revision = await saveRevision(
    tx,
    feed,
    input.articleId,
    input.lang,
    {
      title: input.title,
      summary: latest.summary,
      bodyHtml: input.bodyHtml,
      tags: latest.tags,
      synonyms: latest.synonyms,
      note,
      publish: false,
    },
    by.userId,
  );
  await addWorkflowEntry(tx, input.articleId, 'suggested', input.comment, by.userId);
  await tx.query(
    `INSERT INTO feedback_items (kind, comment, article_id, article_title, lang, revision, user_id)
     VALUES ('suggestion', $1, $2, $3, $4, $5, $6)`,
    [input.comment, input.articleId, latest.title, input.lang, revision, by.userId],
  );
  return revision;
}

import type { ContentLanguage } from '../../shared/languages';
import type { Replica } from '../connection';

export type Vote = 'helpful' | 'not-helpful';

const STORE = `
  INSERT INTO article_vote (article_id, lang, revision, vote, voted_at)
  SELECT id, @lang, @revision, @vote, @at FROM article WHERE id = @id
  ON CONFLICT (article_id, lang, revision) DO UPDATE SET
    vote = excluded.vote, voted_at = excluded.voted_at`;
const GET = `SELECT vote FROM article_vote WHERE article_id = ? AND lang = ? AND revision = ?`;

/** The agent's vote on one revision of a variant (ignored for an article the replica lacks). */
export function storeVote(
  replica: Replica,
  vote: { articleId: string; lang: ContentLanguage; revision: number; vote: Vote; at: string },
): void {
  replica.statement<[Record<string, unknown>]>(STORE).run({
    id: vote.articleId,
    lang: vote.lang,
    revision: vote.revision,
    vote: vote.vote,
    at: vote.at,
  });
}

export function voteOn(
  replica: Replica,
  articleId: string,
  lang: ContentLanguage,
  revision: number,
): Vote | null {
  return (
    replica.statement<[string, string, number], Vote>(GET).pluck().get(articleId, lang, revision) ??
    null
  );
}

import type { ContentLanguage } from '../../shared/languages';
import { diffWords } from '../../shared/text/word-diff';
import type { ChangesSinceRead } from '../../shared/workstation/desk';
import type { Replica } from '../connection';

/*
 * Reading marks (R18): which revision of a language variant the agent read, when, and its plain
 * text, so a newer revision can show what changed since.
 */

export interface ReadMark {
  revision: number;
  readAt: string;
  /** Null for marks made before the text was kept (migration 004). */
  text: string | null;
}

const MARK = `
  SELECT revision_read AS revision, read_at AS readAt, text_read AS text
  FROM read_state WHERE article_id = ? AND lang = ?`;
const CURRENT = `SELECT revision, body_text AS text FROM article_variant WHERE article_id = ? AND lang = ?`;
const STORE = `
  INSERT INTO read_state (article_id, lang, revision_read, read_at, text_read)
  VALUES (@id, @lang, @revision, @at, @text)
  ON CONFLICT (article_id, lang) DO UPDATE SET revision_read = excluded.revision_read,
    read_at = excluded.read_at, text_read = excluded.text_read`;

export function readMark(
  replica: Replica,
  articleId: string,
  lang: ContentLanguage,
): ReadMark | null {
  return replica.statement<[string, string], ReadMark>(MARK).get(articleId, lang) ?? null;
}

/**
 * Marks `revision` of the variant read, keeping its plain text. Only the revision the replica
 * holds can be marked: its text is the one the agent saw. A mark for another revision (sync
 * brought a newer one while the agent was reading) is refused, so the next view still shows
 * what changed. True when marked.
 */
export function markRead(
  replica: Replica,
  articleId: string,
  lang: ContentLanguage,
  revision: number,
  at: string,
): boolean {
  return replica.transaction(() => {
    const current = replica
      .statement<[string, string], { revision: number; text: string }>(CURRENT)
      .get(articleId, lang);
    if (!current || current.revision !== revision) return false;
    replica
      .statement<[Record<string, unknown>]>(STORE)
      .run({ id: articleId, lang, revision, at, text: current.text });
    return true;
  });
}

/**
 * What changed in the variant since the agent read it: null when never read or read at the
 * revision it has now. A mark without text (older than migration 004) marks nothing new.
 */
export function changesSinceRead(
  replica: Replica,
  articleId: string,
  lang: ContentLanguage,
): ChangesSinceRead | null {
  const { mark, current } = replica.read(() => ({
    mark: readMark(replica, articleId, lang),
    current: replica
      .statement<[string, string], { revision: number; text: string }>(CURRENT)
      .get(articleId, lang),
  }));
  if (!mark || !current || mark.revision === current.revision) return null;
  const diff =
    mark.text === null
      ? { runs: current.text ? [{ text: current.text, match: false }] : [], removedWords: 0 }
      : diffWords(mark.text, current.text);
  return {
    readRevision: mark.revision,
    readAt: mark.readAt,
    text: diff.runs,
    removedWords: diff.removedWords,
  };
}

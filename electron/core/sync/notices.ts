import type { ContentLanguage } from '../../../shared/languages';
import type { LocalizedText, NoticePriority } from '../../../shared/sync/records';
import type { NoticeSummary } from '../../../shared/workstation/sync-state';
import type { Replica } from '../../../db/connection';
import { pickText } from '../../../shared/localized-text';

const NOTICE = `SELECT id, priority, title, requires_ack AS requiresAck FROM notice WHERE id = ?`;

/** Notices by id, titled in the agent's language. */
export function noticeSummaries(
  replica: Replica,
  ids: readonly string[],
  langs: readonly ContentLanguage[],
): NoticeSummary[] {
  const stmt = replica.statement<
    [string],
    { id: string; priority: NoticePriority; title: string; requiresAck: number }
  >(NOTICE);
  return ids.flatMap((id) => {
    const row = stmt.get(id);
    if (!row) return [];
    const title = pickText(JSON.parse(row.title) as LocalizedText, langs);
    return [{ id, priority: row.priority, title, requiresAck: row.requiresAck === 1 }];
  });
}

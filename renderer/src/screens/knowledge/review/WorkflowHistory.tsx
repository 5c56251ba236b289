import { useTranslation } from 'react-i18next';
import type { WorkflowEntry } from '../../../../../shared/workstation/authoring';
import { formatDateTime } from '../../../lib/format-date';

/** Who did what to the article and what they said, newest first (R15). */
export function WorkflowHistory({ entries }: { entries: readonly WorkflowEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  const newestFirst = [...entries].reverse();
  return (
    <details className="workflow-history" open={entries.length <= 6}>
      <summary>{t('knowledge.workflow.history', { count: entries.length })}</summary>
      <ol className="workflow-entries" data-testid="workflow-history">
        {newestFirst.map((entry, i) => (
          <li key={`${entry.at}-${i}`} className="workflow-entry" data-event={entry.event}>
            <span className="workflow-entry-what">
              <strong>{t(`knowledge.workflow.event.${entry.event}`)}</strong>{' '}
              <span className="muted">
                {entry.by ? entry.by.displayName : t('knowledge.workflow.bySystem')}
                {' · '}
                <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
              </span>
            </span>
            {entry.comment && (
              <q className="workflow-entry-comment" data-testid="workflow-comment">
                {entry.comment}
              </q>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The reviewer's words an author must act on: the last send-back, while it is a draft again. */
export function lastSendBack(
  status: string,
  entries: readonly WorkflowEntry[],
): WorkflowEntry | null {
  if (status !== 'draft') return null;
  const last = entries[entries.length - 1];
  return last?.event === 'sent-back' ? last : null;
}

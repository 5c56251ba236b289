import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/localized-text';
import type { NoticeFollowUp } from '../../../../shared/workstation/notices';
import { formatDateTime } from '../../lib/format-date';
import { useNoticeLeadStore } from '../../stores/stores-context';
import {
  groupRecipients,
  RECIPIENT_GROUPS,
  recipientGroup,
  type RecipientGroup,
} from './follow-up';
import { useLeadLanguages } from './lead-languages';

type Filter = 'all' | RecipientGroup;

/** Every recipient with when they read and acknowledged (and where); filter by group. */
export function RecipientTable({ followUp }: { followUp: NoticeFollowUp }) {
  const { t, i18n } = useTranslation();
  const langs = useLeadLanguages();
  const [filter, setFilter] = useState<Filter>('all');
  const groups = groupRecipients(followUp.recipients);
  // A notice without acknowledgement has nobody in that group: do not offer it.
  const offered = RECIPIENT_GROUPS.filter(
    (g) => g !== 'acknowledged' || followUp.notice.requiresAck || groups.acknowledged.length > 0,
  );
  const rows = filter === 'all' ? RECIPIENT_GROUPS.flatMap((g) => groups[g]) : groups[filter];
  const org = useNoticeLeadStore((s) => s.org);
  // Recipients also belong to business lines outside the audience: those names come from the org.
  const teamName = (id: string) => {
    const names =
      followUp.teams.find((x) => x.businessLine === id)?.names ??
      (org.status === 'ready' ? org.org.businessLines.find((b) => b.id === id)?.names : undefined);
    return (names && pickText(names, langs)) || id;
  };
  const date = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');

  return (
    <section className="card follow-up-recipients" data-testid="notice-recipients">
      <h2 className="compose-heading">{t('noticeLead.recipients')}</h2>
      <div className="chips recipient-filters" role="group" aria-label={t('noticeLead.filter')}>
        {(['all', ...offered] as Filter[]).map((f) => (
          <button
            key={f}
            type="button"
            className={`button ghost chip${filter === f ? ' is-on' : ''}`}
            aria-pressed={filter === f}
            data-testid="notice-recipient-filter"
            data-filter={f}
            onClick={() => setFilter(f)}
          >
            {t(`noticeLead.group.${f}`)}{' '}
            <span className="count" data-count>
              {f === 'all' ? followUp.recipients.length : groups[f].length}
            </span>
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('noticeLead.nobodyHere')}</p>
      ) : (
        <table className="lead-table recipients-table">
          <thead>
            <tr>
              <th scope="col">{t('noticeLead.column.name')}</th>
              <th scope="col">{t('noticeLead.column.teams')}</th>
              <th scope="col">{t('noticeLead.column.status')}</th>
              <th scope="col">{t('noticeLead.column.read')}</th>
              {followUp.notice.requiresAck && (
                <th scope="col">{t('noticeLead.column.acknowledged')}</th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const group = recipientGroup(r);
              return (
                <tr
                  key={r.userId}
                  data-testid="notice-recipient"
                  data-user={r.username}
                  data-group={group}
                >
                  <th scope="row">
                    {r.name} <span className="muted">{r.username}</span>
                  </th>
                  <td>{r.businessLines.map(teamName).join(', ')}</td>
                  <td>
                    <span className={`badge recipient-${group}`}>
                      {t(`noticeLead.group.${group}`)}
                    </span>
                  </td>
                  <td>{date(r.readAt)}</td>
                  {followUp.notice.requiresAck && (
                    <td>
                      {date(r.acknowledgedAt)}
                      {r.acknowledgedOn && (
                        <span className="muted device"> · {r.acknowledgedOn}</span>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

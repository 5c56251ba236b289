import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/localized-text';
import type { NoticeFollowUp } from '../../../../shared/workstation/notices';
import { useLeadLanguages } from './lead-languages';
import { ProgressBar } from './ProgressBar';

/** Read and acknowledged per team (business line), for leads of several teams. */
export function TeamOverview({ followUp }: { followUp: NoticeFollowUp }) {
  const { t } = useTranslation();
  const langs = useLeadLanguages();
  if (followUp.teams.length === 0) return null;
  return (
    <section className="card follow-up-teams" data-testid="notice-follow-up-teams">
      <h2 className="compose-heading">{t('noticeLead.teams')}</h2>
      <table className="lead-table">
        <thead>
          <tr>
            <th scope="col">{t('noticeLead.team')}</th>
            <th scope="col">{t('noticeLead.progressColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {followUp.teams.map((team) => (
            <tr key={team.businessLine} data-team={team.businessLine}>
              <th scope="row">{pickText(team.names, langs) || team.businessLine}</th>
              <td>
                <ProgressBar {...team} requiresAck={followUp.notice.requiresAck} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { isoToLocal, type ComposeForm } from './notice-draft';

/** A sensible first pick for a date field: the next full hour (or a week later, for expiry). */
function suggestion(daysAhead: number): string {
  const d = new Date();
  d.setMinutes(0, 0, 0);
  d.setHours(d.getHours() + 1);
  d.setDate(d.getDate() + daysAhead);
  return isoToLocal(d.toISOString());
}

/** Publish now or at a time; expire never or at a time. Times are the lead's local time. */
export function ScheduleField(props: {
  form: ComposeForm;
  onEdit: (change: Partial<ComposeForm>) => void;
}) {
  const { t } = useTranslation();
  const { form, onEdit } = props;
  return (
    <fieldset className="card compose-section schedule" data-testid="notice-schedule">
      <legend>{t('noticeLead.schedule.label')}</legend>
      <div className="schedule-row">
        <span className="field-label">{t('noticeLead.schedule.publish')}</span>
        <label className="check-row">
          <input
            type="radio"
            name="notice-publish"
            checked={form.publishAt === null}
            onChange={() => onEdit({ publishAt: null })}
          />
          <span>{t('noticeLead.schedule.now')}</span>
        </label>
        <label className="check-row">
          <input
            type="radio"
            name="notice-publish"
            checked={form.publishAt !== null}
            data-testid="notice-publish-later"
            onChange={() => onEdit({ publishAt: suggestion(0) })}
          />
          <span>{t('noticeLead.schedule.at')}</span>
        </label>
        {form.publishAt !== null && (
          <input
            type="datetime-local"
            value={form.publishAt}
            aria-label={t('noticeLead.schedule.publishAt')}
            data-testid="notice-publish-at"
            onChange={(e) => onEdit({ publishAt: e.target.value })}
          />
        )}
      </div>
      <div className="schedule-row">
        <label className="check-row">
          <input
            type="checkbox"
            checked={form.expiresAt !== null}
            data-testid="notice-expires"
            onChange={(e) => onEdit({ expiresAt: e.target.checked ? suggestion(7) : null })}
          />
          <span>{t('noticeLead.schedule.expires')}</span>
        </label>
        {form.expiresAt !== null && (
          <input
            type="datetime-local"
            value={form.expiresAt}
            aria-label={t('noticeLead.schedule.expiresAt')}
            data-testid="notice-expires-at"
            onChange={(e) => onEdit({ expiresAt: e.target.value })}
          />
        )}
      </div>
      <p className="field-hint">{t('noticeLead.schedule.hint')}</p>
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { progress } from './follow-up';

/** Read and acknowledged out of the audience: a small two-tone bar with the numbers beside it. */
export function ProgressBar(props: {
  audienceSize: number;
  read: number;
  acknowledged: number;
  requiresAck: boolean;
}) {
  const { t } = useTranslation();
  const pct = progress(props);
  const label = props.requiresAck
    ? t('noticeLead.counts.withAck', {
        read: props.read,
        acknowledged: props.acknowledged,
        total: props.audienceSize,
      })
    : t('noticeLead.counts.readOnly', { read: props.read, total: props.audienceSize });
  return (
    <span className="progress" data-testid="notice-progress">
      <span className="progress-bar" aria-hidden="true">
        {/* Widths set through the CSSOM, which the style-src CSP allows (unlike style attributes in markup). */}
        <span className="progress-read" style={{ width: `${pct.read}%` }} />
        {props.requiresAck && (
          <span className="progress-ack" style={{ width: `${pct.acknowledged}%` }} />
        )}
      </span>
      <span
        className="progress-label"
        data-read={props.read}
        data-acknowledged={props.acknowledged}
      >
        {label}
      </span>
    </span>
  );
}

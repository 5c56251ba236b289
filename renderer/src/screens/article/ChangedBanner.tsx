import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { ChangesSinceRead } from '../../../../shared/workstation/desk';
import { quotedMessage } from '../../bridge/call-failure';
import { Icon } from '../../components/Icon';
import { TextRuns } from '../../components/TextRuns';
import { formatDateTime } from '../../lib/format-date';

/**
 * "Changed since you last read it" (R18): the current text with the new words marked and how many
 * words went, until the agent says "Got it".
 */
export function ChangedBanner(props: {
  changes: ChangesSinceRead;
  lang: ContentLanguage;
  onGotIt: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { changes } = props;
  const added = changes.text.filter((r) => r.match).length;

  return (
    <section
      className="changed-banner"
      aria-labelledby={`${id}-title`}
      data-testid="changed-banner"
    >
      <div className="changed-banner-head">
        <Icon name="info" />
        <div>
          <h3 id={`${id}-title`}>{t('article.changed.title')}</h3>
          <p>
            {t('article.changed.since', {
              revision: changes.readRevision,
              date: formatDateTime(changes.readAt, i18n.language),
            })}{' '}
            {added > 0 ? t('article.changed.added') : t('article.changed.noneAdded')}{' '}
            {changes.removedWords > 0
              ? t('article.changed.removed', { count: changes.removedWords })
              : t('article.changed.noneRemoved')}
          </p>
        </div>
      </div>
      <div
        className="changed-text"
        lang={props.lang}
        // Scrollable, so it must be reachable by keyboard.
        tabIndex={0}
        role="region"
        aria-label={t('article.changed.textLabel')}
      >
        <TextRuns runs={changes.text} />
      </div>
      <div className="form-row">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          data-testid="mark-read"
          onClick={() => {
            setBusy(true);
            setError(null);
            props
              .onGotIt()
              .catch((err: unknown) => setError(quotedMessage(err)))
              .finally(() => setBusy(false));
          }}
        >
          {t('article.changed.gotIt')}
        </button>
        {error && (
          <p className="field-error" role="alert">
            {t('article.changed.failed', { message: error })}
          </p>
        )}
      </div>
    </section>
  );
}

import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/route';
import type { ComposeDraft } from '../../stores/notice-lead-store';
import { filledLanguages, type DraftBlocker } from './notice-draft';
import { LeadProblemNotice } from './LeadProblemNotice';

export function blockerText(blocker: DraftBlocker, t: TFunction): string {
  switch (blocker.field) {
    case 'incomplete':
      return t('noticeLead.blocker.incomplete', {
        language: t(`contentLanguage.${blocker.lang}`),
      });
    case 'expiresAt':
      return t(`noticeLead.blocker.expires-${blocker.reason}`);
    default:
      return t(`noticeLead.blocker.${blocker.field}`);
  }
}

/** What will be sent, what still stops it, and why the server refused it. */
export function SendBar(props: {
  draft: ComposeDraft;
  navigate: (route: Route) => void;
  onSend: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const { draft } = props;
  const { send } = draft;
  const languages = filledLanguages(draft.form, draft.order);
  return (
    <div className="compose-send" data-testid="notice-send-bar">
      {send.status === 'blocked' && (
        <div className="notice-box error" role="alert" data-testid="notice-blockers">
          <p>
            <strong>{t('noticeLead.notSent')}</strong>
          </p>
          <ul>
            {send.blockers.map((b) => (
              <li key={JSON.stringify(b)} data-blocker={b.field}>
                {blockerText(b, t)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {send.status === 'failed' && (
        <LeadProblemNotice
          problem={send.problem}
          message={send.message}
          context="send"
          title={t('noticeLead.notSent')}
          navigate={props.navigate}
          onRetry={props.onSend}
        />
      )}
      <p className="muted" data-testid="notice-send-languages">
        {languages.length === 0
          ? t('noticeLead.noLanguageYet')
          : t('noticeLead.sendsIn', {
              languages: languages.map((l) => t(`contentLanguage.${l}`)).join(', '),
            })}
      </p>
      {draft.dirty && (
        <button
          type="button"
          className="button ghost"
          data-testid="notice-discard"
          disabled={send.status === 'busy'}
          onClick={props.onDiscard}
        >
          {t('noticeLead.discard')}
        </button>
      )}
      <button
        type="button"
        className="button primary"
        disabled={send.status === 'busy'}
        data-testid="notice-send"
        onClick={props.onSend}
      >
        {send.status === 'busy'
          ? t('noticeLead.sending')
          : draft.isNew
            ? t('noticeLead.send')
            : t('noticeLead.sendChanges')}
      </button>
    </div>
  );
}

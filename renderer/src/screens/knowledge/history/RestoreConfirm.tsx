import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemText } from './DiffControls';
import type { Failure, HistoryStore } from './history-store';

/** "Restore revision N?": saved as a new draft revision, which agents see only after review. */
export function RestoreConfirm(props: {
  store: HistoryStore;
  revision: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [made, setMade] = useState<number | null>(null);

  if (made !== null) {
    return (
      <div className="notice-box restore-done" role="status" data-testid="restore-done">
        <p>{t('knowledge.history.restored', { from: props.revision, revision: made })}</p>
        <button type="button" className="button" onClick={props.onClose}>
          {t('knowledge.history.ok')}
        </button>
      </div>
    );
  }
  const restore = (): void => {
    setBusy(true);
    setFailure(null);
    void props.store
      .getState()
      .restore(props.revision)
      .then((outcome) => {
        setBusy(false);
        if (outcome.ok) setMade(outcome.revision);
        else setFailure(outcome);
      });
  };
  return (
    <div
      className="notice-box restore-confirm"
      role="alertdialog"
      aria-live="polite"
      data-testid="restore-confirm"
    >
      <p>{t('knowledge.history.restoreQuestion', { n: props.revision })}</p>
      {failure && <ProblemText problem={failure.problem} message={failure.message} />}
      <div className="form-row">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          data-testid="restore-confirm-yes"
          onClick={restore}
        >
          {t('knowledge.history.restoreYes', { n: props.revision })}
        </button>
        <button type="button" className="button" disabled={busy} onClick={props.onClose}>
          {t('knowledge.workflow.cancel')}
        </button>
      </div>
    </div>
  );
}

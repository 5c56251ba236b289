import { useEffect, useId, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../bridge/call-failure';
import { Icon } from '../components/Icon';
import { useSessionStore } from '../stores/stores-context';
import type { Route } from './route';
import { describeSync, type SyncView } from './sync-view';

/** Closes the details on Escape (focus back to the indicator) and on a click elsewhere. */
function useDismiss(
  open: boolean,
  setOpen: (open: boolean) => void,
  root: RefObject<HTMLElement | null>,
  button: RefObject<HTMLButtonElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent): void => {
      if (!(e.target instanceof Node) || !root.current?.contains(e.target)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, setOpen, root, button]);
}

function SyncDetails({ id, view, onLoad }: { id: string; view: SyncView; onLoad: () => void }) {
  const { t } = useTranslation();
  const syncNow = useSessionStore((s) => s.syncNow);
  const problem = useSessionStore((s) => s.sync?.problem ?? null);
  const [requesting, setRequesting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const runSyncNow = (): void => {
    setRequesting(true);
    setError(null);
    syncNow()
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setRequesting(false));
  };

  return (
    <div
      id={id}
      className="sync-details"
      role="group"
      aria-label={t('sync.detailsLabel')}
      data-testid="sync-details"
    >
      <p className="sync-details-status">{view.detail}</p>
      {view.progress && (
        <progress
          className="sync-details-progress"
          max={view.progress.total}
          value={view.progress.done}
          aria-label={view.detail}
        />
      )}
      {problem && <p className="technical">{t('sync.technical', { detail: problem.detail })}</p>}
      {view.outbox && <p data-testid="sync-outbox">{view.outbox}</p>}
      {error && (
        <p className="field-error" role="alert">
          {t('sync.syncNowFailed', { message: error })}
        </p>
      )}
      <div className="form-row">
        {view.status === 'unavailable' ? (
          <button type="button" className="button" onClick={onLoad}>
            {t('sync.retry')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={!view.canSyncNow || requesting}
            data-testid="sync-now"
            onClick={runSyncNow}
          >
            <Icon name="sync" size={16} />
            {t('sync.syncNow')}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * The header's sync indicator: a dot and a word or two, the whole sentence as tooltip and
 * description. Signed out or expired it leads straight to Settings, where the fix is; otherwise it
 * opens details with "Sync now".
 */
export function SyncStatus({ navigate }: { navigate: (route: Route) => void }) {
  const { t, i18n } = useTranslation();
  const sync = useSessionStore((s) => s.sync);
  const loadError = useSessionStore((s) => s.loadError);
  const load = useSessionStore((s) => s.load);
  const view = describeSync({ sync, loadError }, t, i18n.language);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const detailsOpen = open && view.action === 'details';

  useDismiss(detailsOpen, setOpen, rootRef, buttonRef);

  const onBlur = (e: FocusEvent): void => {
    // Tabbing out of the indicator and its details closes them, like a menu.
    if (e.relatedTarget instanceof Node && !rootRef.current?.contains(e.relatedTarget)) {
      setOpen(false);
    }
  };

  return (
    <div
      ref={rootRef}
      className={`sync-status sync-${view.status}`}
      data-testid="sync-status"
      data-status={view.status}
      onBlur={onBlur}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button ghost sync-indicator"
        title={view.detail}
        aria-label={t('sync.indicatorLabel', { status: view.short })}
        aria-describedby={`${id}-detail`}
        aria-expanded={view.action === 'details' ? detailsOpen : undefined}
        aria-controls={detailsOpen ? `${id}-details` : undefined}
        onClick={() => {
          if (view.action === 'settings') navigate({ section: 'settings' });
          else setOpen((o) => !o);
        }}
      >
        {view.status === 'syncing' || view.status === 'loading' ? (
          <span className="sync-spinner" aria-hidden="true" />
        ) : view.status === 'session-expired' || view.status === 'error' ? (
          <Icon name="warning" size={16} />
        ) : (
          <span className="status-dot" aria-hidden="true" />
        )}
        <span className="sync-label">{view.short}</span>
        {view.progress && (
          <progress
            className="sync-progress"
            max={view.progress.total}
            value={view.progress.done}
            aria-hidden="true"
          />
        )}
      </button>
      <span id={`${id}-detail`} className="visually-hidden">
        {view.detail}
      </span>
      {detailsOpen && <SyncDetails id={`${id}-details`} view={view} onLoad={() => void load()} />}
    </div>
  );
}

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useToastStore } from '../stores/stores-context';
import type { Route } from './route';
import { toastTarget, toastText } from './toast-text';

/**
 * The toast region. It is always in the page (a live region must exist before its content
 * changes to be announced). Pointing at or focusing a toast stops the clocks.
 */
export function Toasts({ open }: { open: (route: Route) => void }) {
  const { t } = useTranslation();
  const toasts = useToastStore((s) => s.toasts);
  const dismiss = useToastStore((s) => s.dismiss);
  const pause = useToastStore((s) => s.pause);
  const resume = useToastStore((s) => s.resume);
  const holding = useRef({ pointer: false, focus: false });

  const hold = (what: 'pointer' | 'focus', on: boolean): void => {
    holding.current[what] = on;
    if (holding.current.pointer || holding.current.focus) pause();
    else resume();
  };

  return (
    <section
      className="toasts"
      aria-label={t('toast.region')}
      aria-live="polite"
      aria-relevant="additions"
      data-testid="toasts"
      onPointerEnter={() => hold('pointer', true)}
      onPointerLeave={() => hold('pointer', false)}
      onFocus={() => hold('focus', true)}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node) || !e.currentTarget.contains(e.relatedTarget))
          hold('focus', false);
      }}
    >
      {toasts.map((toast) => {
        const textId = `toast-${toast.id}`;
        const urgent =
          toast.kind === 'notices' && toast.notices.some((n) => n.priority === 'urgent');
        const target = toastTarget(toast);
        return (
          <div
            key={toast.id}
            className={`toast toast-${toast.kind}${urgent ? ' toast-urgent' : ''}`}
            data-testid="toast"
          >
            <p id={textId} className="toast-text">
              {toastText(toast, t)}
            </p>
            {target && (
              <button
                type="button"
                className="button toast-show"
                aria-describedby={textId}
                data-testid="toast-show"
                onClick={() => {
                  dismiss(toast.id);
                  hold('focus', false);
                  open(target);
                }}
              >
                {t('toast.show')}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('toast.dismiss')}
              aria-describedby={textId}
              title={t('toast.dismiss')}
              data-testid="toast-dismiss"
              onClick={() => {
                dismiss(toast.id);
                hold('focus', false);
                // The focused toast is gone; without this, focus would fall to <body>.
                document.getElementById('main')?.focus();
              }}
            >
              <Icon name="close" size={16} />
            </button>
          </div>
        );
      })}
    </section>
  );
}

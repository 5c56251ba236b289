import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { articleRoute, treeRoute, type Route } from '../../app/route';
import { readClipboardText } from '../../lib/clipboard';
import { useQuickSearchStore, useStores } from '../../stores/stores-context';
import { QuickSearch } from './QuickSearch';

/**
 * Opening and closing the overlay. Opening offers the clipboard's text if the browser allows
 * reading it; closing gives focus back to what had it before.
 */
export function useQuickSearchControls(): { open: () => void; close: () => void } {
  const { quickSearch, desk } = useStores();
  const returnFocus = useRef<Element | null>(null);
  const open = useCallback(() => {
    if (quickSearch.getState().open) return;
    returnFocus.current = document.activeElement;
    quickSearch.getState().show('');
    void desk.getState().load();
    // Asked after showing: a permission prompt must not hold the popup back. Refused → nothing.
    void readClipboardText().then((text) => quickSearch.getState().offerClipboard(text));
  }, [quickSearch, desk]);
  const close = useCallback(() => {
    quickSearch.getState().hide();
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    else document.getElementById('main')?.focus({ preventScroll: true });
  }, [quickSearch]);
  return useMemo(() => ({ open, close }), [open, close]);
}

/**
 * Web mode's quick search (and the desktop main window's, from the header button): the popup's
 * content in a modal dialog over the current screen. Closing gives focus back to where it was.
 */
export function QuickSearchOverlay(props: { navigate: (route: Route) => void; close: () => void }) {
  const { t } = useTranslation();
  const { toasts } = useStores();
  const open = useQuickSearchStore((s) => s.open);
  const { close } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const labelId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="qs-dialog"
      aria-labelledby={labelId}
      data-testid="quick-search"
      onCancel={(e) => {
        // Esc: closed our way, so focus goes back where it was.
        e.preventDefault();
        close();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === e.currentTarget) close();
      }}
    >
      {open && (
        <QuickSearch
          variant="overlay"
          labelId={labelId}
          onClose={close}
          onOpenInMain={(ref) => {
            close();
            props.navigate(articleRoute(ref));
          }}
          onOpenTree={(treeId) => {
            close();
            props.navigate(treeRoute(treeId));
          }}
          onCopied={(title) => {
            toasts.getState().notify(t('quick.copied', { title }));
            close();
          }}
        />
      )}
    </dialog>
  );
}

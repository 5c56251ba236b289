import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  acceleratorFromPress,
  clientIsMac,
  DEFAULT_HOTKEY,
  formatAccelerator,
} from '../../lib/hotkey';
import { useHotkeyStore, useStores } from '../../stores/stores-context';

/** Marks the field so the in-page hotkey does not fire while a new one is being pressed. */
export const HOTKEY_CAPTURE_ATTRIBUTE = 'data-hotkey-capture';

/** Whether the desktop app could register the saved hotkey, with what to do when it could not. */
function HotkeyStatusLine(props: { saved: string; draft: string; isMac: boolean }) {
  const { t } = useTranslation();
  const { hotkey } = useStores();
  const status = useHotkeyStore((s) => s.status);
  const error = useHotkeyStore((s) => s.error);

  useEffect(() => {
    void hotkey.getState().load();
  }, [hotkey]);

  let text: string;
  let state: string;
  if (status) {
    const shortcut = formatAccelerator(status.accelerator, props.isMac);
    state = status.state === 'failed' ? `failed-${status.reason}` : status.state;
    if (status.state === 'registered') text = t('settings.hotkeyStatus.registered', { shortcut });
    else if (status.state === 'in-page') text = t('settings.hotkeyStatus.inPage', { shortcut });
    else if (status.reason === 'in-use') text = t('settings.hotkeyStatus.inUse', { shortcut });
    else text = t('settings.hotkeyStatus.invalid', { shortcut });
  } else if (error) {
    state = 'unknown';
    text = t('settings.hotkeyStatus.unknown', { message: error });
  } else {
    state = 'loading';
    text = t('settings.hotkeyStatus.loading');
  }
  const pending = props.draft.trim() !== props.saved;
  return (
    <div
      className={`hotkey-status hotkey-${state}`}
      role="status"
      data-testid="hotkey-status"
      data-state={state}
    >
      <span className="status-dot" aria-hidden="true" />
      <span>
        {text}
        {pending && ` ${t('settings.hotkeyStatus.saveToApply')}`}
      </span>
    </div>
  );
}

/**
 * The hotkey, set by pressing it (R1). Tab and Shift+Tab still leave the field; the rest of the
 * keyboard is captured while it has focus. Stored in Electron's accelerator syntax.
 */
export function HotkeyField(props: {
  value: string;
  saved: string;
  onChange: (accelerator: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const isMac = clientIsMac();
  const [held, setHeld] = useState<string | null>(null);
  const [unsupported, setUnsupported] = useState(false);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Tab' && plain) return;
    e.preventDefault();
    const captured = acceleratorFromPress(e, isMac);
    setUnsupported(captured.kind === 'unsupported');
    if (captured.kind === 'modifiers') setHeld(captured.accelerator || null);
    else if (captured.kind === 'combination') {
      setHeld(null);
      props.onChange(captured.accelerator);
    }
  };

  const describedBy = [`${id}-hint`, `${id}-status`, props.error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  const shown = held
    ? `${formatAccelerator(`${held}+A`, isMac).replace(/A$/, '')}…`
    : formatAccelerator(props.value, isMac);

  return (
    <div className={`field hotkey-field${props.error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{t('settings.hotkey')}</label>
      <div className="form-row">
        <input
          id={id}
          type="text"
          readOnly
          className="hotkey-input"
          value={shown}
          {...{ [HOTKEY_CAPTURE_ATTRIBUTE]: '' }}
          data-testid="hotkey-input"
          data-accelerator={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onKeyDown={onKeyDown}
          onKeyUp={() => setHeld(null)}
          onBlur={() => {
            setHeld(null);
            setUnsupported(false);
          }}
        />
        <button
          type="button"
          className="button"
          disabled={props.value === DEFAULT_HOTKEY}
          onClick={() => props.onChange(DEFAULT_HOTKEY)}
        >
          {t('settings.hotkeyReset')}
        </button>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {t('settings.hotkeyCaptureHint')}
      </p>
      {unsupported && (
        <p className="field-error" role="alert">
          {t('settings.hotkeyUnsupportedKey')}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
      <div id={`${id}-status`}>
        <HotkeyStatusLine saved={props.saved} draft={props.value} isMac={isMac} />
      </div>
    </div>
  );
}

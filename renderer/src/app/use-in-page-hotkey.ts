import { useEffect } from 'react';
import { clientIsMac, hotkeyMatcher } from '../lib/hotkey';
import { HOTKEY_CAPTURE_ATTRIBUTE } from '../screens/settings/HotkeyField';

/**
 * The hotkey as an in-page shortcut (web mode, where a browser cannot register a system-wide
 * key; and the desktop main window when the global one could not be registered). Listens in the
 * capture phase so a focused field cannot swallow it.
 */
export function useInPageHotkey(accelerator: string, onPress: () => void): void {
  useEffect(() => {
    const matches = hotkeyMatcher(accelerator, clientIsMac());
    const onKey = (e: KeyboardEvent): void => {
      if (e.repeat || !matches(e)) return;
      // Settings' hotkey field is being given a new combination: that press is not a request.
      if (e.target instanceof Element && e.target.closest(`[${HOTKEY_CAPTURE_ATTRIBUTE}]`)) return;
      e.preventDefault();
      e.stopPropagation();
      onPress();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [accelerator, onPress]);
}

import type { Unsubscribe } from '../../shared/api';
import type { HotkeyStatus } from '../../shared/workstation/desk';
import type { AgentCore } from '../core/agent-core';

/*
 * The global hotkey and the quick-search popup (issue 6 item 1, R29), as logic without Electron:
 * index.ts hands in globalShortcut, the clipboard and the windows, and tests hand in fakes.
 */

/** Longest clipboard text offered as a query (what a question report accepts, too). */
export const MAX_CLIPBOARD_QUERY = 500;

/** Electron's globalShortcut, as far as the hotkey needs it. */
export interface ShortcutRegistry {
  /** False when another application holds the key; throws for an accelerator it cannot parse. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/** The shell around the popup: windows, clipboard, platform. */
export interface PopupHost {
  platform: string;
  readClipboard(): Promise<string>;
  /** Shows the popup over the current application, focused. */
  showPopup(): void;
  hidePopup(): void;
  showMain(): void;
  isMainVisible(): boolean;
  /** macOS: hides the app so the previously active application gets focus back. */
  hideApp(): void;
}

type PopupCore = Pick<AgentCore, 'on' | 'getSettings' | 'setHotkeyStatus' | 'requestPopup'>;

/** The clipboard's text as a query: trimmed, at most MAX_CLIPBOARD_QUERY characters, pairs kept whole. */
export function clipboardQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_CLIPBOARD_QUERY) return trimmed;
  let cut = trimmed.slice(0, MAX_CLIPBOARD_QUERY);
  // Do not end on the first half of a surrogate pair (an emoji, a rare Chinese character).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** One global hotkey: registering another releases the previous one. */
export class HotkeyBinding {
  private registered: string | null = null;

  constructor(
    private readonly registry: ShortcutRegistry,
    private readonly onPress: () => void,
  ) {}

  bind(accelerator: string): HotkeyStatus {
    if (this.registered === accelerator) return { state: 'registered', accelerator };
    // The setting names one key: a key that failed leaves none, rather than the old one silently.
    this.release();
    let ok: boolean;
    try {
      ok = this.registry.register(accelerator, this.onPress);
    } catch {
      return { state: 'failed', accelerator, reason: 'invalid' };
    }
    if (!ok) return { state: 'failed', accelerator, reason: 'in-use' };
    this.registered = accelerator;
    return { state: 'registered', accelerator };
  }

  release(): void {
    if (this.registered === null) return;
    this.registry.unregister(this.registered);
    this.registered = null;
  }
}

/**
 * Registers the hotkey from the settings (again whenever they change, or to retry one that
 * failed), reports the outcome to AgentCore, and follows AgentCore's popup events. Returns a
 * function that undoes it all and frees the key.
 */
export function connectQuickSearch(
  core: PopupCore,
  registry: ShortcutRegistry,
  host: PopupHost,
): Unsubscribe {
  const binding = new HotkeyBinding(registry, () => {
    // The window first (R29: an instant popup); the query follows as soon as the clipboard answers.
    host.showPopup();
    void host.readClipboard().then(
      (text) => core.requestPopup(clipboardQuery(text)),
      (error: unknown) => {
        console.warn('[cuecard] could not read the clipboard:', error);
        core.requestPopup('');
      },
    );
  });
  let status: HotkeyStatus | null = null;
  let disposed = false;
  const apply = (accelerator: string): void => {
    if (disposed) return;
    if (status?.state === 'registered' && status.accelerator === accelerator) return;
    status = binding.bind(accelerator);
    core.setHotkeyStatus(status);
  };

  const offSettings = core.on('settingsChanged', (settings) => apply(settings.hotkey));
  const offClosed = core.on('popupClosed', () => {
    host.hidePopup();
    if (host.platform === 'darwin' && !host.isMainVisible()) host.hideApp();
  });
  const offOpen = core.on('openRequested', () => host.showMain());
  void core.getSettings().then((settings) => apply(settings.hotkey));

  return () => {
    disposed = true;
    offSettings();
    offClosed();
    offOpen();
    binding.release();
  };
}

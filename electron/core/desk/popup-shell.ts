import type { AgentEvents, AgentHost } from '../../../shared/api';
import type { Settings } from '../../../shared/settings';
import type { HotkeyStatus } from '../../../shared/workstation/desk';

type Emit = <E extends keyof AgentEvents>(event: E, payload: AgentEvents[E]) => void;

/**
 * The global hotkey and the quick-search popup as AgentCore sees them (issue 6 item 1). The
 * desktop shell registers the key and reports how that went; a browser cannot register a
 * system-wide key, so web mode only has the in-page shortcut.
 */
export class PopupShell {
  private reported: HotkeyStatus | null = null;

  constructor(
    private readonly host: AgentHost,
    private readonly settings: () => Settings,
    private readonly emit: Emit,
  ) {}

  status(): HotkeyStatus {
    const accelerator = this.settings().hotkey;
    // Desktop before the shell has reported (it does so at start): only the in-page key works.
    if (this.host === 'web' || this.reported === null) return { state: 'in-page', accelerator };
    return this.reported;
  }

  /** The desktop shell registered (or failed to register) the hotkey. */
  report(status: HotkeyStatus): void {
    this.reported = status;
    this.emit('hotkeyStatusChanged', status);
  }

  /** Settings changed: in web mode the in-page accelerator is the setting itself. */
  settingsChanged(before: Settings, after: Settings): void {
    if (this.host === 'web' && before.hotkey !== after.hotkey) {
      this.emit('hotkeyStatusChanged', this.status());
    }
  }

  /** The hotkey was pressed: the popup shows with the clipboard's text offered as the query. */
  request(clipboardText: string): void {
    this.emit('popupRequested', { clipboardText });
  }

  close(): void {
    this.emit('popupClosed', null);
  }
}

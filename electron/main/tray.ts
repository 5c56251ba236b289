import { Menu, Tray, nativeImage } from 'electron';
import type { UiLanguage } from '../../shared/languages';
import { SHELL_LABELS } from './labels';
import { iconPath } from './paths';

export interface ShellTray {
  setLanguage(language: UiLanguage): void;
  destroy(): void;
}

/** The tray icon with Open / Quit. Returns null where the desktop has no tray to put it in. */
export function createTray(options: {
  language: UiLanguage;
  onOpen: () => void;
  onQuit: () => void;
}): ShellTray | null {
  // macOS wants a black-and-alpha "template" image that it recolours for light and dark menu bars.
  const icon = nativeImage.createFromPath(
    iconPath(process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'),
  );
  let tray: Tray;
  try {
    tray = new Tray(icon);
  } catch (err) {
    console.warn('[cuecard] no tray icon:', err);
    return null;
  }
  tray.setToolTip('Cuecard');
  // On Windows and Linux a click on the icon is the usual way back to the window.
  if (process.platform !== 'darwin') tray.on('click', options.onOpen);

  const setLanguage = (language: UiLanguage): void => {
    const labels = SHELL_LABELS[language];
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: labels.open, click: options.onOpen },
        { type: 'separator' },
        { label: labels.quit, click: options.onQuit },
      ]),
    );
  };
  setLanguage(options.language);

  return { setLanguage, destroy: () => tray.destroy() };
}

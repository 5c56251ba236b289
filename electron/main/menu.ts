import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../shared/languages';
import { SHELL_LABELS } from './labels';

/**
 * The application menu, built from Electron's standard roles so shortcuts (copy, paste, zoom …)
 * behave as on every other app of the platform. Top-level titles follow the UI language; the
 * items inside the role menus are labelled by Electron and the operating system.
 */
export function applyAppMenu(options: {
  language: UiLanguage;
  devTools: boolean;
  onQuit: () => void;
}): void {
  const labels = SHELL_LABELS[options.language];
  const isMac = process.platform === 'darwin';

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: labels.file,
      submenu: [
        isMac
          ? { role: 'close' }
          : { label: labels.quit, accelerator: 'Ctrl+Q', click: options.onQuit },
      ],
    },
    { label: labels.edit, role: 'editMenu' },
    {
      label: labels.view,
      submenu: [
        ...(options.devTools
          ? ([
              { role: 'reload' },
              { role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: labels.window, role: 'windowMenu' },
    {
      label: labels.help,
      role: 'help',
      submenu: [{ label: labels.about, role: 'about' }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

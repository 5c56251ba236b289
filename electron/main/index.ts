/**
 * The Electron main process: a thin adapter around AgentCore (DESIGN.md). This file only wires the
 * pieces together and owns the app's lifecycle; each piece lives in its own file.
 */
import { app, clipboard, dialog, globalShortcut, session } from 'electron';
import { resolve } from 'node:path';
import type { UiLanguage } from '../../shared/languages';
import { AgentCore } from '../core/agent-core';
import { APP_INDEX_URL, registerAppScheme, serveRenderer } from './app-protocol';
import { connectIpc } from './ipc';
import { connectNotifications } from './notifications';
import { connectQuickSearch } from './quick-search';
import { safeStorageCipher } from './secret-cipher';
import { applyAppMenu } from './menu';
import { iconPath, preloadPath, rendererDir } from './paths';
import { RENDERER_CSP, appUrlMatcher, guardNavigation, lockDownSession } from './security';
import { createTray } from './tray';
import { scheduleUpdateChecks } from './updater';
import { ShellWindows } from './windows';

// A separate data folder (tests, a second profile) also gets its own single-instance lock, which
// Electron keys on the userData path.
const dataDirOverride = process.env['CUECARD_DATA_DIR'];
if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));

registerAppScheme();

if (app.requestSingleInstanceLock()) {
  void start();
} else {
  // Another Cuecard is running: it receives 'second-instance' and comes to the front.
  app.quit();
}

async function start(): Promise<void> {
  const devRendererUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const rendererUrl = devRendererUrl ?? APP_INDEX_URL;
  const isAppUrl = appUrlMatcher(rendererUrl);
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, isAppUrl));

  let quitting = false;
  const quit = (): void => {
    quitting = true;
    app.quit();
  };
  app.on('before-quit', () => {
    quitting = true;
  });

  await app.whenReady();
  // After 'ready': the session token is decrypted with safeStorage, which needs the app ready.
  const opened = await AgentCore.open({
    dataDir: app.getPath('userData'),
    host: 'electron',
    version: app.getVersion(),
    cipher: safeStorageCipher(),
  }).then(
    (core) => ({ ok: true as const, core }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (!opened.ok) {
    const message = opened.error instanceof Error ? opened.error.message : String(opened.error);
    console.error('[cuecard] AgentCore failed to open:', opened.error);
    dialog.showErrorBox('Cuecard could not start', message);
    app.exit(1);
    return;
  }
  const core = opened.core;

  lockDownSession(session.defaultSession, devRendererUrl ? null : RENDERER_CSP);
  if (!devRendererUrl) serveRenderer(rendererDir, RENDERER_CSP);

  const devTools = !app.isPackaged;
  const windows = new ShellWindows({
    rendererUrl,
    preloadPath,
    iconPath: iconPath('icon.png'),
    devTools,
    isQuitting: () => quitting,
  });
  const disconnectIpc = connectIpc(core, windows, isAppUrl);
  const disconnectNotifications = connectNotifications(core, () => windows.showMain());
  const disconnectQuickSearch = connectQuickSearch(core, globalShortcut, {
    platform: process.platform,
    readClipboard: () => clipboard.readText(),
    showPopup: () => windows.showPopup(),
    hidePopup: () => windows.hidePopup(),
    showMain: () => windows.showMain(),
    isMainVisible: () => windows.isMainVisible(),
    hideApp: () => app.hide(),
  });

  const { uiLanguage } = await core.getSettings();
  const showMenu = (language: UiLanguage): void =>
    applyAppMenu({ language, devTools, onQuit: quit });
  showMenu(uiLanguage);
  const tray = createTray({ language: uiLanguage, onOpen: () => windows.showMain(), onQuit: quit });
  const offSettings = core.on('settingsChanged', (settings) => {
    showMenu(settings.uiLanguage);
    tray?.setLanguage(settings.uiLanguage);
  });

  let stopUpdates = (): void => {};
  windows.showMain().once('show', () => {
    stopUpdates = scheduleUpdateChecks({
      isPackaged: app.isPackaged,
      getUpdateUrl: async () => (await core.getSettings()).updateUrl,
    });
  });

  app.on('second-instance', () => windows.showMain());
  // macOS: a click on the dock icon brings the window back.
  app.on('activate', () => windows.showMain());
  // Windows hide rather than close, so this only happens on the way out.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') quit();
  });

  app.on('will-quit', () => {
    stopUpdates();
    offSettings();
    disconnectQuickSearch();
    disconnectNotifications();
    disconnectIpc();
    tray?.destroy();
    try {
      // Closing the replica checkpoints its WAL, so the next start opens a clean database.
      core.close();
    } catch (err) {
      console.error('[cuecard] closing AgentCore failed:', err);
    }
  });
}

/**
 * Update checks against the generic feed in settings.updateUrl (electron-updater). Nothing here is
 * ever awaited on the start path: the first check runs a while after the window is shown, so a slow
 * or unreachable feed can never delay an agent's start, and every failure is logged, not thrown.
 */
const FIRST_CHECK_DELAY_MS = 15_000;
const RECHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface UpdateScheduleOptions {
  /** Only packaged builds carry the app-update metadata electron-updater needs. */
  isPackaged: boolean;
  /** Read at every check, so a URL changed in settings takes effect without a restart. */
  getUpdateUrl: () => Promise<string>;
}

/** Returns a function that cancels the pending and repeating checks. */
export function scheduleUpdateChecks(options: UpdateScheduleOptions): () => void {
  if (!options.isPackaged) return () => {};
  let configuredUrl: string | undefined;

  const check = async (): Promise<void> => {
    try {
      const url = await options.getUpdateUrl();
      if (url === '') return;
      // Loaded on first use: electron-updater and its dependencies are not needed to start.
      const { autoUpdater } = (await import('electron-updater')).default;
      if (configuredUrl === undefined) {
        // An EventEmitter 'error' with no listener would throw; log it instead.
        autoUpdater.on('error', (err: Error) => {
          console.error('[cuecard] update failed:', err.message);
        });
      }
      if (url !== configuredUrl) {
        autoUpdater.setFeedURL({ provider: 'generic', url });
        configuredUrl = url;
      }
      // Downloads in the background, installs on quit, and tells the agent with an OS notification.
      await autoUpdater.checkForUpdatesAndNotify();
    } catch (err) {
      console.error('[cuecard] update check failed:', err);
    }
  };

  let interval: ReturnType<typeof setInterval> | undefined;
  const first = setTimeout(() => {
    void check();
    interval = setInterval(() => void check(), RECHECK_INTERVAL_MS);
  }, FIRST_CHECK_DELAY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(interval);
  };
}

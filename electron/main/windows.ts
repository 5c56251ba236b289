import { BrowserWindow, nativeTheme, screen, type WebPreferences } from 'electron';

export interface WindowOptions {
  /** The renderer entry: the Vite dev server in development, cuecard://app/index.html packaged. */
  rendererUrl: string;
  preloadPath: string;
  iconPath: string;
  /** Developer tools are for unpackaged builds only. */
  devTools: boolean;
  /** While false, closing a window only hides it: the app lives on in the tray. */
  isQuitting: () => boolean;
}

/** The main window and the quick-search popup. Both load the same renderer; the popup with #popup. */
export class ShellWindows {
  private main: BrowserWindow | null = null;
  private popup: BrowserWindow | null = null;

  constructor(private readonly options: WindowOptions) {}

  all(): BrowserWindow[] {
    return [this.main, this.popup].filter(
      (w): w is BrowserWindow => w !== null && !w.isDestroyed(),
    );
  }

  /** True when the WebContents with this id belongs to one of our windows. */
  owns(webContentsId: number): boolean {
    return this.all().some((w) => w.webContents.id === webContentsId);
  }

  /** Shows, restores and focuses the main window, creating it (and the popup) if needed. */
  showMain(): BrowserWindow {
    let win = this.main;
    if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    } else {
      // A new window shows itself once its first frame is painted, so it never flashes empty.
      win = this.createMain();
    }
    if (!this.popup || this.popup.isDestroyed()) this.popup = this.createPopup();
    return win;
  }

  /** Shows the quick-search popup focused, centred on the display the pointer is on. */
  showPopup(): BrowserWindow {
    if (!this.popup || this.popup.isDestroyed()) this.popup = this.createPopup();
    const win = this.popup;
    const area = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
    const [width = 640, height = 420] = win.getSize();
    win.setPosition(
      Math.round(area.x + (area.width - width) / 2),
      Math.round(area.y + (area.height - height) / 3),
    );
    win.show();
    win.focus();
    return win;
  }

  hidePopup(): void {
    if (this.popup && !this.popup.isDestroyed()) this.popup.hide();
  }

  isMainVisible(): boolean {
    return this.main !== null && !this.main.isDestroyed() && this.main.isVisible();
  }

  private webPreferences(): WebPreferences {
    return {
      preload: this.options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: this.options.devTools,
    };
  }

  private createMain(): BrowserWindow {
    const win = new BrowserWindow({
      title: 'Cuecard',
      width: 1200,
      height: 800,
      minWidth: 720,
      minHeight: 480,
      show: false,
      icon: this.options.iconPath,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1f2328' : '#ffffff',
      webPreferences: this.webPreferences(),
    });
    win.once('ready-to-show', () => {
      win.show();
      win.focus();
    });
    this.hideInsteadOfClosing(win);
    win.on('closed', () => {
      this.main = null;
    });
    this.load(win, this.options.rendererUrl);
    this.main = win;
    return win;
  }

  /** Frameless, always on top, off the taskbar: it floats over the CRM and vanishes on blur. */
  private createPopup(): BrowserWindow {
    const win = new BrowserWindow({
      title: 'Cuecard',
      width: 640,
      height: 420,
      show: false,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      icon: this.options.iconPath,
      webPreferences: this.webPreferences(),
    });
    // 'floating' keeps it above ordinary windows on macOS too, where plain alwaysOnTop is weaker.
    win.setAlwaysOnTop(true, 'floating');
    win.removeMenu();
    win.on('blur', () => win.hide());
    this.hideInsteadOfClosing(win);
    win.on('closed', () => {
      this.popup = null;
    });
    this.load(win, `${this.options.rendererUrl}#popup`);
    return win;
  }

  private hideInsteadOfClosing(win: BrowserWindow): void {
    win.on('close', (event) => {
      if (this.options.isQuitting()) return;
      event.preventDefault();
      win.hide();
    });
  }

  private load(win: BrowserWindow, url: string): void {
    win.loadURL(url).catch((err: unknown) => {
      console.error(`[cuecard] could not load ${url}:`, err);
    });
  }
}

// The desktop shell end to end: the built app in a real Electron (issue 2, "Electron shell").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  _electron as electron,
  expect,
  test as base,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { agentCallArgs } from '../../shared/api-schema';
import { ROOT } from '../../scripts/lib/renderer-build';
import { AppFrame } from '../e2e/pages';
import { ensureShellBuilt, findElectronBinary } from './shell-build';

const electronBinary = findElectronBinary();
const hasElectron = electronBinary !== null;

interface Shell {
  app: ElectronApplication;
  main: Page;
}

const APP_URL = /^cuecard:\/\/app\//;

/** Each test gets the built app, launched on a fresh data folder. */
const test = base.extend<{ shell: Shell }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  shell: async ({}, use) => {
    ensureShellBuilt();
    const dataDir = mkdtempSync(join(tmpdir(), 'cuecard-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env))
      if (value !== undefined) env[key] = value;
    // Production path: the renderer from out/renderer over cuecard://, with the CSP.
    delete env['ELECTRON_RENDERER_URL'];
    env['CUECARD_DATA_DIR'] = dataDir;
    const app = await electron.launch({
      executablePath: electronBinary ?? undefined,
      // Chromium refuses to start as root (CI containers) unless its OS sandbox is off.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      cwd: ROOT,
      env,
    });
    const main = await mainWindow(app);
    await use({ app, main });
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test.skip(
  !hasElectron,
  'No Electron binary on this machine: the electron package downloads it on first run, and this machine has no network for that. Install it (npx electron --version on a networked machine) to run these tests.',
);

/** The main window is the one showing the app without the #popup hash. */
async function mainWindow(app: ElectronApplication): Promise<Page> {
  const find = (): Page | undefined =>
    app.windows().find((page) => APP_URL.test(page.url()) && !page.url().endsWith('#popup'));
  await expect.poll(() => find() !== undefined, { timeout: 15_000 }).toBe(true);
  const page = find() as Page;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

test('the main window shows Cuecard and exposes only the contract', async ({ shell }) => {
  const { app, main } = shell;
  await expect(main).toHaveTitle(/Cuecard/);
  const title = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => w.getTitle()),
  );
  expect(title.some((t) => t.includes('Cuecard'))).toBe(true);

  const exposed = await main.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    const api = g['cuecard'] as Record<string, unknown> | undefined;
    return {
      members: api ? Object.fromEntries(Object.entries(api).map(([k, v]) => [k, typeof v])) : null,
      require: typeof g['require'],
      process: typeof g['process'],
    };
  });
  const expected = Object.fromEntries(
    [...Object.keys(agentCallArgs), 'on'].map((name) => [name, 'function']),
  );
  expect(exposed.members).toEqual(expected);
  // Sandboxed and isolated: nothing of Node or of ipcRenderer reaches the page.
  expect(exposed.require).toBe('undefined');
  expect(exposed.process).toBe('undefined');

  const info = await main.evaluate(() => {
    const api = (globalThis as unknown as { cuecard: { getAppInfo(): Promise<{ host: string }> } })
      .cuecard;
    return api.getAppInfo();
  });
  expect(info.host).toBe('electron');
});

test('switching the language to hu changes the visible text, and the menu follows', async ({
  shell,
}) => {
  const { app, main } = shell;
  const frame = new AppFrame(main);
  await expect(frame.nav('home')).toBeVisible();
  const english = await frame.navTexts();

  await frame.switchLanguage('hu');
  const hungarian = await frame.navTexts();
  expect(hungarian.every((text, i) => text !== english[i])).toBe(true);

  // Main hears settingsChanged from AgentCore and relabels its own menu.
  await expect
    .poll(() =>
      app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []),
    )
    .toContain('Súgó');
});

test('the quick-search popup exists, hidden, always on top and frameless', async ({ shell }) => {
  const popups = await shell.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()
      .filter((w) => w.webContents.getURL().endsWith('#popup'))
      .map((w) => ({ visible: w.isVisible(), onTop: w.isAlwaysOnTop() })),
  );
  expect(popups).toEqual([{ visible: false, onTop: true }]);
});

test('the page cannot navigate away from the app', async ({ shell }) => {
  const { main } = shell;
  await main.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'file:///etc/hosts';
  });
  // A blocked navigation leaves no event to wait for; give an allowed one time to commit.
  await main.waitForTimeout(500);
  expect(main.url()).toMatch(APP_URL);
});

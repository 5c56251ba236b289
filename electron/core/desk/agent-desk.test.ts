// The agent's desk through AgentCore (issue 6 items 3, 5, 6; R4, R12, R17, R18), on a real
// replica file in a temp data folder, signed out (no server needed).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentEventName, AgentEvents } from '../../../shared/api';
import { upsertArticles } from '../../../db/articles';
import { upsertCategories } from '../../../db/categories';
import { articleInput } from '../../../db/testing';
import { AgentCore } from '../agent-core';
import { SIGN_IN_TO_REPORT } from './article-desk';

let dir: string;
let core: AgentCore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cuecard-desk-'));
  core = await AgentCore.open({ dataDir: dir, host: 'web', version: 'test' });
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const publish = (revision: number, bodyText: string) =>
  upsertArticles(core.replica, [
    articleInput({
      id: 'block',
      lang: 'en',
      title: 'Block a lost card',
      revision,
      bodyText,
      categoryIds: ['lost'],
    }),
  ]);

function events<E extends AgentEventName>(event: E): AgentEvents[E][] {
  const seen: AgentEvents[E][] = [];
  core.on(event, (payload) => seen.push(payload));
  return seen;
}

describe('article details and reading marks (R18)', () => {
  beforeEach(() => {
    upsertCategories(core.replica, [
      { id: 'cards', parentId: null, position: 0, names: { en: 'Cards', hu: 'Kártyák' } },
      { id: 'lost', parentId: 'cards', position: 0, names: { en: 'Lost cards' } },
    ]);
  });

  it('a first view is marked read at once: no banner', async () => {
    publish(1, 'Block the card in the app.');
    const details = await core.getArticleDetails({ id: 'block' });
    expect(details).toMatchObject({
      breadcrumbs: [
        [
          { id: 'cards', name: 'Cards' },
          { id: 'lost', name: 'Lost cards' },
        ],
      ],
      placeholders: [],
      updatedBy: null,
      favourite: false,
      changes: null,
      vote: null,
    });
    publish(2, 'Block the card at once in the app.');
    expect((await core.getArticleDetails({ id: 'block' }))?.changes?.readRevision).toBe(1);
  });

  it('changes appear after a newer revision arrives, stay until markRead, then disappear', async () => {
    publish(1, 'Block the card in the app.');
    await core.getArticleDetails({ id: 'block' });
    publish(2, 'Block the card at once in the app.');
    const first = await core.getArticleDetails({ id: 'block' });
    expect(first?.changes?.text.filter((r) => r.match).map((r) => r.text)).toEqual(['at once']);
    // Viewing again does not end the banner: only the agent's markRead does.
    expect((await core.getArticleDetails({ id: 'block' }))?.changes).not.toBeNull();
    await core.markRead({ id: 'block', lang: 'en', revision: 2 });
    expect((await core.getArticleDetails({ id: 'block' }))?.changes).toBeNull();
  });

  it('null for an article the replica does not have', async () => {
    expect(await core.getArticleDetails({ id: 'nope' })).toBeNull();
  });

  it('names breadcrumbs in the language asked for', async () => {
    publish(1, 'x');
    upsertArticles(core.replica, [
      articleInput({ id: 'block', lang: 'hu', title: 'Kártya letiltása', categoryIds: ['lost'] }),
    ]);
    const details = await core.getArticleDetails({ id: 'block', lang: 'hu' });
    expect(details?.breadcrumbs[0]?.map((c) => c.name)).toEqual(['Kártyák', 'Lost cards']);
  });
});

describe('favourites and the home lists', () => {
  it('opening counts toward recent and most used; favourites are set and cleared', async () => {
    upsertArticles(core.replica, [
      articleInput({ id: 'a', lang: 'en', title: 'Alpha' }),
      articleInput({ id: 'b', lang: 'en', title: 'Beta' }),
    ]);
    // Opens a few milliseconds apart, as an agent's are (the order is by time of the last open).
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    await core.getArticle({ id: 'a' });
    await tick();
    await core.getArticle({ id: 'b' });
    await core.getArticle({ id: 'b' });
    await core.getArticle({ id: 'missing' });
    await core.setFavourite({ id: 'b', favourite: true });
    await core.setFavourite({ id: 'a', favourite: true });
    let lists = await core.getDeskLists();
    expect(lists.recent.map((a) => a.id)).toEqual(['b', 'a']);
    expect(lists.mostUsed.map((a) => a.id)).toEqual(['b', 'a']);
    expect(lists.favourites.map((a) => a.title)).toEqual(['Alpha', 'Beta']);
    expect((await core.getArticleDetails({ id: 'b' }))?.favourite).toBe(true);
    await core.setFavourite({ id: 'b', favourite: false });
    lists = await core.getDeskLists();
    expect(lists.favourites.map((a) => a.id)).toEqual(['a']);
    expect((await core.getArticleDetails({ id: 'b' }))?.favourite).toBe(false);
  });

  it('browses the tree and a category through the core, in the agent’s languages', async () => {
    await core.updateSettings({ contentLanguages: ['hu', 'en'] });
    upsertCategories(core.replica, [
      { id: 'cards', parentId: null, position: 0, names: { en: 'Cards', hu: 'Kártyák' } },
    ]);
    upsertArticles(core.replica, [
      articleInput({ id: 'a', lang: 'en', title: 'Card fees', categoryIds: ['cards'] }),
    ]);
    expect(await core.getCategoryTree()).toEqual([
      { id: 'cards', name: 'Kártyák', count: 1, children: [] },
    ]);
    const listing = await core.listCategory({ categoryId: 'cards' });
    expect(listing?.category).toEqual({ id: 'cards', name: 'Kártyák' });
    expect(listing?.articles.map((a) => a.id)).toEqual(['a']);
  });
});

describe('feedback and questions while signed out', () => {
  it('are refused with a message, leaving the outbox and the vote untouched', async () => {
    upsertArticles(core.replica, [articleInput({ id: 'a', lang: 'en', title: 'Alpha' })]);
    const feedback = { kind: 'helpful', articleId: 'a', lang: 'en', revision: 1 } as const;
    await expect(core.sendFeedback(feedback)).rejects.toThrow(SIGN_IN_TO_REPORT);
    await expect(core.reportQuestion({ query: 'kartya' })).rejects.toThrow(SIGN_IN_TO_REPORT);
    expect((await core.getSyncState()).outboxPending).toBe(0);
    expect((await core.getArticleDetails({ id: 'a' }))?.vote).toBeNull();
  });
});

describe('hotkey and popup events (issue 6 item 1)', () => {
  it('web mode: the in-page shortcut is the setting, and a new one is announced', async () => {
    expect(await core.getHotkeyStatus()).toEqual({
      state: 'in-page',
      accelerator: 'CommandOrControl+Shift+Space',
    });
    const changed = events('hotkeyStatusChanged');
    await core.updateSettings({ theme: 'dark' });
    expect(changed).toEqual([]);
    await core.updateSettings({ hotkey: 'Alt+K' });
    expect(changed).toEqual([{ state: 'in-page', accelerator: 'Alt+K' }]);
  });

  it('the popup asks to close, to open an article in the main window; the shell asks to show it', async () => {
    const closed = events('popupClosed');
    const opened = events('openRequested');
    const popups = events('popupRequested');
    await core.closePopup();
    await core.openInMainWindow({ id: 'a', lang: 'hu' });
    core.requestPopup('card blocked');
    expect(closed).toEqual([null]);
    expect(opened).toEqual([{ target: 'article', id: 'a' }]);
    expect(popups).toEqual([{ clipboardText: 'card blocked' }]);
  });
});

describe('hotkey in the desktop app', () => {
  it('reports what the shell registered', async () => {
    const desktopDir = mkdtempSync(join(tmpdir(), 'cuecard-desk-'));
    const desktop = await AgentCore.open({ dataDir: desktopDir, host: 'electron', version: 't' });
    try {
      const seen: unknown[] = [];
      desktop.on('hotkeyStatusChanged', (s) => seen.push(s));
      const failed = { state: 'failed', accelerator: 'Alt+K', reason: 'in-use' } as const;
      desktop.setHotkeyStatus(failed);
      expect(await desktop.getHotkeyStatus()).toEqual(failed);
      expect(seen).toEqual([failed]);
    } finally {
      desktop.close();
      rmSync(desktopDir, { recursive: true, force: true });
    }
  });
});

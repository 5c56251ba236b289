import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { AgentCalls } from '../../shared/api';
import type { SettingsPatch } from '../../shared/settings';
import type { NoticeFollowUp } from '../../shared/workstation/notices';
import { AgentCore, REPLICA_FILE } from '../../electron/core/agent-core';
import { startWebHost, type WebHost } from '../../electron/core/web-host';
import { RENDERER_OUT } from '../../scripts/lib/renderer-build';
import { apiCall } from '../../scripts/lib/api-call';
import type { RunningServer } from '../../server/server';
import { FlakyProxy } from '../integration/support/flaky-proxy';
import { test as kbTest } from './kb-server';

/** Demo accounts (server/demo/org.json): a lead of cards + banking, an agent there, one outside. */
export const PEOPLE = {
  lead: { username: 'lead.cards', password: 'demo-password-lead-cards' },
  cards: { username: 'agent.cards', password: 'demo-password-agent-cards' },
  mobile: { username: 'agent.mobile', password: 'demo-password-agent-mobile' },
} as const;
export type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** One agent's workstation: its own replica and web host, and a browser context of its own. */
export interface Desk {
  url: string;
  core: AgentCore;
  dataDir: string;
  /** Between this desk and the server, to take it offline. */
  proxy: FlakyProxy;
  context: BrowserContext;
  page: Page;
  /** Moves this desk's notice clock (notices going live and expiring). */
  advanceClock(ms: number): void;
}

export interface Desks {
  /** Signs `person` in on a fresh workstation, downloads the knowledge base, opens the app. */
  open(person: Person, settings?: SettingsPatch): Promise<Desk>;
}

/**
 * kb-server's real server plus any number of workstations, each signed in as a demo user:
 * a lead broadcasting and agents inside and outside the audience, in separate browser contexts.
 */
export const test = kbTest.extend<{ desks: Desks }>({
  desks: async ({ kb, browser }, use) => {
    const cleanups: (() => Promise<void>)[] = [];
    await use({
      async open(person, settings = {}) {
        const dataDir = mkdtempSync(join(tmpdir(), `cuecard-e2e-${person.username}-`));
        const proxy = await FlakyProxy.start(kb.url);
        let offset = 0;
        const core = await AgentCore.open({
          dataDir,
          host: 'web',
          version: 'e2e',
          syncClient: { backoff: { initialMs: 200, maxMs: 1_000 } },
          now: () => new Date(Date.now() + offset),
        });
        await core.updateSettings({ serverUrl: proxy.url, theme: 'light', ...settings });
        const signedIn = await core.signIn(person);
        if (!signedIn.ok)
          throw new Error(`${person.username} could not sign in: ${signedIn.detail}`);
        await core.syncNow();
        const web: WebHost = await startWebHost({ core, rendererDir: RENDERER_OUT, port: 0 });
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        cleanups.push(async () => {
          await context.close();
          await web.close();
          core.close();
          await proxy.close();
          rmSync(dataDir, { recursive: true, force: true });
        });
        await page.goto(web.url);
        return {
          url: web.url,
          core,
          dataDir,
          proxy,
          context,
          page,
          advanceClock: (ms) => {
            offset += ms;
          },
        };
      },
    });
    for (const cleanup of cleanups.reverse()) await cleanup();
  },
});

export { expect } from './kb-server';

/** A notice as a lead sends it (shared/workstation/notices.ts NoticeDraft, server noticeBody). */
export interface NoticeSend {
  id: string;
  priority: 'info' | 'important' | 'urgent';
  title: Record<string, string>;
  body: Record<string, string>;
  requiresAck: boolean;
  audience: { businessLines: string[]; positions: string[] };
  publishAt: string | null;
  expiresAt: string | null;
  linkedArticleIds: string[];
}

/** The server's HTTP API as one demo user (the lead's follow-up, checks the UI does not show). */
export async function serverAs(kb: RunningServer, person: Person) {
  const { token } = (await apiCall(kb.url, 'POST', '/api/auth/login', person)) as {
    token: string;
  };
  return {
    sendNotice: ({ id, ...body }: NoticeSend) =>
      apiCall(kb.url, 'PUT', `/api/authoring/notices/${encodeURIComponent(id)}`, body, token),
    followUp: async (id: string) =>
      (
        (await apiCall(
          kb.url,
          'GET',
          `/api/lead/notices/${encodeURIComponent(id)}/follow-up`,
          undefined,
          token,
        )) as { followUp: NoticeFollowUp }
      ).followUp,
  };
}

/**
 * One AgentApi call from inside `page`, over the same wire as the app's web bridge
 * (shared/web-protocol.ts: POST /api/call/<name> on the page's own host).
 */
export async function callAgent<N extends keyof AgentCalls>(
  page: Page,
  name: N,
  ...args: Parameters<AgentCalls[N]>
): Promise<Awaited<ReturnType<AgentCalls[N]>>> {
  const answer = await page.evaluate(
    async ([call, callArgs]) => {
      const response = await fetch(`/api/call/${call}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(callArgs),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [name, args] as const,
  );
  if (!answer.ok) throw new Error(`${name} failed: ${JSON.stringify(answer.error)}`);
  return answer.value as Awaited<ReturnType<AgentCalls[N]>>;
}

/** Notice ids and titles in a workstation's replica file, read beside the running core. */
export function replicaNotices(dataDir: string): { id: string; title: string }[] {
  const db = new Database(join(dataDir, REPLICA_FILE), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, title FROM notice ORDER BY id').all() as {
      id: string;
      title: string;
    }[];
  } finally {
    db.close();
  }
}

/** Page object for the agents' side of notices (renderer/src/screens/notices, the urgent modal). */
export class NoticesPage {
  readonly modal: Locator;
  readonly acknowledgeInModal: Locator;
  readonly pinned: Locator;
  readonly search: Locator;
  readonly items: Locator;
  readonly view: Locator;
  readonly acknowledge: Locator;

  constructor(readonly page: Page) {
    this.modal = page.getByTestId('urgent-notice');
    this.acknowledgeInModal = page.getByTestId('urgent-notice-acknowledge');
    this.pinned = page.getByTestId('pinned-notice');
    this.search = page.getByTestId('notice-search');
    this.items = page.getByTestId('notice-list-item');
    this.view = page.getByTestId('notice-view');
    this.acknowledge = page.getByTestId('notice-acknowledge');
  }

  modalFor(id: string): Locator {
    return this.page.locator(`[data-testid="urgent-notice"][data-notice-id="${id}"]`);
  }

  item(id: string): Locator {
    return this.page.locator(`[data-testid="notice-list-item"][data-notice-id="${id}"]`);
  }

  pinnedItem(id: string): Locator {
    return this.page.locator(`[data-testid="pinned-notice"][data-notice-id="${id}"]`);
  }

  /** Epoch milliseconds the modal showed its current notice (UrgentNoticeModal's data-shown-at). */
  async modalShownAt(): Promise<number> {
    return Number(await this.modal.getAttribute('data-shown-at'));
  }

  /** Confirms every urgent notice the desk already had (the demo outage), through the modal. */
  async acknowledgeWaiting(): Promise<string[]> {
    const pending = await callAgent(this.page, 'getPendingNotices');
    const ids = pending.mustAcknowledge.map((n) => n.id);
    for (const id of ids) {
      await this.modalFor(id).waitFor();
      await this.acknowledgeInModal.click();
    }
    await this.acknowledgeInModal.waitFor({ state: 'detached' });
    return ids;
  }
}

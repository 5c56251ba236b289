import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/api';
import type { FeedbackAnswered, FeedbackItem } from '../../../shared/workstation/authoring';
import type { AuthoringResult } from '../../../shared/workstation/trees';
import { FeedbackWatch } from './feedback-watch';

/*
 * R17: the agent hears about owners' answers once each, across restarts, never about answers
 * older than a week on a fresh install, and nothing at all while signed out or offline.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const NOW = new Date('2026-11-24T12:00:00.000Z');
const daysAgo = (days: number, ms = 0) =>
  new Date(NOW.getTime() - days * 86_400_000 + ms).toISOString();

function item(id: number, resolvedAt: string | null, status = 'replied'): FeedbackItem {
  return {
    id,
    kind: 'flag',
    reason: 'wrong',
    comment: 'c',
    articleId: 'a',
    articleTitle: 'A',
    lang: 'en',
    revision: 1,
    query: null,
    owner: 'o',
    from: { username: 'agent', displayName: 'Agent' },
    createdAt: daysAgo(30),
    status: resolvedAt ? (status as FeedbackItem['status']) : 'open',
    reply: resolvedAt ? `reply ${id}` : '',
    resolvedBy: null,
    resolvedAt,
  };
}

const signedIn = (userId = '7'): SessionState => ({
  status: 'signed-in',
  serverUrl: 'http://kb',
  user: { id: userId, username: 'agent', name: 'Agent' },
  capabilities: ['agent'],
});

function setup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cuecard-fbw-'));
  dirs.push(dataDir);
  const state = {
    session: signedIn(),
    answer: { ok: true, items: [] } as AuthoringResult<{ items: FeedbackItem[] }>,
    calls: 0,
    now: NOW,
  };
  const heard: FeedbackAnswered[] = [];
  const open = () =>
    new FeedbackWatch({
      dataDir,
      session: () => state.session,
      fetchMine: async () => {
        state.calls++;
        return state.answer;
      },
      emit: (payload) => heard.push(payload),
      now: () => state.now,
    });
  return { state, heard, open };
}

const ids = (heard: FeedbackAnswered[]) => heard.map((h) => h.items.map((i) => i.id));

it('announces answers of the last week on a fresh install, then each new answer once, across restarts (R17)', async () => {
  const { state, heard, open } = setup();
  let watch = open();
  state.answer = {
    ok: true,
    items: [item(1, daysAgo(8)), item(2, daysAgo(2)), item(3, null), item(4, daysAgo(1))],
  };
  await watch.check(true);
  expect(ids(heard)).toEqual([[4, 2]]);

  await watch.check(true);
  expect(ids(heard)).toHaveLength(1);

  // Two answers in the same millisecond as the last one announced, one of them new.
  watch.close();
  watch = open();
  state.answer = {
    ok: true,
    items: [...state.answer.items, item(5, daysAgo(1)), item(6, daysAgo(0))],
  };
  await watch.check(true);
  expect(ids(heard)[1]?.sort()).toEqual([5, 6]);
  await watch.check(true);
  expect(heard).toHaveLength(2);
});

it('checks at most every 30 s unless forced, and not at all signed out; offline stays quiet (R17)', async () => {
  const { state, heard, open } = setup();
  const watch = open();
  await watch.check();
  await watch.check();
  expect(state.calls).toBe(1);
  state.now = new Date(NOW.getTime() + 31_000);
  await watch.check();
  expect(state.calls).toBe(2);

  state.answer = { ok: false, problem: 'offline', message: 'down' };
  await watch.check(true);
  expect(state.calls).toBe(3);
  expect(heard).toEqual([]);

  state.session = { status: 'signed-out', serverUrl: 'http://kb' };
  await watch.check(true);
  expect(state.calls).toBe(3);
});

it('starts over for another account on the same workstation (R17)', async () => {
  const { state, heard, open } = setup();
  const watch = open();
  state.answer = { ok: true, items: [item(1, daysAgo(1))] };
  await watch.check(true);
  state.session = signedIn('8');
  watch.sessionChanged();
  await watch.check();
  expect(ids(heard)).toEqual([[1], [1]]);
});

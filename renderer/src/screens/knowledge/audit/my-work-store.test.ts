import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MyWork } from '../../../../../shared/workstation/authoring';
import { createFakeApi } from '../../../stores/fake-api';
import { createToastStore } from '../../../stores/toast-store';
import { createMyWorkStore, workBadges } from './my-work-store';

// R16: owners are notified of reviews due and feedback waiting (badges, one reminder).
const work = (over: Partial<MyWork> = {}): MyWork => ({
  overdue: 0,
  dueSoon: 0,
  openFeedback: 0,
  awaitingReview: 0,
  sentBack: 0,
  ...over,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('my work (R16)', () => {
  it('puts each count on its tab and the sum on the Knowledge item', () => {
    expect(
      workBadges(work({ overdue: 3, dueSoon: 2, openFeedback: 4, awaitingReview: 1 })),
    ).toEqual({ audit: 5, inbox: 4, review: 1, total: 10 });
    expect(workBadges(null).total).toBe(0);
  });

  it('reminds once per app start when reviews are overdue, and refreshes on the timer', async () => {
    const fake = createFakeApi();
    let answer = work({ overdue: 3 });
    fake.state.authoringAnswers.myWork = () => ({ ok: true, work: answer });
    const toasts = createToastStore(fake.api, { notifications: () => null });
    const store = createMyWorkStore(fake.api, { intervalMs: 1000 });
    const stop = store.getState().start((n) => toasts.getState().remindOverdue(n));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().work?.overdue).toBe(3);
    expect(toasts.getState().toasts).toMatchObject([{ kind: 'overdue', count: 3 }]);

    answer = work({ overdue: 4, openFeedback: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(workBadges(store.getState().work).total).toBe(5);
    // Still overdue on the next check: no second toast.
    expect(toasts.getState().toasts).toHaveLength(1);

    stop();
    expect(store.getState().work).toBeNull();
    const asked = fake.sent.authoring.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.sent.authoring).toHaveLength(asked);
  });

  it('keeps the last counts while offline and says nothing when nothing is overdue', async () => {
    const fake = createFakeApi();
    fake.state.authoringAnswers.myWork = { ok: true, work: work({ dueSoon: 2 }) };
    const reminded: number[] = [];
    const store = createMyWorkStore(fake.api, { intervalMs: 1000 });
    store.getState().start((n) => reminded.push(n));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().work?.dueSoon).toBe(2);
    fake.state.authoringAnswers.myWork = { ok: false, problem: 'offline', message: 'down' };
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().work?.dueSoon).toBe(2);
    expect(reminded).toEqual([]);
  });
});

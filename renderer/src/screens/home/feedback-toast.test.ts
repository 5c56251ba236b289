import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { toastTarget, toastText } from '../../app/toast-text';
import { createFakeApi } from '../../stores/fake-api';
import { createToastStore, type Toast } from '../../stores/toast-store';
import { feedbackItem } from '../knowledge/inbox/feedback-fixtures';

// R17: an agent hears back when the owner answers their feedback; R16: owners hear of overdue reviews.
const t = ((key: string, opts?: Record<string, unknown>) =>
  `${key}${opts ? JSON.stringify(opts) : ''}`) as unknown as TFunction;

describe('feedback toasts (R16, R17)', () => {
  it('says which article an answer is about and opens My feedback on Home', () => {
    const fake = createFakeApi();
    // Even with article and notice toasts turned off: the agent asked.
    const store = createToastStore(fake.api, {
      notifications: () => ({ articles: false, notices: false }) as never,
    });
    store.getState().follow();
    fake.emit('feedbackAnswered', {
      items: [feedbackItem(1, { status: 'replied', articleTitle: 'Card fees' })],
    });
    const [toast] = store.getState().toasts;
    expect(toast?.kind).toBe('feedback');
    expect(toastText(toast as Toast, t)).toBe('toast.feedbackAnswered{"title":"Card fees"}');
    expect(toastTarget(toast as Toast)).toEqual({ section: 'home', show: 'my-feedback' });
  });

  it('makes one toast for several answers, none for an empty batch', () => {
    const fake = createFakeApi();
    const store = createToastStore(fake.api, { notifications: () => null });
    store.getState().follow();
    fake.emit('feedbackAnswered', { items: [] });
    expect(store.getState().toasts).toEqual([]);
    fake.emit('feedbackAnswered', { items: [feedbackItem(1), feedbackItem(2)] });
    const [toast] = store.getState().toasts;
    expect(store.getState().toasts).toHaveLength(1);
    expect(toastText(toast as Toast, t)).toBe('toast.feedbacksAnswered{"count":2}');
  });

  it('reminds an owner of overdue reviews and opens Audits', () => {
    const fake = createFakeApi();
    const store = createToastStore(fake.api, { notifications: () => null });
    store.getState().remindOverdue(0);
    expect(store.getState().toasts).toEqual([]);
    store.getState().remindOverdue(3);
    const [toast] = store.getState().toasts;
    expect(toastText(toast as Toast, t)).toBe('toast.workOverdue{"count":3}');
    expect(toastTarget(toast as Toast)).toEqual({ section: 'knowledge', tab: 'audit' });
  });
});

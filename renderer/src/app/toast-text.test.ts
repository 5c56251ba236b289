import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { articleChange } from '../stores/fake-api';
import type { Toast } from '../stores/toast-store';
import { WHATS_NEW_ROUTE } from './route';
import { toastTarget, toastText } from './toast-text';

const { t } = createI18n('en');
const articles = (...changes: ReturnType<typeof articleChange>[]): Toast => ({
  id: 1,
  kind: 'articles',
  changes,
});

describe('toast text and target', () => {
  it('names one article and opens it', () => {
    const one = articles(articleChange('a1', 'added', 'Refund rules'));
    expect(toastText(one, t)).toBe('New: Refund rules');
    expect(toastTarget(one)).toEqual({ section: 'search', article: { id: 'a1', lang: 'en' } });
    expect(toastText(articles(articleChange('a1', 'changed', 'Refund rules')), t)).toBe(
      'Updated: Refund rules',
    );
  });

  it("counts several and opens What's new", () => {
    const several = articles(articleChange('a1'), articleChange('a2', 'changed'));
    expect(toastText(several, t)).toBe('2 articles updated');
    expect(toastTarget(several)).toEqual(WHATS_NEW_ROUTE);
    expect(toastText(articles(articleChange('a1'), articleChange('a2')), t)).toBe('2 new articles');
  });

  it('names a notice and opens it', () => {
    const toast: Toast = {
      id: 2,
      kind: 'notices',
      notices: [
        { id: 'n1', title: 'Outage in the north', priority: 'important', requiresAck: false },
      ],
    };
    expect(toastText(toast, t)).toBe('New notice: Outage in the north');
    expect(toastTarget(toast)).toEqual({ section: 'notices', notice: 'n1' });
  });

  it('counts several notices and opens the history', () => {
    const notice = (id: string) =>
      ({ id, title: id, priority: 'info', requiresAck: false }) as const;
    const toast: Toast = { id: 4, kind: 'notices', notices: [notice('n1'), notice('n2')] };
    expect(toastText(toast, t)).toBe('2 new notices');
    expect(toastTarget(toast)).toEqual({ section: 'notices' });
  });

  it('says a confirmation as it is and goes nowhere', () => {
    const info: Toast = { id: 3, kind: 'info', message: 'Link copied' };
    expect(toastText(info, t)).toBe('Link copied');
    expect(toastTarget(info)).toBeNull();
  });

  it('speaks the UI language', () => {
    const zh = createI18n('zh-TW');
    expect(toastText(articles(articleChange('a1'), articleChange('a2')), zh.t)).toBe('2 篇新文章');
  });
});

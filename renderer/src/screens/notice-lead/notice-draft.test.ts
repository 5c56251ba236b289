import { describe, expect, it } from 'vitest';
import { NOTICE_PRIORITIES } from '../../../../shared/sync/records';
import {
  applyFormChange,
  draftBlockers,
  emptyForm,
  filledLanguages,
  htmlText,
  idFromTitles,
  isoToLocal,
  languageTabs,
  localToIso,
  PRIORITIES,
  slugFromTitle,
  toNoticeDraft,
  variantFill,
  type ComposeForm,
} from './notice-draft';

const NOW = new Date('2026-11-24T09:00:00Z');

function form(overrides: Partial<ComposeForm> = {}): ComposeForm {
  return {
    ...emptyForm(),
    id: 'card-outage',
    title: { en: 'Card payments down' },
    body: { en: '<p>Do not reissue cards.</p>' },
    ...overrides,
  };
}

describe('slugFromTitle', () => {
  it('drops accents, case and punctuation (Hungarian double acute too)', () => {
    expect(slugFromTitle('Kártyás fizetés – leállás!')).toBe('kartyas-fizetes-leallas');
    expect(slugFromTitle('Hőmérséklet: ŐRÜLT ÜZEMZAVAR')).toBe('homerseklet-orult-uzemzavar');
    expect(slugFromTitle('  --Outage 24/11--  ')).toBe('outage-24-11');
  });

  it('leaves nothing of a Chinese title, and stays short without a trailing dash', () => {
    expect(slugFromTitle('银行卡支付中断')).toBe('');
    const long = slugFromTitle(`${'word '.repeat(30)}end`);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('idFromTitles', () => {
  it('uses the first title in tab order that leaves a slug', () => {
    const titles = { 'zh-Hans': '银行卡支付中断', hu: 'Kártyás leállás', en: 'Card outage' };
    expect(idFromTitles(titles, ['zh-Hans', 'hu', 'en'], NOW)).toBe('kartyas-leallas');
  });

  it('falls back to a dated id for a notice written only in Chinese', () => {
    const local = new Date(2026, 10, 24, 9, 5);
    expect(idFromTitles({ 'zh-Hans': '中断' }, ['zh-Hans'], local)).toBe('notice-20261124-0905');
  });
});

describe('languageTabs', () => {
  it('puts the lead’s language first and keeps all five', () => {
    expect(languageTabs('hu')).toEqual(['hu', 'en', 'zh-Hans', 'zh-Hant', 'id']);
  });
});

describe('variantFill', () => {
  it('treats TipTap’s empty paragraph as no body', () => {
    expect(htmlText('<p></p>')).toBe('');
    expect(htmlText('<p>&nbsp;</p>')).toBe('');
    expect(variantFill(form({ body: { en: '<p></p>' } }), 'en')).toBe('partial');
    expect(variantFill(form(), 'en')).toBe('filled');
    expect(variantFill(form(), 'hu')).toBe('empty');
  });
});

describe('draftBlockers', () => {
  it('accepts a complete draft', () => {
    expect(draftBlockers(form(), NOW)).toEqual([]);
  });

  it('needs a title and a body in at least one language', () => {
    expect(draftBlockers(form({ title: {}, body: {} }), NOW)).toEqual([{ field: 'content' }]);
  });

  it('names a language with only a title or only a body', () => {
    const blockers = draftBlockers(form({ title: { en: 'x', hu: 'Cím' } }), NOW);
    expect(blockers).toEqual([{ field: 'incomplete', lang: 'hu' }]);
  });

  it('refuses ids the server would refuse', () => {
    for (const id of ['', 'Card', '-card', 'card outage', 'a'.repeat(101)])
      expect(draftBlockers(form({ id }), NOW)).toContainEqual({ field: 'id' });
  });

  it('wants an audience chosen when not everyone', () => {
    expect(draftBlockers(form({ everyone: false }), NOW)).toEqual([{ field: 'audience' }]);
    expect(draftBlockers(form({ everyone: false, positions: ['lead'] }), NOW)).toEqual([]);
  });

  it('wants the expiry after publication and in the future', () => {
    const publishAt = isoToLocal('2026-11-25T10:00:00Z');
    expect(
      draftBlockers(form({ publishAt, expiresAt: isoToLocal('2026-11-25T09:00:00Z') }), NOW),
    ).toEqual([{ field: 'expiresAt', reason: 'before-publish' }]);
    expect(draftBlockers(form({ expiresAt: isoToLocal('2026-11-24T08:00:00Z') }), NOW)).toEqual([
      { field: 'expiresAt', reason: 'past' },
    ]);
    expect(
      draftBlockers(form({ publishAt, expiresAt: isoToLocal('2026-11-26T09:00:00Z') }), NOW),
    ).toEqual([]);
  });

  it('refuses a publication time that is not a date', () => {
    expect(draftBlockers(form({ publishAt: 'soon' }), NOW)).toEqual([{ field: 'publishAt' }]);
  });
});

describe('toNoticeDraft', () => {
  it('sends only complete languages, UTC times, everyone as empty lists and article ids', () => {
    const prepared = toNoticeDraft(
      form({
        title: { en: ' Card payments down ', hu: 'Kártyás fizetés leállt' },
        body: { en: '<p>Do not reissue.</p>', hu: '<p>Ne adj ki új kártyát.</p>' },
        businessLines: ['cards'],
        expiresAt: isoToLocal('2026-11-30T12:00:00Z'),
        linkedArticles: [{ id: 'card-limits', title: 'Card limits' }],
      }),
      NOW,
    );
    expect(prepared).toEqual({
      ok: true,
      draft: {
        id: 'card-outage',
        priority: 'info',
        title: { en: 'Card payments down', hu: 'Kártyás fizetés leállt' },
        body: { en: '<p>Do not reissue.</p>', hu: '<p>Ne adj ki új kártyát.</p>' },
        requiresAck: false,
        audience: { businessLines: [], positions: [] },
        publishAt: null,
        expiresAt: '2026-11-30T12:00:00.000Z',
        linkedArticleIds: ['card-limits'],
      },
    });
  });

  it('returns the blockers instead of a draft', () => {
    expect(toNoticeDraft(form({ id: '' }), NOW)).toEqual({
      ok: false,
      blockers: [{ field: 'id' }],
    });
  });
});

describe('local times', () => {
  it('round-trip through the datetime-local format', () => {
    expect(localToIso(isoToLocal('2026-11-25T10:30:00Z'))).toBe('2026-11-25T10:30:00.000Z');
    expect(localToIso('not a date')).toBeNull();
  });
});

describe('applyFormChange', () => {
  const ctx = { isNew: true, order: ['hu', 'en'] as const, now: NOW };

  it('derives the id from the titles until the lead types one', () => {
    let f = applyFormChange(emptyForm(), { title: { en: 'Card outage' } }, ctx);
    expect(f.id).toBe('card-outage');
    f = applyFormChange(f, { title: { en: 'Card outage', hu: 'Kártya leállás' } }, ctx);
    expect(f.id).toBe('kartya-leallas');
    f = applyFormChange(f, { id: 'my-id' }, ctx);
    f = applyFormChange(f, { title: { en: 'Other' } }, ctx);
    expect(f.id).toBe('my-id');
    // Clearing the id hands it back to the title.
    f = applyFormChange(f, { id: '' }, ctx);
    expect(f.id).toBe('other');
  });

  it('never changes the id of a sent notice', () => {
    const f = applyFormChange(form(), { title: { en: 'New title' } }, { ...ctx, isNew: false });
    expect(f.id).toBe('card-outage');
  });

  it('turns acknowledgement on for urgent until the lead sets it', () => {
    let f = applyFormChange(emptyForm(), { priority: 'urgent' }, ctx);
    expect(f.requiresAck).toBe(true);
    f = applyFormChange(f, { priority: 'important' }, ctx);
    expect(f.requiresAck).toBe(false);
    f = applyFormChange(f, { requiresAck: true }, ctx);
    f = applyFormChange(f, { priority: 'info' }, ctx);
    expect(f.requiresAck).toBe(true);
  });
});

describe('filledLanguages', () => {
  it('keeps the given order', () => {
    const f = form({ title: { en: 'a', hu: 'b' }, body: { en: '<p>a</p>', hu: '<p>b</p>' } });
    expect(filledLanguages(f, ['hu', 'en'])).toEqual(['hu', 'en']);
  });
});

describe('PRIORITIES', () => {
  it('are the contract’s priorities, in order', () => {
    expect(PRIORITIES).toEqual(NOTICE_PRIORITIES);
  });
});

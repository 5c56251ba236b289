// The search engine's own behaviour (issue 3 item 3; R1–R3): stems, synonyms, typos, frequent
// words beyond the kept lists, and index maintenance — on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentLanguage } from '../../shared/languages';
import type { SearchQuery } from '../../shared/search';
import { deleteArticles, upsertArticles } from '../articles';
import type { Replica } from '../connection';
import { searchArticles } from '../search';
import { upsertSynonymSets } from '../synonyms';
import { articleInput as variant, tempReplica } from '../testing';

/** English unless the test says otherwise. */
const articleInput = (
  f: Omit<Parameters<typeof variant>[0], 'lang'> & { lang?: ContentLanguage },
) => variant({ lang: 'en', ...f });
import { POSTINGS_K } from './postings';

let r: Replica;
let dispose: () => void;
beforeEach(() => ({ replica: r, dispose } = tempReplica()));
afterEach(() => dispose());

const ids = (text: string, extra: Partial<SearchQuery> = {}, langs: ContentLanguage[] = ['en']) =>
  searchArticles(r, { text, prefix: false, ...extra }, langs).hits.map((h) => h.id);

describe('word forms (stems)', () => {
  it('finds other forms of an English word', () => {
    upsertArticles(r, [
      articleInput({ id: 'res', title: 'Reserve a table', bodyText: 'Booking rules.' }),
    ]);
    expect(ids('reservations')).toEqual(['res']);
    expect(ids('reserved')).toEqual(['res']);
  });

  it('finds Indonesian affixed forms of a root', () => {
    upsertArticles(r, [
      articleInput({
        id: 'blokir',
        lang: 'id',
        title: 'Cara memblokir kartu',
        bodyText: 'Kartu yang hilang harus diblokir.',
      }),
    ]);
    expect(ids('pemblokiran kartu', { lang: 'id' }, ['id'])).toEqual(['blokir']);
  });
});

describe('synonyms (R3)', () => {
  it('finds the official term from the customer’s words, per language', () => {
    upsertArticles(r, [
      articleInput({
        id: 'retained',
        title: 'Card retained by an ATM',
        bodyText: 'Order a replacement card.',
      }),
      articleInput({ id: 'other', title: 'Card limits', bodyText: 'Daily limits.' }),
    ]);
    expect(ids('swallowed')).toEqual([]);
    upsertSynonymSets(r, [
      { id: 's1', lang: 'en', terms: ['swallowed', 'retained', 'card eaten'] },
    ]);
    expect(ids('swallowed')).toEqual(['retained']);
    expect(ids('card eaten')[0]).toBe('retained');
    // Another language's synonyms do not apply.
    upsertSynonymSets(r, [{ id: 's1', lang: 'hu', terms: ['swallowed', 'retained'] }]);
    expect(ids('swallowed')).toEqual([]);
  });
});

describe('typos', () => {
  beforeEach(() => {
    upsertArticles(r, [
      articleInput({
        id: 'password',
        title: 'Password reset',
        bodyText: 'Forgotten online banking password.',
      }),
      articleInput({
        id: 'roaming',
        title: 'Roaming charges',
        bodyText: 'International roaming bundles.',
      }),
      articleInput({ id: 'pin', title: 'PIN change', bodyText: 'Change the card PIN.' }),
      articleInput({ id: 'zh', lang: 'zh-Hans', title: '密码重置', bodyText: '忘记密码。' }),
    ]);
  });

  it('corrects one typo in a word of 5 to 8 letters', () => {
    expect(ids('pasword')).toEqual(['password']);
    expect(ids('roamnig')).toEqual(['roaming']);
  });

  it('corrects two typos from 9 letters, but not three', () => {
    expect(ids('internatoinl')).toEqual(['roaming']);
    expect(ids('innternatoinl')).toEqual([]);
  });

  it('never corrects words under 5 letters, numbers or Chinese', () => {
    expect(ids('pim')).toEqual([]);
    const zh = searchArticles(r, { text: '马虎', prefix: false }, ['zh-Hans']);
    expect(zh.hits).toEqual([]);
    expect(zh.didYouMean).toBeUndefined();
  });

  it('offers "did you mean" when nothing matches', () => {
    const result = searchArticles(r, { text: 'pasword resett', prefix: false, lang: 'en' }, ['en']);
    expect(result.hits.length).toBeGreaterThan(0);
    const none = searchArticles(r, { text: 'xqzv roamingg', prefix: false, type: 'canned' }, [
      'en',
    ]);
    expect(none.hits).toEqual([]);
    expect(none.didYouMean).toBe('xqzv roaming');
  });
});

describe('frequent words', () => {
  it('finds an article that has every word even when it is outside a frequent word’s kept list', () => {
    // "account" is in more articles than a list keeps; the one about "dormant" has it in its
    // body only once, so its impact is below every kept entry.
    const many = Array.from({ length: POSTINGS_K + 40 }, (_, i) =>
      articleInput({
        id: `acc${i}`,
        title: `Account topic ${i}`,
        bodyText: 'account account account',
      }),
    );
    upsertArticles(r, [
      ...many,
      articleInput({
        id: 'dormant',
        title: 'Dormant',
        bodyText: `${'filler '.repeat(200)} account`,
      }),
      articleInput({ id: 'dormant-only', title: 'Dormant rules', bodyText: 'No other word here.' }),
    ]);
    expect(ids('dormant account')[0]).toBe('dormant');
  });
});

describe('index maintenance', () => {
  it('forgets deleted articles and old words of a new revision', () => {
    upsertArticles(r, [
      articleInput({ id: 'a', title: 'Fibre install', bodyText: 'Technician visit.', revision: 1 }),
    ]);
    expect(ids('technician')).toEqual(['a']);
    upsertArticles(r, [
      articleInput({ id: 'a', title: 'Fibre install', bodyText: 'Self install kit.', revision: 2 }),
    ]);
    expect(ids('technician')).toEqual([]);
    expect(ids('kit')).toEqual(['a']);
    deleteArticles(r, ['a']);
    expect(ids('fibre')).toEqual([]);
    expect(r.db.prepare('SELECT count(*) AS n FROM search_term').get()).toEqual({ n: 0 });
  });
});

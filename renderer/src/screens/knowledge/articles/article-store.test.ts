import { describe, expect, it } from 'vitest';
import type {
  AuthoringArticle,
  AuthoringInput,
  AuthoringRequest,
} from '../../../../../shared/workstation/authoring';
import { createFakeApi } from '../../../stores/fake-api';
import { isDirty, isValidId, slugify } from './article-draft';
import { createArticleStore } from './article-store';
import { filterArticles, variantState } from './list-filter';

// Issue 9 item 1: the article editor's store against the fake AgentApi (R9, R10, R12, R13, R14).

const T0 = '2026-11-01T09:00:00.000Z';

function article(overrides: Partial<AuthoringArticle> = {}): AuthoringArticle {
  return {
    id: 'card-block',
    type: 'procedure',
    owner: 'author.kb',
    audience: { businessLines: [], positions: [] },
    categoryIds: ['cards'],
    status: 'draft',
    reviewRequired: true,
    reviewIntervalDays: 90,
    reviewDueAt: null,
    lastReviewedAt: null,
    publishAt: null,
    expiresAt: null,
    updatedAt: T0,
    variants: [
      {
        lang: 'en',
        revision: 3,
        publishedRevision: 2,
        title: 'Block a card',
        summary: '',
        bodyHtml: '<p>Ask first.</p>',
        tags: ['card'],
        synonyms: [],
        note: '',
        author: null,
        createdAt: T0,
        published: false,
      },
      {
        lang: 'hu',
        revision: 1,
        publishedRevision: null,
        title: 'Kártya letiltása',
        summary: '',
        bodyHtml: '<p>Először kérdezzen.</p>',
        tags: [],
        synonyms: [],
        note: '',
        author: null,
        createdAt: T0,
        published: false,
      },
    ],
    workflow: [],
    ...overrides,
  };
}

function setup() {
  const fake = createFakeApi();
  const store = createArticleStore(fake.api, () => new Date(Date.UTC(2026, 10, 24)));
  const ops = () => fake.sent.authoring.map((r) => r.op);
  const draft = () => {
    const e = store.getState().editor;
    if (e.status !== 'ready') throw new Error(`editor is ${e.status}`);
    return e.draft;
  };
  return { fake, store, ops, draft };
}

describe('article ids (R9)', () => {
  it('slugs titles to the server id rule, accents folded, Chinese falls back', () => {
    expect(slugify('Kártya letiltása — új díj!', 'x')).toBe('kartya-letiltasa-uj-dij');
    expect(slugify('挂失银行卡', 'article-1')).toBe('article-1');
    expect(isValidId('kartya-letiltasa')).toBe(true);
    expect(isValidId('-leading')).toBe(false);
    expect(isValidId('has space')).toBe(false);
    expect(isValidId('a'.repeat(201))).toBe(false);
  });
});

describe('article store', () => {
  it('opens an article and tracks unsaved changes per variant', async () => {
    const { fake, store, draft } = setup();
    fake.state.authoringAnswers.getArticle = { ok: true, article: article() };
    await store.getState().open('card-block', 'author.kb', 'en');
    expect(draft().variants.map((v) => [v.lang, v.baseRevision])).toEqual([
      ['en', 3],
      ['hu', 1],
    ]);
    expect(isDirty(draft())).toBe(false);
    store.getState().editVariant('hu', { bodyHtml: '<p>Új szöveg.</p>' });
    expect(isDirty(draft())).toBe(true);
    store.getState().editVariant('hu', { bodyHtml: '<p>Először kérdezzen.</p>' });
    expect(isDirty(draft())).toBe(false);
    store.getState().editMeta({ categoryIds: ['cards', 'fees'] });
    expect(isDirty(draft())).toBe(true);
  });

  it('reports a failed load with the problem and the server message', async () => {
    const { fake, store } = setup();
    fake.state.authoringAnswers.getArticle = {
      ok: false,
      problem: 'not-found',
      message: 'No article card-x.',
    };
    await store.getState().open('card-x', 'author.kb', 'en');
    expect(store.getState().editor).toEqual({
      status: 'failed',
      key: 'card-x',
      problem: 'not-found',
      message: 'No article card-x.',
    });
  });

  it('saves metadata first, then each changed variant on the revision it loaded, with the note (R14)', async () => {
    const { fake, store, ops, draft } = setup();
    fake.state.authoringAnswers.getArticle = { ok: true, article: article() };
    fake.state.authoringAnswers.saveArticleMeta = (r) => ({
      ok: true,
      article: article({ categoryIds: r.meta.categoryIds ?? [] }),
    });
    fake.state.authoringAnswers.saveVariant = (r) => ({ ok: true, revision: r.baseRevision + 1 });
    await store.getState().open('card-block', 'author.kb', 'en');
    store.getState().editMeta({ categoryIds: ['cards', 'fees'] });
    store.getState().editVariant('hu', { title: 'Kártya letiltása (új)' });
    store.getState().editVariant('en', { bodyHtml: '<p>Ask first, then block.</p>' });
    fake.sent.authoring.length = 0;
    await store.getState().saveDraft('New fee from March', false);

    expect(ops()).toEqual(['saveArticleMeta', 'saveVariant', 'saveVariant', 'getArticle']);
    const meta = fake.sent.authoring[0] as AuthoringInput<'saveArticleMeta'>;
    expect(meta.meta.categoryIds).toEqual(['cards', 'fees']);
    // An author does not send review-required: only reviewers may change it.
    expect('reviewRequired' in meta.meta).toBe(false);
    const variants = fake.sent.authoring.filter(
      (r): r is Extract<AuthoringRequest, { op: 'saveVariant' }> => r.op === 'saveVariant',
    );
    expect(variants.map((v) => [v.lang, v.baseRevision, v.note])).toEqual([
      ['en', 3, 'New fee from March'],
      ['hu', 1, 'New fee from March'],
    ]);
    expect(store.getState().save).toEqual({ status: 'saved', revisions: { en: 4, hu: 2 } });
    expect(isDirty(draft())).toBe(false);
  });

  it('a conflict keeps the author’s text and says which language was refused', async () => {
    const { fake, store, ops, draft } = setup();
    fake.state.authoringAnswers.getArticle = { ok: true, article: article() };
    fake.state.authoringAnswers.saveVariant = {
      ok: false,
      problem: 'conflict',
      message: 'Revision 4 was saved meanwhile.',
    };
    await store.getState().open('card-block', 'author.kb', 'en');
    store.getState().editVariant('en', { bodyHtml: '<p>My careful rewrite.</p>' });
    fake.sent.authoring.length = 0;
    await store.getState().saveDraft('', false);

    expect(ops()).toEqual(['saveVariant']);
    expect(store.getState().save).toMatchObject({
      status: 'failed',
      problem: 'conflict',
      lang: 'en',
    });
    expect(draft().variants[0]?.bodyHtml).toBe('<p>My careful rewrite.</p>');
    expect(draft().variants[0]?.baseRevision).toBe(3);
    expect(isDirty(draft())).toBe(true);
  });

  it('a new article: id from the title until edited, blocked without a valid id, created by the meta save', async () => {
    const { fake, store, ops, draft } = setup();
    await store.getState().open('new', 'author.kb', 'hu');
    expect(draft().meta.owner).toBe('author.kb');
    expect(draft().meta.reviewIntervalDays).toBe(90);
    store.getState().editVariant('hu', { title: 'Díjak 2027' });
    expect(draft().id).toBe('dijak-2027');
    store.getState().setId('fees 2027');
    store.getState().editVariant('hu', { title: 'Díjak 2027-től' });
    expect(draft().id).toBe('fees 2027');
    await store.getState().saveDraft('', false);
    expect(store.getState().save).toEqual({ status: 'blocked', blockers: [{ field: 'id' }] });
    expect(ops()).toEqual([]);

    store.getState().setId('fees-2027');
    fake.state.authoringAnswers.saveArticleMeta = (r) => ({
      ok: true,
      article: article({ id: r.meta.id, variants: [] }),
    });
    fake.state.authoringAnswers.saveVariant = { ok: true, revision: 1 };
    await store.getState().saveDraft('First version', false);
    expect(ops()).toEqual(['saveArticleMeta', 'saveVariant', 'getArticle']);
    const v = fake.sent.authoring[1] as AuthoringInput<'saveVariant'>;
    expect([v.id, v.lang, v.baseRevision, v.title]).toEqual([
      'fees-2027',
      'hu',
      0,
      'Díjak 2027-től',
    ]);
    expect(draft().isNew).toBe(false);
    expect(draft().key).toBe('fees-2027');
    expect(draft().variants[0]?.baseRevision).toBe(1);
    expect(isDirty(draft())).toBe(false);
  });

  it('a Chinese-only title gets an id from the time the draft was started', async () => {
    const { store, draft } = setup();
    await store.getState().open('new', 'author.kb', 'zh-Hans');
    store.getState().editVariant('zh-Hans', { title: '挂失银行卡' });
    expect(draft().id).toMatch(/^article-[a-z0-9]+$/);
    expect(isValidId(draft().id)).toBe(true);
  });

  it('imports: converted HTML replaces an empty body, is appended on request, the title fills in', async () => {
    const { fake, store, draft } = setup();
    fake.state.authoringAnswers.convertDocument = {
      ok: true,
      title: 'Card fees',
      bodyHtml: '<h2>Fees</h2><table><tbody><tr><td>1</td></tr></tbody></table>',
      notes: ['1 image was too large and was left out.'],
    };
    await store.getState().open('new', 'author.kb', 'en');
    const r = await store
      .getState()
      .convert({ name: 'fees.docx', format: 'docx', dataBase64: 'UEsDBA==' });
    if (!r.ok) throw new Error(r.message);
    expect(r.notes).toEqual(['1 image was too large and was left out.']);
    store.getState().insertImported('en', r.bodyHtml, 'replace', r.title);
    expect(draft().variants[0]).toMatchObject({ title: 'Card fees', bodyHtml: r.bodyHtml });
    expect(draft().id).toBe('card-fees');
    store.getState().insertImported('en', '<p>More.</p>', 'append', 'Other title');
    expect(draft().variants[0]).toMatchObject({
      title: 'Card fees',
      bodyHtml: `${r.bodyHtml}<p>More.</p>`,
    });
    expect(fake.sent.authoring[0]).toMatchObject({ op: 'convertDocument', format: 'docx' });
  });

  it('adds a language variant as a new variant (base revision 0)', async () => {
    const { fake, store, draft } = setup();
    fake.state.authoringAnswers.getArticle = { ok: true, article: article() };
    await store.getState().open('card-block', 'author.kb', 'en');
    store.getState().addVariant('zh-Hans');
    expect(isDirty(draft())).toBe(false);
    store.getState().editVariant('zh-Hans', { title: '挂失银行卡', bodyHtml: '<p>先询问。</p>' });
    fake.state.authoringAnswers.saveVariant = { ok: true, revision: 1 };
    fake.sent.authoring.length = 0;
    await store.getState().saveDraft('', false);
    expect(fake.sent.authoring[0]).toMatchObject({
      op: 'saveVariant',
      lang: 'zh-Hans',
      baseRevision: 0,
    });
  });
});

describe('authors’ list (R9, R16)', () => {
  const summary = (
    id: string,
    owner: string,
    status: 'draft' | 'published',
    updatedAt: string,
  ) => ({
    id,
    type: 'reference' as const,
    owner,
    status,
    title: { en: `Title ${id}`, hu: `Cím ${id}` },
    variants: [{ lang: 'en' as const, latestRevision: 2, publishedRevision: 1 }],
    categoryIds: id === 'a' ? ['cards'] : [],
    reviewDueAt: null,
    updatedAt,
    openFeedback: 0,
  });
  const list = [
    summary('a', 'author.kb', 'draft', '2026-11-02T00:00:00Z'),
    summary('b', 'reviewer.kb', 'published', '2026-11-03T00:00:00Z'),
  ];

  it('filters by text, status, owner and category; newest change first', () => {
    const none = { text: '', status: '' as const, mine: false, category: '' };
    expect(filterArticles(list, none, 'author.kb', ['en']).map((a) => a.id)).toEqual(['b', 'a']);
    expect(filterArticles(list, { ...none, text: 'cím a' }, 'x', ['hu']).map((a) => a.id)).toEqual([
      'a',
    ]);
    expect(
      filterArticles(list, { ...none, status: 'published' }, 'x', ['en']).map((a) => a.id),
    ).toEqual(['b']);
    expect(
      filterArticles(list, { ...none, mine: true }, 'author.kb', ['en']).map((a) => a.id),
    ).toEqual(['a']);
    expect(
      filterArticles(list, { ...none, category: 'cards' }, 'x', ['en']).map((a) => a.id),
    ).toEqual(['a']);
  });

  it('tells published, changed and draft-only variants apart', () => {
    expect(variantState({ latestRevision: 2, publishedRevision: 2 })).toBe('published');
    expect(variantState({ latestRevision: 3, publishedRevision: 2 })).toBe('changed');
    expect(variantState({ latestRevision: 1, publishedRevision: null })).toBe('draft');
  });
});

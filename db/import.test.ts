import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from '../shared/languages';
import { countArticles, getArticle } from './articles';
import { categoryIdForName } from './categories';
import { ArticleImportError, importArticlesFile, parseArticlesJsonl } from './import';
import { searchArticles } from './search';
import {
  indexedRowCount,
  indexVocabulary,
  tempDir,
  cleanupAfterEach,
  replicaPerTest,
} from './testing';

const DEMO = fileURLToPath(new URL('../server/demo/articles.jsonl', import.meta.url));

const track = cleanupAfterEach();
const replica = replicaPerTest(track);

function fileWith(text: string | Buffer): string {
  const { dir, remove } = tempDir();
  track(remove);
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, text);
  return file;
}

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const GOOD = [
  line({
    id: 'pin',
    lang: 'en',
    title: 'Reset a PIN',
    body: 'Use the app.\nOr ask for a letter <fast>.',
    category: 'Cards',
  }),
  '',
  line({
    id: 'pin',
    lang: 'zh-CN',
    title: '重置密码',
    body: '<p>在手机银行中&nbsp;重置。</p><ul><li>立即生效</li></ul>',
    category: '银行卡',
    type: 'procedure',
    tags: ['密码'],
  }),
  '   ',
  line({
    id: 'hello',
    lang: 'hu',
    title: 'Köszöntés',
    body: 'Jó napot!',
    category: { en: 'Scripts', hu: 'Sablonok' },
    type: 'canned',
    synonyms: ['hívásnyitás'],
    summary: 'Nyitás',
    owner: 'QA',
  }),
].join('\r\n');

describe('parseArticlesJsonl', () => {
  it('reads good lines, skipping blank ones', () => {
    const parsed = parseArticlesJsonl(GOOD, '2025-02-03T04:05:06.000Z');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.articles.map((a) => `${a.id}/${a.lang}/${a.type}`)).toEqual([
      'pin/en/procedure',
      'pin/zh-Hans/procedure',
      'hello/hu/canned',
    ]);
    const [en, zh, hu] = parsed.articles;
    expect(en?.bodyHtml).toBe('<p>Use the app.<br>Or ask for a letter &lt;fast&gt;.</p>');
    expect(en?.bodyText).toBe('Use the app.\nOr ask for a letter <fast>.');
    expect(zh?.bodyHtml).toBe('<p>在手机银行中&nbsp;重置。</p><ul><li>立即生效</li></ul>');
    expect(zh?.bodyText).toBe('在手机银行中 重置。\n立即生效');
    expect(zh?.tags).toEqual(['密码']);
    expect(hu).toMatchObject({
      summary: 'Nyitás',
      owner: 'QA',
      synonyms: ['hívásnyitás'],
      updatedAt: '2025-02-03T04:05:06.000Z',
    });
    // Both variants of "pin" carry both categories; names become stable ids.
    expect(en?.categoryIds).toEqual(['cards', categoryIdForName('银行卡')]);
    expect(zh?.categoryIds).toEqual(en?.categoryIds);
    expect(hu?.categoryIds).toEqual(['scripts']);
    expect(parsed.categories).toContainEqual({
      id: 'scripts',
      names: { en: 'Scripts', hu: 'Sablonok' },
    });
    expect(parsed.categories).toContainEqual({ id: 'cards', names: { en: 'Cards' } });
  });

  it('reports every bad line by its number', () => {
    const text = [
      line({ id: 'ok', lang: 'en', title: 'Fine', body: 'Fine.', category: 'C' }),
      '{"id": "broken", ',
      line({ id: 'x', lang: 'fr', title: 'Bonjour', body: 'Salut', category: 'C' }),
      '',
      line({
        id: 'y',
        lang: 'en',
        title: '  ',
        body: 'b',
        category: 'C',
        type: 'memo',
        catgory: 'C',
      }),
      '[1, 2]',
      line({ id: 'ok', lang: 'en', title: 'Again', body: 'Again.', category: 'C' }),
      line({ id: 'ok', lang: 'hu', title: 'Más', body: 'Más.', category: 'C', type: 'canned' }),
      line({
        id: 'has space',
        lang: 'en',
        title: 'T',
        body: 'B',
        category: 'C',
        tags: 'not-a-list',
      }),
      line({ id: 'nocat', lang: 'id', title: 'T', body: 'B' }),
    ].join('\n');
    const parsed = parseArticlesJsonl(text);
    if (parsed.ok) throw new Error('expected errors');
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3, 5, 6, 7, 9, 10]);
    const message = (n: number) => parsed.errors.find((e) => e.line === n)?.message ?? '';
    expect(message(2)).toMatch(/not valid JSON/);
    expect(message(3)).toMatch(/"lang" must be one of/);
    expect(message(5)).toMatch(/unknown field "catgory"/);
    expect(message(5)).toMatch(/"title" must not be empty/);
    expect(message(5)).toMatch(/"type" must be one of reference, procedure, canned, tree, notice/);
    expect(message(6)).toMatch(/expected a JSON object/);
    expect(message(7)).toBe('"ok" in en is already on line 1');
    expect(message(9)).toMatch(/"id" must be/);
    expect(message(9)).toMatch(/"tags" must be a list/);
    expect(message(10)).toMatch(/"category"/);
  });

  it('refuses variants of one article that disagree on type', () => {
    const text = [
      line({ id: 'a', lang: 'en', title: 'A', body: 'A', category: 'C', type: 'canned' }),
      line({ id: 'a', lang: 'hu', title: 'A', body: 'A', category: 'C', type: 'procedure' }),
    ].join('\n');
    const parsed = parseArticlesJsonl(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors).toEqual([
        { line: 2, message: '"type" procedure differs from "canned" on line 1' },
      ]);
  });
});

describe('importArticlesFile', () => {
  it('imports a good file and returns the number of variants written', () => {
    const r = replica();
    expect(importArticlesFile(r, fileWith(GOOD))).toBe(3);
    expect(countArticles(r)).toBe(2);
    const pin = getArticle(r, 'pin', ['zh-Hans']);
    expect(pin?.title).toBe('重置密码');
    expect(pin?.categories.map((c) => c.id).sort()).toEqual(
      [categoryIdForName('银行卡'), 'cards'].sort(),
    );
  });

  it('commits nothing when one line is bad, and names the line', () => {
    const r = replica();
    const file = fileWith(`${GOOD}\n${line({ id: 'bad', lang: 'en', title: 'Bad' })}\n`);
    let caught: unknown;
    try {
      importArticlesFile(r, file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleImportError);
    const error = caught as ArticleImportError;
    expect(error.errors.map((e) => e.line)).toEqual([6]);
    expect(error.message).toMatch(/line 6: "body" must be a string/);
    expect(error.message).toMatch(/nothing was imported/);
    expect(countArticles(r)).toBe(0);
    expect(r.db.prepare('SELECT count(*) AS n FROM category').get()).toEqual({ n: 0 });
    expect(indexedRowCount(r)).toBe(0);
  });

  it('reports lines that are not UTF-8', () => {
    const r = replica();
    const good = Buffer.from(
      `${line({ id: 'a', lang: 'en', title: 'A', body: 'A', category: 'C' })}\n`,
    );
    const bad = Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]);
    expect(() => importArticlesFile(r, fileWith(Buffer.concat([good, bad, good])))).toThrow(
      /line 2: not valid UTF-8/,
    );
    expect(countArticles(r)).toBe(0);
  });

  it('imports the whole demo knowledge base, and importing it again changes nothing', () => {
    const r = replica();
    const lines = readFileSync(DEMO, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const ids = new Set(lines.map((l) => (JSON.parse(l) as { id: string }).id));

    expect(importArticlesFile(r, DEMO)).toBe(lines.length);
    expect(countArticles(r)).toBe(ids.size);
    expect(ids.size).toBeGreaterThanOrEqual(30);
    expect(indexedRowCount(r)).toBe(lines.length);

    const perLang = r.db
      .prepare('SELECT lang, count(*) AS n FROM article_variant GROUP BY lang')
      .all() as { lang: string; n: number }[];
    expect(perLang.map((p) => p.lang).sort()).toEqual([...CONTENT_LANGUAGES].sort());
    const types = r.db.prepare('SELECT DISTINCT type FROM article ORDER BY type').all() as {
      type: string;
    }[];
    expect(types.map((t) => t.type)).toEqual(
      expect.arrayContaining(['canned', 'procedure', 'reference']),
    );
    const single = r.db
      .prepare('SELECT article_id FROM article_variant GROUP BY article_id HAVING count(*) < 2')
      .all();
    expect(single).toEqual([]);
    expect(
      (r.db.prepare('SELECT count(*) AS n FROM category').get() as { n: number }).n,
    ).toBeGreaterThanOrEqual(5);

    const vocabulary = indexVocabulary(r);
    expect(importArticlesFile(r, DEMO)).toBe(lines.length);
    expect(countArticles(r)).toBe(ids.size);
    expect(indexVocabulary(r)).toEqual(vocabulary);

    // A few things an agent would type, in each script.
    const top = (text: string, lang: Parameters<typeof searchArticles>[1]['lang']) =>
      searchArticles(r, { text, lang }, lang ? [lang] : ['en']).hits[0]?.id;
    expect(top('网银 重置密码', 'zh-Hans')).toBe('online-banking-password-reset');
    expect(top('忘记 取款密码', 'zh-Hans')).toBe('pin-reset');
    expect(top('netbank jelszo', 'hu')).toBe('online-banking-password-reset');
    expect(top('kartu hilang', 'id')).toBe('card-lost-stolen');
    expect(top('攜碼', 'zh-Hant')).toBe('number-porting');
    expect(top('sim not working', 'en')).toBe('sim-not-working');
  });
});

import { describe, expect, it } from 'vitest';
import type { SynonymSet } from '../../../../../shared/workstation/authoring';
import { createFakeApi } from '../../../stores/fake-api';
import type { AuthoringOutcome } from '../../../../../shared/workstation/authoring';

/** A bare success: the contract's empty answer (z.object({})) does not type `{ ok: true }` alone. */
const done = <K extends 'saveCategory' | 'saveSynonymSet' | 'deleteSynonymSet'>() =>
  ({ ok: true }) as AuthoringOutcome<K>;
import { addTerms, matchesFilter, synonymSetId, termProblems } from './synonym-rules';
import { createSynonymStore } from './synonym-store';

// R3: customer words ↔ official terms, checked as the server checks them.

const SETS: SynonymSet[] = [
  {
    id: 'syn-hu-kartya-letiltas',
    lang: 'hu',
    terms: ['kártya letiltás', 'kártya zárolás'],
    updatedAt: '2026-11-01T10:00:00.000Z',
  },
  {
    id: 'syn-en-pin',
    lang: 'en',
    terms: ['PIN', 'card code'],
    updatedAt: '2026-11-01T10:00:00.000Z',
  },
];

describe('synonym set rules (R3)', () => {
  it('needs 2 to 100 terms of at most 200 characters, none twice', () => {
    expect(termProblems(['egy'])).toEqual([{ code: 'too-few' }]);
    expect(termProblems(['egy', '  '])).toEqual([{ code: 'too-few' }]);
    expect(termProblems(['egy', 'kettő'])).toEqual([]);
    const many = Array.from({ length: 101 }, (_, n) => `term ${n}`);
    expect(termProblems(many)).toEqual([{ code: 'too-many' }]);
    expect(termProblems(Array.from({ length: 100 }, (_, n) => `t${n}`))).toEqual([]);
    const long = 'x'.repeat(201);
    expect(termProblems(['ok', long])).toEqual([{ code: 'too-long', term: long }]);
    expect(termProblems(['ok', 'x'.repeat(200)])).toEqual([]);
    expect(termProblems(['PIN', 'pin ', 'kód'])).toEqual([{ code: 'duplicate', term: 'pin' }]);
  });

  it('adds terms on Enter or comma, skipping empty pieces and repeats', () => {
    expect(addTerms(['card eaten'], 'card swallowed, ,ATM kept my card')).toEqual([
      'card eaten',
      'card swallowed',
      'ATM kept my card',
    ]);
    expect(addTerms(['PIN'], 'pin')).toEqual(['PIN']);
    expect(addTerms([], '  zseb   pénz  ')).toEqual(['zseb pénz']);
  });

  it('makes the id from the language and the first term', () => {
    expect(synonymSetId('hu', 'Kártya letiltás', new Set())).toBe('syn-hu-kartya-letiltas');
    expect(synonymSetId('hu', 'Kártya letiltás', new Set(['syn-hu-kartya-letiltas']))).toBe(
      'syn-hu-kartya-letiltas-2',
    );
    expect(synonymSetId('zh-Hans', '吞卡', new Set())).toMatch(/^syn-zh-Hans-[a-z0-9]+$/);
  });

  it('filters by language and text', () => {
    expect(SETS.filter((s) => matchesFilter(s, 'all', 'ZÁR')).map((s) => s.id)).toEqual([
      'syn-hu-kartya-letiltas',
    ]);
    expect(SETS.filter((s) => matchesFilter(s, 'en', '')).map((s) => s.id)).toEqual(['syn-en-pin']);
    expect(SETS.filter((s) => matchesFilter(s, 'en', 'zár'))).toEqual([]);
  });
});

describe('synonym store (R3)', () => {
  it('saves a new set under an id from its first term and reloads', async () => {
    const fake = createFakeApi();
    fake.state.authoringAnswers.listSynonyms = { ok: true, sets: SETS };
    fake.state.authoringAnswers.saveSynonymSet = done<'saveSynonymSet'>();
    const store = createSynonymStore(fake.api);
    await store.getState().reload();
    const outcome = await store.getState().save(null, 'hu', [' zsebpénzkártya ', 'pótkártya']);
    expect(outcome).toEqual({ ok: true, id: 'syn-hu-zsebpenzkartya' });
    expect(fake.sent.authoring).toContainEqual({
      op: 'saveSynonymSet',
      id: 'syn-hu-zsebpenzkartya',
      lang: 'hu',
      terms: ['zsebpénzkártya', 'pótkártya'],
    });
    expect(fake.sent.authoring.filter((r) => r.op === 'listSynonyms')).toHaveLength(2);
  });

  it('does not send a set the server would refuse', async () => {
    const fake = createFakeApi();
    fake.state.authoringAnswers.listSynonyms = { ok: true, sets: SETS };
    const store = createSynonymStore(fake.api);
    await store.getState().reload();
    const outcome = await store.getState().save('syn-en-pin', 'en', ['PIN', 'pin']);
    expect(outcome).toMatchObject({ ok: false, problem: 'terms' });
    expect(fake.sent.authoring.some((r) => r.op === 'saveSynonymSet')).toBe(false);
  });

  it('deletes a set and passes a refusal on', async () => {
    const fake = createFakeApi();
    fake.state.authoringAnswers.listSynonyms = { ok: true, sets: SETS };
    fake.state.authoringAnswers.deleteSynonymSet = {
      ok: false,
      problem: 'forbidden',
      message: 'no',
    };
    const store = createSynonymStore(fake.api);
    await store.getState().reload();
    expect(await store.getState().remove('syn-en-pin')).toMatchObject({
      ok: false,
      problem: 'forbidden',
    });
    fake.state.authoringAnswers.deleteSynonymSet = done<'deleteSynonymSet'>();
    expect(await store.getState().remove('syn-en-pin')).toEqual({ ok: true, id: 'syn-en-pin' });
    expect(fake.sent.authoring).toContainEqual({ op: 'deleteSynonymSet', id: 'syn-en-pin' });
  });

  it('reports a failed load', async () => {
    const fake = createFakeApi();
    const store = createSynonymStore(fake.api);
    await store.getState().reload();
    expect(store.getState().load).toMatchObject({ status: 'failed', problem: 'offline' });
  });
});

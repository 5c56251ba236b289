// The "changed since you last read" diff (issue 6 item 3, R18).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, insertedWords } from './word-diff';

const marked = (oldText: string, newText: string): string[] =>
  diffWords(oldText, newText)
    .runs.filter((r) => r.match)
    .map((r) => r.text);

describe('diffWords (R18: the changes since the agent last read)', () => {
  it('marks nothing and removes nothing for the same text', () => {
    const diff = diffWords('Block the card at once.', 'Block the card at once.');
    expect(diff).toEqual({
      runs: [{ text: 'Block the card at once.', match: false }],
      removedWords: 0,
    });
  });

  it('marks inserted words, and the space between new words, keeping the whole text', () => {
    const before = 'Block the card in the app.';
    const after = 'Block the card and order a new one in the app.';
    const diff = diffWords(before, after);
    expect(diff.runs.map((r) => r.text).join('')).toBe(after);
    expect(marked(before, after)).toEqual(['and order a new one']);
    expect(diff.removedWords).toBe(0);
  });

  it('counts removed words, not removed punctuation', () => {
    const diff = diffWords('Call the bank, then block the card.', 'Block the card.');
    expect(diff.runs).toEqual([
      { text: 'Block', match: true },
      { text: ' the card.', match: false },
    ]);
    // Call, the, bank, then, block are gone (the comma does not count).
    expect(diff.removedWords).toBe(5);
  });

  it('a replaced word is one insertion and one removal; case and accents are changes', () => {
    const diff = diffWords('A kártya letiltása', 'A kártyát letiltása');
    expect(diff.runs.filter((r) => r.match).map((r) => r.text)).toEqual(['kártyát']);
    expect(diff.removedWords).toBe(1);
    expect(marked('fee is 5 EUR', 'Fee is 5 EUR')).toEqual(['Fee']);
  });

  it('diffs Chinese per character', () => {
    const before = '挂失后请重新申请银行卡';
    const after = '挂失后请在三天内重新申请银行卡';
    const diff = diffWords(before, after);
    expect(diff.runs).toEqual([
      { text: '挂失后请', match: false },
      { text: '在三天内', match: true },
      { text: '重新申请银行卡', match: false },
    ]);
    expect(diff.removedWords).toBe(0);
    expect(diffWords('密碼重設', '密碼變更').removedWords).toBe(2);
    expect(marked('密碼重設', '密碼變更')).toEqual(['變更']);
  });

  it('new text against empty text is all new; empty new text counts every old word removed', () => {
    expect(diffWords('', 'Two words')).toEqual({
      runs: [{ text: 'Two words', match: true }],
      removedWords: 0,
    });
    expect(diffWords('Two words', '')).toEqual({ runs: [], removedWords: 2 });
  });

  it('a text rewritten beyond the edit budget is all new (and does not take long)', () => {
    const words = (prefix: string) =>
      Array.from({ length: 3000 }, (_, i) => `${prefix}${i}`).join(' ');
    const started = performance.now();
    const diff = diffWords(words('old'), words('new'));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diff.runs).toHaveLength(1);
    expect(diff.runs[0]?.match).toBe(true);
    expect(diff.removedWords).toBe(3000);
  });
});

/** Longest common subsequence length by dynamic programming, to check the edit script against. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1] ?? 0);
      diag = up;
    }
  }
  return row[b.length] ?? 0;
}

describe('insertedWords', () => {
  it('is a shortest edit script: kept words form a longest common subsequence', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (a, b) => {
        const { added, removed } = insertedWords(a, b);
        const keptA = a.filter((_, i) => !removed[i]);
        const keptB = b.filter((_, j) => !added[j]);
        expect(keptA).toEqual(keptB);
        expect(keptA.length).toBe(lcs(a, b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('where an insertion is marked', () => {
  it('an added sentence ends with its own full stop', () => {
    expect(marked('The limit is 500 EUR.', 'The limit is 1000 EUR. Ask for a raise.')).toEqual([
      '1000',
      'Ask for a raise.',
    ]);
  });
});

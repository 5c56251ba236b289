import { describe, expect, it } from 'vitest';
import { formatNumber, formatTime } from './format';

describe('formatTime', () => {
  const now = new Date(2025, 2, 4, 16, 0);

  it('writes only the time for today, as the language does', () => {
    const at = new Date(2025, 2, 4, 14, 5).toISOString();
    expect(formatTime(at, 'hu', now)).toBe('14:05');
    expect(formatTime(at, 'en', now)).toMatch(/^2:05\sPM$/);
  });

  it('adds the date for another day', () => {
    const at = new Date(2025, 2, 1, 9, 30).toISOString();
    const text = formatTime(at, 'en', now) ?? '';
    expect(text).toContain('3/1/25');
    expect(text).toContain('9:30');
  });

  it('gives null for a bad date', () => {
    expect(formatTime('not a date', 'en', now)).toBeNull();
  });
});

describe('formatNumber', () => {
  it('groups digits per language', () => {
    expect(formatNumber(20000, 'en')).toBe('20,000');
    expect(formatNumber(1200, 'zh-CN')).toBe('1,200');
    expect(formatNumber(20000, 'id')).toBe('20.000');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from './migrate';

describe('loadMigrations', () => {
  it('lists the numbered files in order', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations[0]?.name).toBe('accounts');
  });

  it('refuses gaps and badly named files', () => {
    const gap = mkdtempSync(join(tmpdir(), 'mig-'));
    writeFileSync(join(gap, '001-a.sql'), 'SELECT 1');
    writeFileSync(join(gap, '003-c.sql'), 'SELECT 1');
    expect(() => loadMigrations(gap)).toThrow(/out of sequence/);
    const named = mkdtempSync(join(tmpdir(), 'mig-'));
    writeFileSync(join(named, '1-a.sql'), 'SELECT 1');
    expect(() => loadMigrations(named)).toThrow(/NNN-name/);
  });
});

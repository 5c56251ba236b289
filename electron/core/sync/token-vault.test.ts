import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../db/testing';
import { TokenVault, type SecretCipher } from './token-vault';

const session = {
  serverUrl: 'http://kb.example:4010',
  token: 'secret-token-value',
  expiresAt: '2026-12-01T00:00:00.000Z',
  user: { id: '7', username: 'agent.cards', name: 'Agent Cards' },
};

/** A stand-in for Electron's safeStorage (not available outside Electron): reversible, not plain. */
const fakeCipher: SecretCipher = {
  encrypt: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString('utf8'),
};

describe('TokenVault (issue 5 item 1)', () => {
  const dirs: (() => void)[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d()));
  const file = () => {
    const { dir, remove } = tempDir();
    dirs.push(remove);
    return join(dir, 'session.json');
  };

  it('web mode: an owner-only file that round-trips', () => {
    const f = file();
    const vault = new TokenVault(f);
    vault.save(session);
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(new TokenVault(f).load()).toEqual(session);
    vault.clear();
    expect(vault.load()).toBeNull();
  });

  it('with a cipher the token is never written in plain text', () => {
    const f = file();
    new TokenVault(f, fakeCipher).save(session);
    expect(readFileSync(f).includes(Buffer.from(session.token))).toBe(false);
    expect(new TokenVault(f, fakeCipher).load()).toEqual(session);
  });

  it('a damaged file means "signed out", not a crash', () => {
    const f = file();
    writeFileSync(f, '{"token": ');
    expect(new TokenVault(f).load()).toBeNull();
    writeFileSync(f, JSON.stringify({ token: 'x' }));
    expect(new TokenVault(f).load()).toBeNull();
  });
});

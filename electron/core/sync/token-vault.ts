import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { USER_CAPABILITIES } from '../../../shared/api';

/*
 * Where the workstation keeps its session token between runs (never the password). The desktop
 * app passes a cipher backed by Electron's safeStorage (DPAPI, Keychain, libsecret); web mode has
 * none and relies on an owner-only file in the owner-only data folder.
 */

export interface SecretCipher {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

const storedSessionSchema = z.object({
  serverUrl: z.string(),
  token: z.string().min(1),
  expiresAt: z.string(),
  user: z.object({ id: z.string(), username: z.string(), name: z.string() }),
  /**
   * What the server lets the user do, as /api/auth/me said at sign-in (refreshed at every start).
   * Absent in sessions stored before issue 7: read as none until the refresh.
   */
  capabilities: z.array(z.enum(USER_CAPABILITIES)).optional(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

export class TokenVault {
  constructor(
    private readonly file: string,
    private readonly cipher?: SecretCipher,
  ) {}

  /** The stored session, or null when there is none or it cannot be read (then: sign in again). */
  load(): StoredSession | null {
    let raw: Buffer;
    try {
      raw = readFileSync(this.file);
    } catch {
      return null;
    }
    try {
      const text = this.cipher ? this.cipher.decrypt(raw) : raw.toString('utf8');
      return storedSessionSchema.parse(JSON.parse(text));
    } catch {
      return null;
    }
  }

  save(session: StoredSession): void {
    const text = JSON.stringify(session);
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, this.cipher ? this.cipher.encrypt(text) : text, { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.file);
  }

  clear(): void {
    rmSync(this.file, { force: true });
  }
}

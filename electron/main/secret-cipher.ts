import { safeStorage } from 'electron';
import type { SecretCipher } from '../core/sync/token-vault';

/**
 * The session token encrypted with the OS's own store (DPAPI on Windows, Keychain on macOS,
 * libsecret/kwallet on Linux). Where none is available (a Linux desktop without a keyring)
 * the token stays in an owner-only file, as in web mode. Call after 'ready'.
 */
export function safeStorageCipher(): SecretCipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) {
    console.warn('[cuecard] no OS secret store: the session token is kept in an owner-only file.');
    return undefined;
  }
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
}

import { DEFAULT_ORG, seedOrg } from './accounts/org-seed';
import { insertUser } from './accounts/users';
import { generatePassword, hashPassword, passwordProblem } from './auth/passwords';
import { writeTransaction } from './feed/writer';
import { loadDemo, type DemoReport } from './knowledge/demo-loader';
import { seedDemoFeedback } from './knowledge/feedback-demo';
import type { Store } from './store/store';

export interface BootstrapResult {
  adminUsername: string;
  /** Set only when the password was generated: shown once, never stored in clear. */
  generatedPassword?: string;
  demo?: DemoReport;
}

export interface BootstrapOptions {
  adminPassword?: string | undefined;
  /** The demo folder, or null for --no-demo. */
  demoDir: string | null;
  log: (message: string) => void;
}

export const ADMIN_USERNAME = 'admin';

/**
 * First start on an empty store: the default positions, an administrator and (unless disabled)
 * the demo knowledge base, in one transaction under the feed lock, so two instances starting
 * together cannot both do it and a failed demo load leaves the store empty.
 */
export async function bootstrapIfEmpty(
  store: Store,
  options: BootstrapOptions,
): Promise<BootstrapResult | null> {
  const [existing] = await store.query('SELECT 1 FROM users LIMIT 1');
  if (existing) return null;
  if (options.adminPassword !== undefined) {
    const problem = passwordProblem(options.adminPassword);
    if (problem) throw new Error(`CUECARD_ADMIN_PASSWORD: ${problem}`);
  }
  const password = options.adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return writeTransaction(store, async (tx, feed) => {
    const [raced] = await tx.query('SELECT 1 FROM users LIMIT 1');
    if (raced) return null;
    await seedOrg(tx, feed, DEFAULT_ORG);
    await insertUser(tx, {
      username: ADMIN_USERNAME,
      displayName: 'Administrator',
      passwordHash,
      isAdmin: true,
    });
    const result: BootstrapResult = { adminUsername: ADMIN_USERNAME };
    if (options.adminPassword === undefined) result.generatedPassword = password;
    if (options.demoDir) {
      result.demo = await loadDemo(tx, feed, options.demoDir, options.log);
      await seedDemoFeedback(tx);
    }
    return result;
  });
}

// `npm test`: every check the project has — lint, typecheck, build, unit + integration (vitest),
// end-to-end (Playwright) — then one closing line with the real totals: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureRendererBuilt } from './lib/renderer-build';

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

const reports = join(ROOT, 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const tallies: Tally[] = [];

function sh(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(title: string, ok: boolean): void {
  tallies.push({ name: title, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Why each skipped Playwright test was skipped, so a skip is never silent. */
function skipReasons(report: unknown): string[] {
  const reasons = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { annotations?: { type: string; description?: string }[]; status?: string };
    for (const a of n.annotations ?? [])
      if (a.type === 'skip' && a.description) reasons.add(a.description);
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(report);
  return [...reasons];
}

check('lint', sh('lint', 'npm', ['run', '-s', 'lint']));
check('typecheck', sh('typecheck', 'npm', ['run', '-s', 'typecheck']));
check(
  'build (electron-vite)',
  sh('build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']),
);

const vitestFile = join(reports, 'vitest.json');
const vitestOk = sh('unit + integration (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestFile}`,
]);
const v = readJson(vitestFile);
if (v) {
  const n = (k: string): number => Number(v[k] ?? 0);
  tallies.push({
    name: 'vitest',
    passed: n('numPassedTests'),
    failed: n('numFailedTests') + (vitestOk || n('numFailedTests') > 0 ? 0 : 1),
    skipped: n('numPendingTests') + n('numTodoTests'),
  });
} else check('vitest (no report)', false);

let built = true;
try {
  ensureRendererBuilt();
} catch {
  built = false;
}
const pwFile = join(reports, 'playwright.json');
const pwOk =
  built &&
  sh('end-to-end (Playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: pwFile,
  });
const p = readJson(pwFile);
const stats = p?.stats as Record<string, number> | undefined;
if (stats) {
  const failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  tallies.push({
    name: 'playwright',
    passed: stats.expected ?? 0,
    failed: failed + (pwOk || failed > 0 ? 0 : 1),
    skipped: stats.skipped ?? 0,
  });
  for (const reason of skipReasons(p)) console.log(`  skipped: ${reason}`);
} else check('playwright (no report)', false);

console.log('\n━━ Summary');
for (const t of tallies)
  console.log(
    `  ${t.name.padEnd(24)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`,
  );
const sum = (k: 'passed' | 'failed' | 'skipped'): number => tallies.reduce((a, t) => a + t[k], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
process.exit(sum('failed') === 0 ? 0 : 1);

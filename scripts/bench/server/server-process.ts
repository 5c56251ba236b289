import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const KB_CLI = fileURLToPath(new URL('../../kb.ts', import.meta.url));
const START_TIMEOUT_MS = 120_000;

export interface ServerProcess {
  url: string;
  pid: number;
  /** True once the server wrote EMFILE (too many open files) to its log. */
  sawEmfile(): boolean;
  /** VmRSS of the server process in MiB (its own memory; PGlite lives inside it). */
  rssMb(): number;
  /** VmHWM: the peak resident set so far, in MiB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export interface ServerLaunch {
  /** PostgreSQL to use; otherwise PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  adminPassword: string;
}

/**
 * Starts the real server as its own process, exactly as `npm run -s kb -- serve` does, but with
 * node --import tsx instead of npx so that the pid we measure is the server's, not a wrapper's.
 * Port 0 (a free port), loopback, no demo content, warnings only in its log.
 */
export function startServerProcess(launch: ServerLaunch): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CUECARD_ADMIN_PASSWORD: launch.adminPassword,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  if (launch.databaseUrl) env.DATABASE_URL = launch.databaseUrl;
  const args = ['--import', 'tsx', KB_CLI, 'serve', '--data', launch.dataDir, '--port', '0'];
  const child = spawn(process.execPath, [...args, '--host', '127.0.0.1', '--no-demo'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let emfile = false;
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error('the server did not start in time')),
      START_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- server output ---\n${log.slice(-4000)}`));
    };
    const watch = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (text.includes('EMFILE')) emfile = true;
      if (log.length < 1_000_000) log += text;
      const match = /listening on (http:\/\/\S+)/.exec(log);
      if (match?.[1] && child.pid !== undefined) {
        clearTimeout(timer);
        const pid = child.pid;
        resolve({
          url: match[1],
          pid,
          sawEmfile: () => emfile,
          rssMb: () => statusKb(pid, 'VmRSS') / 1024,
          peakRssMb: () => statusKb(pid, 'VmHWM') / 1024,
          stop: () => stopChild(child),
        });
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      fail(new Error(`the server exited before listening (${signal ?? `code ${code}`})`)),
    );
  });
}

function statusKb(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}

/** SIGTERM (the server drains its SSE streams and closes the store), SIGKILL after 10 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

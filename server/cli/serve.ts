import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from '../server';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '.cuecard/server');

export interface ServeArgs {
  dataDir: string;
  port: number;
  host: string;
  demo: boolean;
}

const USAGE = 'Usage: kb serve [--data DIR] [--port N] [--host H] [--no-demo]';
const HELP = `Runs the Cuecard central server (docs/server.md).

  --data DIR   PGlite data directory (default .cuecard/server); ignored when DATABASE_URL is set
  --port N     port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H     address to listen on (default ${DEFAULT_HOST}, loopback only)
  --no-demo    do not load the demo knowledge base on first start

Environment: DATABASE_URL (PostgreSQL), CUECARD_ADMIN_PASSWORD (first start), LOG_LEVEL.`;

/** Parses `serve [--data DIR] [--port N] [--host H] [--no-demo]`; unknown arguments are an error. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const args = argv[0] === 'serve' ? argv.slice(1) : [...argv];
  const out: ServeArgs = {
    dataDir: DEFAULT_DATA_DIR,
    port: DEFAULT_PORT,
    host: DEFAULT_HOST,
    demo: true,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value. ${USAGE}`);
      return v;
    };
    if (arg === '--data') out.dataDir = resolve(value());
    else if (arg === '--host') out.host = value();
    else if (arg === '--no-demo') out.demo = false;
    else if (arg === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be 0-65535. ${USAGE}`);
      out.port = port;
    } else throw new Error(`Unknown argument "${arg}". ${USAGE}`);
  }
  return out;
}

/** Starts the server and prints where it listens and, on first start, the admin password. */
export async function serve(args: ServeArgs): Promise<RunningServer> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const server = await startServer({
    databaseUrl,
    dataDir: args.dataDir,
    host: args.host,
    port: args.port,
    demo: args.demo,
    adminPassword: process.env.CUECARD_ADMIN_PASSWORD || undefined,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
  });
  const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${args.dataDir}`;
  console.log(`Cuecard server listening on ${server.url} — store: ${where}`);
  if (server.bootstrap?.generatedPassword) {
    console.log(
      `\nFirst start: created the administrator "${server.bootstrap.adminUsername}" with the password\n\n` +
        `    ${server.bootstrap.generatedPassword}\n\n` +
        'It is shown only this once. Sign in and change it (POST /api/auth/password), or set\n' +
        'CUECARD_ADMIN_PASSWORD before the first start next time.\n',
    );
  }
  return server;
}

/**
 * `kb serve [--data DIR] [--port N] [--host H] [--no-demo]`: PostgreSQL when DATABASE_URL is
 * set, else PGlite in the data directory. Resolves 0 once listening (the open server keeps the
 * process alive), 2 for a wrong command line, 1 if the server could not start. Stops gracefully
 * on SIGINT/SIGTERM; a second signal exits at once.
 */
export async function runServe(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(`${USAGE}\n\n${HELP}`);
    return 0;
  }
  let args: ServeArgs;
  try {
    args = parseServeArgs(argv);
  } catch (error) {
    console.error(`kb serve: ${(error as Error).message}`);
    return 2;
  }
  let server: RunningServer;
  try {
    server = await serve(args);
  } catch (error) {
    console.error(`kb serve: could not start: ${(error as Error).message}`);
    return 1;
  }
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  return 0;
}

// Web mode: the agent app served by a Node host running AgentCore (DESIGN.md). `npm run start:web -- --help`
import { join } from 'node:path';
import { AgentCore } from '../electron/core/agent-core';
import { startWebHost } from '../electron/core/web-host';
import { parseArgs } from './lib/args';
import { ROOT, RENDERER_OUT, ensureRendererBuilt } from './lib/renderer-build';

const HELP = `Usage: npm run start:web -- [--port N] [--host H] [--data DIR] [--demo]
  --port   port to listen on (default $CUECARD_WEB_PORT or 4020; 0 = any free port)
  --host   interface to bind (default 127.0.0.1; anything else exposes this agent's replica to the network)
  --data   data folder for settings and the replica (default $CUECARD_DATA_DIR or .cuecard/agent)
  --demo   sign in to the knowledge server as the demo agent "agent.cards" when signed out`;

/** A demo account from server/demo/org.json (see server/demo/README.md). */
const DEMO_AGENT = { username: 'agent.cards', password: 'demo-password-agent-cards' };

/**
 * The demo signs in by itself, so the knowledge base arrives through sync as on a real desk. The
 * server starts alongside (npm start), so "unreachable" is retried for a minute.
 */
async function signInDemoAgent(core: AgentCore): Promise<void> {
  if ((await core.getSession()).status === 'signed-in') return;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const result = await core.signIn(DEMO_AGENT);
    if (result.ok) {
      console.log(
        `Signed in to ${(await core.getSettings()).serverUrl} as the demo agent "${DEMO_AGENT.username}"; downloading the knowledge base.`,
      );
      return;
    }
    if (result.problem !== 'unreachable' || Date.now() > deadline) {
      console.warn(
        `The demo sign-in failed (${result.problem}: ${result.detail}). Sign in under Settings.`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), {
    port: 'string',
    host: 'string',
    data: 'string',
    demo: 'boolean',
    help: 'boolean',
  });
  if (args.help) {
    console.log(HELP);
    return;
  }
  const port = Number(args.port ?? process.env.CUECARD_WEB_PORT ?? 4020);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got "${String(args.port)}".`);
  const host = String(args.host ?? process.env.CUECARD_WEB_HOST ?? '127.0.0.1');
  const dataDir = String(
    args.data ?? process.env.CUECARD_DATA_DIR ?? join(ROOT, '.cuecard', 'agent'),
  );
  const version = (await import('../package.json', { with: { type: 'json' } })).default.version;

  ensureRendererBuilt();
  const core = await AgentCore.open({ dataDir, host: 'web', version });
  if (args.demo) void signInDemoAgent(core);
  const web = await startWebHost({ core, rendererDir: RENDERER_OUT, host, port });
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    console.warn(
      `Warning: listening on ${host}; anyone who can reach it can read this agent's knowledge replica.`,
    );
  }
  console.log(
    `Cuecard (web mode) is running at ${web.url}  — data in ${dataDir}. Press Ctrl+C to stop.`,
  );
  const stop = (): void => {
    void web.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(
    `Cuecard web mode could not start: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
});

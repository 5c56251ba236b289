// Web mode: the agent app served by a Node host running AgentCore (DESIGN.md). `npm run start:web -- --help`
import { join } from 'node:path';
import { AgentCore } from '../electron/core/agent-core';
import { startWebHost } from '../electron/core/web-host';
import { countArticles } from '../db/articles';
import { importArticlesFile } from '../db/import';
import { parseArgs } from './lib/args';
import { ROOT, RENDERER_OUT, ensureRendererBuilt } from './lib/renderer-build';

const HELP = `Usage: npm run start:web -- [--port N] [--host H] [--data DIR] [--demo]
  --port   port to listen on (default $CUECARD_WEB_PORT or 4020; 0 = any free port)
  --host   interface to bind (default 127.0.0.1; anything else exposes this agent's replica to the network)
  --data   data folder for settings and the replica (default $CUECARD_DATA_DIR or .cuecard/agent)
  --demo   load the demo knowledge base into an empty replica`;

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
  if (args.demo && countArticles(core.replica) === 0) {
    const n = importArticlesFile(core.replica, join(ROOT, 'server', 'demo', 'articles.jsonl'));
    console.log(`Loaded the demo knowledge base: ${n} article variants.`);
  }
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

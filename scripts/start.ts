// `npm start`: the whole product on its embedded defaults — the central server on PGlite with the
// demo knowledge base, and the desktop app (or web mode where no Electron binary exists).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { electronBinary } from './lib/electron-binary';
import { ROOT } from './lib/renderer-build';

const NO_ELECTRON = `
No Electron binary is installed, so Cuecard starts in web mode instead of as a desktop app.
Why: the "electron" npm package downloads its binary the first time it runs, not at install
time, and this machine could not fetch it (no network, or ELECTRON_SKIP_BINARY_DOWNLOAD was set).
To get the desktop app, run "npx electron --version" once on a machine that can reach the
Electron release downloads (or set ELECTRON_MIRROR to an internal mirror), then "npm start" again.
Web mode runs the same AgentCore and the same screens in your browser.
`;

const children: ChildProcess[] = [];

function run(name: string, cmd: string, args: string[]): void {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => {
    // One part gone means the product is not whole: stop the other and say which one ended.
    if (code !== 0 && code !== null) console.error(`Cuecard ${name} stopped (exit code ${code}).`);
    for (const c of children) if (c !== child && c.exitCode === null) c.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const c of children) if (c.exitCode === null) c.kill(signal);
  });
}

const passThrough = process.argv.slice(2);
// The server: PGlite in .cuecard/server, demo knowledge base on first start (see docs/server.md).
run('server', 'npx', ['tsx', 'scripts/kb.ts', 'serve']);

const binary = electronBinary();
if (binary) {
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  run('desktop app', binary, ['.', ...passThrough]);
} else {
  console.log(NO_ELECTRON);
  run('web mode', 'npx', ['tsx', 'scripts/start-web.ts', '--demo', ...passThrough]);
}

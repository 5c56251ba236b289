// `npm start`: the whole product on its embedded defaults — the desktop app, or web mode where no
// Electron binary exists. The central server joins here when it exists (issue 4).
import { spawn, spawnSync } from 'node:child_process';
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

function run(cmd: string, args: string[]): void {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

const passThrough = process.argv.slice(2);
const binary = electronBinary();
if (binary) {
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  run(binary, ['.', ...passThrough]);
} else {
  console.log(NO_ELECTRON);
  run('npx', ['tsx', 'scripts/start-web.ts', '--demo', ...passThrough]);
}

import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';

/* Test support: the kb CLI as a user runs it, a real child process under tsx. */

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const KB = join(ROOT, 'scripts', 'kb.ts');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function kbProcess(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      TSX,
      [KB, ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

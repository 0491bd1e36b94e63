import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built CLI. */
export const BIN = join(ROOT, 'bin', 'circular.js');
/** The sample workspace. */
export const SAMPLE = join(ROOT, 'fixtures', 'wuxi-2022');

/** What a CLI run gave. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args` (no colour, not CI unless asked). */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): RunResult {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'circular-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The files git tracks under `dir`, relative to it: what a fresh clone has there, without the
 * circulars, PDFs and lock files a user's own runs leave beside the sample.
 */
export function trackedFiles(dir: string): string[] {
  const r = spawnSync('git', ['ls-files', '-z', '--', '.'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed in ${dir}: ${r.stderr || r.error?.message}`);
  return r.stdout.split('\0').filter((f) => f !== '');
}

/**
 * A copy of the sample workspace's tracked inputs in a temporary folder. Tests never write into
 * fixtures/, and never read what a user wrote there (the README's sample build puts its .docx there).
 */
export function copySample(source = SAMPLE): string {
  const dir = join(tempDir(), 'wuxi-2022');
  for (const file of trackedFiles(source)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(source, file), join(dir, file));
  }
  return dir;
}

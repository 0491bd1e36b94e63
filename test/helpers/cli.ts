import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

/** A copy of the sample workspace in a temporary folder (tests never write into fixtures/). */
export function copySample(): string {
  const dir = join(tempDir(), 'wuxi-2022');
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

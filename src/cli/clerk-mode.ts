import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * How a clerk starts the program without a terminal (docs/packaging.md): a double-click on
 * circular-win-x64.exe (no arguments: the help), or a workbook dropped onto it (Windows passes the
 * file's path: a validation of that file). In both cases the console window closes as soon as the
 * program ends, so it waits for Enter first.
 */

const SHEETS = new Set(['.xlsx', '.xlsm', '.xls', '.csv']);

/**
 * The command line with `validate` put in front of bare file arguments (`circular 宜兴市.xlsx`), or
 * undefined when it is not such a line. An argument is a file when it names a spreadsheet or an existing
 * file; a word that is neither stays an unknown command, with its message.
 */
export function bareFileArgv(argv: readonly string[], commands: readonly string[]): string[] | undefined {
  const args = argv.slice(2);
  const first = args[0];
  if (first === undefined || first.startsWith('-') || commands.includes(first)) return undefined;
  if (!SHEETS.has(extname(first).toLowerCase()) && !existsSync(first)) return undefined;
  return [...argv.slice(0, 2), 'validate', ...args];
}

/** True for a command line that a double-click or a drop gives: nothing, or only bare files. */
export function isClerkStart(argv: readonly string[], commands: readonly string[]): boolean {
  return argv.length <= 2 || bareFileArgv(argv, commands) !== undefined;
}

/** The name of a Windows process (`explorer.exe`), or undefined when there is none with that id. */
function windowsProcessName(pid: number): string | undefined {
  const run = spawnSync('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH'], {
    encoding: 'latin1',
    windowsHide: true,
    timeout: 5000,
  });
  return /^"([^"]+)"/m.exec(run.stdout ?? '')?.[1];
}

/** What decides the wait: the system, whether stdin and stdout are a console, the parent's name. */
export interface StartFacts {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  console: boolean;
  /** The parent process's image name (`explorer.exe`), undefined when it is gone. */
  parentName: () => string | undefined;
}

/**
 * Whether to wait for Enter before the window closes.
 * NOTE: the heuristic, as Go's `mousetrap` has it for the same problem: on Windows, with a console on
 * stdin and stdout, the program waits when its parent process is `explorer.exe` (a double-click or a
 * drop) or is gone; from cmd, PowerShell or any other program it does not. `CIRCULAR_PAUSE=1` forces
 * the wait and `CIRCULAR_PAUSE=0` turns it off, on any system (for tests and for shortcuts).
 */
export function shouldPause(facts: StartFacts): boolean {
  if (facts.env.CIRCULAR_PAUSE === '1') return true;
  if (facts.env.CIRCULAR_PAUSE === '0' || facts.env.CI) return false;
  if (facts.platform !== 'win32' || !facts.console) return false;
  const parent = facts.parentName();
  return parent === undefined || parent.toLowerCase() === 'explorer.exe';
}

/** The facts of this process. */
export function thisStart(): StartFacts {
  return {
    env: process.env,
    platform: process.platform,
    console: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    parentName: () => windowsProcessName(process.ppid),
  };
}

/** Says 按回车键关闭窗口 and resolves on Enter (or when stdin ends). */
export function waitForEnter(): Promise<void> {
  process.stdout.write('\n按回车键关闭窗口……');
  return new Promise((resolve) => {
    const done = () => {
      process.stdin.pause();
      resolve();
    };
    process.stdin.once('data', done);
    process.stdin.once('end', done);
    process.stdin.resume();
  });
}

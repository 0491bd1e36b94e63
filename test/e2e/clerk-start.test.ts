/**
 * How a clerk starts the program without typing a command: a double-click (no arguments) shows the
 * help, a workbook dropped onto it validates that workbook, and the window waits for Enter.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';

const HEADER = '检查月份,检查类型,账号名称,平台类型,得分,单项否决,否决情形,问题描述,检查结论,转载权威信息';

/** A results file of 宜兴市 with a score that is not a number in E2. */
function badSheet(): string {
  const file = join(tempDir(), '宜兴市.csv');
  writeFileSync(file, `${HEADER}\n2022-12,全面检查,宜兴发布,微信,abc,否,,,合格,否\n`);
  return file;
}

/** Runs the built CLI with `input` on stdin (spawnSync pipes it). */
function runWithInput(args: string[], env: NodeJS.ProcessEnv, input: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', CI: '', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('a clerk start', () => {
  it('a bare circular prints the help on stdout and exits 0', () => {
    const run = runCli([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法： circular [选项] [命令]');
    expect(run.stdout).toContain('validate');
  });

  it('a bare file argument validates that file: the cell, the fix, exit 1', () => {
    const file = badSheet();
    const run = runCli([file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('E2');
    expect(run.stdout).toContain('得分“abc”不是数字');
    expect(run.stdout).toContain('共 1 个错误');
  });

  it('waits for Enter before the window closes when told so (CIRCULAR_PAUSE=1), then keeps the exit code', () => {
    const run = runWithInput([badSheet()], { CIRCULAR_PAUSE: '1' }, '\n');
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().endsWith('按回车键关闭窗口……')).toBe(true);
    expect(run.stdout).toContain('得分“abc”不是数字');
  });

  it('does not wait when started from a terminal or a pipe, nor for a typed command', () => {
    expect(runWithInput([badSheet()], {}, '').stdout).not.toContain('按回车键');
    const typed = runWithInput(['validate', badSheet()], { CIRCULAR_PAUSE: '1' }, '');
    expect(typed.stdout).not.toContain('按回车键');
    expect(typed.status).toBe(1);
  });

  it('a word that is neither a command nor a file is still an unknown command (exit 2)', () => {
    const run = runCli(['bulid']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不认识的命令 bulid');
  });
});

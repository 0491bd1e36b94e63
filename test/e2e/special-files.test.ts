/**
 * Every file the tool reads is a regular file within a limit (docs/workspace.md §4): a FIFO or a device
 * named as the registry, or standing in for the config, a highlights file or a template, ends the run
 * with a Chinese message at once, never a hang or a file growing without bound.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copySample } from '../helpers/cli.js';

function run(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function mkfifo(path: string): void {
  rmSync(path, { force: true });
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('files that are not regular files', () => {
  it('a registry that is /dev/zero is refused as not a file (exit 1)', () => {
    const ws = copySample();
    writeFileSync(join(ws, 'circular.config.json'), JSON.stringify({ registry: '/dev/zero' }));
    const r = run(['validate', '--workspace', ws, '--format', 'json']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.stdout).diagnostics.map(
      (d: { code: string; file: string }) => `${d.code} ${d.file}`,
    );
    expect(codes).toContain('WORKBOOK_NOT_A_FILE /dev/zero');
  });

  it('a results workbook that is a FIFO, or a link to one, is named as not read (exit 1)', () => {
    const ws = copySample();
    mkfifo(join(ws, 'checks', '2022年12月全面检查.xlsx'));
    mkfifo(join(ws, '管道'));
    rmSync(join(ws, 'checks', '2022年11月单否专项检查.xlsx'));
    symlinkSync(join(ws, '管道'), join(ws, 'checks', '2022年11月单否专项检查.xlsx'));
    const r = run(['validate', '--workspace', ws, '--format', 'json']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const list: { code: string; file: string; severity: string; message: string }[] = JSON.parse(
      r.stdout,
    ).diagnostics;
    const found = list.filter((d) => d.code === 'CHECKS_FILE_NOT_READ' || d.code === 'WORKBOOK_NOT_A_FILE');
    expect(found.map((d) => [d.code, d.file, d.severity, d.message])).toEqual([
      [
        'WORKBOOK_NOT_A_FILE',
        'checks/2022年11月单否专项检查.xlsx',
        'error',
        '无法读取“checks/2022年11月单否专项检查.xlsx”：这不是普通文件（是文件夹、设备或管道），不能作为表格读取',
      ],
      [
        'CHECKS_FILE_NOT_READ',
        'checks/2022年12月全面检查.xlsx',
        'error',
        '“checks/2022年12月全面检查.xlsx”不是普通文件（是设备或管道），未读取',
      ],
    ]);
  });

  it('a config that is a FIFO is a config error (exit 2)', () => {
    const ws = copySample();
    mkfifo(join(ws, 'circular.config.json'));
    const r = run(['validate', '--workspace', ws]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '无法读取配置文件 circular.config.json：这不是普通文件（是文件夹、设备或管道）',
    );
  });

  it('a highlights file linked to /dev/zero ends the build with a message (exit 1), nothing written', () => {
    const ws = copySample();
    rmSync(join(ws, 'highlights', '2022Q4.md'));
    symlinkSync('/dev/zero', join(ws, 'highlights', '2022Q4.md'));
    const r = run(['build', '--quarter', '2022Q4', '--workspace', ws, '--date', '2023-01-09']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('无法读取“highlights/2022Q4.md”：这不是普通文件（是文件夹、设备或管道）');
  });

  it('a workspace template that is a FIFO is a template error (exit 2)', () => {
    const ws = copySample();
    mkdirSync(join(ws, 'templates'), { recursive: true });
    mkfifo(join(ws, 'templates', 'quarterly.hbs'));
    const r = run(['build', '--quarter', '2022Q4', '--workspace', ws, '--date', '2023-01-09']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法读取模板 .*quarterly\.hbs：这不是普通文件/);
  });
});

/**
 * Which results files a workspace reads, and what it says about the ones it does not (docs/workspace.md
 * §1): symbolic links followed, a broken one named, a missing folder an error, an empty match a clear
 * diagnostic naming the pattern, files in a subfolder or of another kind named with the reason.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import nodePath, { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/domain/diagnostic.js';
import { parsePeriod } from '../../src/domain/period.js';
import { splitPattern } from '../../src/workspace/find-files.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { BIN, tempDir } from '../helpers/cli.js';

const REGISTRY = '账号名称,平台类型,开设主体,所属地区\n宜兴发改,微信公众号,宜兴市发展和改革委员会,宜兴市\n';
const header = '检查月份,账号名称,平台类型,单项否决\n';
const monthRow = (month: string, veto = '否') => `${month},宜兴发改,微信公众号,${veto}\n`;

/** A workspace of CSV files: the registry, and `checks` as given (file name → text). */
function workspace(checks: Record<string, string> = {}, config: Record<string, unknown> = {}): string {
  const dir = join(tempDir(), 'ws');
  mkdirSync(dir);
  writeFileSync(join(dir, 'circular.config.json'), JSON.stringify({ registry: 'registry.csv', ...config }));
  writeFileSync(join(dir, 'registry.csv'), REGISTRY);
  for (const [name, text] of Object.entries(checks)) {
    mkdirSync(nodePath.dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const codes = (list: readonly Diagnostic[]) => list.map((d) => `${d.severity} ${d.code} ${d.file}`);
const q4 = parsePeriod('2022Q4')!;

describe('results files: links, folders, empty globs, files left out', () => {
  it('reads a results workbook that is a symbolic link, under the link’s name', async () => {
    const dir = workspace({ 'checks/10月.csv': header + monthRow('2022-10') });
    mkdirSync(join(dir, '归档'));
    writeFileSync(join(dir, '归档', '12月.csv'), header + monthRow('2022-12', '是'));
    symlinkSync(join(dir, '归档', '12月.csv'), join(dir, 'checks', '12月.csv'));
    const ws = await loadWorkspace(dir, q4);
    expect(ws.checkFiles).toEqual(['checks/10月.csv', 'checks/12月.csv']);
    expect(ws.checks.months()).toEqual(['2022-10', '2022-12']);
    expect(ws.checks.failures().map((c) => c.month)).toEqual(['2022-12']);
    expect(codes(ws.diagnostics).filter((d) => d.includes('CHECKS_'))).toEqual([]);
  });

  it('names a broken link as an error', async () => {
    const dir = workspace({ 'checks/10月.csv': header + monthRow('2022-10') });
    symlinkSync(join(dir, '不存在', '12月.xlsx'), join(dir, 'checks', '12月.xlsx'));
    const ws = await loadWorkspace(dir);
    const d = ws.diagnostics.find((x) => x.code === 'CHECKS_BROKEN_LINK');
    expect(d).toMatchObject({ severity: 'error', file: 'checks/12月.xlsx' });
    expect(d?.message).toContain('指向的文件不存在');
  });

  it('makes a missing checks folder an error naming the folder and the pattern', async () => {
    const dir = workspace({}, { checks: '检查结果/*.csv' });
    const ws = await loadWorkspace(dir);
    expect(codes(ws.diagnostics)).toEqual(['error CHECKS_FOLDER_NOT_FOUND 检查结果']);
    expect(ws.diagnostics[0]?.message).toContain('“检查结果/*.csv”');
  });

  it('makes a checks "folder" that is a file an error', async () => {
    const dir = workspace({ checks: 'not a folder' });
    const ws = await loadWorkspace(dir);
    expect(codes(ws.diagnostics)).toEqual(['error CHECKS_FOLDER_UNREADABLE checks']);
  });

  it('makes a checks folder that cannot be listed an error (the built CLI, as a user without the right)', () => {
    const dir = workspace({ 'checks/10月.csv': header + monthRow('2022-10') });
    chmodSync(nodePath.dirname(dir), 0o755);
    chmodSync(join(dir, 'checks'), 0o000);
    // NOTE: root may list any folder, so as root the CLI runs as `nobody`.
    const asUser =
      process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const command = [...asUser, process.execPath, BIN, 'validate', '--workspace', dir, '--format', 'json'];
    const r = spawnSync(command[0]!, command.slice(1), {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    chmodSync(join(dir, 'checks'), 0o755);
    expect(r.status).toBe(1);
    const list: Diagnostic[] = JSON.parse(r.stdout).diagnostics;
    expect(codes(list)).toEqual(['error CHECKS_FOLDER_UNREADABLE checks']);
    expect(list[0]?.message).toContain('无法打开检查结果文件夹“checks”（EACCES）');
  });

  it('names the pattern that matched nothing: a warning for a new workspace, an error for a period', async () => {
    const dir = workspace({ 'checks/.keep': '' }, { checks: 'checks/2022*.csv' });
    const plain = await loadWorkspace(dir);
    expect(codes(plain.diagnostics)).toEqual(['warning CHECKS_NO_MATCH checks']);
    expect(plain.diagnostics[0]?.message).toContain('“checks/2022*.csv”没有匹配到任何文件');
    const built = await loadWorkspace(dir, q4);
    expect(codes(built.diagnostics)).toContain('error CHECKS_NO_MATCH checks');
    expect(built.diagnostics.find((d) => d.code === 'CHECKS_NO_MATCH')?.message).toContain('无法统计 2022Q4');
  });

  it('says which files were not read and why: a subfolder, another kind of file, another name', async () => {
    const dir = workspace(
      {
        'checks/10月.csv': header + monthRow('2022-10'),
        'checks/宜兴/11月.xlsx': 'x',
        'checks/说明.docx': 'x',
        'checks/旧/2021.csv': header,
        'checks/~$10月.xlsx': 'x',
        'checks/.DS_Store': 'x',
      },
      { checks: 'checks/*.csv' },
    );
    const ws = await loadWorkspace(dir);
    expect(ws.checkFiles).toEqual(['checks/10月.csv']);
    expect(codes(ws.diagnostics).filter((d) => d.includes(' CHECKS_'))).toEqual([
      'warning CHECKS_FILE_NOT_READ checks/宜兴/11月.xlsx',
      'warning CHECKS_FILE_NOT_READ checks/旧/2021.csv',
      'warning CHECKS_FILE_NOT_READ checks/说明.docx',
    ]);
    const sub = ws.diagnostics.find((d) => d.file === 'checks/宜兴/11月.xlsx');
    expect(sub?.message).toContain('在子文件夹中，未读取');
    expect(sub?.hint).toContain('"checks/**/*.xlsx"');
    expect(ws.diagnostics.find((d) => d.file === 'checks/说明.docx')?.message).toContain('不是表格文件');
  });

  it('reads subfolders when the glob says **, and extensions in any case', async () => {
    const dir = workspace(
      {
        'checks/宜兴/10月.CSV': header + monthRow('2022-10'),
        'checks/11月.csv': header + monthRow('2022-11'),
      },
      { checks: 'checks/**/*.csv' },
    );
    const ws = await loadWorkspace(dir, q4);
    expect(ws.checkFiles).toEqual(['checks/11月.csv', 'checks/宜兴/10月.CSV']);
  });

  it('reads a folder whose name has brackets, written as a literal folder', async () => {
    const dir = workspace(
      { 'checks(2022)/10月.csv': header + monthRow('2022-10') },
      { checks: 'checks(2022)/*.csv' },
    );
    const ws = await loadWorkspace(dir, q4);
    expect(ws.checkFiles).toEqual(['checks(2022)/10月.csv']);
  });
});

describe('splitPattern', () => {
  it.each([
    ['checks/*.xlsx', nodePath.posix, { base: 'checks', glob: '*.xlsx', absolute: false }],
    ['./checks/**/*.csv', nodePath.posix, { base: 'checks', glob: '**/*.csv', absolute: false }],
    ['*.xlsx', nodePath.posix, { base: '', glob: '*.xlsx', absolute: false }],
    ['/data/检查结果/*.xlsx', nodePath.posix, { base: '/data/检查结果', glob: '*.xlsx', absolute: true }],
    ['D:/数据/checks/*.xlsx', nodePath.win32, { base: 'D:/数据/checks', glob: '*.xlsx', absolute: true }],
    ['D:\\数据\\checks\\*.xlsx', nodePath.win32, { base: 'D:/数据/checks', glob: '*.xlsx', absolute: true }],
    [
      '\\\\server\\share\\checks\\*.xlsx',
      nodePath.win32,
      { base: '//server/share/checks', glob: '*.xlsx', absolute: true },
    ],
    [
      'checks/{10,11}月/*.xlsx',
      nodePath.posix,
      { base: 'checks', glob: '{10,11}月/*.xlsx', absolute: false },
    ],
  ])('%s', (pattern, paths, expected) => {
    expect(splitPattern(pattern, paths)).toEqual(expected);
  });
});

/** `circular build --out` through the built CLI: each shape of --out lands where docs/workspace.md says. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCli } from '../helpers/cli.js';

const NAME = '2022年第四季度全市政务新媒体检查情况通报.docx';
let ws: string;

const build = (...args: string[]) =>
  runCli(['build', '--quarter', '2022Q4', '--workspace', ws, ...args], { cwd: ws });
const isDocx = (path: string) => readFileSync(path).subarray(0, 2).toString() === 'PK';

beforeAll(() => {
  ws = copySample();
  writeFileSync(join(ws, '说明.txt'), '原有内容');
});

describe('build --out', () => {
  it('writes into a new folder given with a slash, under the circular’s name', () => {
    const r = build('-o', '新文件夹/');
    expect(r.code, r.stderr).toBe(0);
    expect(isDocx(join(ws, '新文件夹', NAME))).toBe(true);
  });

  it('adds .docx to a name without extension', () => {
    const r = build('-o', '四季度通报');
    expect(r.code, r.stderr).toBe(0);
    expect(isDocx(join(ws, '四季度通报.docx'))).toBe(true);
    expect(existsSync(join(ws, '四季度通报'))).toBe(false);
  });

  it.each([
    ['out.pdf', /--out out\.pdf.*--pdf/s],
    ['说明.txt', /\.docx/],
    ['checks/x.docx', /检查结果文件夹 checks/],
  ])('refuses -o %s with exit 2 and writes nothing', (out, message) => {
    const before = readdirSync(ws, { recursive: true }).sort();
    const r = build('-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(ws, { recursive: true }).sort()).toEqual(before);
    expect(readFileSync(join(ws, '说明.txt'), 'utf8')).toBe('原有内容');
  });
});

/**
 * Makes a folder read-only for this process: mode 555, and for root (whom modes do not stop, as in CI)
 * the immutable attribute too. Returns whether a probe write is now refused.
 */
function makeReadOnly(dir: string): boolean {
  chmodSync(dir, 0o555);
  if (process.getuid?.() === 0) spawnSync('chattr', ['+i', dir]);
  try {
    writeFileSync(join(dir, 'probe'), 'x');
    return false;
  } catch {
    return true;
  }
}

describe('build into a folder it cannot write', () => {
  const locked: string[] = [];
  afterAll(() => {
    for (const dir of locked) {
      if (process.getuid?.() === 0) spawnSync('chattr', ['-i', dir]);
      chmodSync(dir, 0o755);
    }
  });

  it('says so in Chinese with what to do, exit 1, and leaves nothing half-written', () => {
    const dir = join(ws, '只读');
    mkdirSync(dir);
    writeFileSync(join(dir, NAME), '上一期的通报');
    locked.push(dir);
    expect(makeReadOnly(dir), 'the folder could not be made read-only on this machine').toBe(true);
    const r = build('-o', '只读/');
    expect(r.code, r.stderr).toBe(1);
    // EACCES for a mode, EPERM for the immutable attribute: both say there is no permission.
    expect(r.stderr).toContain(`无法写入“${join('只读', NAME)}”：`);
    expect(r.stderr).toMatch(/：[^\n]*没有写入权限/);
    expect(r.stderr).toContain('提示：');
    expect(r.stderr).not.toContain('内部错误');
    expect(readdirSync(dir)).toEqual([NAME]);
    expect(readFileSync(join(dir, NAME), 'utf8')).toBe('上一期的通报');
  });
});

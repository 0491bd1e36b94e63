/** `circular init` through the built CLI: what it writes, and that it never overwrites without --force. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_COLUMNS } from '../../src/checks/columns.js';
import { REGISTRY_COLUMNS } from '../../src/registry/columns.js';
import { type RunResult, runCli, tempDir } from '../helpers/cli.js';
import { columnOf, dropdown, noteText, sheetNames, sheetOf } from '../helpers/inspect-workbook.js';

/** Every file under a folder with a hash of its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else files[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

describe('circular init DIR', () => {
  let dir: string;
  let run: RunResult;

  beforeAll(() => {
    dir = join(tempDir(), '新工作区');
    run = runCli(['init', dir, '--city', '无锡', '--districts', '江阴市,宜兴市,梁溪区,锡山区']);
  });

  it('exits 0 and lists what it created', () => {
    expect(run.code, run.stderr).toBe(0);
    for (const f of [
      'circular.config.json',
      'registry.xlsx',
      'templates/检查结果模板.xlsx',
      'templates/yearly.hbs',
      '使用说明.md',
    ]) {
      expect(run.stdout).toContain(f);
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(statSync(join(dir, 'checks')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'highlights'))).toEqual(['示例.md']);
  });

  it('writes a config whose $schema resolves to the schema beside it', () => {
    const config = JSON.parse(readFileSync(join(dir, 'circular.config.json'), 'utf8')) as {
      $schema: string;
      districts: string[];
    };
    const schema = resolve(dirname(join(dir, 'circular.config.json')), config.$schema);
    expect(existsSync(schema)).toBe(true);
    expect(JSON.parse(readFileSync(schema, 'utf8'))).toMatchObject({ additionalProperties: false });
    expect(config.districts).toEqual(['江阴市', '宜兴市', '梁溪区', '锡山区']);
  });

  it('writes the registry with headers, notes, a frozen header row and dropdowns', async () => {
    expect(await sheetNames(join(dir, 'registry.xlsx'))).toEqual(['台账', '网站台账']);
    const ws = await sheetOf(join(dir, 'registry.xlsx'), '台账');
    REGISTRY_COLUMNS.forEach((spec, i) => {
      const cell = ws.getRow(1).getCell(i + 1);
      expect(cell.value).toBe(spec.header);
      expect(noteText(cell.note)).toContain(spec.note);
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(dropdown(ws, `${columnOf(REGISTRY_COLUMNS, '所属地区')}2`)?.values).toEqual([
      '市级',
      '江阴市',
      '宜兴市',
      '梁溪区',
      '锡山区',
    ]);
    expect(dropdown(ws, `${columnOf(REGISTRY_COLUMNS, '平台类型')}2`)?.values).toContain('微信公众号');
  });

  it('writes the results template likewise', async () => {
    expect(await sheetNames(join(dir, 'templates/检查结果模板.xlsx'))).toEqual(['检查结果', '网站检查结果']);
    const ws = await sheetOf(join(dir, 'templates/检查结果模板.xlsx'), '检查结果');
    CHECK_COLUMNS.forEach((spec, i) => {
      const cell = ws.getRow(1).getCell(i + 1);
      expect(cell.value).toBe(spec.header);
      expect(noteText(cell.note)).toContain(spec.note);
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (const header of ['检查类型', '单项否决', '检查结论', '转载权威信息', '平台类型']) {
      expect(dropdown(ws, `${columnOf(CHECK_COLUMNS, header)}2`), header).toBeDefined();
    }
  });

  it('run again without --force: exit 2 naming the files, nothing changed', () => {
    const before = snapshot(dir);
    const again = runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('circular.config.json');
    expect(again.stderr).toContain('--force');
    expect(snapshot(dir)).toEqual(before);
  });

  it('with --force overwrites, back to the defaults', () => {
    const forced = runCli(['init', dir, '--force', '--format', 'json']);
    expect(forced.code, forced.stderr).toBe(0);
    const doc = JSON.parse(forced.stdout) as { files: { path: string; action: string }[] };
    expect(doc.files.find((f) => f.path === 'circular.config.json')?.action).toBe('overwritten');
    const config = JSON.parse(readFileSync(join(dir, 'circular.config.json'), 'utf8')) as {
      districts: string[];
    };
    expect(config.districts).toHaveLength(8);
  });

  it('another city without its districts is exit 2 and writes nothing', () => {
    const empty = join(tempDir(), 'sz');
    const r = runCli(['init', empty, '--city', '苏州']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--districts');
    expect(existsSync(join(empty, 'circular.config.json'))).toBe(false);
  });

  it('is listed in the help', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/init \[选项\] \[文件夹\]/);
    expect(runCli(['init', '--help']).stdout).toContain('--districts');
  });
});

describe('circular init --force when a file cannot be put in place midway', () => {
  it('exit 1 with a Chinese message; every file as it was, nothing new, no staging folder', () => {
    const dir = join(tempDir(), '工作区');
    expect(runCli(['init', dir, '-q']).code).toBe(0);
    writeFileSync(join(dir, 'circular.config.json'), '{"city":"无锡","issuer":"改过的"}\n');
    rmSync(join(dir, 'registry.xlsx'));
    // A folder where a template should go: the eighth file cannot be renamed into place.
    rmSync(join(dir, 'templates', 'quarterly.hbs'));
    mkdirSync(join(dir, 'templates', 'quarterly.hbs'));
    const before = snapshot(dir);
    const r = runCli(['init', dir, '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('templates/quarterly.hbs');
    expect(r.stderr).toContain('没有新建或改动任何文件');
    expect(r.stderr).not.toMatch(/at |Error/);
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'registry.xlsx'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.circular-init'))).toEqual([]);
  });
});

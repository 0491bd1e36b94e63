import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_COLUMNS, WEBSITE_CHECK_COLUMNS } from '../../src/checks/columns.js';
import { ConfigError } from '../../src/config/config-error.js';
import { configJsonSchemaText } from '../../src/config/json-schema.js';
import { loadConfig } from '../../src/config/load-config.js';
import { REGISTRY_COLUMNS, WEBSITE_COLUMNS } from '../../src/registry/columns.js';
import { UPDATE_COLUMNS } from '../../src/updates/update-columns.js';
import {
  initWorkspace,
  parseDistrictList,
  WorkspaceFileExistsError,
} from '../../src/workspace/init-workspace.js';
import { PLATFORM_CHOICES } from '../../src/workspace/sheet-templates.js';
import { WriteFileError } from '../../src/workspace/write-atomic.js';
import type { WriteBytes } from '../../src/workspace/write-file-set.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { columnOf, dropdown, noteText, sheetNames, sheetOf } from '../helpers/inspect-workbook.js';

describe('initWorkspace', async () => {
  const dir = join(tempDir(), '工作区');
  const result = await initWorkspace(dir, { districts: ['江阴市', '宜兴市', '梁溪区'] });

  it('writes every file of a ready workspace and reports each', () => {
    expect(result.files.map((f) => f.path)).toEqual([
      'circular.config.json',
      '.circular/config.schema.json',
      'registry.xlsx',
      'templates/检查结果模板.xlsx',
      'updates/更新记录.xlsx',
      'templates/halfyear.hbs',
      'templates/monthly.hbs',
      'templates/quarterly.hbs',
      'templates/yearly.hbs',
      'highlights/示例.md',
      '使用说明.md',
    ]);
    expect(result.files.every((f) => f.action === 'created')).toBe(true);
    for (const f of result.files) expect(statSync(join(dir, f.path)).size, f.path).toBeGreaterThan(100);
    expect(readdirSync(join(dir, 'checks'))).toEqual([]);
    expect(readFileSync(join(dir, '使用说明.md'), 'utf8')).toContain('circular build --quarter');
    expect(readFileSync(join(dir, 'highlights/示例.md'), 'utf8')).toMatch(/\*\*一是.+。\*\*/);
  });

  it('writes a config the tool loads, whose $schema is a relative path to the shipped schema', () => {
    const written = JSON.parse(readFileSync(join(dir, 'circular.config.json'), 'utf8')) as {
      $schema: string;
    };
    expect(written.$schema).toBe('./.circular/config.schema.json');
    const schemaPath = resolve(dirname(join(dir, 'circular.config.json')), written.$schema);
    expect(existsSync(schemaPath)).toBe(true);
    expect(readFileSync(schemaPath, 'utf8')).toBe(
      readFileSync(join(ROOT, 'schema/circular.config.schema.json'), 'utf8'),
    );
    expect(readFileSync(schemaPath, 'utf8')).toBe(configJsonSchemaText());
    const { config, found } = loadConfig(dir);
    expect(found).toBe(true);
    expect(config.districts).toEqual(['江阴市', '宜兴市', '梁溪区']);
    expect(config.city).toBe('无锡');
  });

  it('copies the bundled templates to edit', () => {
    for (const name of ['quarterly.hbs', 'yearly.hbs']) {
      expect(readFileSync(join(dir, 'templates', name), 'utf8')).toBe(
        readFileSync(join(ROOT, 'templates', name), 'utf8'),
      );
    }
  });

  it('lays the registry out from the column table: headers, notes, frozen header, widths', async () => {
    expect(await sheetNames(join(dir, 'registry.xlsx'))).toEqual(['台账', '网站台账']);
    const ws = await sheetOf(join(dir, 'registry.xlsx'), '台账');
    const headers = REGISTRY_COLUMNS.map((_, i) => ws.getRow(1).getCell(i + 1).value);
    expect(headers).toEqual(REGISTRY_COLUMNS.map((c) => c.header));
    REGISTRY_COLUMNS.forEach((spec, i) => {
      const note = noteText(ws.getRow(1).getCell(i + 1).note);
      expect(note, spec.header).toContain(spec.note);
      expect(note, spec.header).toContain(spec.required ? '必填' : (spec.requiredWhen ?? '选填'));
      expect(ws.getColumn(i + 1).width, spec.header).toBeGreaterThanOrEqual(8);
    });
    expect(ws.getColumn(columnOf(REGISTRY_COLUMNS, '开设主体')).width).toBeGreaterThan(
      ws.getColumn(columnOf(REGISTRY_COLUMNS, '状态')).width ?? 0,
    );
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(1);
  });

  it('puts dropdowns on 平台类型, 所属地区 (市级 and the configured districts) and 状态', async () => {
    const ws = await sheetOf(join(dir, 'registry.xlsx'), '台账');
    const col = (header: string) => columnOf(REGISTRY_COLUMNS, header);
    expect(dropdown(ws, `${col('所属地区')}2`)).toEqual({
      values: ['市级', '江阴市', '宜兴市', '梁溪区'],
      errorStyle: 'stop',
    });
    expect(dropdown(ws, `${col('所属地区')}5001`)?.values).toContain('市级');
    expect(dropdown(ws, `${col('平台类型')}2`)?.values).toEqual([...PLATFORM_CHOICES]);
    expect(dropdown(ws, `${col('平台类型')}2`)?.values.slice(0, 3)).toEqual([
      '微信公众号',
      '微博',
      '移动客户端',
    ]);
    // Any other platform is accepted (as 其他, with a warning), so the dropdown only questions it.
    expect(dropdown(ws, `${col('平台类型')}2`)?.errorStyle).toBe('warning');
    expect(dropdown(ws, `${col('状态')}2`)?.values).toEqual(['正常', '关停', '注销']);
    expect(dropdown(ws, `${col('账号名称')}2`)).toBeUndefined();
    expect(dropdown(ws, `${col('所属地区')}1`)).toBeUndefined();
  });

  it('lays the results sheet out likewise, with dropdowns for 检查类型, 单项否决, 检查结论 and 转载权威信息', async () => {
    expect(await sheetNames(join(dir, 'templates/检查结果模板.xlsx'))).toEqual(['检查结果', '网站检查结果']);
    const ws = await sheetOf(join(dir, 'templates/检查结果模板.xlsx'), '检查结果');
    expect(CHECK_COLUMNS.map((_, i) => ws.getRow(1).getCell(i + 1).value)).toEqual(
      CHECK_COLUMNS.map((c) => c.header),
    );
    CHECK_COLUMNS.forEach((spec, i) => {
      expect(noteText(ws.getRow(1).getCell(i + 1).note), spec.header).toContain(spec.note);
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (header: string) => columnOf(CHECK_COLUMNS, header);
    expect(dropdown(ws, `${col('检查类型')}2`)?.values).toEqual(['单否专项检查', '全面检查']);
    expect(dropdown(ws, `${col('单项否决')}2`)?.values).toEqual(['是', '否']);
    expect(dropdown(ws, `${col('检查结论')}2`)?.values).toEqual(['合格', '不合格']);
    expect(dropdown(ws, `${col('转载权威信息')}2`)?.values).toEqual(['是', '否']);
    expect(dropdown(ws, `${col('平台类型')}2`)?.values).toEqual([...PLATFORM_CHOICES]);
    expect(dropdown(ws, `${col('得分')}2`)).toBeUndefined();
  });

  it('adds the websites’ registry sheet 网站台账: its headers with notes, 网站类型 and 所属地区 from dropdowns', async () => {
    const ws = await sheetOf(join(dir, 'registry.xlsx'), '网站台账');
    expect(WEBSITE_COLUMNS.map((_, i) => ws.getRow(1).getCell(i + 1).value)).toEqual([
      '网站名称',
      '网站标识码',
      '网站类型',
      '网址',
      '主办单位',
      '所属地区',
      '开通日期',
      '运行状态',
      '关停日期',
    ]);
    WEBSITE_COLUMNS.forEach((spec, i) => {
      const note = noteText(ws.getRow(1).getCell(i + 1).note);
      expect(note, spec.header).toContain(spec.note);
      expect(note, spec.header).toContain(spec.required ? '必填' : (spec.requiredWhen ?? '选填'));
    });
    expect(noteText(ws.getRow(1).getCell(3).note)).toBe('网站类型（必填）：门户网站、部门网站或专项网站');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(1);
    const col = (header: string) => columnOf(WEBSITE_COLUMNS, header);
    expect(dropdown(ws, `${col('网站类型')}2`)).toEqual({
      values: ['门户网站', '部门网站', '专项网站'],
      errorStyle: 'stop',
    });
    expect(dropdown(ws, `${col('所属地区')}2`)?.values).toEqual(['市级', '江阴市', '宜兴市', '梁溪区']);
    expect(dropdown(ws, `${col('运行状态')}2`)?.values).toEqual(['正常', '关停', '注销']);
    expect(dropdown(ws, `${col('网站名称')}2`)).toBeUndefined();
    expect(ws.getColumn(col('网站标识码')).numFmt).toBe('@');
  });

  it('adds the results sheet 网站检查结果: websites named by 网站名称 or 网站标识码, the check columns’ dropdowns', async () => {
    const ws = await sheetOf(join(dir, 'templates/检查结果模板.xlsx'), '网站检查结果');
    expect(WEBSITE_CHECK_COLUMNS.map((_, i) => ws.getRow(1).getCell(i + 1).value)).toEqual(
      WEBSITE_CHECK_COLUMNS.map((c) => c.header),
    );
    expect(WEBSITE_CHECK_COLUMNS.map((c) => c.header).slice(0, 4)).toEqual([
      '检查月份',
      '检查类型',
      '网站名称',
      '网站标识码',
    ]);
    WEBSITE_CHECK_COLUMNS.forEach((spec, i) => {
      expect(noteText(ws.getRow(1).getCell(i + 1).note), spec.header).toContain(spec.note);
    });
    expect(noteText(ws.getRow(1).getCell(3).note)).toContain('网站名称或网站标识码至少填写一种');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(1);
    const col = (header: string) => columnOf(WEBSITE_CHECK_COLUMNS, header);
    expect(dropdown(ws, `${col('检查类型')}2`)?.values).toEqual(['单否专项检查', '全面检查']);
    expect(dropdown(ws, `${col('单项否决')}2`)?.values).toEqual(['是', '否']);
    expect(dropdown(ws, `${col('检查结论')}2`)?.values).toEqual(['合格', '不合格']);
    expect(dropdown(ws, `${col('检查类型')}10001`)?.values).toEqual(['单否专项检查', '全面检查']);
    expect(WEBSITE_CHECK_COLUMNS.map((c) => c.header)).not.toContain('平台类型');
  });

  it('the guide says how to fill the two website sheets', () => {
    const guide = readFileSync(join(dir, '使用说明.md'), 'utf8');
    expect(guide).toContain('“网站台账”工作表每个政府网站一行');
    expect(guide).toContain('“网站检查结果”工作表每个网站每次检查一行');
    expect(guide).toContain('政府网站与政务新媒体检查情况的通报');
  });

  it('lays the update records out from the updates columns, in updates/ where remind reads them', async () => {
    const ws = await sheetOf(join(dir, 'updates/更新记录.xlsx'));
    expect(ws.name).toBe('更新记录');
    expect(UPDATE_COLUMNS.map((_, i) => ws.getRow(1).getCell(i + 1).value)).toEqual([
      '账号名称',
      '平台类型',
      '备案编号',
      '最近更新日期',
    ]);
    expect(noteText(ws.getRow(1).getCell(4).note)).toBe(
      '最近更新日期（必填）：账号最近一次发布信息的日期，如 2022-10-08',
    );
    expect(noteText(ws.getRow(1).getCell(1).note)).toContain('账号名称和平台类型，或备案编号，至少填写一种');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(dropdown(ws, `${columnOf(UPDATE_COLUMNS, '平台类型')}2`)?.values).toEqual([...PLATFORM_CHOICES]);
    expect(readFileSync(join(dir, '使用说明.md'), 'utf8')).toContain('circular remind');
  });

  it('changes nothing and names the files when run again without force', async () => {
    const configPath = join(dir, 'circular.config.json');
    writeFileSync(configPath, '{ "city": "无锡" }\n');
    const before = readFileSync(join(dir, 'registry.xlsx'));
    const error = await initWorkspace(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceFileExistsError);
    expect((error as WorkspaceFileExistsError).files).toEqual(result.files.map((f) => f.path));
    expect((error as Error).message).toContain('circular.config.json');
    expect((error as Error).message).toContain('--force');
    expect(readFileSync(configPath, 'utf8')).toBe('{ "city": "无锡" }\n');
    expect(readFileSync(join(dir, 'registry.xlsx')).equals(before)).toBe(true);
  });

  it('overwrites with force', async () => {
    const again = await initWorkspace(dir, { force: true });
    expect(again.files.every((f) => f.action === 'overwritten')).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'circular.config.json'), 'utf8')).districts).toHaveLength(8);
  });

  it('refuses when any one file is in the way, and leaves other files alone', async () => {
    const other = tempDir();
    writeFileSync(join(other, '别的文件.txt'), 'x');
    writeFileSync(join(other, 'registry.xlsx'), 'mine');
    await expect(initWorkspace(other)).rejects.toThrow(/registry\.xlsx/);
    expect(readFileSync(join(other, 'registry.xlsx'), 'utf8')).toBe('mine');
    expect(existsSync(join(other, 'circular.config.json'))).toBe(false);
    expect(readdirSync(other).sort()).toEqual(['registry.xlsx', '别的文件.txt']);
  });
});

describe('initWorkspace for another city', () => {
  it('derives the issuer and addressees from the city and takes its districts', async () => {
    const dir = tempDir();
    const { config } = await initWorkspace(dir, {
      city: '苏州市',
      districts: parseDistrictList('姑苏区，吴中区、相城区 昆山市'),
    });
    expect(config).toMatchObject({
      city: '苏州',
      issuer: '苏州市人民政府办公室',
      addressees: '各市（县）、区人民政府，市各有关部门和单位：',
      districts: ['姑苏区', '吴中区', '相城区', '昆山市'],
    });
    const ws = await sheetOf(join(dir, 'registry.xlsx'), '台账');
    const districts = ['市级', '姑苏区', '吴中区', '相城区', '昆山市'];
    expect(dropdown(ws, `${columnOf(REGISTRY_COLUMNS, '所属地区')}2`)?.values).toEqual(districts);
    const sites = await sheetOf(join(dir, 'registry.xlsx'), '网站台账');
    expect(dropdown(sites, `${columnOf(WEBSITE_COLUMNS, '所属地区')}2`)?.values).toEqual(districts);
  });

  it.each([
    [{ city: '苏州' }, /--districts/],
    [{ districts: ['市级', '江阴市'] }, /不要写“市级”/],
    [{ districts: ['江阴市', '江阴市'] }, /“江阴市”重复/],
  ])('refuses %j as a config error, writing nothing', async (options, message) => {
    const dir = tempDir();
    const error = await initWorkspace(dir, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('init --districts that would break the dropdown formula', () => {
  it.each([['宜兴"市'], ['宜兴,市']])('%j is refused before anything is written', async (district) => {
    const dir = join(tempDir(), '新工作区');
    await expect(initWorkspace(dir, { city: '苏州', districts: [district, '江阴市'] })).rejects.toThrow(
      ConfigError,
    );
    await expect(initWorkspace(dir, { city: '苏州', districts: [district, '江阴市'] })).rejects.toThrow(
      '地区名称中不能有英文引号 " 或英文逗号 ,',
    );
    expect(existsSync(dir)).toBe(false);
  });
});

describe('init on a disk that fills up midway', () => {
  /** A writer that fails like a full disk on its `n`-th file, after writing half of it. */
  function fullAfter(n: number): WriteBytes {
    let calls = 0;
    return (path, bytes) => {
      calls += 1;
      if (calls < n) return writeFileSync(path, bytes);
      writeFileSync(path, typeof bytes === 'string' ? bytes.slice(0, 10) : bytes.subarray(0, 10));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
    };
  }

  it('a new folder: nothing is left, not even the folder; the message says the disk is full, in Chinese', async () => {
    const dir = join(tempDir(), '新工作区');
    const error = await initWorkspace(dir, { writeBytes: fullAfter(4) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFileError);
    expect((error as WriteFileError).code).toBe('ENOSPC');
    expect((error as Error).message).toContain('磁盘空间不足');
    expect((error as Error).message).toContain('templates/检查结果模板.xlsx');
    expect((error as Error).message).toContain('没有新建或改动任何文件');
    expect((error as WriteFileError).hint).toContain('清理磁盘空间');
    expect(existsSync(dir)).toBe(false);
  });

  it('an existing folder with --force: every old file keeps its bytes, no new file, no staging folder', async () => {
    const dir = join(tempDir(), '工作区');
    await initWorkspace(dir);
    writeFileSync(join(dir, 'circular.config.json'), '{"city":"无锡","issuer":"改过的"}\n');
    writeFileSync(join(dir, '自己的笔记.txt'), '不要动');
    rmSync(join(dir, 'templates', 'yearly.hbs'));
    rmSync(join(dir, 'checks'), { recursive: true });
    const before = tree(dir);
    const error = await initWorkspace(dir, { force: true, writeBytes: fullAfter(9) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WriteFileError);
    expect(tree(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'circular.config.json'), 'utf8')).toContain('改过的');
  });
});

/** Every entry under a folder (folders end with /), with each file's content. */
function tree(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      const key = full.slice(dir.length + 1);
      if (e.isDirectory()) {
        entries[`${key}/`] = '';
        walk(full);
      } else entries[key] = readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return entries;
}

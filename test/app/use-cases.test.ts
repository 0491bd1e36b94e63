/**
 * Each command's one function, called the way a script calls it (docs/library.md): no argv, no
 * terminal, no exit codes — figures, diagnostics and files, and a `RequestError` for what cannot be done.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveConfig } from '../../src/app/effective-config.js';
import {
  buildCircular,
  computeStatistics,
  isYearStats,
  openWorkbookBytes,
  parsePeriod,
  RequestError,
  remindUpdates,
  validateSubmission,
  writeCircular,
} from '../../src/index.js';
import { copySample, tempDir } from '../helpers/cli.js';

const Q4 = parsePeriod('2022Q4')!;
const DECEMBER = join('checks', '2022年12月全面检查.xlsx');

describe('validateSubmission', () => {
  it('checks the whole workspace and names what it read', async () => {
    const result = await validateSubmission({ workspace: copySample(), period: Q4 });
    expect(result.scope).toBe('workspace');
    if (result.scope !== 'workspace') return;
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.registryFile).toBe('registry.xlsx');
    expect(result.checkFiles).toHaveLength(6);
  });

  it('checks a named file against the workspace registry and the district, 市本级 read as 市级', async () => {
    const dir = copySample();
    const result = await validateSubmission({
      workspace: dir,
      files: [join(dir, DECEMBER)],
      district: '市本级',
    });
    expect(result.scope).toBe('files');
    if (result.scope !== 'files') return;
    expect(result.district).toBe('市级');
    expect(result.registry?.file).toBe('registry.xlsx');
    expect(result.files).toEqual([{ file: join(dir, DECEMBER), kind: 'checks' }]);
    const mismatch = result.diagnostics.find((d) => d.code === 'DISTRICT_MISMATCH');
    expect(mismatch?.message).toMatch(/属于.+，不属于市级$/);
    expect(mismatch?.cell).toMatch(/^C\d+$/);
  });

  it('finds a district sheet’s wrong rows at their cells', async () => {
    const dir = copySample();
    const result = await validateSubmission({
      workspace: dir,
      files: [join(dir, DECEMBER)],
      district: '宜兴市',
    });
    const first = result.diagnostics[0];
    expect(first).toMatchObject({ code: 'DISTRICT_MISMATCH', sheet: '检查结果', cell: 'C3' });
    expect(first?.message).toBe('无锡发布(微信公众号)属于市级，不属于宜兴市');
  });

  it('refuses a district that is not configured', async () => {
    const dir = copySample();
    const run = validateSubmission({ workspace: dir, files: [join(dir, DECEMBER)], district: '西湖区' });
    await expect(run).rejects.toThrow(RequestError);
    await expect(run).rejects.toThrow(/西湖区.*不在地区列表中.*宜兴市/);
  });

  it('without a workspace checks the file’s own rules and says no registry was matched', async () => {
    const dir = copySample();
    const alone = join(tempDir(), '宜兴市.xlsx');
    writeFileSync(alone, readFileSync(join(dir, DECEMBER)));
    // No workspace given and none in the current folder (the repository): the defaults.
    const result = await validateSubmission({ files: [alone] });
    if (result.scope !== 'files') throw new Error('files expected');
    expect(result.registry).toBeNull();
    expect(result.diagnostics.some((d) => d.code === 'CHECK_UNKNOWN_ACCOUNT')).toBe(false);
  });

  it('writes the annotated copy beside the file, never over it', async () => {
    const dir = copySample();
    const file = join(tempDir(), '宜兴市.xlsx');
    const original = readFileSync(join(dir, DECEMBER));
    writeFileSync(file, original);
    const result = await validateSubmission({
      workspace: dir,
      files: [file],
      district: '宜兴市',
      annotate: true,
    });
    if (result.scope !== 'files') throw new Error('files expected');
    expect(result.annotated).toEqual([file.replace(/\.xlsx$/, '.校验结果.xlsx')]);
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it('refuses annotate without files', async () => {
    await expect(validateSubmission({ workspace: copySample(), annotate: true })).rejects.toThrow(
      /需要指定要标注的文件/,
    );
  });
});

describe('computeStatistics', () => {
  it('gives the quarter’s figures', async () => {
    const { stats, diagnostics, config } = await computeStatistics({ workspace: copySample(), period: Q4 });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(config.rateDecimals).toBe(1);
    expect(stats).not.toBeNull();
    expect(stats && isYearStats(stats)).toBe(false);
    expect(stats?.registered.total).toBe(445);
    expect(stats?.checked).toBe(445);
    expect(stats?.unqualified.count).toBe(3);
    expect(stats?.passRateText).toBe('99.3%');
  });

  it('gives the year’s quarters for a year', async () => {
    const { stats } = await computeStatistics({ workspace: copySample(), period: parsePeriod('2022')! });
    if (!stats || !isYearStats(stats)) throw new Error('YearStats expected');
    expect(stats.quarters.map((q) => q.period)).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4']);
  });

  it('gives no figures, only the diagnostics, when the registry is missing', async () => {
    const dir = copySample();
    rmSync(join(dir, 'registry.xlsx'));
    const { stats, diagnostics } = await computeStatistics({ workspace: dir, period: Q4 });
    expect(stats).toBeNull();
    expect(diagnostics.map((d) => d.code)).toContain('REGISTRY_NOT_FOUND');
  });

  it('refuses a folder that is not a workspace', async () => {
    await expect(computeStatistics({ workspace: tempDir(), period: Q4 })).rejects.toThrow(
      /不是工作区：没有找到 circular\.config\.json/,
    );
  });
});

describe('buildCircular and writeCircular', () => {
  it('builds in memory, then writes the .docx where the target says', async () => {
    const dir = copySample();
    const build = await buildCircular({ workspace: dir, period: Q4, date: '2023-01-09' });
    expect(build.circular).not.toBeNull();
    if (build.circular === null) return;
    expect(build.circular.document.title).toBe('市政府办公室关于2022年第四季度全市政务新媒体检查情况的通报');
    expect(build.circular.stats.passRateText).toBe('99.3%');
    expect(build.circular.warnings).toEqual([]);
    const docx = join(dir, '2022年第四季度全市政务新媒体检查情况通报.docx');
    expect(build.target.docx.path).toBe(docx);
    expect(existsSync(docx)).toBe(false);
    const written = await writeCircular({ ...build, circular: build.circular });
    expect(written.pdf).toBeNull();
    expect(readFileSync(docx).equals(Buffer.from(build.circular.bytes))).toBe(true);
  });

  it('renders nothing when the input has errors', async () => {
    const dir = copySample();
    rmSync(join(dir, 'registry.xlsx'));
    const build = await buildCircular({ workspace: dir, period: Q4, date: '2023-01-09' });
    expect(build.circular).toBeNull();
    expect(build.diagnostics.map((d) => d.code)).toContain('REGISTRY_NOT_FOUND');
  });

  it('refuses an output inside the checks folder', async () => {
    const dir = copySample();
    const out = join(dir, 'checks', '通报.docx');
    await expect(buildCircular({ workspace: dir, period: Q4, date: '2023-01-09', out })).rejects.toThrow(
      /不能把通报写进检查结果文件夹 checks/,
    );
  });
});

describe('remindUpdates', () => {
  it('surveys the accounts and writes the reminder workbook', async () => {
    const dir = copySample();
    const { survey, written, diagnostics } = await remindUpdates({ workspace: dir, date: '2023-10-09' });
    expect(diagnostics).toEqual([]);
    expect(written).toBe('提醒/2023-10-09更新提醒.xlsx');
    expect(existsSync(join(dir, '提醒', '2023-10-09更新提醒.xlsx'))).toBe(true);
    expect(survey?.total.accounts).toBe(446);
  });
});

describe('effectiveConfig', () => {
  it('gives the defaults in a folder without a config, and says so', () => {
    const { config, found } = effectiveConfig(tempDir());
    expect(found).toBe(false);
    expect(config.registry).toBe('registry.xlsx');
  });
});

describe('a workbook from bytes', () => {
  it('opens a submitted workbook held in memory, named as the user named it', async () => {
    const bytes = new Uint8Array(readFileSync(join(copySample(), DECEMBER)));
    const opened = await openWorkbookBytes(bytes, { displayName: '宜兴市.xlsx' });
    expect(opened.file).toBe('宜兴市.xlsx');
    expect(opened.sheets.map((s) => s.name)).toEqual(['检查结果']);
  });
});

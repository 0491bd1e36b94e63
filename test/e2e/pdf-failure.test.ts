/**
 * `build --pdf` when LibreOffice fails: the user is told in Chinese what happened and what to do, the
 * complete .docx stays, no PDF (whole or partial) appears, and the run ends with exit 1. LibreOffice's
 * own English text is shown only under --verbose. A fake `soffice` first on PATH stands in for it.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySample, runCli, tempDir } from '../helpers/cli.js';

const ENGLISH = 'Error: source file could not be loaded';

/** A folder holding a `soffice` that runs `script`, for the front of PATH. */
function fakeSoffice(script: string): string {
  const bin = join(tempDir(), 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'soffice'), `#!/bin/sh\n${script}\n`);
  chmodSync(join(bin, 'soffice'), 0o755);
  return bin;
}

/** A soffice that writes half a PDF where it was told to, says so in English and fails. */
const HALF_AND_FAIL = [
  'while [ $# -gt 0 ]; do case "$1" in --outdir) shift; out="$1";; *) last="$1";; esac; shift; done',
  'mkdir -p "$out" && printf "%%PDF-1.7 half" > "$out/$(basename "$last" .docx).pdf"',
  `echo "${ENGLISH}" >&2`,
  'exit 1',
].join('\n');

function buildPdf(bin: string, extra: string[] = []) {
  const dir = copySample();
  const out = tempDir();
  const r = runCli(
    [
      'build',
      '--quarter',
      '2022Q4',
      '--date',
      '2023-01-09',
      '--workspace',
      dir,
      '-o',
      `${out}/`,
      '--pdf',
      ...extra,
    ],
    { env: { PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` } },
  );
  return { ...r, out };
}

describe.skipIf(process.platform === 'win32')('build --pdf when LibreOffice fails', () => {
  it('says in Chinese what happened and what to do, keeps the .docx, writes no PDF, exit 1', () => {
    const r = buildPdf(fakeSoffice(HALF_AND_FAIL));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未生成 PDF：LibreOffice 转换 PDF 失败（退出码 1）');
    expect(r.stderr).toContain('.docx 已生成');
    expect(r.stderr).toContain('另存为 PDF');
    expect(r.stderr).not.toContain(ENGLISH);
    const files = readdirSync(r.out);
    expect(files).toEqual(['2022年第四季度全市政务新媒体检查情况通报.docx']);
    expect(readFileSync(join(r.out, files[0]!)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(r.stdout).toContain('已生成');
  });

  it('shows LibreOffice’s own text under --verbose', () => {
    const r = buildPdf(fakeSoffice(HALF_AND_FAIL), ['--verbose']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(ENGLISH);
  });

  it('treats a run that produced no PDF the same way', () => {
    const r = buildPdf(fakeSoffice('exit 0'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未生成 PDF：LibreOffice 没有生成 PDF');
    expect(existsSync(join(r.out, '2022年第四季度全市政务新媒体检查情况通报.pdf'))).toBe(false);
  });

  it('keeps stdout one JSON document under --format json, the problem in it', () => {
    const r = buildPdf(fakeSoffice(HALF_AND_FAIL), ['--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { written: string; pdf: null; pdfProblem: string };
    expect(report.pdf).toBeNull();
    expect(report.written).toMatch(/\.docx$/);
    expect(report.pdfProblem).toContain('LibreOffice 转换 PDF 失败（退出码 1）');
  });
});

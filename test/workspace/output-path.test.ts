/**
 * Where `circular build` writes, from `--out` (docs/workspace.md, “输出文件”): one rule for every
 * shape a clerk types, and never among the inputs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputPaths } from '../../src/workspace/output-path.js';
import { tempDir } from '../helpers/cli.js';

const NAME = '2022年第四季度全市政务新媒体检查情况通报.docx';
const PDF_NAME = '2022年第四季度全市政务新媒体检查情况通报.pdf';
let ws: string;
let cwd: string;

beforeAll(() => {
  cwd = tempDir();
  ws = join(cwd, '工作区');
  mkdirSync(join(ws, 'checks'), { recursive: true });
  mkdirSync(join(cwd, '已有文件夹'));
  writeFileSync(join(cwd, '说明.txt'), 'x');
  writeFileSync(join(cwd, '旧通报.docx'), 'x');
});

function paths(out: string | undefined, pdf = false, checks: string[] = ['checks/*.xlsx']) {
  return outputPaths({ workspaceDir: ws, out, pdf, defaultName: NAME, checks, cwd });
}

describe('outputPaths', () => {
  it.each([
    ['no --out: the workspace, under the title', undefined, () => join(ws, NAME)],
    ['a .docx file', '四季度.docx', () => join(cwd, '四季度.docx')],
    ['a .DOCX file', '四季度.DOCX', () => join(cwd, '四季度.DOCX')],
    ['an existing .docx (replaced whole)', '旧通报.docx', () => join(cwd, '旧通报.docx')],
    ['a name without extension gets .docx', '四季度通报', () => join(cwd, '四季度通报.docx')],
    ['a dotted name that is no extension', '2022.四季度', () => join(cwd, '2022.四季度.docx')],
    ['a folder with a slash (created)', '新文件夹/', () => join(cwd, '新文件夹', NAME)],
    ['a folder with a backslash', '新文件夹\\', () => join(cwd, '新文件夹', NAME)],
    ['an existing folder', '已有文件夹', () => join(cwd, '已有文件夹', NAME)],
    [
      'a nested file (its folder created)',
      '输出/2022/四季度.docx',
      () => join(cwd, '输出', '2022', '四季度.docx'),
    ],
  ])('%s', (_name, out, docx) => {
    const r = paths(out);
    expect(r).toEqual({ docx: docx(), pdf: docx().replace(/\.docx$/i, '.pdf') });
  });

  it('takes --pdf -o o.pdf as the PDF’s name, the .docx beside it', () => {
    expect(paths('o.pdf', true)).toEqual({ docx: join(cwd, 'o.docx'), pdf: join(cwd, 'o.pdf') });
    expect(paths('新文件夹/', true)).toEqual({
      docx: join(cwd, '新文件夹', NAME),
      pdf: join(cwd, '新文件夹', PDF_NAME),
    });
  });

  it.each([
    ['a .pdf without --pdf', 'out.pdf', /--out out\.pdf.*--pdf/s],
    ['an existing file that is not .docx (never a folder)', '说明.txt', /\.docx.*说明\.txt/s],
    ['another extension', '通报.doc', /\.docx.*通报\.doc/s],
    ['an empty name', '', /--out/],
    ['the checks folder', '工作区/checks/x.docx', /检查结果.*checks/s],
    ['a subfolder of the checks folder', '工作区/checks/旧/x.docx', /检查结果/],
    ['the checks folder as a folder', '工作区/checks/', /检查结果/],
  ])('refuses %s', (_name, out, message) => {
    const r = paths(out);
    expect('problem' in r ? r.problem : r).toMatch(message);
  });

  it('refuses the PDF of --pdf among the inputs too', () => {
    const r = paths('工作区/checks/o.pdf', true);
    expect('problem' in r && r.problem).toMatch(/检查结果/);
  });

  it('knows the folder of a configured checks glob, a drive letter or an absolute path', () => {
    const r = paths('工作区/报送/十月/x.docx', false, ['报送/**/*.xlsx']);
    expect('problem' in r && r.problem).toMatch(/报送/);
    const abs = paths(join(cwd, '外部', 'x.docx'), false, [
      `${join(cwd, '外部').replaceAll('\\', '/')}/*.xlsx`,
    ]);
    expect('problem' in abs && abs.problem).toMatch(/检查结果/);
    expect(paths('工作区/x.docx', false, ['报送/**/*.xlsx'])).toEqual({
      docx: join(ws, 'x.docx'),
      pdf: join(ws, 'x.pdf'),
    });
  });
});

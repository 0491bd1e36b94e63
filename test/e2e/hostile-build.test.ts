/**
 * The built CLI on a workspace whose highlights, config and template carry what breaks a document: the
 * .docx is well-formed in every part, or no .docx is written and the message names the place.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { copySample, runCli } from '../helpers/cli.js';
import { parseXml } from '../render/xml.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every part of the package decoded strictly and parsed by a strict XML parser; the document's text. */
function wellFormedText(path: string): string {
  const parts = unzipSync(readFileSync(path));
  for (const [name, bytes] of Object.entries(parts)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parseXml(utf8.decode(bytes));
  }
  return utf8.decode(parts['word/document.xml']!).replace(/<[^>]+>/g, '');
}

describe('circular build with hostile text', () => {
  it('strips forbidden characters from the highlights with a warning, and keeps {{log}} off stdout', () => {
    const dir = copySample();
    const highlights = join(dir, 'highlights', '2022Q4.md');
    writeFileSync(highlights, `**一是加强\ufffe管理。**宜兴\u0007市每周普查。\n\n一、伪造的标题\n`);
    const template = readFileSync(
      join(import.meta.dirname, '..', '..', 'templates', 'quarterly.hbs'),
      'utf8',
    );
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(
      join(dir, 'templates', 'quarterly.hbs'),
      template.replace('【正文】\n', '【正文】{{log "调试" stats.checked}}\n'),
    );
    const out = join(dir, 'out.docx');
    const run = runCli([
      'build',
      '--quarter',
      '2022Q4',
      '--workspace',
      dir,
      '--date',
      '2023-01-09',
      '-o',
      out,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { warnings: string[] };
    expect(report.warnings.join('\n')).toContain(
      'highlights/2022Q4.md 第1行含有Word 文件不能保存的非字符 U+FFFE',
    );
    expect(report.warnings.join('\n')).toMatch(/第\d+行 \{\{log\}\}：调试 \d+/);
    const text = wellFormedText(out);
    expect(text).toContain('一是加强管理。宜兴市每周普查。');
    expect(text).toContain('一、伪造的标题');
  });

  it('refuses a config issuer holding U+FFFE, naming the field, and writes nothing', () => {
    const dir = copySample();
    const config = join(dir, 'circular.config.json');
    const current = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    writeFileSync(config, JSON.stringify({ ...current, issuer: '无锡市人民政府办公室\uFFFE' }));
    const out = join(dir, 'out.docx');
    const run = runCli(['build', '--quarter', '2022Q4', '--workspace', dir, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('issuer：含有Word 文件不能保存的非字符 U+FFFE');
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('a config registry that points outside the workspace', () => {
  /** The sample with its config's registry set to `registry`, and the file that path names written. */
  function pointedAt(registry: string, content: string): string {
    const dir = copySample();
    writeFileSync(resolve(dir, registry), content);
    const config = join(dir, 'circular.config.json');
    const current = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    writeFileSync(config, JSON.stringify({ ...current, registry }));
    return dir;
  }

  it('with a wrong header: the message gives the column count, never the file first row', () => {
    const dir = pointedAt('../机密.csv', 'root:x:0:0,口令 hunter2,账户名称,平台\n1,2,3,4\n');
    const run = runCli(['validate', '--workspace', dir]);
    const said = run.stdout + run.stderr;
    expect(run.code).toBe(1);
    expect(said).toContain('REGISTRY_MISSING_COLUMN');
    expect(said).toContain('4 个非空单元格');
    expect(said).toContain('不显示其内容');
    expect(said).not.toMatch(/root:x|hunter2|账户名称/);
  });

  it('inside the workspace the message still lists the headers found and the nearest one', () => {
    const dir = pointedAt('台账.csv', '序号,账户名称,平台\n1,2,3\n');
    const run = runCli(['validate', '--workspace', dir]);
    const said = run.stdout + run.stderr;
    expect(run.code).toBe(1);
    expect(said).toContain('找到的列：序号、账户名称、平台');
  });
});

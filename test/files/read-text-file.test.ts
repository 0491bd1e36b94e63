/**
 * The text files a user edits beside the workbooks — circular.config.json, highlights/*.md and the
 * workspace's templates — are decoded as CSV files are: a byte-order mark or valid UTF-8, else
 * GB18030 (what Notepad and WPS save on Chinese Windows); bytes that are neither are refused by name.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';
import { readTextFile, TextEncodingError } from '../../src/files/read-text-file.js';
import { loadTemplate, TemplateError } from '../../src/report/render-template.js';
import { WorkbookReadError } from '../../src/workbook/types.js';
import { readHighlights } from '../../src/workspace/read-highlights.js';
import { gb18030 } from '../helpers/gb18030.js';

const TEXT = '无锡市人民政府办公室\n**一是健全机制。**每周普查。';
/** Bytes no encoding reads: a lone GB18030 lead byte before a line break, and 0xFF. */
const NEITHER = Buffer.from([0x7b, 0x81, 0x0a, 0xff, 0x7d]);

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'circular-text-'));
}

describe('readTextFile', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['GBK / GB18030', gb18030(TEXT)],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
  ])('reads %s', (_name, bytes) => {
    const path = join(folder(), 'a.md');
    writeFileSync(path, bytes);
    expect(readTextFile(path, 'highlights/a.md')).toBe(TEXT);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, naming the file', () => {
    const path = join(folder(), 'a.md');
    writeFileSync(path, NEITHER);
    expect(() => readTextFile(path, 'highlights/a.md')).toThrowError(TextEncodingError);
    expect(() => readTextFile(path, 'highlights/a.md')).toThrowError(/highlights\/a\.md.*UTF-8.*GB18030/s);
  });
});

describe('the workspace text files', () => {
  it('read a GBK config: the issuer reaches the config as written', () => {
    const dir = folder();
    writeFileSync(join(dir, 'circular.config.json'), gb18030('{"issuer": "宜兴市人民政府办公室"}'));
    expect(loadConfig(dir).config.issuer).toBe('宜兴市人民政府办公室');
  });

  it('refuse a config in neither encoding as a config error naming it', () => {
    const dir = folder();
    writeFileSync(join(dir, 'circular.config.json'), NEITHER);
    expect(() => loadConfig(dir)).toThrowError(ConfigError);
    expect(() => loadConfig(dir)).toThrowError(/circular\.config\.json.*UTF-8/s);
  });

  it('read a GBK highlights file into its paragraphs', () => {
    const dir = folder();
    mkdirSync(join(dir, 'highlights'));
    writeFileSync(
      join(dir, 'highlights', '2022Q4.md'),
      gb18030('**一是健全机制。**每周普查。\r\n\r\n二是通报。'),
    );
    expect(readHighlights(dir, '2022Q4')?.paragraphs).toEqual(['**一是健全机制。**每周普查。', '二是通报。']);
  });

  it('refuse a highlights file in neither encoding as an input error naming it', () => {
    const dir = folder();
    mkdirSync(join(dir, 'highlights'));
    writeFileSync(join(dir, 'highlights', '2022Q4.md'), NEITHER);
    expect(() => readHighlights(dir, '2022Q4')).toThrowError(WorkbookReadError);
    expect(() => readHighlights(dir, '2022Q4')).toThrowError(/highlights\/2022Q4\.md.*UTF-8/s);
  });

  it('read a workspace template saved in GBK or with a BOM', () => {
    const dir = folder();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'quarterly.hbs'), gb18030('【标题】关于{{period.label}}的通报'));
    expect(loadTemplate('quarterly.hbs', dir).text).toBe('【标题】关于{{period.label}}的通报');
    writeFileSync(
      join(dir, 'templates', 'yearly.hbs'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('【标题】年度', 'utf8')]),
    );
    expect(loadTemplate('yearly.hbs', dir).text).toBe('【标题】年度');
  });

  it('refuse a template in neither encoding as a template error naming it', () => {
    const dir = folder();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'quarterly.hbs'), NEITHER);
    expect(() => loadTemplate('quarterly.hbs', dir)).toThrowError(TemplateError);
    expect(() => loadTemplate('quarterly.hbs', dir)).toThrowError(/quarterly\.hbs.*UTF-8/s);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { type CellValue, openWorkbook, WorkbookReadError } from '../../src/workbook/index.js';
import { readAll, tempFolder } from './build-xlsx.js';

const folder = tempFolder();
afterAll(() => folder.cleanup());

async function rows(
  name: string,
  bytes: Uint8Array | string,
): Promise<{ row: number; cells: CellValue[] }[]> {
  const { sheets } = await readAll(folder.write(name, bytes));
  expect(sheets).toHaveLength(1);
  return sheets[0]!.rows;
}

/** 账号名称,平台 / 无锡发布,微博 in GB18030 (GBK) bytes, as WPS on Chinese Windows saves it. */
const GB18030_CSV = Buffer.from([
  0xd5, 0xcb, 0xba, 0xc5, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc6, 0xbd, 0xcc, 0xa8, 0x0d, 0x0a, 0xce, 0xde, 0xce,
  0xfd, 0xb7, 0xa2, 0xb2, 0xbc, 0x2c, 0xce, 0xa2, 0xb2, 0xa9, 0x0d, 0x0a,
]);
const EXPECTED = [
  { row: 1, cells: ['账号名称', '平台'] },
  { row: 2, cells: ['无锡发布', '微博'] },
];

describe('CSV files', () => {
  it('reads UTF-8 without a BOM, as one sheet named after the file', async () => {
    const workbook = await openWorkbook(folder.write('十月检查.csv', '账号名称,平台\n无锡发布,微博\n'));
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.date1904])).toEqual([['十月检查', false]]);
    expect(await rows('plain.csv', '账号名称,平台\n无锡发布,微博\n')).toEqual(EXPECTED);
  });

  it('reads UTF-8 with a BOM', async () => {
    expect(await rows('bom.csv', '\uFEFF账号名称,平台\r\n无锡发布,微博\r\n')).toEqual(EXPECTED);
  });

  it('reads GB18030 (GBK) when the bytes are not UTF-8', async () => {
    expect(await rows('gbk.csv', GB18030_CSV)).toEqual(EXPECTED);
  });

  it('reads UTF-16 with a BOM (Excel’s “Unicode text”, tab-separated)', async () => {
    const text = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('账号名称\t平台\r\n无锡发布\t微博\r\n', 'utf16le'),
    ]);
    expect(await rows('unicode.txt', text)).toEqual(EXPECTED);
  });

  it('follows RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', async () => {
    const csv = 'a,"b,c","say ""hi""","two\r\nlines"\r\n"",x,,\r\n' + '"unclosed, to the end';
    expect(await rows('quoted.csv', csv)).toEqual([
      { row: 1, cells: ['a', 'b,c', 'say "hi"', 'two\r\nlines'] },
      { row: 2, cells: [null, 'x'] },
      { row: 3, cells: ['unclosed, to the end'] },
    ]);
  });

  it('skips blank records but counts them in row numbers, and keeps text after a closing quote', async () => {
    expect(await rows('blank.csv', 'a\n\n,,\n"b"c,d\nlast')).toEqual([
      { row: 1, cells: ['a'] },
      { row: 4, cells: ['bc', 'd'] },
      { row: 5, cells: ['last'] },
    ]);
  });

  it('reads tab-separated text saved under an .xls name, and honours Excel’s sep= line', async () => {
    expect(await rows('export.xls', '账号名称\t平台\n无锡发布\t微博\n')).toEqual(EXPECTED);
    expect(await rows('semicolon.csv', 'sep=;\n账号名称;平台\n无锡发布;微博\n')).toEqual(EXPECTED);
  });

  it('keeps values as text: numbers, dates and spaces are not converted or trimmed', async () => {
    expect(await rows('text.csv', '007, 2022-10-08 ,1.50\n')).toEqual([
      { row: 1, cells: ['007', ' 2022-10-08 ', '1.50'] },
    ]);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 rather than inventing U+FFFD', async () => {
    const error = await openWorkbook(
      folder.write('bad.csv', Buffer.from([0x61, 0x2c, 0xff, 0xff, 0xff, 0x0a])),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ code: 'WORKBOOK_ENCODING' });
  });
});

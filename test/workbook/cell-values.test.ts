import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialToDate, WorkbookReadError } from '../../src/workbook/index.js';
import { firstSheetCells, rawXlsx, readAll, stylesXml, tempFolder, worksheetXml } from './build-xlsx.js';

const folder = tempFolder();
afterAll(() => folder.cleanup());

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('a workbook written by exceljs', () => {
  let path: string;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.getCell('A1').value = '合并标题';
    sheet.mergeCells('A1:C2');
    sheet.getCell('A3').value = { formula: '1-1', result: 0 };
    sheet.getCell('B3').value = { formula: 'IF(1,"","x")', result: '' };
    sheet.getCell('C3').value = { formula: '1=2', result: false };
    sheet.getCell('D3').value = { formula: 'CONCAT("微","博")', result: '微博' };
    sheet.getCell('E3').value = { formula: '6*7', result: 42 };
    sheet.getCell('A4').value = { richText: [{ text: '无锡' }, { font: { bold: true }, text: '发布' }] };
    sheet.getCell('B4').value = { text: '政务网站', hyperlink: 'https://www.wuxi.gov.cn' };
    sheet.getCell('C4').value = {
      text: { richText: [{ text: '富文本' }, { text: '链接' }] },
      hyperlink: 'https://example.org',
    } as unknown as ExcelJS.CellValue;
    sheet.getCell('A5').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    sheet.getCell('B5').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    sheet.getCell('A6').value = utc(2023, 12, 31);
    sheet.getCell('A6').numFmt = 'yyyy"年"m"月"d"日"';
    sheet.getCell('B6').value = utc(2022, 10, 8);
    sheet.getCell('B6').numFmt = 'yyyy-mm-dd';
    sheet.getCell('C6').value = 45291;
    sheet.getCell('C6').numFmt = '0.00';
    sheet.getCell('D6').value = 0.5;
    sheet.getCell('D6').numFmt = '[Red]0.00%';
    sheet.getCell('A7').value = true;
    sheet.getCell('B7').value = 'a < b & "c" \'d\'';
    sheet.getCell('C7').value = -3.25;
    sheet.getCell('E9').value = '远处的单元格';
    const hidden = workbook.addWorksheet('隐藏表', { state: 'hidden' });
    hidden.getCell('A1').value = '隐藏的数据';
    path = folder.path('exceljs.xlsx');
    await workbook.xlsx.writeFile(path);
  });

  it('keeps formula results of 0, empty text and false, and takes other results', async () => {
    const rows = await firstSheetCells(path);
    expect(rows[1]).toEqual([0, '', false, '微博', 42]);
  });

  it('gives a merged range’s value to its master cell only', async () => {
    const { sheets } = await readAll(path);
    const rows = sheets[0]!.rows;
    expect(rows[0]).toEqual({ row: 1, cells: ['合并标题'] });
    expect(rows[1]!.row).toBe(3); // row 2 is all merge slaves: empty, skipped
  });

  it('joins rich text and takes a hyperlink’s text', async () => {
    const rows = await firstSheetCells(path);
    expect(rows[2]).toEqual(['无锡发布', '政务网站', '富文本链接']);
  });

  it('reads error cells as errors, not text', async () => {
    const rows = await firstSheetCells(path);
    expect(rows[3]).toEqual([{ error: '#N/A' }, { error: '#DIV/0!' }]);
  });

  it('turns date-formatted numbers into UTC dates and leaves other formats numbers', async () => {
    const rows = await firstSheetCells(path);
    expect(rows[4]).toEqual([utc(2023, 12, 31), utc(2022, 10, 8), 45291, 0.5]);
  });

  it('reads booleans, XML special characters and negative numbers', async () => {
    const rows = await firstSheetCells(path);
    expect(rows[5]).toEqual([true, 'a < b & "c" \'d\'', -3.25]);
  });

  it('puts column A at index 0 and fills gaps with null', async () => {
    const { sheets } = await readAll(path);
    expect(sheets[0]!.rows.at(-1)).toEqual({ row: 9, cells: [null, null, null, null, '远处的单元格'] });
  });

  it('lists hidden sheets after the visible one, marked hidden', async () => {
    const { sheets } = await readAll(path);
    expect(sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ['台账', false],
      ['隐藏表', true],
    ]);
    expect(sheets[1]!.rows).toEqual([{ row: 1, cells: ['隐藏的数据'] }]);
  });
});

describe('number formats that show dates', () => {
  const builtIns = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47];
  const eastAsian = [50, 51, 52, 53, 54, 55, 56, 57, 58];
  const notDates = [0, 1, 2, 3, 4, 9, 10, 11, 37, 49];
  const customDates = [
    'yyyy"年"m"月"d"日"',
    'yyyy-mm-dd',
    '[$-804]yyyy"年"m"月"',
    'h:mm',
    'm/d/yy h:mm',
    'mmm d',
  ];
  const customNumbers = ['0.00', '[Red]0.00', '#,##0"天"', '0.0_);[Red](0.0)', '"yd"0', '\\d0', '@'];
  const formats = [...builtIns, ...eastAsian, ...notDates, ...customDates, ...customNumbers];

  it.each(formats.map((format, index) => ({ format, style: index + 1 })))(
    'format $format',
    async ({ format, style }) => {
      const path = folder.write(
        `format-${style}.xlsx`,
        rawXlsx({
          styles: stylesXml(formats),
          sheets: [{ name: 'S', rows: `<row r="1"><c r="A1" s="${style}"><v>45291</v></c></row>` }],
        }),
      );
      const isDate = !notDates.includes(format as number) && !customNumbers.includes(format as string);
      expect(await firstSheetCells(path)).toEqual([[isDate ? utc(2023, 12, 31) : 45291]]);
    },
  );

  it('ignores the differential formats of dxfs and counts only cellXfs', async () => {
    // stylesXml puts a `numFmtId="14" formatCode="0.00"` in dxfs and a date xf in cellStyleXfs.
    const path = folder.write(
      'dxfs.xlsx',
      rawXlsx({
        styles: stylesXml([14, 0]),
        sheets: [{ name: 'S', rows: '<row r="1"><c s="1"><v>1</v></c><c s="2"><v>1</v></c></row>' }],
      }),
    );
    expect(await firstSheetCells(path)).toEqual([[utc(1900, 1, 1), 1]]);
  });

  it('reads the markup-compatibility fallback of a style, not its choice as well', async () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><cellXfs>' +
      '<xf numFmtId="0"/><mc:AlternateContent><mc:Choice Requires="hs"><xf numFmtId="0"><ext/></xf></mc:Choice>' +
      '<mc:Fallback><xf numFmtId="0"/></mc:Fallback></mc:AlternateContent><xf numFmtId="14"/></cellXfs></styleSheet>';
    const path = folder.write(
      'alternate-content.xlsx',
      rawXlsx({ styles, sheets: [{ name: 'S', rows: '<row r="1"><c s="2"><v>2</v></c></row>' }] }),
    );
    expect(await firstSheetCells(path)).toEqual([[utc(1900, 1, 2)]]);
  });
});

describe('cell types in raw sheet XML', () => {
  it('reads t="d" ISO cells as dates, in UTC unless an offset is given', async () => {
    const rows =
      '<row r="1"><c t="d"><v>2014-02-14T08:27:48.765Z</v></c><c t="d"><v>2022-10-08</v></c>' +
      '<c t="d"><v>2022-10-08T09:30:00</v></c><c t="d"><v>2022-10-08T09:30:00+08:00</v></c><c t="d"><v>不是日期</v></c></row>';
    const path = folder.write('d-cells.xlsx', rawXlsx({ sheets: [{ name: 'S', rows }] }));
    expect(await firstSheetCells(path)).toEqual([
      [
        new Date('2014-02-14T08:27:48.765Z'),
        utc(2022, 10, 8),
        new Date('2022-10-08T09:30:00Z'),
        new Date('2022-10-08T01:30:00Z'),
        '不是日期',
      ],
    ]);
  });

  it('keeps 20,000 random CJK inline strings exact across chunk boundaries (no U+FFFD)', async () => {
    let seed = 20231231;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const cjk = () =>
      random(20) === 0
        ? String.fromCodePoint(0x20000 + random(0xa6df))
        : String.fromCodePoint(0x4e00 + random(0x51a6));
    const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + random(12) }, cjk).join(''));
    const rows: string[] = [];
    for (let row = 0; row < 2000; row++) {
      const cells = texts
        .slice(row * 10, row * 10 + 10)
        .map((text) => `<c t="inlineStr"><is><t>${text}</t></is></c>`);
      rows.push(`<row r="${row + 1}">${cells.join('')}</row>`);
    }
    const path = folder.write('inline-cjk.xlsx', rawXlsx({ sheets: [{ name: 'S', rows: rows.join('') }] }));
    const read = (await firstSheetCells(path)).flat();
    expect(read.filter((cell) => typeof cell === 'string' && cell.includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(texts);
  });

  it('reads repeated inline strings the same every time, entities, CR and CDATA included', async () => {
    const cell = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`;
    const variants = [
      cell('合格'),
      cell('<![CDATA[合格]]>'),
      cell('a&amp;b'),
      cell('<![CDATA[a&amp;b]]>'),
      cell('一\r\n二'),
      cell('<![CDATA[一\r\n二]]>'),
    ].join('');
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}">${variants}</row>`).join('');
    const path = folder.write('inline-repeated.xlsx', rawXlsx({ sheets: [{ name: 'S', rows }] }));
    const read = await firstSheetCells(path);
    expect(read).toHaveLength(300);
    for (const cells of read) expect(cells).toEqual(['合格', '合格', 'a&b', 'a&amp;b', '一\n二', '一\r\n二']);
  });

  it('joins rich-text runs of shared and inline strings and leaves phonetic runs out', async () => {
    const sharedStrings =
      '<si><t>纯文本</t></si>' +
      '<si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本 </t></r><rPh sb="0" eb="1"><t>フ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>第一行_x000D_\n第二行</t></si><si><t>_x005F_x000D_ 保留</t></si><si><t>&lt;&amp;&gt;&#x4E2D;&#22269;</t></si><si/>';
    const rows =
      '<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c><c t="s"><v>4</v></c><c t="s"><v>5</v></c>' +
      '<c t="inlineStr"><is><r><t>行内</t></r><r><t>富文本</t></r><rPh><t>ギョウ</t></rPh></is></c></row>';
    const path = folder.write('rich.xlsx', rawXlsx({ sharedStrings, sheets: [{ name: 'S', rows }] }));
    expect(await firstSheetCells(path)).toEqual([
      ['纯文本', '富 文本 ', '第一行\r\n第二行', '_x000D_ 保留', '<&>中国', '', '行内富文本'],
    ]);
  });

  it('reads formula string results, booleans, errors, CDATA and cached values of every type', async () => {
    const rows =
      '<row r="1"><c t="str"><f>A2&amp;""</f><v>结果</v></c><c t="str"><f>""</f><v></v></c><c t="b"><f>FALSE()</f><v>0</v></c>' +
      '<c><f>0*1</f><v>0</v></c><c t="e"><f>NA()</f><v>#N/A</v></c><c t="b"><v>1</v></c><c t="str"><v><![CDATA[a<b&c]]></v></c>' +
      '<c><f>1/0</f></c><c t="n"><v>1.5E3</v></c><c><v>-0.25</v></c></row>';
    const path = folder.write('formulas.xlsx', rawXlsx({ sheets: [{ name: 'S', rows }] }));
    expect(await firstSheetCells(path)).toEqual([
      ['结果', '', false, 0, { error: '#N/A' }, true, 'a<b&c', null, 1500, -0.25],
    ]);
  });

  it('places cells and rows without r after the previous one, and skips empty rows', async () => {
    const rows =
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>' +
      '<row r="6"><c r="A6" s="0"/><c r="B6" t="s"/></row><row/><row><c r="b8"><v>5</v></c></row>';
    const path = folder.write('no-r.xlsx', rawXlsx({ sheets: [{ name: 'S', rows }] }));
    const { sheets } = await readAll(path);
    expect(sheets[0]!.rows).toEqual([
      { row: 1, cells: [1, 2] },
      { row: 5, cells: [null, null, 3, 4] },
      { row: 8, cells: [null, 5] },
    ]);
  });

  it('reads the 1904 date system (date1904="1" or "true") and says so on the sheet', async () => {
    for (const value of ['1', 'true']) {
      const path = folder.write(
        `1904-${value}.xlsx`,
        rawXlsx({
          workbookPr: `date1904="${value}"`,
          styles: stylesXml([14]),
          sheets: [
            {
              name: 'S',
              rows: '<row r="1"><c s="1"><v>0</v></c><c s="1"><v>43830</v></c><c><v>43830</v></c></row>',
            },
          ],
        }),
      );
      const { sheets } = await readAll(path);
      expect(sheets[0]!.date1904).toBe(true);
      expect(sheets[0]!.rows[0]!.cells).toEqual([utc(1904, 1, 1), utc(2024, 1, 1), 43830]);
      expect(serialToDate(43830, true)).toEqual(utc(2024, 1, 1));
    }
  });
});

describe('package layouts', () => {
  const rows = '<row r="1"><c t="s"><v>0</v></c><c><v>7</v></c></row>';

  it('reads strict OOXML (purl.oclc.org namespaces)', async () => {
    const path = folder.write(
      'strict.xlsx',
      rawXlsx({
        strict: true,
        sharedStrings: '<si><t>严格</t></si>',
        sheets: [{ name: 'S', rows, part: worksheetXml(rows, { strict: true }) }],
      }),
    );
    expect(await firstSheetCells(path)).toEqual([['严格', 7]]);
  });

  it('finds a workbook outside xl/ through _rels/.rels', async () => {
    const path = folder.write(
      'elsewhere.xlsx',
      rawXlsx({ folder: 'wtf/book', sharedStrings: '<si><t>别处</t></si>', sheets: [{ name: 'S', rows }] }),
    );
    expect(await firstSheetCells(path)).toEqual([['别处', 7]]);
  });

  it('reads prefixed SpreadsheetML elements (<x:row>) as the .NET SDK writes them', async () => {
    const prefixed = '<x:row r="1"><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>7</x:v></x:c></x:row>';
    const path = folder.write(
      'prefixed.xlsx',
      rawXlsx({
        prefix: 'x',
        sharedStrings: '<si><t>前缀</t></si>',
        sheets: [{ name: 'S', rows: prefixed }],
      }),
    );
    expect(await firstSheetCells(path)).toEqual([['前缀', 7]]);
  });

  it('lists sheets in workbook order with decoded names and skips chartsheets', async () => {
    const path = folder.write(
      'order.xlsx',
      rawXlsx({
        sheets: [
          { name: 'B&2', rows: '<row r="1"><c><v>2</v></c></row>' },
          {
            name: '图表',
            chart: true,
            part: '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
          },
          { name: 'A<1', rows: '<row r="1"><c><v>1</v></c></row>', state: 'veryHidden' },
        ],
      }),
    );
    const { sheets } = await readAll(path);
    expect(sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ['B&2', false],
      ['A<1', true],
    ]);
  });

  it('reads a sheet part written in UTF-16 with a byte-order mark', async () => {
    const xml = worksheetXml('<row r="1"><c t="inlineStr"><is><t>十六位</t></is></c></row>').replace(
      'UTF-8',
      'UTF-16',
    );
    const part = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const path = folder.write(
      'utf16.xlsx',
      rawXlsx({ sheets: [{ name: 'S' }], extra: { 'xl/worksheets/sheet1.xml': part } }),
    );
    expect(await firstSheetCells(path)).toEqual([['十六位']]);
  });
});

describe('broken or hostile sheet XML', () => {
  let attempts = 0;
  const attempt = async (rows: string, sharedStrings?: string) => {
    const name = `broken-${++attempts}.xlsx`;
    const path = folder.write(name, rawXlsx({ sharedStrings, sheets: [{ name: 'S', rows }] }));
    return readAll(path).then(
      () => undefined,
      (error: unknown) => error,
    );
  };

  it('refuses a DOCTYPE instead of expanding entities (billion laughs)', async () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol3;</t></si></sst>';
    const path = folder.write(
      'doctype.xlsx',
      rawXlsx({
        sheets: [{ name: 'S', rows: '<row r="1"><c t="s"><v>0</v></c></row>' }],
        sharedStrings: '',
        extra: { 'xl/sharedStrings.xml': bomb },
      }),
    );
    const error = await readAll(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ code: 'WORKBOOK_CORRUPT', detail: expect.stringContaining('DOCTYPE') });
  });

  it.each([
    ['a shared-string index past the table', '<row r="1"><c t="s"><v>5</v></c></row>', '<si><t>一</t></si>'],
    ['a column past XFD', '<row r="1"><c r="XFE1"><v>1</v></c></row>', undefined],
    ['a cell after column XFD', '<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>', undefined],
    ['an unquoted attribute', '<row r=1><c><v>1</v></c></row>', undefined],
    ['a tag cut off at the end', '<row r="1"><c><v>1</v></c></row><row r', undefined],
  ])('throws WORKBOOK_CORRUPT for %s', async (_label, rows, sharedStrings) => {
    const error = await attempt(rows, sharedStrings);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ code: 'WORKBOOK_CORRUPT' });
  });
});

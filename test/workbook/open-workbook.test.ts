import { mkdirSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_READ_LIMITS,
  isOfficeTempFile,
  openWorkbook,
  openWorkbookBytes,
  WORKBOOK_ERROR_CODES,
  WorkbookReadError,
} from '../../src/workbook/index.js';
import { rawXlsx, tempFolder } from './build-xlsx.js';

const folder = tempFolder();
afterAll(() => folder.cleanup());

async function failure(path: string, displayName?: string): Promise<WorkbookReadError> {
  const error = await openWorkbook(path, displayName === undefined ? {} : { displayName }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof WorkbookReadError))
    throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  return error;
}

/**
 * A minimal OLE2 compound file: header, one FAT sector, one directory sector with the given stream names.
 * Old .xls, WPS .et and password-protected .xlsx all share this container.
 */
function compoundFile(names: string[]): Buffer {
  const sector = 512;
  const file = Buffer.alloc(sector * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e); // 512-byte sectors
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // directory starts at sector 1
  file.writeUInt32LE(0xfffffffe, 0x3c);
  file.writeUInt32LE(0xfffffffe, 0x44);
  for (let slot = 0; slot < 109; slot++) file.writeUInt32LE(slot === 0 ? 0 : 0xffffffff, 0x4c + slot * 4);
  const fat = sector; // sector 0
  for (let entry = 0; entry < 128; entry++) file.writeUInt32LE(0xffffffff, fat + entry * 4);
  file.writeUInt32LE(0xfffffffd, fat); // sector 0 holds the FAT
  file.writeUInt32LE(0xfffffffe, fat + 4); // sector 1 (directory) ends its chain
  const directory = sector * 2; // sector 1
  ['Root Entry', ...names].slice(0, 4).forEach((name, index) => {
    const at = directory + index * 128;
    Buffer.from(`${name}\0`, 'utf16le').copy(file, at);
    file.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    file.writeUInt8(index === 0 ? 5 : 2, at + 0x42);
  });
  return file;
}

describe('what a file is, sniffed from its bytes', () => {
  it('names an empty file', async () => {
    const error = await failure(folder.write('empty.xlsx', ''));
    expect(error.code).toBe('WORKBOOK_EMPTY_FILE');
    expect(error.message).toContain('empty.xlsx');
  });

  it('says an OLE2 file is an old .xls, a WPS .et or a password-protected .xlsx', async () => {
    const error = await failure(folder.write('old.xls', compoundFile(['Workbook', 'SummaryInformation'])));
    expect(error).toMatchObject({ code: 'WORKBOOK_OLE2', detail: expect.stringContaining('Workbook') });
    expect(error.message).toMatch(/\.xls.*\.et.*密码/);
    expect(error.hint).toContain('另存为 .xlsx');
  });

  it('says an OLE2 file with an EncryptedPackage stream has a password', async () => {
    const error = await failure(
      folder.write('locked.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage'])),
    );
    expect(error.code).toBe('WORKBOOK_ENCRYPTED');
    expect(error.message).toContain('密码');
    expect(error.hint).toBe('请去除密码后另存为 .xlsx');
  });

  it.each([
    ['an HTML table', '<html><body><table><tr><td>1</td></tr></table></body></html>'],
    ['HTML with a BOM and blank lines', '\uFEFF\r\n  <!DOCTYPE html><html></html>'],
    ['Excel 2003 XML', '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook/>'],
  ])('says %s saved as .xls is a web page or XML, not a workbook', async (_label, text) => {
    const error = await failure(folder.write('export.xls', text));
    expect(error.code).toBe('WORKBOOK_HTML');
    expect(error.message).toContain('网页或 XML');
  });

  it('refuses OpenDocument spreadsheets, saying to save as .xlsx', async () => {
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<x/>'),
    });
    const error = await failure(folder.write('table.ods', ods));
    expect(error.code).toBe('WORKBOOK_ODS');
    expect(error.message).toContain('这是 OpenDocument 表格（.ods），请用 WPS 或 Excel 另存为 .xlsx');
  });

  it('refuses binary .xlsb workbooks', async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>';
    const xlsb = zipSync({ '_rels/.rels': strToU8(rels), 'xl/workbook.bin': new Uint8Array([1, 2, 3]) });
    expect((await failure(folder.write('binary.xlsb', xlsb))).code).toBe('WORKBOOK_XLSB');
  });

  it.each([
    ['a plain zip archive', zipSync({ 'readme.txt': strToU8('hello') }), 'WORKBOOK_UNKNOWN_FORMAT'],
    [
      'a Word document',
      rawXlsx({ sheets: [], extra: { 'xl/workbook.xml': '<w:document xmlns:w="urn:w"/>' } }),
      'WORKBOOK_UNKNOWN_FORMAT',
    ],
    ['an empty zip archive', zipSync({}), 'WORKBOOK_CORRUPT'],
    [
      'a package whose _rels/.rels is garbage',
      zipSync({ '_rels/.rels': strToU8('CORRUPTED') }),
      'WORKBOOK_CORRUPT',
    ],
  ])('tells %s apart', async (_label, bytes, code) => {
    expect((await failure(folder.write('zip.xlsx', bytes))).code).toBe(code);
  });

  it('says a workbook with only chartsheets has no sheets', async () => {
    const bytes = rawXlsx({ sheets: [{ name: '图', chart: true, part: '<chartsheet/>' }] });
    const error = await failure(folder.write('charts.xlsx', bytes));
    expect(error.code).toBe('WORKBOOK_NO_SHEETS');
  });

  it('calls random bytes and a truncated zip corrupt, with the standard message and hint', async () => {
    const random = Buffer.alloc(5000);
    for (let index = 0; index < random.length; index++) random[index] = (index * 7919 + 13) % 251;
    const valid = rawXlsx({ sheets: [{ name: 'S', rows: '<row r="1"><c><v>1</v></c></row>' }] });
    for (const [name, bytes] of [
      ['random.xlsx', random],
      ['truncated.xlsx', valid.subarray(0, Math.floor(valid.length / 2))],
    ] as const) {
      const path = folder.write(name, bytes);
      const error = await failure(path);
      expect(error.code).toBe('WORKBOOK_CORRUPT');
      expect(error.message).toBe(
        `无法读取“${path}”：文件不是有效的 .xlsx 工作簿（可能已损坏或只下载了一部分）`,
      );
      expect(error.hint).toBe('请在 WPS 或 Excel 中打开并另存为 .xlsx 后重试');
      expect(error.detail).toBeTruthy();
    }
  });

  it('calls unknown binary content with a non-spreadsheet name an unknown format', async () => {
    const error = await failure(
      folder.write('picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])),
    );
    expect(error.code).toBe('WORKBOOK_UNKNOWN_FORMAT');
  });

  it('reads a zip named .csv as a workbook and text named .xlsx as CSV', async () => {
    const xlsx = rawXlsx({ sheets: [{ name: '表', rows: '<row r="1"><c><v>1</v></c></row>' }] });
    const asCsv = await openWorkbook(folder.write('really-xlsx.csv', xlsx));
    expect(asCsv.sheets.map((sheet) => sheet.name)).toEqual(['表']);
    const asXlsx = await openWorkbook(folder.write('really-csv.xlsx', '账号名称,平台\n无锡发布,微博\n'));
    expect(asXlsx.sheets.map((sheet) => sheet.name)).toEqual(['really-csv']);
  });
});

describe('naming the file', () => {
  it('uses the display name in the message and as the workbook’s file', async () => {
    const error = await failure(folder.write('x.xlsx', ''), 'checks/十月.xlsx');
    expect(error.file).toBe('checks/十月.xlsx');
    expect(error.message).toMatch(/^无法读取“checks\/十月\.xlsx”：/);
    const path = folder.write('ok.xlsx', rawXlsx({ sheets: [{ name: 'S' }] }));
    expect((await openWorkbook(path, { displayName: '台账.xlsx' })).file).toBe('台账.xlsx');
    expect((await openWorkbook(path)).file).toBe(path);
  });

  it('says a missing file is missing and a folder cannot be opened', async () => {
    expect((await failure(folder.path('nothing-here.xlsx'))).code).toBe('WORKBOOK_NOT_FOUND');
    const dir = folder.path('a-folder.xlsx');
    mkdirSync(dir);
    expect((await failure(dir)).code).toBe('WORKBOOK_NOT_A_FILE');
  });
});

describe('exports', () => {
  it('lists the stable error codes', () => {
    expect(WORKBOOK_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'WORKBOOK_EMPTY_FILE',
        'WORKBOOK_OLE2',
        'WORKBOOK_ENCRYPTED',
        'WORKBOOK_HTML',
        'WORKBOOK_ODS',
        'WORKBOOK_XLSB',
        'WORKBOOK_CORRUPT',
        'WORKBOOK_TOO_LARGE',
        'WORKBOOK_TIMEOUT',
        'WORKBOOK_NO_SHEETS',
        'WORKBOOK_UNKNOWN_FORMAT',
      ]),
    );
  });

  it('documents the default limits', () => {
    expect(DEFAULT_READ_LIMITS).toEqual({
      maxFileBytes: 100 * 1024 * 1024,
      maxUncompressedBytes: 200 * 1024 * 1024,
      maxCompressionRatio: 100,
      ratioCheckMinBytes: 1024 * 1024,
      maxZipEntries: 10_000,
      timeoutMs: 30_000,
    });
  });

  it.each([
    ['~$registry.xlsx', true],
    ['checks/~$十月.xlsx', true],
    ['C:\\data\\~$x.xlsx', true],
    ['.~lock.registry.xlsx#', true],
    ['checks/.~lock.十月.xlsx#', true],
    ['registry.xlsx', false],
    ['~registry.xlsx', false],
    ['.~lock.registry.xlsx', false],
    ['a~$b.xlsx', false],
  ])('isOfficeTempFile(%s) is %s', (name, expected) => {
    expect(isOfficeTempFile(name)).toBe(expected);
  });
});

describe('a workbook opened from its bytes', () => {
  /** Every sheet's name and its rows' cells. */
  async function cells(opened: Awaited<ReturnType<typeof openWorkbook>>) {
    const sheets: { name: string; rows: unknown[][] }[] = [];
    for (const sheet of opened.sheets) {
      const rows: unknown[][] = [];
      for await (const row of sheet.rows()) rows.push(row.cells);
      sheets.push({ name: sheet.name, rows });
    }
    return sheets;
  }

  /** The error `openWorkbookBytes` throws for `bytes`. */
  async function bytesFailure(
    bytes: Uint8Array,
    options: Parameters<typeof openWorkbookBytes>[1],
  ): Promise<WorkbookReadError> {
    const error = await openWorkbookBytes(bytes, options).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof WorkbookReadError))
      throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
    return error;
  }

  it('reads an .xlsx as openWorkbook reads the same file, named as given', async () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: '12月',
          rows: '<row r="1"><c t="inlineStr"><is><t>宜兴发改</t></is></c><c><v>98</v></c></row>',
        },
      ],
    });
    const fromBytes = await openWorkbookBytes(bytes, { displayName: '宜兴市.xlsx' });
    expect(fromBytes.file).toBe('宜兴市.xlsx');
    const fromFile = await openWorkbook(folder.write('same.xlsx', bytes));
    expect(await cells(fromBytes)).toEqual([{ name: '12月', rows: [['宜兴发改', 98]] }]);
    expect(await cells(fromBytes)).toEqual(await cells(fromFile));
  });

  it('reads a .csv from a slice of a larger buffer, its sheet named after the display name', async () => {
    const whole = new TextEncoder().encode('xxxx账号名称,得分\n宜兴教育,96\nyyyy');
    const slice = whole.subarray(4, whole.length - 4);
    const opened = await openWorkbookBytes(slice, { displayName: '收件/宜兴市.csv' });
    expect(await cells(opened)).toEqual([
      {
        name: '宜兴市',
        rows: [
          ['账号名称', '得分'],
          ['宜兴教育', '96'],
        ],
      },
    ]);
  });

  it('says what is wrong with bytes it cannot read, naming the display name', async () => {
    const empty = await bytesFailure(new Uint8Array(0), { displayName: '宜兴市.xlsx' });
    expect(empty.code).toBe('WORKBOOK_EMPTY_FILE');
    expect(empty.message).toContain('“宜兴市.xlsx”');
    const old = await bytesFailure(compoundFile(['Workbook']), { displayName: '旧表.xls' });
    expect(old.code).toBe('WORKBOOK_OLE2');
    expect(old.file).toBe('旧表.xls');
  });

  it('refuses bytes over the size limit before reading them', async () => {
    const bytes = rawXlsx({ sheets: [{ name: 'S', rows: '<row r="1"><c><v>1</v></c></row>' }] });
    const error = await bytesFailure(bytes, { displayName: '大表.xlsx', limits: { maxFileBytes: 10 } });
    expect(error.code).toBe('WORKBOOK_TOO_LARGE');
    expect(error.file).toBe('大表.xlsx');
  });
});

/**
 * Test helpers: raw .xlsx packages built from XML strings at test time (fflate's zipSync), for what exceljs
 * cannot write, plus a hand-rolled zip writer for entries whose declared sizes must lie.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { type CellValue, openWorkbook, type SheetRow } from '../../src/workbook/index.js';

const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One sheet of a raw package: its name and the XML inside `<sheetData>` (or a whole part). */
export interface RawSheet {
  name: string;
  rows?: string;
  /** The whole worksheet part, when `rows` is not enough. */
  part?: string;
  state?: 'hidden' | 'veryHidden';
  /** A chartsheet is listed with the chartsheet relationship type. */
  chart?: boolean;
}

/** What goes into a raw package. */
export interface RawWorkbook {
  sheets: RawSheet[];
  /** The `<si>` elements of the shared-strings part. */
  sharedStrings?: string;
  /** The whole styles part. */
  styles?: string;
  /** Attributes of `<workbookPr>`, e.g. `date1904="1"`. */
  workbookPr?: string;
  strict?: boolean;
  /** Folder of the workbook part (default `xl`). */
  folder?: string;
  /** Element prefix for SpreadsheetML (`x` writes `<x:row>`), as the .NET SDK does. */
  prefix?: string;
  /** Extra entries, by name. */
  extra?: Record<string, string | Uint8Array>;
  /** Deflate level; 0 stores the entries uncompressed. */
  level?: 0 | 6 | 9;
}

/** A worksheet part around the given `sheetData` content. */
export function worksheetXml(rows: string, options: { strict?: boolean; prefix?: string } = {}): string {
  const ns = options.strict ? STRICT : TRANSITIONAL;
  const p = options.prefix ? `${options.prefix}:` : '';
  const xmlns = options.prefix ? `xmlns:${options.prefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<${p}worksheet ${xmlns} xmlns:r="${ns.relationships}"><${p}sheetData>${rows}</${p}sheetData>` +
    `<${p}mergeCells count="1"><${p}mergeCell ref="A1:B1"/></${p}mergeCells></${p}worksheet>`
  );
}

/** Styles whose cellXfs use the given number formats (index 0 is General); custom codes get ids from 164. */
export function stylesXml(formats: (number | string)[]): string {
  const custom = formats.filter((format): format is string => typeof format === 'string');
  const numFmts = custom
    .map((code, index) => `<numFmt numFmtId="${164 + index}" formatCode="${code.replace(/"/g, '&quot;')}"/>`)
    .join('');
  const ids = formats.map((format) => (typeof format === 'number' ? format : 164 + custom.indexOf(format)));
  const xfs = [0, ...ids]
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${TRANSITIONAL.main}">` +
    (numFmts ? `<numFmts count="${custom.length}">${numFmts}</numFmts>` : '') +
    `<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>` +
    `<cellXfs count="${ids.length + 1}">${xfs}</cellXfs>` +
    `<dxfs count="1"><dxf><numFmt numFmtId="14" formatCode="0.00"/></dxf></dxfs></styleSheet>`
  );
}

/** The bytes of a raw .xlsx package. */
export function rawXlsx(workbook: RawWorkbook): Uint8Array {
  const ns = workbook.strict ? STRICT : TRANSITIONAL;
  const folder = workbook.folder ?? 'xl';
  const p = workbook.prefix ? `${workbook.prefix}:` : '';
  const xmlns = workbook.prefix ? `xmlns:${workbook.prefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  const files: Record<string, Uint8Array> = {};
  const relationships: string[] = [];
  const sheetEntries = workbook.sheets.map((sheet, index) => {
    const kind = sheet.chart ? 'chartsheet' : 'worksheet';
    const path = `${kind}s/sheet${index + 1}.xml`;
    files[`${folder}/${path}`] = strToU8(sheet.part ?? worksheetXml(sheet.rows ?? '', workbook));
    relationships.push(
      `<Relationship Id="rId${index + 1}" Type="${ns.relationships}/${kind}" Target="${path}"/>`,
    );
    const state = sheet.state ? ` state="${sheet.state}"` : '';
    const name = sheet.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    return `<${p}sheet name="${name}" sheetId="${index + 1}"${state} r:id="rId${index + 1}"/>`;
  });
  if (workbook.sharedStrings !== undefined) {
    files[`${folder}/sharedStrings.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns.main}" count="999" uniqueCount="999">${workbook.sharedStrings}</sst>`,
    );
    relationships.push(
      `<Relationship Id="rIdS" Type="${ns.relationships}/sharedStrings" Target="sharedStrings.xml"/>`,
    );
  }
  if (workbook.styles !== undefined) {
    files[`${folder}/styles.xml`] = strToU8(workbook.styles);
    relationships.push(
      `<Relationship Id="rIdT" Type="${ns.relationships}/styles" Target="/${folder}/styles.xml"/>`,
    );
  }
  files[`${folder}/workbook.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${xmlns} xmlns:r="${ns.relationships}">` +
      `<${p}workbookPr ${workbook.workbookPr ?? ''}/><${p}sheets>${sheetEntries.join('')}</${p}sheets></${p}workbook>`,
  );
  files[`${folder}/_rels/workbook.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${relationships.join('')}</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
      `<Relationship Id="rId1" Type="${ns.relationships}/officeDocument" Target="${folder}/workbook.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  for (const [name, content] of Object.entries(workbook.extra ?? {})) {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files, { level: workbook.level ?? 6 });
}

/** One entry of `handMadeZip`: its bytes, and optionally the uncompressed size the directory should claim. */
export interface HandMadeEntry {
  name: string;
  /** Raw DEFLATE data, or the stored bytes when `stored`. */
  data: Uint8Array;
  size: number;
  crc?: number;
  stored?: boolean;
}

/** A zip written by hand, so that its directory can claim any size (zipSync always tells the truth). */
export function handMadeZip(entries: HandMadeEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(entry.stored ? 0 : 8, 8);
    local.writeUInt32LE(entry.crc ?? 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(entry.stored ? 0 : 8, 10);
    central.writeUInt32LE(entry.crc ?? 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A deflated entry of `handMadeZip` from text, telling the truth about its size unless told otherwise. */
export function deflatedEntry(name: string, text: string, claimedSize?: number): HandMadeEntry {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(bytes), size: claimedSize ?? bytes.length, crc: crc32(bytes) };
}

/** The package entries of a minimal workbook whose only sheet part is given by the caller. */
export function minimalPackage(sheet: HandMadeEntry): HandMadeEntry[] {
  const rels = `<?xml version="1.0"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}">`;
  return [
    deflatedEntry(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    deflatedEntry(
      '_rels/.rels',
      `${rels}<Relationship Id="r1" Type="${TRANSITIONAL.relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedEntry(
      'xl/workbook.xml',
      `<workbook xmlns="${TRANSITIONAL.main}" xmlns:r="${TRANSITIONAL.relationships}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>`,
    ),
    deflatedEntry(
      'xl/_rels/workbook.xml.rels',
      `${rels}<Relationship Id="r1" Type="${TRANSITIONAL.relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ];
}

/** A temp folder for one test file, removed by `cleanup`. */
export function tempFolder(): {
  path: (name: string) => string;
  write: (name: string, bytes: Uint8Array | string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'circular-workbook-'));
  return {
    path: (name) => join(dir, name),
    write: (name, bytes) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every sheet of a workbook with all its rows. */
export async function readAll(path: string, options?: Parameters<typeof openWorkbook>[1]) {
  const workbook = await openWorkbook(path, options);
  const sheets: { name: string; hidden: boolean; date1904: boolean; rows: SheetRow[] }[] = [];
  for (const sheet of workbook.sheets) {
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows()) rows.push(row);
    sheets.push({ name: sheet.name, hidden: sheet.hidden === true, date1904: sheet.date1904, rows });
  }
  return { file: workbook.file, sheets };
}

/** The cells of every row of the first sheet. */
export async function firstSheetCells(path: string): Promise<CellValue[][]> {
  const { sheets } = await readAll(path);
  return sheets[0]?.rows.map((row) => row.cells) ?? [];
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CircularDocument } from '../../src/report/document-model.js';
import { breakTitle, shapeCost, TITLE_LINE_UNITS } from '../../src/report/docx/break-title.js';
import { textUnits, textWidth } from '../../src/report/docx/measure.js';
import { type ColophonPlacement, colophonPlacement, paginate } from '../../src/report/docx/paginate.js';
import { coreXml, w3cdtf } from '../../src/report/docx/reproducible-zip.js';
import { fitWidths, scaleWidths } from '../../src/report/docx/scale-widths.js';
import { signatureLayout } from '../../src/report/docx/signature.js';
import { noGridSnapStyles } from '../../src/report/docx/styles.js';
import { packageCompiler, packDocx, writeDocx } from '../../src/report/write-docx.js';
import { OPENING, paginationVariants, SAMPLE_TITLE, sampleCircular } from '../render/sample-circular.js';
import { find, findAll, parseXml, path, styleById, textOf, type XmlElement } from '../render/xml.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface Package {
  bytes: Uint8Array;
  parts: Record<string, Uint8Array>;
  xml: (part: string) => XmlElement;
}

async function build(doc: CircularDocument): Promise<Package> {
  const bytes = await writeDocx(doc);
  const parts = unzipSync(bytes);
  const xml = (part: string) => {
    const data = parts[part];
    if (!data) throw new Error(`no part ${part}`);
    return parseXml(strFromU8(data));
  };
  return { bytes, parts, xml };
}

const attr = (e: XmlElement | undefined, name: string) => e?.attrs[name];
const paragraphText = (p: XmlElement) => textOf(p);

describe('writeDocx: the reference-shaped circular', () => {
  let pkg: Package;
  let body: XmlElement;
  let blocks: XmlElement[];
  let styles: XmlElement;
  const paragraphStarting = (prefix: string) => {
    const p = blocks.find((b) => b.name === 'w:p' && paragraphText(b).startsWith(prefix));
    if (!p) throw new Error(`no paragraph starting ${prefix}`);
    return p;
  };

  beforeAll(async () => {
    pkg = await build(sampleCircular());
    const document = pkg.xml('word/document.xml');
    const found = find(document, 'w:body');
    if (!found) throw new Error('no body');
    body = found;
    blocks = body.children.filter((c) => c.name !== 'w:sectPr');
    styles = pkg.xml('word/styles.xml');
  });

  it('sets up an A4 page with the GB/T 9704 margins and a 22-line grid', () => {
    const sectPr = path(body, 'w:sectPr');
    expect(sectPr).toBeDefined();
    const size = find(sectPr!, 'w:pgSz');
    expect(size?.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const margin = find(sectPr!, 'w:pgMar');
    expect(margin?.attrs).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
      'w:footer': '1260',
    });
    expect(find(sectPr!, 'w:docGrid')?.attrs).toMatchObject({ 'w:type': 'lines', 'w:linePitch': '579' });
    // One section: the page numbers run on through the attachments.
    expect(findAll(body, 'w:sectPr')).toHaveLength(1);
  });

  it('turns widow and orphan control on for every paragraph, so every reader breaks pages alike', () => {
    expect(path(find(styles, 'w:docDefaults')!, 'w:pPrDefault', 'w:pPr', 'w:widowControl')).toBeDefined();
  });

  it('puts 三号仿宋 with exact 579 spacing in the document defaults', () => {
    const defaults = find(styles, 'w:docDefaults')!;
    expect(find(defaults, 'w:rFonts')?.attrs).toEqual({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:cs': 'Times New Roman',
    });
    expect(attr(find(defaults, 'w:sz'), 'w:val')).toBe('32');
    expect(find(defaults, 'w:spacing')?.attrs).toEqual({
      'w:line': '579',
      'w:lineRule': 'exact',
      'w:before': '0',
      'w:after': '0',
    });
  });

  it('sets the title in 二号小标宋, centred without indent, broken into a trapezoid', () => {
    const title = blocks[0]!;
    expect(attr(path(title, 'w:pPr', 'w:pStyle'), 'w:val')).toBe('GwTitle');
    expect(attr(path(title, 'w:pPr', 'w:jc'), 'w:val')).toBe('center');
    expect(path(title, 'w:pPr', 'w:ind')).toBeUndefined();
    expect(paragraphText(title)).toBe('市政府办公室关于2022年第四季度\n全市政务新媒体检查情况的通报');
    const style = styleById(styles, 'GwTitle');
    expect(attr(find(style, 'w:sz'), 'w:val')).toBe('44');
    expect(attr(find(style, 'w:rFonts'), 'w:eastAsia')).toBe('方正小标宋简体');
    // LibreOffice would give each 二号 line two grid lines without this.
    expect(attr(find(style, 'w:snapToGrid'), 'w:val')).toBe('0');
  });

  it('leaves one blank line under the title and sets the 主送机关 flush left', () => {
    expect(paragraphText(blocks[1]!)).toBe('');
    const addressees = blocks[2]!;
    expect(paragraphText(addressees)).toBe(
      '各市（县）、区人民政府，无锡经济开发区管委会，市各有关部门和单位：',
    );
    expect(path(addressees, 'w:pPr', 'w:ind')).toBeUndefined();
  });

  it('indents body paragraphs and headings two characters in both units', () => {
    for (const prefix of [OPENING.slice(0, 10), '一、总体情况', '截至2022年12月31日', '一是', '（一）']) {
      const ind = path(paragraphStarting(prefix), 'w:pPr', 'w:ind');
      expect(ind?.attrs, prefix).toEqual({ 'w:firstLine': '640', 'w:firstLineChars': '200' });
    }
  });

  it('sets 一级标题 in 黑体 through its style', () => {
    const headings = blocks.filter((b) => attr(path(b, 'w:pPr', 'w:pStyle'), 'w:val') === 'GwHeading1');
    expect(headings.map(paragraphText)).toEqual(['一、总体情况', '二、主要做法和成效', '三、下一步工作要求']);
    expect(attr(find(styleById(styles, 'GwHeading1'), 'w:rFonts'), 'w:eastAsia')).toBe('黑体');
  });

  it('sets a 二级标题 lead in 楷体 and a bold lead in bold, with the text running on', () => {
    const kai = paragraphStarting('（一）');
    const [lead, rest] = findAll(kai, 'w:r');
    expect(attr(path(lead!, 'w:rPr', 'w:rStyle'), 'w:val')).toBe('GwHeading2');
    expect(textOf(lead!)).toBe('（一）始终把政治建设放在首位。');
    expect(path(rest!, 'w:rPr', 'w:rStyle')).toBeUndefined();
    expect(attr(find(styleById(styles, 'GwHeading2'), 'w:rFonts'), 'w:eastAsia')).toBe('楷体_GB2312');
    expect(attr(styleById(styles, 'GwHeading2'), 'w:type')).toBe('character');

    const [boldRun, plainRun] = findAll(paragraphStarting('一是'), 'w:r');
    expect(path(boldRun!, 'w:rPr', 'w:b')).toBeDefined();
    expect(textOf(boldRun!)).toBe('一是创新监管方式，强化协调联动，共促规范发展。');
    expect(path(plainRun!, 'w:rPr', 'w:b')).toBeUndefined();
  });

  it('writes the 附件说明 one line below the body, names aligned under "1." and no full stop', () => {
    const first = paragraphStarting('附件：');
    const index = blocks.indexOf(first);
    expect(paragraphText(blocks[index - 1]!)).toBe('');
    expect(paragraphText(first)).toBe('附件：1.2022年第四季度不合格政务新媒体名单');
    expect(path(first, 'w:pPr', 'w:ind')?.attrs).toEqual({ 'w:left': '1600', 'w:hanging': '960' });
    const second = blocks[index + 1]!;
    const third = blocks[index + 2]!;
    expect(paragraphText(second)).toBe('2.2022年度历次检查均得满分的政务新媒体名单');
    expect(paragraphText(third)).toBe('3.积极转载权威信息的政务新媒体名单');
    for (const p of [second, third]) expect(path(p, 'w:pPr', 'w:ind')?.attrs).toEqual({ 'w:left': '1600' });
  });

  it('signs 右空二字 with the date two characters right of the issuer, one line below the 附件说明', () => {
    const issuer = paragraphStarting('无锡市人民政府办公室');
    const index = blocks.indexOf(issuer);
    expect(paragraphText(blocks[index - 1]!)).toBe('');
    expect(attr(path(issuer, 'w:pPr', 'w:jc'), 'w:val')).toBe('right');
    expect(attr(path(issuer, 'w:pPr', 'w:ind'), 'w:right')).toBe('640');
    const date = blocks[index + 1]!;
    expect(paragraphText(date)).toBe('2023年1月9日');
    expect(attr(path(date, 'w:pPr', 'w:jc'), 'w:val')).toBe('left');
    // Issuer starts at 8845 − 640 − 3200 = 5005; the date two characters (640) further right.
    expect(attr(path(date, 'w:pPr', 'w:ind'), 'w:left')).toBe(String(8845 - 3200));
  });

  it('starts each attachment on a new page: 附件N in 黑体, a blank line, the title, the table', () => {
    const labels = blocks.filter((b) => attr(path(b, 'w:pPr', 'w:pStyle'), 'w:val') === 'GwAttachmentLabel');
    expect(labels.map(paragraphText)).toEqual(['附件1', '附件2', '附件3']);
    for (const label of labels) {
      expect(path(label, 'w:pPr', 'w:pageBreakBefore')).toBeDefined();
      expect(path(label, 'w:pPr', 'w:ind')).toBeUndefined();
      const at = blocks.indexOf(label);
      expect(paragraphText(blocks[at + 1]!)).toBe('');
      expect(attr(path(blocks[at + 2]!, 'w:pPr', 'w:pStyle'), 'w:val')).toBe('GwTitle');
      expect(blocks[at + 3]!.name).toBe('w:tbl');
    }
    expect(attr(find(styleById(styles, 'GwAttachmentLabel'), 'w:rFonts'), 'w:eastAsia')).toBe('黑体');
  });

  it('makes fixed tables across the 版心 with a repeating header row and rows that never split', () => {
    const tables = blocks.filter((b) => b.name === 'w:tbl' && !find(b, 'w:tblpPr'));
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(attr(find(table, 'w:tblLayout'), 'w:type')).toBe('fixed');
      expect(find(table, 'w:tblW')?.attrs).toMatchObject({ 'w:w': '8845', 'w:type': 'dxa' });
      const grid = findAll(table, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
      const rows = table.children.filter((c) => c.name === 'w:tr');
      expect(path(rows[0]!, 'w:trPr', 'w:tblHeader')).toBeDefined();
      for (const row of rows.slice(1)) expect(path(row, 'w:trPr', 'w:tblHeader')).toBeUndefined();
      for (const row of rows) expect(path(row, 'w:trPr', 'w:cantSplit')).toBeDefined();
      for (const cell of findAll(table, 'w:tc')) expect(attr(find(cell, 'w:vAlign'), 'w:val')).toBe('center');
      const headerStyles = findAll(rows[0]!, 'w:pStyle').map((s) => s.attrs['w:val']);
      expect(new Set(headerStyles)).toEqual(new Set(['GwTableHeader']));
    }
    // Relative widths (10:35:35:20) are scaled to the 版心.
    expect(findAll(tables[1]!, 'w:gridCol').map((c) => c.attrs['w:w'])).toEqual([
      '884',
      '3096',
      '3096',
      '1769',
    ]);
    // The 60-row list: a header and 60 rows.
    expect(tables[1]!.children.filter((c) => c.name === 'w:tr')).toHaveLength(61);
    // Columns fitted to their text: "锡山某街道（微信公众号）" (12 characters, 3080 with padding) would wrap in
    // 2600, so it takes 480 from 存在问题, whose longest line is 7 characters.
    expect(findAll(tables[0]!, 'w:gridCol').map((c) => c.attrs['w:w'])).toEqual([
      '800',
      '2600',
      '3080',
      '2365',
    ]);
    // Every row at least the height the page estimate counts: one line 360 + padding 80 + 20, two lines
    // 820 ("错别字\n链接不可用" is two lines).
    const heights = (table: XmlElement) =>
      table.children
        .filter((c) => c.name === 'w:tr')
        .map((row) => path(row, 'w:trPr', 'w:trHeight')?.attrs)
        .map((h) => `${h?.['w:val']}/${h?.['w:hRule']}`);
    expect(heights(tables[0]!)).toEqual(['460/atLeast', '460/atLeast', '460/atLeast', '820/atLeast']);
    // A newline in a cell is a line break.
    expect(textOf(tables[0]!)).toContain('错别字\n链接不可用');
  });

  it('styles table text 小四 in the body font, header 黑体, exact spacing, off the line grid', () => {
    const text = styleById(styles, 'GwTableText');
    expect(attr(find(text, 'w:sz'), 'w:val')).toBe('24');
    expect(find(text, 'w:rFonts')).toBeUndefined();
    expect(find(text, 'w:spacing')?.attrs).toMatchObject({ 'w:line': '360', 'w:lineRule': 'exact' });
    expect(attr(find(text, 'w:snapToGrid'), 'w:val')).toBe('0');
    const header = styleById(styles, 'GwTableHeader');
    expect(attr(find(header, 'w:rFonts'), 'w:eastAsia')).toBe('黑体');
    expect(attr(find(header, 'w:snapToGrid'), 'w:val')).toBe('0');
  });

  it('numbers pages "— N —" in 四号宋体, odd right and even left, one character in', () => {
    expect(find(pkg.xml('word/settings.xml'), 'w:evenAndOddHeaders')).toBeDefined();
    const refs = findAll(path(body, 'w:sectPr')!, 'w:footerReference');
    expect(refs.map((r) => r.attrs['w:type']).sort()).toEqual(['default', 'even']);
    const rels = pkg.xml('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = refs.find((r) => r.attrs['w:type'] === type)?.attrs['r:id'];
      const rel = findAll(rels, 'Relationship').find((r) => r.attrs.Id === id);
      return pkg.xml(`word/${rel?.attrs.Target}`);
    };
    for (const [type, jc, side] of [
      ['default', 'right', 'w:right'],
      ['even', 'left', 'w:left'],
    ] as const) {
      const footer = target(type);
      const p = find(footer, 'w:p')!;
      expect(attr(path(p, 'w:pPr', 'w:jc'), 'w:val'), type).toBe(jc);
      expect(path(p, 'w:pPr', 'w:ind')?.attrs, type).toEqual({ [side]: '280' });
      expect(attr(path(p, 'w:pPr', 'w:pStyle'), 'w:val')).toBe('GwPageNumber');
      expect(textOf(p)).toMatch(/^— .* —$/);
      expect(findAll(p, 'w:instrText').map((i) => i.text.trim())).toEqual(['PAGE']);
    }
    const style = styleById(styles, 'GwPageNumber');
    expect(find(style, 'w:rFonts')?.attrs).toMatchObject({ 'w:eastAsia': '宋体', 'w:ascii': '宋体' });
    expect(attr(find(style, 'w:sz'), 'w:val')).toBe('28');
  });

  it('floats the 版记 to the foot of the last page between thick and thin rules', () => {
    const colophon = blocks.find((b) => b.name === 'w:tbl' && find(b, 'w:tblpPr'));
    expect(colophon).toBeDefined();
    expect(find(colophon!, 'w:tblpPr')?.attrs).toMatchObject({
      'w:tblpYSpec': 'bottom',
      'w:vertAnchor': 'margin',
      'w:horzAnchor': 'page',
      'w:tblpX': '1587',
    });
    const borders = find(colophon!, 'w:tblBorders')!;
    expect(attr(path(borders, 'w:top'), 'w:sz')).toBe('8');
    expect(attr(path(borders, 'w:bottom'), 'w:sz')).toBe('8');
    expect(attr(path(borders, 'w:insideH'), 'w:sz')).toBe('6');
    expect(textOf(colophon!)).toBe(
      '抄送：市委办公室，市人大常委会办公室，市政协办公室。无锡市人民政府办公室\t2023年1月9日印发',
    );
    // Not straight after the last attachment's table (Word would merge them), and anchored by a paragraph.
    const at = blocks.indexOf(colophon!);
    expect(blocks[at - 1]!.name).toBe('w:p');
    expect(blocks[at + 1]!.name).toBe('w:p');
  });

  it('stamps fixed core properties from meta', () => {
    const core = pkg.xml('docProps/core.xml');
    expect(find(core, 'dc:title')?.text).toBe(SAMPLE_TITLE);
    expect(find(core, 'dc:creator')?.text).toBe('无锡市人民政府办公室');
    expect(find(core, 'cp:lastModifiedBy')?.text).toBe('无锡市人民政府办公室');
    expect(find(core, 'dc:subject')?.text).toBe('2022年第四季度政务新媒体检查情况');
    expect(find(core, 'dcterms:created')?.text).toBe('2023-01-09T00:00:00Z');
    expect(find(core, 'dcterms:modified')?.text).toBe('2023-01-09T00:00:00Z');
  });

  it('reads back as the circular text in mammoth', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(pkg.bytes) });
    for (const text of [
      '市政府办公室关于2022年第四季度',
      '全市政务新媒体检查情况的通报',
      '各市（县）、区人民政府，无锡经济开发区管委会，市各有关部门和单位：',
      OPENING,
      '一、总体情况',
      '（二）进一步摸清政务新媒体底数和运维情况。',
      '附件：1.2022年第四季度不合格政务新媒体名单',
      '无锡市人民政府办公室',
      '2023年1月9日',
      '附件2',
      '锡山市场监管发布',
    ]) {
      expect(value).toContain(text);
    }
  });
});

describe('writeDocx: reproducible bytes', () => {
  it('writes identical bytes for identical input, whatever the time zone', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const first = await writeDocx(sampleCircular());
      process.env.TZ = 'America/Los_Angeles';
      const second = await writeDocx(sampleCircular());
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('zips [Content_Types].xml first, every entry dated 1980-01-01 00:00', async () => {
    const bytes = await writeDocx(sampleCircular());
    const entries = localHeaders(bytes);
    expect(entries[0]?.name).toBe('[Content_Types].xml');
    expect(entries[1]?.name).toBe('_rels/.rels');
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries)
      expect({ name: entry.name, date: entry.date, time: entry.time }).toEqual({
        name: entry.name,
        date: (0 << 9) | (1 << 5) | 1,
        time: 0,
      });
  });

  it('changes the bytes when the content changes', async () => {
    const a = await writeDocx(sampleCircular());
    const b = await writeDocx({ ...sampleCircular(), dateText: '2023年1月10日' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('writes the same bytes through docx’s public Packer as through its compiler', async () => {
    const D = await import('docx');
    // docx 9.15.2 has the compiler, so the fast path is the one builds take.
    expect(packageCompiler(D)).toBeDefined();
    const doc = sampleCircular({ fullMarksRows: 90 });
    const fast = await packDocx(D, doc);
    const viaPacker = await packDocx(D, doc, { viaPacker: true });
    expect(Buffer.from(viaPacker).equals(Buffer.from(fast))).toBe(true);
    expect(Buffer.from(await writeDocx(doc)).equals(Buffer.from(fast))).toBe(true);
  });

  it('never loads docx statically from the writer', () => {
    const files = [
      join(ROOT, 'src/report/write-docx.ts'),
      ...readdirSync(join(ROOT, 'src/report/docx')).map((f) => join(ROOT, 'src/report/docx', f)),
    ];
    for (const file of files) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/^import (?!type)[^;]*from 'docx'/m);
    }
  });
});

/** Names and DOS date/time of a zip's local file headers, in order. */
function localHeaders(bytes: Uint8Array): { name: string; date: number; time: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = [];
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50) {
    const time = view.getUint16(at + 10, true);
    const date = view.getUint16(at + 12, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = Buffer.from(bytes.subarray(at + 30, at + 30 + nameLength)).toString('utf8');
    entries.push({ name, date, time });
    at += 30 + nameLength + extraLength + size;
  }
  return entries;
}

describe('writeDocx: variants', () => {
  it('labels a single attachment "附件" and its note "附件：名称" without a number', async () => {
    const base = sampleCircular();
    const pkg = await build({ ...base, attachments: base.attachments.slice(0, 1), colophon: undefined });
    const text = findAll(pkg.xml('word/document.xml'), 'w:p').map(paragraphText);
    expect(text).toContain('附件：2022年第四季度不合格政务新媒体名单');
    expect(text).toContain('附件');
    expect(text).not.toContain('附件1');
  });

  it('writes an empty table as one row across all columns with the empty text', async () => {
    const base = sampleCircular();
    const empty = { ...base.attachments[0]!, rows: [], emptyText: '本季度无不合格政务新媒体' };
    const pkg = await build({ ...base, attachments: [empty] });
    const table = find(pkg.xml('word/document.xml'), 'w:tbl')!;
    const rows = table.children.filter((c) => c.name === 'w:tr');
    expect(rows).toHaveLength(2);
    expect(attr(find(rows[1]!, 'w:gridSpan'), 'w:val')).toBe('4');
    expect(path(rows[1]!, 'w:trPr', 'w:cantSplit')).toBeDefined();
    expect(textOf(rows[1]!)).toBe('本季度无不合格政务新媒体');
  });

  it('writes no 附件说明, attachment pages or 版记 when there are none', async () => {
    const pkg = await build({ ...sampleCircular(), attachments: [], colophon: undefined });
    const document = pkg.xml('word/document.xml');
    expect(findAll(document, 'w:tbl')).toHaveLength(0);
    const text = findAll(document, 'w:p').map(paragraphText);
    expect(text.some((t) => t.startsWith('附件'))).toBe(false);
    expect(text.at(-1)).toBe('2023年1月9日');
  });

  it('writes 版记 without 抄送 between two thick rules', async () => {
    const base = sampleCircular();
    const pkg = await build({
      ...base,
      colophon: { printer: '无锡市人民政府办公室', printDateText: '2023年1月9日' },
    });
    const colophon = findAll(pkg.xml('word/document.xml'), 'w:tbl').find((t) => find(t, 'w:tblpPr'))!;
    expect(colophon.children.filter((c) => c.name === 'w:tr')).toHaveLength(1);
    expect(textOf(colophon)).toBe('无锡市人民政府办公室\t2023年1月9日印发');
  });

  it('uses the fonts from the model', async () => {
    const base = sampleCircular();
    const fonts = { ...base.fonts, body: '仿宋', heading2: '楷体', title: '方正小标宋_GBK' };
    const styles = (await build({ ...base, fonts })).xml('word/styles.xml');
    expect(attr(find(find(styles, 'w:docDefaults')!, 'w:rFonts'), 'w:eastAsia')).toBe('仿宋');
    expect(attr(find(styleById(styles, 'GwHeading2'), 'w:rFonts'), 'w:eastAsia')).toBe('楷体');
    expect(attr(find(styleById(styles, 'GwTitle'), 'w:rFonts'), 'w:eastAsia')).toBe('方正小标宋_GBK');
  });

  it('rejects an invalid creation time with a message', async () => {
    const base = sampleCircular();
    await expect(
      writeDocx({ ...base, meta: { ...base.meta, created: new Date(Number.NaN) } }),
    ).rejects.toThrow(/创建时间/);
  });
});

describe('writeDocx: the 版记 on the last even page', () => {
  /** The first pagination shape whose 版记 goes where `placement` says. */
  const shape = (placement: ColophonPlacement) => {
    const found = paginationVariants(80).find((v) => colophonPlacement(v.doc, v.doc.colophon!) === placement);
    if (!found) throw new Error(`no shape places the 版记 ${placement}`);
    return found.doc;
  };
  const colophonAt = (document: XmlElement) => {
    const blocks = findAll(document, 'w:body')[0]!.children;
    const at = blocks.findIndex((b) => b.name === 'w:tbl' && find(b, 'w:tblpPr'));
    return { blocks, at };
  };
  const pageBreakBefore = (p: XmlElement | undefined) =>
    p && path(p, 'w:pPr', 'w:pageBreakBefore') !== undefined;

  it('floats it at the foot of the even page the text ends on when there is room', async () => {
    const doc = shape('same-page');
    expect(paginate(doc).page % 2).toBe(0);
    const { blocks, at } = colophonAt((await build(doc)).xml('word/document.xml'));
    expect(pageBreakBefore(blocks[at - 1])).toBe(false);
    expect(findAll(blocks.at(-1)!, 'w:sectPr')).toHaveLength(0);
  });

  it('starts a new (even) page for it when the text ends on an odd page', async () => {
    const doc = shape('next-page');
    expect(paginate(doc).page % 2).toBe(1);
    const document = (await build(doc)).xml('word/document.xml');
    const { blocks, at } = colophonAt(document);
    expect(pageBreakBefore(blocks[at - 1])).toBe(true);
    expect(blocks[at + 1]!.name).toBe('w:p');
    // One section: the 版记's page is numbered like the others.
    expect(findAll(document, 'w:sectPr')).toHaveLength(1);
  });

  it('leaves a blank page before it when the last even page is full, neither page numbered', async () => {
    const doc = shape('after-blank-page');
    const pkg = await build(doc);
    const document = pkg.xml('word/document.xml');
    const { blocks, at } = colophonAt(document);
    // The main section ends in the paragraph before the blank page; the blank page, a page break, the 版记.
    const sections = findAll(document, 'w:sectPr');
    expect(sections).toHaveLength(2);
    expect(find(blocks[at - 3]!, 'w:sectPr')).toBeDefined();
    expect(textOf(blocks[at - 2]!)).toBe('');
    expect(pageBreakBefore(blocks[at - 1])).toBe(true);
    expect(attr(find(sections[1]!, 'w:type'), 'w:val') ?? 'nextPage').toBe('nextPage');
    // Its own footers, both empty: it must not inherit the page numbers.
    const rels = pkg.xml('word/_rels/document.xml.rels');
    const refs = findAll(sections[1]!, 'w:footerReference');
    expect(refs.map((r) => r.attrs['w:type']).sort()).toEqual(['default', 'even']);
    for (const ref of refs) {
      const rel = findAll(rels, 'Relationship').find((r) => r.attrs.Id === ref.attrs['r:id']);
      const footer = pkg.xml(`word/${rel?.attrs.Target}`);
      expect(textOf(footer)).toBe('');
      expect(findAll(footer, 'w:instrText')).toHaveLength(0);
    }
  });
});

describe('breakTitle', () => {
  it.each([
    [SAMPLE_TITLE, ['市政府办公室关于2022年第四季度', '全市政务新媒体检查情况的通报']],
    ['第四季度不合格政务新媒体名单', ['第四季度不合格政务新媒体名单']],
    ['关于2023年第一季度政务新媒体检查情况的通报', ['关于2023年第一季度政务新媒体', '检查情况的通报']],
    [
      '市政府办公室关于进一步加强全市政务新媒体管理工作的通知',
      ['市政府办公室关于进一步加强全市', '政务新媒体管理工作的通知'],
    ],
    [
      '关于开展2023年度全市政务新媒体和政府网站常态化监管工作暨第一季度专项检查工作的通报',
      ['关于开展2023年度全市政务新媒体', '和政府网站常态化监管工作暨', '第一季度专项检查工作的通报'],
    ],
    [
      '中共无锡市委办公室 无锡市人民政府办公室关于印发《无锡市政务新媒体管理办法（试行）》的通知',
      ['中共无锡市委办公室 无锡市人民政府办公室', '关于印发《无锡市政务新媒体', '管理办法（试行）》的通知'],
    ],
  ])('breaks %s', (title, lines) => {
    expect(breakTitle(title)).toEqual(lines);
  });

  it('keeps line breaks the drafter wrote', () => {
    expect(breakTitle('市政府办公室关于2022年第四季度全市\n政务新媒体检查情况的通报')).toEqual([
      '市政府办公室关于2022年第四季度全市',
      '政务新媒体检查情况的通报',
    ]);
  });

  it('fits 20 CJK characters a line at 二号 in the 版心', () => {
    expect(TITLE_LINE_UNITS).toBe(40);
    expect(breakTitle('一二三四五六七八九十一二三四五六七八九十')).toHaveLength(1);
    expect(breakTitle('一二三四五六七八九十一二三四五六七八九十一')).toHaveLength(2);
  });

  it('never breaks inside a number, never starts a line with closing punctuation', () => {
    const lines = breakTitle(
      '关于2022年第四季度全市12345678政务新媒体检查情况和整改落实情况（第二批）的通报',
    );
    for (const [i, line] of lines.entries()) {
      expect(line).not.toMatch(/^[，。、）》]/);
      if (i > 0) expect(`${lines[i - 1]!.at(-1)}${line[0]}`).not.toMatch(/^\d\d$/);
    }
    expect(lines.join('')).toContain('12345678');
  });

  it('keeps every character, fits each line and never leaves the first line shorter than the last', () => {
    const alphabet = fc.constantFrom(
      ...'市政府办公室关于全季度政务新媒体检查情况的通报和、2023年第一'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 70 }), (chars) => {
        const title = chars.join('');
        const lines = breakTitle(title);
        expect(lines.join('')).toBe(title);
        for (const line of lines) expect(textUnits(line)).toBeLessThanOrEqual(TITLE_LINE_UNITS + 4);
        if (lines.length > 1) {
          expect(textUnits(lines[0]!)).toBeGreaterThanOrEqual(textUnits(lines.at(-1)!) - 2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('prefers a trapezoid to a diamond and a diamond to an hourglass', () => {
    expect(shapeCost([30, 28, 26])).toBeLessThan(shapeCost([26, 30, 26]));
    expect(shapeCost([26, 30, 26])).toBeLessThan(shapeCost([30, 22, 30]));
    expect(shapeCost([20, 30])).toBeGreaterThanOrEqual(100);
  });
});

describe('layout helpers', () => {
  it('measures CJK as 320 twips and digits as 160 at 三号, with autospacing', () => {
    expect(textWidth('无锡市人民政府办公室', 32)).toBe(3200);
    expect(textWidth('附件：', 32)).toBe(960);
    expect(textWidth('12', 32)).toBe(320);
    // 6 digits, 3 CJK, 5 CJK/digit boundaries of a quarter em.
    expect(textWidth('2023年1月9日', 32)).toBe(960 + 960 + 5 * 80);
  });

  it('places the date two characters right of the issuer, or 右空二字 when it is longer', () => {
    expect(signatureLayout('无锡市人民政府办公室', '2023年1月9日')).toEqual({
      issuer: { align: 'right', right: 640 },
      date: { align: 'left', left: 8845 - 3200 },
    });
    const long = signatureLayout('市政府办', '2023年12月31日');
    expect(long.date).toEqual({ align: 'right', right: 640 });
    const dateWidth = textWidth('2023年12月31日', 32);
    expect(long.issuer).toEqual({ align: 'left', left: 8845 - 640 - dateWidth - 640 });
  });

  it('scales column widths to sum exactly to the 版心', () => {
    expect(scaleWidths([800, 2600, 2600, 2845], 8845)).toEqual([800, 2600, 2600, 2845]);
    expect(scaleWidths([1, 1, 1], 8845)).toEqual([2949, 2948, 2948]);
    expect(scaleWidths([0, 0], 100)).toEqual([50, 50]);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (widths) => {
          expect(scaleWidths(widths, 8845).reduce((a, b) => a + b, 0)).toBe(8845);
        },
      ),
    );
  });

  it('moves width to columns whose text would wrap, smallest shortfall first, from columns with room', () => {
    // Column 2 is 300 short; column 3 has the most to spare (500 against 100): it gives the 300.
    expect(fitWidths([1000, 1000, 1000], [900, 1300, 500])).toEqual([1000, 1300, 700]);
    // Two short columns, room for one: the smaller shortfall is met, the larger left as it is.
    expect(fitWidths([1000, 1000, 1000], [1200, 1900, 500])).toEqual([1200, 1000, 800]);
    // No column gives below its own need.
    expect(fitWidths([1000, 1000], [1500, 900])).toEqual([1000, 1000]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (columns) => {
          const widths = columns.map(([w]) => w);
          const needs = columns.map(([, n]) => n);
          const fitted = fitWidths(widths, needs);
          expect(fitted.reduce((a, b) => a + b, 0)).toBe(widths.reduce((a, b) => a + b, 0));
          fitted.forEach((w, i) => {
            // A column only shrinks down to its need, and only grows to exactly its need.
            if (w < widths[i]!) expect(w).toBeGreaterThanOrEqual(needs[i]!);
            if (w > widths[i]!) expect(w).toBe(needs[i]);
          });
        },
      ),
    );
  });

  it('formats W3CDTF to the second and escapes core properties', () => {
    expect(w3cdtf(new Date('2023-01-09T08:30:15.789Z'))).toBe('2023-01-09T08:30:15Z');
    const xml = coreXml({
      title: 'A & <B>',
      subject: '',
      creator: '"x"',
      lastModifiedBy: 'x',
      created: new Date(0),
    });
    expect(xml).toContain('<dc:title>A &amp; &lt;B&gt;</dc:title>');
    expect(xml).toContain('<dc:creator>&quot;x&quot;</dc:creator>');
    expect(() => parseXml(xml)).not.toThrow();
  });

  it('fails loudly when a style it must patch is missing', () => {
    expect(() => noGridSnapStyles('<w:styles/>')).toThrow(/GwTitle/);
  });
});

/**
 * The writer's data rows are XML text, not `docx` objects (docs/performance.md): the package must be the
 * one `docx` writes for the same tables, byte for byte, whatever the cells hold.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Attachment, CircularDocument } from '../../src/report/document-model.js';
import { packDocx, writeDocx } from '../../src/report/write-docx.js';
import { sampleCircular } from '../render/sample-circular.js';

const COLUMNS = [
  { header: '序号', width: 700, align: 'center' as const },
  { header: '政务新媒体名称', width: 1800 },
  { header: '平台类型', width: 1400, align: 'center' as const },
  { header: '开设主体', width: 2300 },
  { header: '存在问题', width: 2645, align: 'left' as const },
];

/** Cell text as sheets bring it: CJK, Latin, the five XML specials, controls, line breaks, nothing. */
const cellText = fc.oneof(
  fc.constantFrom('', '无锡发布', 'A&B <公众号>', '"引号"与\'单引号\'', '第1行\n第2行', 'x\r\ny', '\t制表'),
  fc.string({
    unit: fc.constantFrom('政', '务', 'a', '1', '&', '<', '>', '"', "'", '\n', ' ', '\u0001', '、'),
  }),
);

const attachment = (title: string) =>
  fc
    .array(fc.array(cellText, { minLength: 5, maxLength: 5 }), { maxLength: 12 })
    .map((rows): Attachment => ({ title, columns: COLUMNS, rows, emptyText: '无' }));

/** The first table of the document: the attachment's (the 版记 is a table too, after it). */
function firstTable(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
}

function withTables(attachments: Attachment[]): CircularDocument {
  return { ...sampleCircular(), attachments };
}

describe('attachment rows written as XML text', () => {
  it('gives the bytes docx gives for the same rows, for any cells and any number of tables', async () => {
    const D = await import('docx');
    await fc.assert(
      fc.asyncProperty(fc.array(attachment('名单'), { minLength: 0, maxLength: 3 }), async (tables) => {
        const doc = withTables(tables);
        const text = await packDocx(D, doc);
        const objects = await packDocx(D, doc, { rows: 'docx' });
        expect(Buffer.from(text).equals(Buffer.from(objects))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('puts every row of a long table into the document, in order, with nothing left of the placeholder', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      String(i + 1),
      `账号${i + 1}`,
      '微博',
      '某单位',
      '内容不更新',
    ]);
    const bytes = await writeDocx(
      withTables([{ title: '不合格名单', columns: COLUMNS, rows, emptyText: '无' }]),
    );
    const xml = firstTable(bytes);
    expect(xml.match(/<w:tr>/g)).toHaveLength(3001);
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).not.toMatch(/[\ufdd0-\ufdef]/);
    const names = [...xml.matchAll(/>账号(\d+)</g)].map((m) => Number(m[1]));
    expect(names).toEqual(rows.map((_, i) => i + 1));
  });

  it('keeps a value that looks like the placeholder as text (the writer strips noncharacters first)', async () => {
    const rows = [['1', '\ufdee0\ufdef', '微博', '某单位', '无']];
    const bytes = await writeDocx(withTables([{ title: '名单', columns: COLUMNS, rows, emptyText: '无' }]));
    const xml = firstTable(bytes);
    expect(xml.match(/<w:tr>/g)).toHaveLength(2);
    expect(xml).toContain('<w:t xml:space="preserve">0</w:t>');
  });
});

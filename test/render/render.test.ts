/**
 * The render check: a real reader lays the .docx out. LibreOffice converts a long sample circular to
 * PDF; poppler measures it against GB/T 9704 — A4, 28.95 pt line pitch, 22 lines a page, two-character
 * indents, the signature step, page numbers odd right / even left, attachment pages, the 版记 at the foot
 * of the last even page; and the writer's page estimate against LibreOffice's layout over 22 shapes.
 *
 * Needs soffice, pdfinfo and pdftotext (`.ci/render-deps.sh` installs them with the CJK fonts). Skipped
 * with a message when they are missing locally; a failure when CI is set.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, findSoffice } from '../../src/report/convert-pdf.js';
import { colophonPlacement } from '../../src/report/docx/paginate.js';
import { writeDocx } from '../../src/report/write-docx.js';
import { colophonProblem, measurePagination, type PaginationResult } from './pagination.js';
import { onPath, type PdfPage, pdfInfo, pdfLayout, pdfText, type TextLine } from './pdf-layout.js';
import { OPENING, paginationVariants, sampleCircular } from './sample-circular.js';

// The page in PDF points (twips / 20).
const LEFT = 1587 / 20;
const RIGHT = (11906 - 1474) / 20;
const TEXT_BOTTOM = (16838 - 1984) / 20;
const CENTRE = (LEFT + RIGHT) / 2;
const PITCH = 579 / 20;
/** One character at 三号 and at 四号. */
const CHAR = 16;
const PAGE_NUMBER_CHAR = 14;

const missing = [
  ['soffice', findSoffice()],
  ['pdfinfo', onPath('pdfinfo')],
  ['pdftotext', onPath('pdftotext')],
]
  .filter(([, found]) => found === undefined)
  .map(([name]) => name);
const INSTALL_HINT =
  'run .ci/render-deps.sh (as root) to install LibreOffice, poppler-utils and Noto CJK fonts';

if (missing.length > 0 && !process.env.CI) {
  const message = `render check skipped: ${missing.join(', ')} not found — ${INSTALL_HINT}`;
  console.warn(message);
  describe('render check (LibreOffice → PDF)', () => {
    it.skip(message, () => {});
  });
} else {
  describe('render check (LibreOffice → PDF)', () => {
    let dir: string;
    let pages: PdfPage[];
    let info: { pages: number; width: number; height: number };
    let text: string;

    beforeAll(async () => {
      if (missing.length > 0)
        throw new Error(`CI is set but ${missing.join(', ')} not found: ${INSTALL_HINT}`);
      dir = mkdtempSync(join(tmpdir(), 'circular-render-'));
      const docx = join(dir, 'sample.docx');
      writeFileSync(docx, await writeDocx(sampleCircular({ bodyRepeat: 2, longParagraphs: 6 })));
      const result = await convertToPdf(docx, join(dir, 'sample.pdf'));
      if (!result.ok) throw new Error(result.message);
      info = pdfInfo(join(dir, 'sample.pdf'));
      pages = pdfLayout(join(dir, 'sample.pdf'));
      text = pdfText(join(dir, 'sample.pdf'));
    });

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const body = (page: PdfPage) => page.lines.filter((l) => l.yMin < TEXT_BOTTOM);
    const footer = (page: PdfPage) => page.lines.filter((l) => l.yMin >= TEXT_BOTTOM);
    const firstAttachmentPage = () => pages.findIndex((p) => body(p)[0]?.text === '附件1');
    const lineStarting = (prefix: string): { page: PdfPage; line: TextLine; index: number } => {
      for (const page of pages) {
        const lines = body(page);
        const index = lines.findIndex((l) => l.text.startsWith(prefix));
        if (index >= 0) return { page, line: lines[index]!, index };
      }
      throw new Error(`no line starting ${prefix}`);
    };

    it('prints A4 pages, all text readable', () => {
      expect(info.width).toBeCloseTo(595.3, 0);
      expect(info.height).toBeCloseTo(841.9, 0);
      expect(pages).toHaveLength(info.pages);
      expect(info.pages).toBeGreaterThanOrEqual(8);
      expect(text).not.toContain('\uFFFD');
      expect(text.replace(/\s/g, '')).toContain(
        '根据《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标',
      );
    });

    it('sets full body pages at 22 lines, 28.95 pt apart', () => {
      const bodyPages = pages.slice(0, firstAttachmentPage()).map(body);
      const full = bodyPages.filter((lines) => lines.length === 22);
      expect(full.length).toBeGreaterThanOrEqual(2);
      for (const lines of bodyPages) expect(lines.length).toBeLessThanOrEqual(22);
      for (const lines of full) {
        for (let i = 1; i < lines.length; i++) {
          expect(lines[i]!.yMin - lines[i - 1]!.yMin).toBeCloseTo(PITCH, 0);
          expect(Math.abs(lines[i]!.yMin - lines[i - 1]!.yMin - PITCH)).toBeLessThanOrEqual(0.5);
        }
        // The 22nd line ends inside the 版心.
        expect(lines.at(-1)!.yMax).toBeLessThanOrEqual(TEXT_BOTTOM);
      }
    });

    it('centres the title in two trapezoid lines one pitch apart', () => {
      const [first, second] = body(pages[0]!);
      expect(first!.text).toBe('市政府办公室关于2022年第四季度');
      expect(second!.text).toBe('全市政务新媒体检查情况的通报');
      for (const line of [first!, second!])
        expect(Math.abs((line.xMin + line.xMax) / 2 - CENTRE)).toBeLessThan(3);
      expect(first!.xMax - first!.xMin).toBeGreaterThanOrEqual(second!.xMax - second!.xMin);
      expect(Math.abs(second!.yMin - first!.yMin - PITCH)).toBeLessThanOrEqual(0.5);
    });

    it('indents a paragraph’s first line two characters and returns wrapped lines to the margin', () => {
      const { page, index, line } = lineStarting(OPENING.slice(0, 6));
      const wrapped = body(page)[index + 1]!;
      expect(Math.abs(wrapped.xMin - LEFT)).toBeLessThanOrEqual(1.5);
      expect(Math.abs(line.xMin - wrapped.xMin - 2 * CHAR)).toBeLessThanOrEqual(2);
      // The 主送机关 is flush left.
      expect(Math.abs(lineStarting('各市（县）').line.xMin - LEFT)).toBeLessThanOrEqual(1.5);
    });

    it('signs 右空二字 with the date two characters right of the issuer', () => {
      const { page, index, line: issuer } = lineStarting('无锡市人民政府办公室');
      const date = body(page)[index + 1]!;
      expect(date.text).toBe('2023年1月9日');
      expect(Math.abs(RIGHT - issuer.xMax - 2 * CHAR)).toBeLessThanOrEqual(2);
      expect(Math.abs(date.xMin - issuer.xMin - 2 * CHAR)).toBeLessThanOrEqual(2);
    });

    it('numbers every page "— N —", odd pages at the right and even at the left, one character in', () => {
      for (const page of pages) {
        const [number] = footer(page);
        expect(number, `page ${page.number}`).toBeDefined();
        expect(number!.text.replace(/\s/g, '')).toBe(`—${page.number}—`);
        if (page.number % 2 === 1)
          expect(Math.abs(RIGHT - PAGE_NUMBER_CHAR - number!.xMax)).toBeLessThanOrEqual(2);
        else expect(Math.abs(number!.xMin - (LEFT + PAGE_NUMBER_CHAR))).toBeLessThanOrEqual(2);
        // About 7 mm (20 pt) below the 版心.
        expect(number!.yMin - TEXT_BOTTOM).toBeGreaterThan(8);
        expect(number!.yMin - TEXT_BOTTOM).toBeLessThan(30);
      }
    });

    it('starts each attachment on a new page: label top left, title on the third line', () => {
      for (const n of [1, 2, 3]) {
        const page = pages.find((p) => body(p)[0]?.text === `附件${n}`);
        expect(page, `附件${n}`).toBeDefined();
        const [label, title] = body(page!);
        expect(Math.abs(label!.xMin - LEFT)).toBeLessThanOrEqual(1.5);
        const middle = (l: TextLine) => (l.yMin + l.yMax) / 2;
        expect(Math.abs(middle(title!) - middle(label!) - 2 * PITCH)).toBeLessThanOrEqual(2);
        expect(Math.abs((title!.xMin + title!.xMax) / 2 - CENTRE)).toBeLessThan(3);
      }
    });

    it('repeats the table header on every page of a long table, rows off the line grid', () => {
      const start = pages.findIndex((p) => body(p)[0]?.text === '附件2');
      const end = pages.findIndex((p) => body(p)[0]?.text === '附件3');
      expect(end - start).toBeGreaterThanOrEqual(2);
      for (const page of pages.slice(start + 1, end)) {
        const lines = body(page);
        expect(lines[0]!.text, `page ${page.number}`).toMatch(/^序号开设主体政务新媒体名称类型$/);
        const rows = lines.slice(1).map((l, i) => l.yMin - lines[i]!.yMin);
        const median = [...rows].sort((a, b) => a - b)[Math.floor(rows.length / 2)]!;
        expect(median).toBeGreaterThan(18);
        expect(median).toBeLessThan(25);
      }
    });

    it('sets the 版记 at the foot of the last page, an even one', () => {
      expect(pages.length % 2).toBe(0);
      const last = body(pages.at(-1)!);
      const printer = last.at(-1)!;
      expect(printer.text).toBe('无锡市人民政府办公室2023年1月9日印发');
      expect(printer.yMax).toBeLessThanOrEqual(TEXT_BOTTOM);
      expect(TEXT_BOTTOM - printer.yMax).toBeLessThan(12);
      expect(last.at(-2)!.text).toMatch(/^抄送：/);
      // 印发机关 one character (四号) in from the left.
      expect(Math.abs(printer.xMin - (LEFT + PAGE_NUMBER_CHAR))).toBeLessThanOrEqual(2);
    });
  });

  describe('render check: page estimate against LibreOffice over shapes of circular', () => {
    let dir: string;
    let results: PaginationResult[];

    beforeAll(async () => {
      if (missing.length > 0)
        throw new Error(`CI is set but ${missing.join(', ')} not found: ${INSTALL_HINT}`);
      dir = mkdtempSync(join(tmpdir(), 'circular-pagination-'));
      // The first 20 shapes and, from the next 60, those that need a blank page (rare: the last page
      // must be even and all but full).
      const shapes = paginationVariants(80).filter(
        (v, i) => i < 20 || colophonPlacement(v.doc, v.doc.colophon!) === 'after-blank-page',
      );
      results = await measurePagination(findSoffice()!, shapes, dir);
    }, 300_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('covers text ending on odd and even pages, with room for the 版记 and without', () => {
      const placements = new Set(results.map((r) => r.estimate.placement));
      expect([...placements].sort()).toEqual(['after-blank-page', 'next-page', 'same-page']);
    });

    it('knows how many pages the text takes and where on the last page it ends', () => {
      for (const r of results) {
        expect(r.actual.pages, r.name).toBe(r.estimate.pages);
        expect(Math.abs(r.actual.used - r.estimate.used), r.name).toBeLessThan(PITCH * 20);
      }
    });

    it('puts the 版记 at the foot of the last page, an even one, alone after a blank page when it must', () => {
      for (const r of results) expect(colophonProblem(r), r.name).toBeUndefined();
    });
  });
}

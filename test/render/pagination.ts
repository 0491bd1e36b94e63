/**
 * The writer's page estimate (`paginate`) against LibreOffice's layout, shape by shape: each circular is
 * converted twice, without its 版记 (where does the text end?) and with it (where did the 版记 go?).
 * Shared by the render test and `scripts/pagination-check.ts`.
 */

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CircularDocument } from '../../src/report/document-model.js';
import { PAGE_MARGIN, TEXT_HEIGHT } from '../../src/report/docx/layout.js';
import { type ColophonPlacement, colophonPlacement, paginate } from '../../src/report/docx/paginate.js';
import { writeDocx } from '../../src/report/write-docx.js';
import { type PdfPage, pdfLayout } from './pdf-layout.js';
import type { PaginationVariant } from './sample-circular.js';

const TEXT_TOP = PAGE_MARGIN.top / 20;
const TEXT_BOTTOM = TEXT_TOP + TEXT_HEIGHT / 20;

/** What the estimate said and what LibreOffice did for one shape. */
export interface PaginationResult {
  name: string;
  estimate: { pages: number; used: number; placement: ColophonPlacement };
  /** Without the 版记: pages, and twips from the top of the 版心 to the bottom of the last line. */
  actual: { pages: number; used: number };
  /** With the 版记: every page's text in the 版心 and its page number (the footer's text, '' when none). */
  withColophon: { body: string[]; footer: string }[];
  /** The 版记's last line: its distance above the bottom of the 版心, in points. */
  colophonGap: number | undefined;
}

const body = (page: PdfPage) => page.lines.filter((l) => l.yMin < TEXT_BOTTOM);
const footer = (page: PdfPage) =>
  page.lines
    .filter((l) => l.yMin >= TEXT_BOTTOM)
    .map((l) => l.text.replace(/\s/g, ''))
    .join('');

/** Converts every shape (one soffice run for all) and measures it. */
export async function measurePagination(
  soffice: string,
  variants: readonly PaginationVariant[],
  dir: string,
): Promise<PaginationResult[]> {
  const files: string[] = [];
  for (const [i, variant] of variants.entries()) {
    if (!variant.doc.colophon) throw new Error(`${variant.name}: the pagination check needs a 版记`);
    const plain: CircularDocument = { ...variant.doc, colophon: undefined };
    for (const [suffix, doc] of [
      ['n', plain],
      ['c', variant.doc],
    ] as const) {
      const file = join(dir, `v${i}-${suffix}.docx`);
      writeFileSync(file, await writeDocx(doc));
      files.push(file);
    }
  }
  execFileSync(
    soffice,
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 900_000 },
  );
  return variants.map((variant, i) => {
    const end = paginate(variant.doc);
    const plain = pdfLayout(join(dir, `v${i}-n.pdf`));
    const last = body(plain.at(-1)!).at(-1);
    const withColophon = pdfLayout(join(dir, `v${i}-c.pdf`));
    const printer = body(withColophon.at(-1)!).at(-1);
    return {
      name: variant.name,
      estimate: {
        pages: end.page,
        used: end.used,
        placement: colophonPlacement(variant.doc, variant.doc.colophon!),
      },
      actual: { pages: plain.length, used: Math.round(((last?.yMax ?? TEXT_TOP) - TEXT_TOP) * 20) },
      withColophon: withColophon.map((page) => ({
        body: body(page).map((l) => l.text),
        footer: footer(page),
      })),
      colophonGap: printer?.text.endsWith('印发') ? TEXT_BOTTOM - printer.yMax : undefined,
    };
  });
}

/** Why a shape's 版记 is not where GB/T 9704 puts it, or undefined when it is. */
export function colophonProblem(result: PaginationResult): string | undefined {
  const pages = result.withColophon;
  const extra = { 'same-page': 0, 'next-page': 1, 'after-blank-page': 2 }[result.estimate.placement];
  if (pages.length % 2 !== 0) return `${pages.length} pages: the 版记 is not on an even page`;
  if (pages.length !== result.actual.pages + extra)
    return `${pages.length} pages, expected ${result.actual.pages} + ${extra} for ${result.estimate.placement}`;
  if (result.colophonGap === undefined || result.colophonGap < 0 || result.colophonGap >= 12)
    return `the 版记 does not end at the foot of the last page (gap ${result.colophonGap})`;
  const early = pages.slice(0, -1).findIndex((p) => p.body.some((l) => l.endsWith('印发')));
  if (early >= 0) return `the 版记 is on page ${early + 1}, not the last`;
  if (
    result.estimate.placement === 'next-page' &&
    pages.at(-1)!.body.some((l) => !/^(抄送|无锡市人民政府办公室|市委)/.test(l))
  )
    return 'the 版记 page carries other text';
  if (result.estimate.placement === 'after-blank-page') {
    const [blank, colophon] = pages.slice(-2);
    if (blank!.body.length > 0) return 'the page before the 版记 is not blank';
    if (blank!.footer !== '' || colophon!.footer !== '') return 'the blank page or the 版记 page is numbered';
  }
  return undefined;
}

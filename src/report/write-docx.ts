/**
 * The .docx writer: a CircularDocument in, GB/T 9704-2012 公文 bytes out (see docs/document.md, 版式的数值, for
 * every number). Identical input gives identical bytes.
 */

import type { ISectionOptions } from 'docx';
import { coreXml, normalizeZip, zipParts } from '../workbook/reproducible-zip.js';
import type { CircularDocument } from './document-model.js';
import { attachmentRowsPatch, buildAttachments, type RowWriter } from './docx/build-attachments.js';
import { blankLine, buildMainText } from './docx/build-body.js';
import { buildColophon } from './docx/build-colophon.js';
import { buildFooters } from './docx/build-footers.js';
import type { Docx } from './docx/docx-module.js';
import { LINE_PITCH, PAGE_MARGIN, PAGE_SIZE } from './docx/layout.js';
import { colophonPlacement } from './docx/paginate.js';
import { safeDocument } from './docx/safe-text.js';
import { buildStyles, noGridSnapStyles } from './docx/styles.js';

/** Renders the circular as .docx bytes. Loads `docx` on first use, so the CLI's other commands stay fast. */
export async function writeDocx(doc: CircularDocument): Promise<Uint8Array> {
  const D = await import('docx');
  return packDocx(D, safeDocument(doc));
}

/**
 * Builds the circular with a loaded `docx` and packs it. `viaPacker` forces the path through docx's
 * public `Packer` (what the writer does when `packageCompiler` finds no compiler); `rows: 'docx'` has
 * `docx` build every table row instead of the writer's XML text. Both are for tests: same bytes.
 */
export async function packDocx(
  D: Docx,
  doc: CircularDocument,
  options: { viaPacker?: boolean; rows?: RowWriter } = {},
) {
  const rows = options.rows ?? 'text';
  // Step: the blocks in reading order — main text, attachment pages (their data rows written later)
  const children = [...buildMainText(D, doc), ...buildAttachments(D, doc.attachments, rows)];
  const page = {
    size: { width: PAGE_SIZE.width, height: PAGE_SIZE.height, orientation: D.PageOrientation.PORTRAIT },
    margin: PAGE_MARGIN,
  };
  const grid = { type: D.DocumentGridType.LINES, linePitch: LINE_PITCH };
  // Step: one section on the GB/T 9704 page and line grid; page numbers odd right, even left
  const sections: ISectionOptions[] = [{ properties: { page, grid }, footers: buildFooters(D), children }];

  // Step: the 版记 floated to the foot of the last even page (see `placeColophon`)
  if (doc.colophon) {
    const colophon = buildColophon(D, doc.colophon);
    // The paragraph after the float anchors it; one before it keeps Word from merging it with a table.
    const placement = colophonPlacement(doc, doc.colophon);
    const pageBreak = () => new D.Paragraph({ pageBreakBefore: true });
    if (placement === 'same-page') {
      if (doc.attachments.length > 0) children.push(blankLine(D));
      children.push(colophon, blankLine(D));
    } else if (placement === 'next-page') {
      children.push(pageBreak(), colophon, blankLine(D));
    } else {
      // A blank page and the 版记's page, neither numbered (GB/T 9704 §7.5): a section of their own.
      sections.push({
        properties: { page, grid, type: D.SectionType.NEXT_PAGE },
        footers: buildFooters(D, { numbered: false }),
        children: [blankLine(D), pageBreak(), colophon, blankLine(D)],
      });
    }
  }

  const document = new D.Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.creator,
    evenAndOddHeaderAndFooters: true,
    styles: buildStyles(D, doc.fonts),
    sections,
  });

  // Step: compile with fixed core properties, then zip with fixed entry times and order, adding the
  // grid-snap exceptions `docx` cannot write
  const core = coreXml({ ...doc.meta, lastModifiedBy: doc.meta.creator });
  const overrides = [{ path: 'docProps/core.xml', data: core }];
  const patches = {
    'word/styles.xml': noGridSnapStyles,
    ...(rows === 'text' ? { 'word/document.xml': attachmentRowsPatch(doc.attachments) } : {}),
  };
  const compile = options.viaPacker ? undefined : packageCompiler(D);
  if (compile) return zipParts(compile(document, undefined, overrides), patches);
  const packed = await D.Packer.toBuffer(document, false, overrides);
  return normalizeZip(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), patches);
}

type Compile = (
  file: InstanceType<Docx['Document']>,
  /** An indent string, or undefined for none (`Packer` converts its boolean to this). */
  prettify: string | undefined,
  overrides: readonly { path: string; data: string }[],
) => ReadonlyMap<string, string | Uint8Array>;

/**
 * The compiler behind `Packer` (docx 9: `Packer.compiler.compile`, not in its typings): the package's
 * parts before they are zipped. `Packer` would deflate them only for `normalizeZip` to inflate and
 * deflate them again with fixed times; skipping that took the sample's cold `build` from 0.69 to 0.63 s.
 * Undefined when a docx version has no such compiler: the writer then goes through `Packer`, with the
 * same bytes (tested).
 */
export function packageCompiler(D: Docx): Compile | undefined {
  const compiler = (D.Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  const compile = compiler?.compile;
  return typeof compile === 'function' ? (compile.bind(compiler) as Compile) : undefined;
}
